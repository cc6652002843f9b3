import type { Analysis, ClaimAt, GroupOverride } from "../analysis/analyze";
import { EXTRACTION_VERSION } from "../analysis/version";
import { analysisPool, AnalysisTimeout } from "../analysis-pool";
import { ClientError } from "../errors";
import { carryOver } from "./carry-over";
import type { LoadedStory } from "./loaded-story";

/**
 * A story whose analysis took longer than the budget: the requests of the round that add articles to it fail with
 * a 422; the round goes on without them (ingestRound).
 */
export class StoryTooSlow extends ClientError {
  constructor(
    readonly story: LoadedStory,
    budgetMs: number,
  ) {
    super(
      422,
      `the story "${story.slug}" took longer than ${budgetMs / 1000} s to analyse with the new articles; nothing was stored`,
    );
  }
}

/** The story's analysis with its editors' decisions applied, their claims named by article index and key. */
export async function analyse(story: LoadedStory): Promise<Analysis> {
  const all = [...story.existing, ...story.added];
  const at = new Map<string, ClaimAt>();
  all.forEach((a, article) => a.claimIds.forEach((id, key) => at.set(id, { article, key })));
  const overrides = story.decisions.flatMap((o): GroupOverride[] => {
    // A fact row is named by the id the analysis gives it (dismissFactRow).
    if (o.kind === "dismiss") return [{ kind: "dismiss", row: o.targetGroupId }];
    const claim = at.get(o.claimId);
    const target = o.targetClaimId === null ? undefined : at.get(o.targetClaimId);
    if (!claim) return [];
    if (o.kind === "split") return [{ kind: "split", claim }];
    if (o.kind === "leave") return o.measure ? [{ kind: "leave", claim, measure: o.measure }] : [];
    return target ? [{ kind: "merge", claim, target }] : [];
  });
  try {
    return await analysisPool().analyse(
      all.map((a) => ({
        id: poolKey(a.id, "extractionVersion" in a ? a.extractionVersion : EXTRACTION_VERSION),
        input: a.input,
        extraction: a.extraction,
      })),
      { overrides },
    );
  } catch (e) {
    throw e instanceof AnalysisTimeout ? new StoryTooSlow(story, e.budgetMs) : e;
  }
}

/**
 * An article as the analysis workers keep it: its id and the version of its extraction. A worker of a server that
 * keeps an article across another process's re-extraction (`npm run reanalyze`) thus gets the new one sent whole.
 */
export const poolKey = (articleId: string, version: number) => `${articleId}@${version}`;

/** Each analysis group's claims by id, in the story's articles (stored, then added). */
function groupClaimIds(story: LoadedStory, analysis: Analysis) {
  const all = [...story.existing, ...story.added];
  return analysis.groups.map((g) => ({
    id: g.id,
    claims: g.claims.map((c) => all[c.article]!.claimIds.get(c.key)!),
    repeats: g.kind === "fact",
  }));
}

/** Claim id → index of the claim row holding it. Fact rows are left out: they repeat claims that have a claim row. */
export function claimRows(story: LoadedStory, analysis: Analysis): Map<string, number> {
  const all = [...story.existing, ...story.added];
  const rows = new Map<string, number>();
  analysis.groups.forEach((g, n) => {
    if (g.kind === "claim") for (const c of g.claims) rows.set(all[c.article]!.claimIds.get(c.key)!, n);
  });
  return rows;
}

/** A row an undo gives its old id back (by position in the analysis), where no decision fixes that row or that id. */
export type Restore = { row: number; id: string };

/**
 * The ids editors' decisions fix: a merge keeps the id of the row merged into, a split claim keeps the row it was
 * given. A later decision wins where two name the same row or the same id. `restore` (after an undo) gives a row
 * its old id back where no decision fixes that row or that id.
 */
function pinsOf(story: LoadedStory, rows: Map<string, number>, restore?: Restore): Map<number, string> {
  const pins = new Map<number, string>();
  for (const o of story.decisions) {
    // A dismissed row is not built, so no id to fix; a fact row a statement left keeps the id the analysis gives it.
    if (o.kind === "dismiss" || o.kind === "leave") continue;
    const row = rows.get(o.kind === "merge" ? o.targetClaimId! : o.claimId);
    if (row === undefined) continue;
    for (const [other, id] of pins) if (id === o.targetGroupId) pins.delete(other);
    pins.set(row, o.targetGroupId);
  }
  if (restore && !pins.has(restore.row) && ![...pins.values()].includes(restore.id)) pins.set(restore.row, restore.id);
  return pins;
}

/**
 * The ids the analysis's rows are stored under (by position) and where each row that leaves the story redirects
 * (null: nowhere), the stored rows' ids carried over and the decisions' ids fixed.
 */
export function rowIds(story: LoadedStory, analysis: Analysis, restore?: Restore) {
  const next = groupClaimIds(story, analysis);
  const carried = carryOver(story.rows, next, pinsOf(story, claimRows(story, analysis), restore));
  return { ...carried, claims: next.map((g) => g.claims) };
}

/** The analysis's own group for a stored fact row, which the stored row is unless it took over an older row's id. */
export async function builtRow(story: LoadedStory, groupId: string) {
  const analysis = await analyse(story);
  const { ids, claims } = rowIds(story, analysis);
  const n = ids.indexOf(groupId);
  const built = analysis.groups[n];
  if (!built || built.kind !== "fact") throw new ClientError(409, `row ${groupId} changed meanwhile; reload the page`);
  return { ...built, claimIds: claims[n]! };
}
