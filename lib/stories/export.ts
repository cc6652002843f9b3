import type { Db } from "../db";
import { ClientError } from "../errors";
import { storyFlags } from "../editors/flags";
import { flagState, type FlagMark, type FlagReason, type FlagStatus, type GroupFlags } from "../editors/flag-labels";
import { getStoryMatrix, type DiscrepancyKind, type StoryMatrix } from "./data";
import type { DiscrepancyBasisJson } from "./json";
import { matrixHref, parseMatrixParams, viewRows, type MatrixParams } from "./view";
import { rowVerdict, type RowVerdict } from "./verdicts";

/**
 * A story's matrix as data: the rows of one view (every page of it, in the page's order), as JSON and as CSV in two
 * layouts. The JSON is the lossless one; the CSVs are for spreadsheets and data frames (docs/decisions/006-exports.md).
 * Only what a reader may see goes in: flags' reasons, statuses and dates, never their notes or who set them.
 */

export const MATRIX_EXPORT_VERSION = 1;

export type CsvLayout = "wide" | "long";
export const CSV_LAYOUTS: CsvLayout[] = ["wide", "long"];

export interface ExportFlag {
  id: string;
  /** The outlet whose cell the flag is on; null for the whole row. */
  articleId: string | null;
  reason: FlagReason;
  status: FlagStatus;
  updatedAt: string;
}

export interface ExportCell {
  claimId: string;
  articleId: string;
  outlet: string;
  /** The words of the article this cell shows (offsets into the stored article text). */
  quote: string;
  start: number;
  end: number;
  /** The article's page here, at this claim. */
  page: string;
  /** The value this cell states in each of the row's discrepancies (none when it states none). */
  states: Array<{ kind: DiscrepancyKind; value: string }>;
}

export interface ExportRow {
  /** 1-based place in the view. */
  position: number;
  id: string;
  permalink: string;
  kind: "claim" | "fact";
  /** The row's first statement, as its first outlet words it. */
  claim: string;
  /**
   * What the analysis says the row is about ("Death toll"): its first discrepancy's subject, or a value its outlets
   * state alike; null when it named none (most rows) or the row was analysed before rows' subjects were stored.
   */
  subject: string | null;
  soleSource: boolean;
  carriedBy: string[];
  independent: number;
  copies: Array<{ article: string; of: string }>;
  flagState: "open" | "reviewed" | null;
  flags: ExportFlag[];
  /**
   * What editors decided about the row's discrepancies (lib/stories/verdicts.ts): "confirmed", "dismissed" (not a
   * contradiction, or an extraction error), or null while no verdict stands.
   */
  verdict: "confirmed" | "dismissed" | null;
  discrepancies: Array<{
    kind: DiscrepancyKind;
    /** What the outlets disagree about; null for rows analysed before subjects were stored. */
    subject: string | null;
    detail: string;
    /** How sure the analysis is, 0..1; null as for subject. */
    confidence: number | null;
    /** Holder, event, measure and the signals the confidence weighs; null as for subject. */
    basis: DiscrepancyBasisJson | null;
    values: Array<{ value: string; articles: string[]; claims: string[] }>;
    diff: Array<[number, string]> | null;
  }>;
  cells: ExportCell[];
}

export interface MatrixExport {
  format: "newscompare.matrix";
  version: typeof MATRIX_EXPORT_VERSION;
  story: { slug: string; title: string; url: string; updatedAt: string; analysisVersion: number };
  /** The view's parameters as applied (a malformed one falls back to its default, as on the page). */
  view: {
    show: MatrixParams["show"];
    sort: MatrixParams["sort"];
    kind: string | null;
    outlet: string | null;
    flag: string | null;
    url: string;
  };
  outlets: Array<{
    id: string;
    label: string;
    title: string | null;
    url: string | null;
    publishedAt: string | null;
    page: string;
  }>;
  rowCount: number;
  rows: ExportRow[];
}

/**
 * The view parameters an export takes: the page's filter and order. The focused row and the pages (of rows, of outlet
 * columns) belong to the page alone: an export holds every row of the view and every outlet.
 */
export const EXPORT_VIEW_PARAMS = ["show", "sort", "kind", "outlet", "flag"] as const;

/**
 * An export URL's query. The view parameters are parsed as the page parses them (a malformed one falls back to its
 * default), so the same query downloads the rows the page shows; others are ignored. `layout` (CSV only) is the
 * export's own: a value other than wide or long is a 422, since a script asking for a layout that does not exist
 * should hear so rather than get the other one. A repeated parameter counts once, the first, as on the page.
 */
export function parseExportQuery(
  search: URLSearchParams,
  format: "csv" | "json",
): { view: MatrixParams; layout: CsvLayout } {
  const first: Record<string, string> = Object.create(null);
  for (const [k, v] of search) if (!Object.hasOwn(first, k)) first[k] = v;
  const layout = format === "csv" ? (first.layout ?? "wide") : "wide";
  if (!(CSV_LAYOUTS as string[]).includes(layout)) {
    throw new ClientError(422, `layout must be one of ${CSV_LAYOUTS.join(", ")}`, {
      layout: [`one of ${CSV_LAYOUTS.join(", ")}`],
    });
  }
  const view = parseMatrixParams(
    Object.fromEntries(EXPORT_VIEW_PARAMS.filter((k) => Object.hasOwn(first, k)).map((k) => [k, first[k]])),
  );
  return { view, layout: layout as CsvLayout };
}

type ExportableStory = Pick<StoryMatrix, "slug" | "title" | "updatedAt" | "version" | "articles" | "groups">;

