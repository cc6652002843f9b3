import Link from "next/link";
import type { GroupView, StoryMatrix } from "@/lib/stories/data";
import type { MatrixParams } from "@/lib/stories/view";
import {
  cellSegments,
  cellsByArticle,
  diffExcerpt,
  outletList,
  splitOf,
  topParts,
  valueColours,
} from "@/lib/stories/row-values";
import { flagState, type FlagMark, type GroupFlags } from "@/lib/editors/flag-labels";
import { isLiveConflict, rowVerdict } from "@/lib/stories/verdicts";
import { rowHeadline } from "@/lib/stories/permalink";
import { MatrixGrid } from "./matrix-grid";
import { MatrixRows, type FlagData, type RowData, type SegmentData } from "./matrix-rows";

type Article = StoryMatrix["articles"][number];

/** A phone's card names the outlets that leave a claim out up to this many; beyond, it counts them. */
const MISSING_NAMED = 8;

/**
 * The comparison matrix: one row per claim, one column per outlet. On a phone the same table reflows into one card
 * per claim (CSS only: one DOM, so the keyboard grid and the cards cannot disagree).
 */
export function Matrix({
  view,
  articles,
  outlets = articles,
  groups,
  flags,
}: {
  view: MatrixParams;
  /** The outlets shown as columns: every outlet, or one page of a wide story's (lib/stories/view.ts outletColumns). */
  articles: Article[];
  /** Every outlet of the story. */
  outlets?: Article[];
  groups: GroupView[];
  flags: Map<string, GroupFlags>;
}) {
  const labelOf = new Map(outlets.map((a) => [a.id, a.label]));
  const label = (id: string) => labelOf.get(id) ?? "?";
  const focusRow = Math.max(
    0,
    groups.findIndex((g) => g.id === view.focus),
  );
  return (
    <MatrixGrid focusId={view.focus ?? null}>
      <table
        role="grid"
        aria-label={`Claims by outlet. Rows are claims, columns are ${articles.length < outlets.length ? `${articles.length} of the ${outlets.length} outlets` : "outlets"}.`}
        aria-rowcount={groups.length + 1}
        className="w-full border-separate border-spacing-0 text-sm max-md:block"
      >
        <thead className="max-md:hidden">
          <tr>
            <th
              scope="col"
              className="sticky left-0 top-0 z-30 w-[16rem] min-w-[16rem] border-b border-r border-line bg-white p-2 text-left align-bottom"
            >
              Claim
            </th>
            {articles.map((a) => (
              <th
                key={a.id}
                scope="col"
                className="sticky top-0 z-20 min-w-[13rem] border-b border-line bg-white p-2 text-left align-bottom font-normal"
              >
                <Link href={`/articles/${a.id}`} className="font-semibold text-ink hover:underline">
                  {a.label}
                </Link>
                {(a.title || a.publishedAt) && (
                  <span className="mt-0.5 line-clamp-2 block text-xs text-muted">
                    {[a.publishedAt?.slice(0, 10), a.title].filter(Boolean).join(" · ")}
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <MatrixRows
          columns={articles.map((a) => ({ id: a.id, label: a.label }))}
          rows={groups.map((g) => rowData(g, flags.get(g.id), articles, outlets, label))}
          focusId={view.focus ?? null}
          focusRow={focusRow}
        />
      </table>
    </MatrixGrid>
  );
}

const flagData = (f: FlagMark): FlagData => ({ id: f.id, reason: f.reason, status: f.status });

/** A row as MatrixRows draws it: what the reader sees, nothing else (the payload that hydrates it is this data). */
function rowData(
  group: GroupView,
  flags: GroupFlags | undefined,
  columns: Article[],
  outlets: Article[],
  label: (id: string) => string,
): RowData {
  const colours = valueColours(group);
  const splits = splitOf(group, colours);
  const cells = cellsByArticle(group);
  const copyOf = new Map(group.coverage.copies.map((c) => [c.article, c.of]));
  const missing = outlets.filter((a) => !cells.has(a.id));
  const copies = group.coverage.copies.length;
  const verdict = rowVerdict(flags);
  const headline = rowHeadline(group);
  return {
    id: group.id,
    headline: headline.text,
    ...(headline.source === "words" && { words: true as const }),
    // A row whose discrepancies editors dismissed is drawn as no conflict; the permalink says the same.
    conflict: isLiveConflict(group, verdict),
    ...(verdict.state !== "open" && { verdict: verdict.state }),
    sole: group.soleSource,
    fact: group.kind === "fact",
    flag: flagState(flags),
    // A badge per kind, as on the permalink: two number conflicts show their two splits under one badge.
    kinds: [...new Set(splits.map((s) => s.label))],
    flags: flags?.row.map(flagData) ?? [],
    splits: splits.map((s) => {
      const top = topParts(s.parts);
      return {
        parts: top.parts.map((p) => ({
          value: p.value,
          count: p.count,
          colour: p.colour,
          outlets: outletList(p.articles.map(label)),
        })),
        more: top.more,
      };
    }),
    // A quote split shows the words that differ (the analysis' word diff), not two long quotes cut short.
    diffs: group.discrepancies.flatMap((d) => (d.kind === "quote" && d.diff?.length ? [diffExcerpt(d.diff)] : [])),
    coverage: group.soleSource
      ? `Only ${label(group.coverage.articles[0]!)} carries this`
      : `${group.coverage.articles.length} of ${outlets.length} outlets${copies ? ` · ${copies} word-for-word ${copies === 1 ? "copy" : "copies"}` : ""}`,
    missing:
      missing.length > 0 && missing.length < outlets.length
        ? missing.length <= MISSING_NAMED
          ? missing.map((a) => a.label).join(", ")
          : `${missing.length} outlets`
        : null,
    cells: columns.map((a) => {
      const here = cells.get(a.id);
      if (!here) return null;
      const cellFlags = flags?.cells.get(a.id);
      const of = copyOf.get(a.id);
      return {
        paras: here.map((cell) =>
          cellSegments(cell, group, colours).map((s): SegmentData =>
            s.value === undefined
              ? s.text
              : s.value === s.text
                ? [s.text, s.colour ?? 0]
                : [s.text, s.colour ?? 0, s.value],
          ),
        ),
        ...(cellFlags?.length ? { flags: cellFlags.map(flagData) } : {}),
        ...(of ? { copyOf: label(of) } : {}),
      };
    }),
  };
}
