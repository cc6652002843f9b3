import { allMatches } from "./text";

/**
 * Quarters of a year as a date's grain: "in the second quarter of 2026", "the fourth quarter of next year", "Q3
 * 2026". Business news dates what is due that way ("the deal is expected to close in the second quarter of 2026"),
 * and two outlets that give two quarters for one act disagree. A quarter without its year ("in the second quarter")
 * is left alone: it is as often a fiscal period as a date.
 */

const ORDINALS = new Map([
  ["first", 1],
  ["1st", 1],
  ["second", 2],
  ["2nd", 2],
  ["third", 3],
  ["3rd", 3],
  ["fourth", 4],
  ["4th", 4],
  ["final", 4],
]);
const QUARTER_RE =
  /\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|final)\s+quarter\s+of\s+(?:(\d{4})\b|(this|next|last)\s+year\b)|\bQ([1-4])\s+(\d{4})\b/gi;

/** A quarter's value: "2026-Q2". */
export const quarterValue = (year: number, quarter: number) => `${year}-Q${quarter}`;
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;

export interface QuarterMatch {
  /** Where the expression starts and ends in the sentence. */
  local: number;
  end: number;
  value: string;
}

/** The quarters a sentence names with their year; `pubYear` resolves "this year", "next year" and "last year". */
export function quarterMatches(sentence: string, pubYear: number | null): QuarterMatch[] {
  const out: QuarterMatch[] = [];
  for (const m of allMatches(QUARTER_RE, sentence)) {
    const quarter = m[4] ? Number(m[4]) : ORDINALS.get(m[1]!.toLowerCase())!;
    const relative = m[3]?.toLowerCase();
    const year = m[5]
      ? Number(m[5])
      : m[2]
        ? Number(m[2])
        : pubYear === null
          ? null
          : pubYear + (relative === "next" ? 1 : relative === "last" ? -1 : 0);
    if (year === null) continue;
    const local = m.index + (m[0].length - m[0].trimStart().length);
    out.push({ local, end: m.index + m[0].length, value: quarterValue(year, quarter) });
  }
  return out;
}

/**
 * Whether a quarter and another resolved date can be one time, or null when neither is a quarter: two quarters
 * when they are one; a quarter and a year, month or day when the year is its year and the month falls in it.
 */
export function quarterAgrees(a: string, b: string): boolean | null {
  const qa = QUARTER_VALUE.exec(a);
  const qb = QUARTER_VALUE.exec(b);
  if (!qa && !qb) return null;
  if (qa && qb) return a === b;
  const [q, other] = qa ? [qa, b] : [qb!, a];
  if (other.slice(0, 4) !== q[1]) return false;
  const month = /^\d{4}-(\d{2})/.exec(other)?.[1];
  return month === undefined || Math.ceil(Number(month) / 3) === Number(q[2]);
}
