import type { Attribution } from "../analysis/attribution";
import type { DiscrepancyKind } from "../analysis/kinds";
import type { RowVerdict } from "./verdicts";
import type { ClaimGroupPage } from "./data";
import { claimDescription, claimHeadline, diffSides } from "./permalink";
import { cellsByArticle, cellSegments, kindLabel, splitOf, valueColours, type Segment } from "./row-values";

type Outlet = ClaimGroupPage["story"]["articles"][number];

/** One member sentence of the row as its outlet's card shows it. */
export interface ClaimVersion {
  claimId: string;
  articleId: string;
  segments: Segment[];
  /** The short values the sentence states, with their colours; quotes are marked in the text and left out. */
  stated: Array<{ value: string; colour: number }>;
  /** The whole sentence, when the row shows a clause of it (a fact row). */
  sentence?: string;
  /** True when the row has discrepancies and this sentence states none of their values. */
  statesNone: boolean;
}

/** Everything the claim page shows, worked out from the stored row without rendering (app/claims/[id]/page.tsx). */
export interface ClaimPageModel {
  permalink: string;
  headline: string;
  description: string;
  /** The badges of its discrepancies' kinds (row-values.ts kindLabel), each once. */
  kinds: string[];
  /** "A fact carried by 3 of 5 outlets (2 independent)." */
  carriedBy: string;
  split: ReturnType<typeof splitOf>;
  versions: Array<{ outlet: Outlet; copyOf?: string; cells: ClaimVersion[] }>;
  silent: Outlet[];
  /** The quote splits word by word: what only the first outlets wrote, and only the second. */
  diffs: Array<{ kind: DiscrepancyKind; first: string; second: string; diff: Array<[number, string]> }>;
  /** Who each version credits; null when no sentence credits anyone and no outlet disagrees about it. */
  credits: null | {
    conflict?: string;
    rows: Array<{ claimId: string; outlet: string; attribution?: Attribution }>;
  };
  labelOf: (articleId: string) => string;
}

export function claimPageModel(page: ClaimGroupPage, verdict: RowVerdict): ClaimPageModel {
  const { group, story, sentences } = page;
  const labels = new Map(story.articles.map((a) => [a.id, a.label]));
  const labelOf = (a: string) => labels.get(a) ?? "an outlet";
  const colours = valueColours(group);
  const byArticle = cellsByArticle(group);
  const carriers = story.articles.filter((a) => byArticle.has(a.id));
  const copyOf = new Map(group.coverage.copies.map((c) => [c.article, c.of]));
  const quoteValues = new Set(
    group.discrepancies.filter((d) => d.kind === "quote").flatMap((d) => d.values.map((v) => v.value)),
  );

  const versions = carriers.map((outlet) => {
    const of = copyOf.get(outlet.id);
    const cells = (byArticle.get(outlet.id) ?? []).map((c): ClaimVersion => {
      const segments = cellSegments(c, group, colours);
      const stated = new Map<string, number>();
      for (const s of segments)
        if (s.value !== undefined && !quoteValues.has(s.value) && !stated.has(s.value))
          stated.set(s.value, s.colour ?? 0);
      const sentence = sentences.get(c.claimId)?.text;
      return {
        claimId: c.claimId,
        articleId: c.articleId,
        segments,
        stated: [...stated].map(([value, colour]) => ({ value, colour })),
        ...(sentence !== undefined && sentence !== c.text && { sentence }),
        statesNone: group.discrepancies.length > 0 && !segments.some((s) => s.value !== undefined),
      };
    });
    return { outlet, ...(of && { copyOf: labelOf(of) }), cells };
  });

  const credited = versions.flatMap((v) =>
    v.cells.map((c) => ({
      claimId: c.claimId,
      outlet: v.outlet.label,
      attribution: sentences.get(c.claimId)?.attribution,
    })),
  );
  const attributionConflict = group.discrepancies.find((d) => d.kind === "attribution");
  const anyCredit = credited.some((c) => c.attribution?.speaker || c.attribution?.channel);
  const independent = group.coverage.copies.length > 0 ? ` (${group.coverage.independent} independent)` : "";

  return {
    permalink: `/claims/${encodeURIComponent(group.id)}`,
    headline: claimHeadline(group, labelOf, verdict),
    description: claimDescription(group, labelOf, 600, verdict),
    kinds: [...new Set(group.discrepancies.map(kindLabel))],
    carriedBy: `${group.kind === "fact" ? "A fact" : "A claim"} carried by ${carriers.length} of ${story.articles.length} outlets${independent}.`,
    split: splitOf(group, colours),
    versions,
    silent: story.articles.filter((a) => !byArticle.has(a.id)),
    diffs: group.discrepancies.flatMap((d) => {
      if (!d.diff?.length) return [];
      const sides = diffSides(d);
      return [
        {
          kind: d.kind,
          first: sides.first.map(labelOf).join(", "),
          second: sides.second.map(labelOf).join(", "),
          diff: d.diff,
        },
      ];
    }),
    credits:
      anyCredit || attributionConflict
        ? { ...(attributionConflict && { conflict: sentenceCase(attributionConflict.detail) }), rows: credited }
        : null,
    labelOf,
  };
}

export function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
