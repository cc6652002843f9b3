import { z } from "zod";
import { DISCREPANCY_KINDS, type CellView, type GroupView, type StoryMatrix } from "./data";
import { flagState, type GroupFlags } from "../editors/flag-labels";

/**
 * Rows per matrix page: a budget of cells, so a page stays a few hundred KB whether the story has five outlets
 * (every row on one page) or a hundred (30 rows a page).
 */
const CELLS_PER_PAGE = 3_000;
export const rowsPerPage = (columns: number) => Math.min(200, Math.max(20, Math.floor(CELLS_PER_PAGE / Math.max(1, columns))));
/** Rows per page for a story of five outlets. */
export const ROWS_PER_PAGE = rowsPerPage(5);

/**
 * The matrix view as it lives in the URL, so a shared link opens the same view. Unknown or malformed values fall
 * back to the default instead of failing the page: a hand-edited link still shows the story.
 */
export const matrixParamsSchema = z.object({
  show: z.enum(["all", "discrepancies", "sole"]).catch("all").default("all"),
  /** "conflicts": discrepancies first, then what most outlets carry (the analysis' order); "story": reading order. */
  sort: z.enum(["conflicts", "story"]).catch("conflicts").default("conflicts"),
  kind: z.enum(DISCREPANCY_KINDS as [string, ...string[]]).optional().catch(undefined),
  outlet: z.string().max(100).optional().catch(undefined),
  /** Editors' review: rows with an open flag, rows whose flags are all settled, any flag, or none. */
  flag: z.enum(["open", "reviewed", "flagged", "unflagged"]).optional().catch(undefined),
  focus: z.string().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type MatrixParams = z.infer<typeof matrixParamsSchema>;

export function parseMatrixParams(search: Record<string, string | string[] | undefined>): MatrixParams {
  const first = Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return matrixParamsSchema.parse(first);
}

/** The URL of a matrix view; defaults are left out so links stay short and equal views have equal URLs. */
export function matrixHref(slug: string, p: Partial<MatrixParams>, hash?: string): string {
  const q = new URLSearchParams();
  if (p.show && p.show !== "all") q.set("show", p.show);
  if (p.sort && p.sort !== "conflicts") q.set("sort", p.sort);
  if (p.kind) q.set("kind", p.kind);
  if (p.outlet) q.set("outlet", p.outlet);
  if (p.flag) q.set("flag", p.flag);
  if (p.focus) q.set("focus", p.focus);
  if (p.page && p.page > 1) q.set("page", String(p.page));
  const s = q.toString();
  return `/stories/${encodeURIComponent(slug)}${s ? `?${s}` : ""}${hash ? `#${hash}` : ""}`;
}

/**
 * The rows of a view, in its order. Story order reads the story the way its first outlet tells it: by the first
 * article that carries the row, then where that article says it.
 */
export function filterGroups(
  groups: GroupView[],
  p: MatrixParams,
  articleOrder?: Map<string, number>,
  flagOf: (groupId: string) => "open" | "reviewed" | null = () => null,
): GroupView[] {
  const flagged = (g: GroupView) => {
    const state = flagOf(g.id);
    return p.flag === "flagged" ? state !== null : p.flag === "unflagged" ? state === null : state === p.flag;
  };
  const rows = groups.filter(
    (g) =>
      (p.show !== "discrepancies" || g.discrepancies.length > 0) &&
      (p.show !== "sole" || g.soleSource) &&
      (!p.kind || g.discrepancies.some((d) => d.kind === p.kind)) &&
      (!p.outlet || g.coverage.articles.includes(p.outlet)) &&
      (!p.flag || flagged(g)),
  );
  if (p.sort !== "story" || !articleOrder) return rows;
  const key = (g: GroupView) => Math.min(...g.cells.map((c) => (articleOrder.get(c.articleId) ?? 0) * 1e9 + c.start));
  return rows.map((g) => ({ g, k: key(g) })).sort((a, b) => a.k - b.k).map((x) => x.g);
}

/**
 * Every row of a story's view, all pages, in the page's order: filterGroups called the way the matrix page calls it
 * (story order by the articles' positions, the flag filter on each row's public flag state). The exports hold
 * exactly these rows, so a downloaded view matches the screen.
 */
export function viewRows(story: Pick<StoryMatrix, "groups" | "articles">, view: MatrixParams, flags: Map<string, GroupFlags>): GroupView[] {
  return filterGroups(story.groups, view, new Map(story.articles.map((a) => [a.id, a.position])), (id) => flagState(flags.get(id)));
}

/** The page a row sits on, so a focused link opens where the row is. */
export function pageOf(groups: GroupView[], id: string | undefined, perPage = ROWS_PER_PAGE): number | null {
  if (!id) return null;
  const i = groups.findIndex((g) => g.id === id);
  return i < 0 ? null : Math.floor(i / perPage) + 1;
}

export const VALUE_COLOURS = 6;

/**
 * One colour per distinct value in a row, the same in every cell that states it and in the row's split summary.
 * Values are numbered in the order the analysis lists them (story order of first mention).
 */
export function valueColours(group: GroupView): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of group.discrepancies) for (const v of d.values) if (!out.has(v.value)) out.set(v.value, out.size % VALUE_COLOURS);
  return out;
}

export interface Segment {
  text: string;
  /** Set on a stated value that differs across the row. */
  value?: string;
  colour?: number;
}

/** A cell's text cut into plain runs and highlighted values, from the spans the analysis recorded. */
export function cellSegments(cell: Pick<CellView, "claimId" | "start" | "end" | "text">, group: GroupView, colours = valueColours(group)): Segment[] {
  const marks: Array<{ start: number; end: number; value: string; colour: number }> = [];
  for (const d of group.discrepancies)
    for (const v of d.values)
      for (const s of v.spans)
        if (s.claim === cell.claimId && s.start >= cell.start && s.end <= cell.end && !marks.some((m) => s.start < m.end && m.start < s.end))
          marks.push({ start: s.start, end: s.end, value: v.value, colour: colours.get(v.value) ?? 0 });
  marks.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = cell.start;
  for (const m of marks) {
    if (m.start > at) out.push({ text: cell.text.slice(at - cell.start, m.start - cell.start) });
    out.push({ text: cell.text.slice(m.start - cell.start, m.end - cell.start), value: m.value, colour: m.colour });
    at = m.end;
  }
  if (at < cell.end) out.push({ text: cell.text.slice(at - cell.start) });
  return out;
}

export interface SplitPart {
  value: string;
  /** Outlets stating the value. */
  count: number;
  articles: string[];
  colour: number;
}

/** "Saturday 2 · Sunday 2 · Monday 1": each value with how many outlets state it. */
export function splitOf(group: GroupView, colours = valueColours(group)): Array<{ kind: string; detail: string; parts: SplitPart[] }> {
  return group.discrepancies.map((d) => ({
    kind: d.kind,
    detail: d.detail,
    parts: d.values.map((v) => ({ value: v.value, count: v.articles.length, articles: v.articles, colour: colours.get(v.value) ?? 0 })),
  }));
}

export const KIND_LABEL: Record<string, string> = {
  date: "Date conflict",
  number: "Number conflict",
  entity: "Name conflict",
  quote: "Quote wording",
  attribution: "Attribution",
};

/** Cells of a row by article, in the row's order. */
export function cellsByArticle(group: GroupView): Map<string, CellView[]> {
  const out = new Map<string, CellView[]>();
  for (const c of group.cells) out.set(c.articleId, [...(out.get(c.articleId) ?? []), c]);
  return out;
}
