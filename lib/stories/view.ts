import { z } from "zod";
import { DISCREPANCY_KINDS, type GroupView, type StoryMatrix } from "./data";
import { flagState, type GroupFlags } from "../editors/flag-labels";
import { conflictsFirst, isLiveConflict, NO_VERDICT, verdictsOf, type RowVerdict } from "./verdicts";

/**
 * Outlet columns per matrix page. A story of a hundred outlets cannot show every outlet side by side: 100 columns of
 * 30 rows were 3 MB of HTML and React payload per page, and a laptop's screen shows about six columns of 13rem beside
 * the claims. A story with at most this many outlets shows them all, in story order, as before; a wider one shows
 * them a page at a time, the outlets carrying the most of the view's rows first (docs/decisions/008-wide-matrices.md).
 */
export const COLUMNS_PER_PAGE = 6;

/**
 * Rows per matrix page: a budget of cells, so that a page stays about the seed story's size (62 rows of 5 outlets,
 * all on one page) however wide the story is: 70 rows of five outlets, 58 of six.
 */
const CELLS_PER_PAGE = 350;
export const rowsPerPage = (columns: number) =>
  Math.min(200, Math.max(20, Math.floor(CELLS_PER_PAGE / Math.max(1, columns))));
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
  kind: z.enum(DISCREPANCY_KINDS).optional().catch(undefined),
  outlet: z.string().max(100).optional().catch(undefined),
  /** Editors' review: rows with an open flag, rows whose flags are all settled, any flag, or none. */
  flag: z.enum(["open", "reviewed", "flagged", "unflagged"]).optional().catch(undefined),
  focus: z.string().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
  /** The page of outlet columns, for a story wider than COLUMNS_PER_PAGE. */
  cols: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
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
  if (p.cols && p.cols > 1) q.set("cols", String(p.cols));
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
  verdictOf: (groupId: string) => RowVerdict = () => NO_VERDICT,
): GroupView[] {
  const flagged = (g: GroupView) => {
    const state = flagOf(g.id);
    return p.flag === "flagged" ? state !== null : p.flag === "unflagged" ? state === null : state === p.flag;
  };
  const rows = groups.filter(
    (g) =>
      (p.show !== "discrepancies" || isLiveConflict(g, verdictOf(g.id))) &&
      (p.show !== "sole" || g.soleSource) &&
      (!p.kind || g.discrepancies.some((d) => d.kind === p.kind)) &&
      (!p.outlet || g.coverage.articles.includes(p.outlet)) &&
      (!p.flag || flagged(g)),
  );
  // Editors' verdicts reorder "conflicts first": confirmed rows lead, dismissed ones leave the conflicts.
  if (p.sort !== "story") return conflictsFirst(rows, verdictOf);
  if (!articleOrder) return rows;
  const key = (g: GroupView) => Math.min(...g.cells.map((c) => (articleOrder.get(c.articleId) ?? 0) * 1e9 + c.start));
  return rows
    .map((g) => ({ g, k: key(g) }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.g);
}

/**
 * Every row of a story's view, all pages, in order (story order by the articles' positions, the flag filter on each
 * row's public flag state). The matrix page and the exports both take their rows from here, so a downloaded view
 * matches the screen.
 */
export function viewRows(
  story: Pick<StoryMatrix, "groups" | "articles">,
  view: MatrixParams,
  flags: Map<string, GroupFlags>,
): GroupView[] {
  return filterGroups(
    story.groups,
    view,
    new Map(story.articles.map((a) => [a.id, a.position])),
    (id) => flagState(flags.get(id)),
    verdictsOf(flags),
  );
}

/** The page a row sits on, so a focused link opens where the row is. */
export function pageOf(groups: GroupView[], id: string | undefined, perPage = ROWS_PER_PAGE): number | null {
  if (!id) return null;
  const i = groups.findIndex((g) => g.id === id);
  return i < 0 ? null : Math.floor(i / perPage) + 1;
}

export interface ColumnPage<A> {
  /** The outlets shown, in column order. */
  columns: A[];
  page: number;
  pages: number;
  /** Outlets in the story. */
  total: number;
  /** Whether the columns are ranked by the rows they carry (a story wider than a page) or in story order. */
  ranked: boolean;
  /** The outlet pinned as the first column of every page: the one the view is filtered on. */
  pinned: A | null;
  /** 1-based ranks of the first and last unpinned column shown, for "outlets 9–16 of 100". */
  first: number;
  last: number;
}

/**
 * The outlet columns of a view. Up to `perPage` outlets: all of them in story order (`articles` comes in position
 * order). More: ranked by how many of the view's rows (every page of them, so the columns do not shift from one row
 * page to the next) each outlet carries, ties in story order, and cut into pages; the outlet the view is filtered on
 * is pinned first on every page, beside the others.
 */
export function outletColumns<A extends { id: string }>(
  articles: A[],
  rows: Pick<GroupView, "coverage">[],
  p: Pick<MatrixParams, "cols" | "outlet">,
  perPage = COLUMNS_PER_PAGE,
): ColumnPage<A> {
  const total = articles.length;
  if (total <= perPage)
    return { columns: articles, page: 1, pages: 1, total, ranked: false, pinned: null, first: 1, last: total };
  const carried = new Map<string, number>();
  for (const g of rows) for (const a of new Set(g.coverage.articles)) carried.set(a, (carried.get(a) ?? 0) + 1);
  const pinned = articles.find((a) => a.id === p.outlet) ?? null;
  const ranked = articles
    .map((a, i) => ({ a, i, n: carried.get(a.id) ?? 0 }))
    .filter((x) => x.a !== pinned)
    .sort((x, y) => y.n - x.n || x.i - y.i)
    .map((x) => x.a);
  const size = pinned ? perPage - 1 : perPage;
  const pages = Math.max(1, Math.ceil(ranked.length / size));
  const page = Math.min(p.cols ?? 1, pages);
  const shown = ranked.slice((page - 1) * size, page * size);
  return {
    columns: pinned ? [pinned, ...shown] : shown,
    page,
    pages,
    total,
    ranked: true,
    pinned,
    first: (page - 1) * size + 1,
    last: (page - 1) * size + shown.length,
  };
}

/**
 * The page numbers a pager shows: the first, the last and those around the current one; null is a gap ("…"), never
 * in place of a single page.
 */
export function pageWindow(page: number, pages: number, around = 2): Array<number | null> {
  const lo = Math.max(1, page - around);
  const hi = Math.min(pages, page + around);
  const out: Array<number | null> = [];
  for (let n = 1; n <= pages; n++) {
    if (
      n === 1 ||
      n === pages ||
      (n >= lo && n <= hi) ||
      (n === 2 && lo === 3) ||
      (n === pages - 1 && hi === pages - 2)
    )
      out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}

/** How many rows each filter choice leads to, from the view as it is (the other filters kept). */
export interface FilterCounts {
  show: Record<MatrixParams["show"], number>;
  kind: { any: number } & Record<string, number>;
  flag: { any: number; open: number; reviewed: number; unflagged: number };
  outlet: { any: number } & Record<string, number>;
}

/**
 * The count beside each filter chip: the rows its link would show, so no chip leads to an empty view without saying
 * so. Each count applies the view's other filters, as the chip's link keeps them.
 */
export function filterCounts(
  story: Pick<StoryMatrix, "groups" | "articles">,
  view: MatrixParams,
  flags: Map<string, GroupFlags>,
): FilterCounts {
  const n = (p: Partial<MatrixParams>) =>
    filterGroups(story.groups, { ...view, ...p, sort: "conflicts" }, undefined, (id) => flagState(flags.get(id)))
      .length;
  return {
    show: { all: n({ show: "all" }), discrepancies: n({ show: "discrepancies" }), sole: n({ show: "sole" }) },
    kind: {
      any: n({ kind: undefined }),
      ...Object.fromEntries(DISCREPANCY_KINDS.map((k) => [k, n({ kind: k })])),
    },
    flag: {
      any: n({ flag: undefined }),
      open: n({ flag: "open" }),
      reviewed: n({ flag: "reviewed" }),
      unflagged: n({ flag: "unflagged" }),
    },
    outlet: {
      any: n({ outlet: undefined }),
      ...Object.fromEntries(story.articles.map((a) => [a.id, n({ outlet: a.id })])),
    },
  };
}

/**
 * A view's rows as the page lays them out: rows one outlet carries (70-88% of a real story's rows, each a line of "Not
 * mentioned" cells) are kept apart, collapsed behind their count under the matrix; the rest go in the matrix. A row one
 * outlet carries with a discrepancy (an outlet that dates one event two ways) stays in the matrix: it is a
 * disagreement. The sole-source view asked for them: all its rows are matrix rows.
 */
export function splitSoleRows<G extends Pick<GroupView, "soleSource" | "discrepancies">>(
  rows: G[],
  view: Pick<MatrixParams, "show">,
): { matrix: G[]; sole: G[] } {
  if (view.show === "sole") return { matrix: rows, sole: [] };
  const collapsed = (g: G) => g.soleSource && g.discrepancies.length === 0;
  return { matrix: rows.filter((g) => !collapsed(g)), sole: rows.filter(collapsed) };
}
