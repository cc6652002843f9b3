import type { CellView, DiscrepancyKind, GroupView } from "./data";

/**
 * What a matrix row shows of its values, in the matrix, on the permalink and on its card: a colour per differing
 * value, cells cut into plain and highlighted runs, the split of the outlets by value, kind labels and quote diffs.
 */

export const VALUE_COLOURS = 6;

/**
 * One colour per distinct value in a row, the same in every cell that states it and in the row's split summary.
 * Values are numbered in the order the analysis lists them (story order of first mention).
 */
export function valueColours(group: GroupView): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of group.discrepancies)
    for (const v of d.values) if (!out.has(v.value)) out.set(v.value, out.size % VALUE_COLOURS);
  return out;
}

export interface Segment {
  text: string;
  /** Set on a stated value that differs across the row. */
  value?: string;
  colour?: number;
}

/** A cell's text cut into plain runs and highlighted values, from the spans the analysis recorded. */
export function cellSegments(
  cell: Pick<CellView, "claimId" | "start" | "end" | "text">,
  group: GroupView,
  colours = valueColours(group),
): Segment[] {
  const marks: Array<{ start: number; end: number; value: string; colour: number }> = [];
  for (const d of group.discrepancies)
    for (const v of d.values)
      for (const s of v.spans)
        if (
          s.claim === cell.claimId &&
          s.start >= cell.start &&
          s.end <= cell.end &&
          !marks.some((m) => s.start < m.end && m.start < s.end)
        )
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
export function splitOf(
  group: GroupView,
  colours = valueColours(group),
): Array<{ kind: DiscrepancyKind; label: string; detail: string; parts: SplitPart[] }> {
  return group.discrepancies.map((d) => ({
    kind: d.kind,
    label: kindLabel(d),
    detail: d.detail,
    parts: d.values.map((v) => ({
      value: v.value,
      count: v.articles.length,
      articles: v.articles,
      colour: colours.get(v.value) ?? 0,
    })),
  }));
}

/**
 * The values a matrix row's summary shows. A split of a few values shows them all, in the analysis' order; a wide
 * story's can split a number fifty ways (each outlet rounding its own way), which no row header can show: then the
 * `limit - 1` values the most outlets state, most first, and how many others there are (the permalink lists all).
 */
export function topParts<P extends { count: number }>(parts: P[], limit = 5): { parts: P[]; more: number } {
  if (parts.length <= limit) return { parts, more: 0 };
  const top = parts
    .map((p, i) => ({ p, i }))
    .sort((a, b) => b.p.count - a.p.count || a.i - b.i)
    .slice(0, limit - 1)
    .map((x) => x.p);
  return { parts: top, more: parts.length - top.length };
}

/** Outlets named in a tooltip: the first `limit`, then how many more. */
export function outletList(labels: string[], limit = 12): string {
  return labels.length <= limit
    ? labels.join(", ")
    : `${labels.slice(0, limit).join(", ")} and ${labels.length - limit} more`;
}

export const KIND_LABEL = {
  date: "Date conflict",
  number: "Number conflict",
  entity: "Name conflict",
  quote: "Quote wording",
  attribution: "Attribution",
  // Opposite statements (contrast.ts) and different charges (charge-rows.ts).
  statement: "Conflicting statements",
} satisfies Record<DiscrepancyKind, string>;

/**
 * A discrepancy's kind as its badge names it: a date conflict about the time of day ("at 9:42 a.m." / "at 10:15
 * a.m.", basis.measure "time") is a time conflict.
 */
export const kindLabel = (d: { kind: DiscrepancyKind; basis?: { measure?: string } | null }): string =>
  d.kind === "date" && d.basis?.measure === "time" ? "Time conflict" : KIND_LABEL[d.kind];

/** Cells of a row by article, in the row's order. */
export function cellsByArticle(group: GroupView): Map<string, CellView[]> {
  const out = new Map<string, CellView[]>();
  for (const c of group.cells) out.set(c.articleId, [...(out.get(c.articleId) ?? []), c]);
  // An outlet's statements in the order its article makes them (a headline before the lead that repeats it).
  for (const cells of out.values()) cells.sort((a, b) => a.start - b.start);
  return out;
}

/** One run of a word diff: -1 only in the first wording, 1 only in the second, 0 in both. */
export type DiffOp = [op: number, text: string];

/**
 * The differing words of a quote with a few words of context either side, for a matrix row's header: long shared runs
 * are cut to `context` words, an ellipsis standing for the rest, so the change shows however long the quote.
 */
export function diffExcerpt(diff: DiffOp[], context = 4): DiffOp[] {
  const out: DiffOp[] = [];
  diff.forEach(([op, text], i) => {
    if (op !== 0) {
      out.push([op, text]);
      return;
    }
    const words = text.split(/(\s+)/);
    const count = words.filter((w) => w.trim()).length;
    if (count <= context * 2) {
      out.push([0, text]);
      return;
    }
    const head = takeWords(words, context).trimEnd();
    const tail = takeWords([...words].reverse(), context, true).trimStart();
    // Keep the words next to a change: the tail before the next change, the head after the previous one.
    if (i === 0) out.push([0, `… ${tail}`]);
    else if (i === diff.length - 1) out.push([0, `${head} …`]);
    else out.push([0, `${head} … ${tail}`]);
  });
  return out;
}

function takeWords(parts: string[], n: number, reversed = false): string {
  const kept: string[] = [];
  let words = 0;
  for (const p of parts) {
    if (p.trim()) {
      if (words === n) break;
      words++;
    }
    kept.push(p);
  }
  return reversed ? kept.reverse().join("") : kept.join("");
}
