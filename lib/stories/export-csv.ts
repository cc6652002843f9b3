import { stringify } from "csv-stringify/sync";
import { DISCREPANCY_KINDS } from "../analysis/kinds";
import type { ExportFlag, ExportRow, MatrixExport } from "./export";

/**
 * A matrix export (lib/stories/export.ts) as CSV, in two layouts: wide (a row per claim row, a column per outlet) and
 * long (a row per cell).
 */

/** Several values in one CSV field (an outlet's two sentences in one row, a row's two discrepancies) are joined with this. */
export const CSV_JOIN = " | ";

/**
 * RFC 4180 CSV: CRLF between records, fields quoted when they hold a comma, quote or line break, UTF-8 with a byte
 * order mark (Excel reads the file as UTF-8 only with it; pandas and readr drop it). Formula injection: csv-stringify's
 * `escape_formulas` prefixes an apostrophe to every text field, column names included, that starts with = + - @, a
 * tab or a carriage return (or their full-width forms), so a spreadsheet shows it as text instead of running it.
 * Numbers are left alone. Booleans are written true and false.
 */
function toCsv(records: Array<Array<string | number | boolean>>): string {
  return stringify(records, {
    bom: true,
    record_delimiter: "windows",
    escape_formulas: true,
    cast: { boolean: (b) => (b ? "true" : "false") },
  });
}

const flagText = (f: ExportFlag, outlet?: string) =>
  `${outlet ? `${outlet}: ` : ""}${f.reason} (${f.status}, ${f.updatedAt.slice(0, 10)})`;
const distinct = <T>(xs: T[]) => [...new Set(xs)];

export const WIDE_COLUMNS = [
  "position",
  "row_id",
  "permalink",
  "row_kind",
  "claim",
  "discrepancy_kinds",
  "discrepancy_detail",
  "sole_source",
  "outlets_carrying",
  "flag_state",
  "flags",
  "verdict",
  "discrepancy_subject",
  "discrepancy_confidence",
] as const;
export const LONG_COLUMNS = [
  "position",
  "row_id",
  "row_kind",
  "outlet",
  "article_id",
  "article_url",
  "article_page",
  "claim_id",
  "quote",
  "start",
  "end",
  ...DISCREPANCY_KINDS.map((k) => `${k}_value` as const),
  "copy_of",
  "sole_source",
  "row_flag_state",
  "row_flags",
  "cell_flags",
  "permalink",
  // The row's, on each of its cells, as in the wide layout (added after the others so that a reader indexing the
  // columns by position keeps working).
  "verdict",
  "discrepancy_subject",
  "discrepancy_confidence",
] as const;

/**
 * Column names for the outlets: their labels, made unique (two outlets of one name, or an outlet named like a fixed
 * column, get " (2)", " (3)"), so a data frame can index every column by name.
 */
export function outletColumnNames(labels: string[], taken: readonly string[] = WIDE_COLUMNS): string[] {
  const used = new Set(taken);
  return labels.map((l) => {
    let name = l;
    for (let n = 2; used.has(name); n++) name = `${l} (${n})`;
    used.add(name);
    return name;
  });
}

/** A row's verdict, and its discrepancies' subjects and confidences (each joined with CSV_JOIN): both layouts' columns. */
const verdictAndSubjects = (r: ExportRow) => [
  r.verdict ?? "",
  r.discrepancies.map((d) => d.subject ?? "").join(CSV_JOIN),
  r.discrepancies.map((d) => (d.confidence === null ? "" : String(d.confidence))).join(CSV_JOIN),
];

/** One row per claim row: the row's facts, then one column per outlet with its words (several joined with CSV_JOIN). */
export function wideCsv(x: MatrixExport): string {
  const labelOf = new Map(x.outlets.map((o) => [o.id, o.label]));
  const records = x.rows.map((r) => [
    r.position,
    r.id,
    r.permalink,
    r.kind,
    r.claim,
    distinct(r.discrepancies.map((d) => d.kind)).join(CSV_JOIN),
    r.discrepancies.map((d) => d.detail).join(CSV_JOIN),
    r.soleSource,
    r.carriedBy.length,
    r.flagState ?? "",
    r.flags.map((f) => flagText(f, f.articleId ? (labelOf.get(f.articleId) ?? f.articleId) : undefined)).join(CSV_JOIN),
    ...verdictAndSubjects(r),
    ...x.outlets.map((o) =>
      r.cells
        .filter((c) => c.articleId === o.id)
        .map((c) => c.quote)
        .join(CSV_JOIN),
    ),
  ]);
  return toCsv([[...WIDE_COLUMNS, ...outletColumnNames(x.outlets.map((o) => o.label))], ...records]);
}

/** One row per cell (an outlet's sentence in a claim row), with its offsets, the values it states and its flags. */
export function longCsv(x: MatrixExport): string {
  const outlet = new Map(x.outlets.map((o) => [o.id, o]));
  const records = x.rows.flatMap((r) => {
    const copyOf = new Map(r.copies.map((c) => [c.article, c.of]));
    const rowFlags = r.flags.filter((f) => !f.articleId);
    return r.cells.map((c) => [
      r.position,
      r.id,
      r.kind,
      c.outlet,
      c.articleId,
      outlet.get(c.articleId)?.url ?? "",
      c.page,
      c.claimId,
      c.quote,
      c.start,
      c.end,
      ...DISCREPANCY_KINDS.map((k) =>
        c.states
          .filter((s) => s.kind === k)
          .map((s) => s.value)
          .join(CSV_JOIN),
      ),
      copyOf.has(c.articleId) ? (outlet.get(copyOf.get(c.articleId)!)?.label ?? "") : "",
      r.soleSource,
      r.flagState ?? "",
      rowFlags.map((f) => flagText(f)).join(CSV_JOIN),
      r.flags
        .filter((f) => f.articleId === c.articleId)
        .map((f) => flagText(f))
        .join(CSV_JOIN),
      r.permalink,
      ...verdictAndSubjects(r),
    ]);
  });
  return toCsv([[...LONG_COLUMNS], ...records]);
}