const exportFlag = (f: FlagMark): ExportFlag => ({
  id: f.id,
  articleId: f.articleId,
  reason: f.reason,
  status: f.status,
  updatedAt: f.updatedAt.toISOString(),
});

const verdictField = (v: RowVerdict) => (v.state === "open" ? null : v.state);

/** The view's rows with everything the exports show. `origin` makes the links absolute. */
export function buildMatrixExport(
  story: ExportableStory,
  flags: Map<string, GroupFlags>,
  view: MatrixParams,
  origin: string,
): MatrixExport {
  const label = new Map(story.articles.map((a) => [a.id, a.label]));
  const articlePage = (id: string) => `${origin}/articles/${encodeURIComponent(id)}`;
  const rows = viewRows(story, view, flags).map((g, i): ExportRow => {
    const f = flags.get(g.id);
    return {
      position: i + 1,
      id: g.id,
      permalink: `${origin}/claims/${encodeURIComponent(g.id)}`,
      kind: g.kind,
      claim: g.cells[0]?.text ?? "",
      subject: g.subject ?? g.discrepancies[0]?.subject ?? null,
      soleSource: g.soleSource,
      carriedBy: g.coverage.articles,
      independent: g.coverage.independent,
      copies: g.coverage.copies,
      flagState: flagState(f),
      flags: f ? [...f.row, ...[...f.cells.values()].flat()].map(exportFlag) : [],
      verdict: g.discrepancies.length ? verdictField(rowVerdict(f)) : null,
      discrepancies: g.discrepancies.map((d) => ({
        kind: d.kind,
        subject: d.subject,
        detail: d.detail,
        confidence: d.confidence,
        basis: d.basis,
        values: d.values.map((v) => ({ value: v.value, articles: v.articles, claims: v.claims })),
        diff: d.diff,
      })),
      cells: g.cells.map((c) => ({
        claimId: c.claimId,
        articleId: c.articleId,
        outlet: label.get(c.articleId) ?? "",
        quote: c.text,
        start: c.start,
        end: c.end,
        page: `${articlePage(c.articleId)}#claim-${c.claimId}`,
        states: g.discrepancies.flatMap((d) =>
          d.values.filter((v) => v.claims.includes(c.claimId)).map((v) => ({ kind: d.kind, value: v.value })),
        ),
      })),
    };
  });
  const scope = { show: view.show, sort: view.sort, kind: view.kind, outlet: view.outlet, flag: view.flag };
  return {
    format: "newscompare.matrix",
    version: MATRIX_EXPORT_VERSION,
    story: {
      slug: story.slug,
      title: story.title,
      url: `${origin}${matrixHref(story.slug, {})}`,
      updatedAt: story.updatedAt.toISOString(),
      analysisVersion: story.version,
    },
    view: {
      show: view.show,
      sort: view.sort,
      kind: view.kind ?? null,
      outlet: view.outlet ?? null,
      flag: view.flag ?? null,
      url: `${origin}${matrixHref(story.slug, scope)}`,
    },
    outlets: story.articles.map((a) => ({
      id: a.id,
      label: a.label,
      title: a.title,
      url: a.url,
      publishedAt: a.publishedAt,
      page: articlePage(a.id),
    })),
    rowCount: rows.length,
    rows,
  };
}

/** A story's view for export, or null when there is no such story. Flags are read fresh: they change between analyses. */
export async function readMatrixExport(
  db: Db,
  slug: string,
  view: MatrixParams,
  origin: string,
): Promise<MatrixExport | null> {
  const story = await getStoryMatrix(db, slug);
  if (!story) return null;
  return buildMatrixExport(story, await storyFlags(db, story.id), view, origin);
}

export const matrixJson = (x: MatrixExport): string => JSON.stringify(x);

/** The export URL of a view: the page's filter and order, no focus or page (an export holds every page). */
export function matrixExportHref(
  slug: string,
  view: Partial<MatrixParams>,
  format: "csv" | "json",
  layout: CsvLayout = "wide",
): string {
  // The page's own serialisation of the view (defaults left out), less what belongs to the page alone.
  const pageQuery = new URL(matrixHref(slug, view), "http://x").searchParams;
  const q = new URLSearchParams(format === "csv" ? { layout } : {});
  for (const k of EXPORT_VIEW_PARAMS) if (pageQuery.has(k)) q.set(k, pageQuery.get(k)!);
  const s = q.toString();
  return `/stories/${encodeURIComponent(slug)}/matrix.${format}${s ? `?${s}` : ""}`;
}

const fileSafe = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);

/** "iran-syria-2018-matrix-wide-discrepancies-kind-date.csv": the story, the format and what the view leaves out. */
export function exportFilename(
  x: Pick<MatrixExport, "story" | "view" | "outlets">,
  format: "csv" | "json",
  layout: CsvLayout = "wide",
): string {
  const v = x.view;
  const outlet = v.outlet ? x.outlets.find((o) => o.id === v.outlet) : undefined;
  const parts = [
    fileSafe(x.story.slug) || "story",
    "matrix",
    format === "csv" ? layout : "",
    v.show !== "all" ? v.show : "",
    v.kind ? `kind-${fileSafe(v.kind)}` : "",
    v.outlet ? `outlet-${(outlet && fileSafe(outlet.label)) || fileSafe(v.outlet)}` : "",
    v.flag ? `flag-${fileSafe(v.flag)}` : "",
    v.sort === "story" ? "story-order" : "",
  ];
  return `${parts.filter(Boolean).join("-")}.${format}`;
}
