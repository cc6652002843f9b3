import type { Quantity } from "./quantity";
import { wordValue } from "./quantity-grammar";
import { allMatches } from "./text";

/**
 * Measures written in two units of one system: "6 feet 2 inches", "5-foot-10", "12 pounds 6 ounces", "two years and
 * six months", "1 hour 20 minutes". They are one amount in the larger unit (6 feet 2 inches is 6 1/6 feet), not two:
 * read apart, "2 inches" was one outlet's height against another's "5-foot".
 */

/** The smaller unit that may follow a unit, and how many of it make one of the larger. */
const PARTS: Record<string, { unit: string; per: number }> = {
  foot: { unit: "inch", per: 12 },
  pound: { unit: "ounce", per: 16 },
  stone: { unit: "pound", per: 14 },
  year: { unit: "month", per: 12 },
  hour: { unit: "minute", per: 60 },
  minute: { unit: "second", per: 60 },
};

/**
 * What may stand between the two amounts: the larger unit's word and a space, or "and" ("two years and six months"),
 * never a comma ("served 5 years, and 6 months later …").
 */
const GAP = /^\s*\p{L}+\.?\s+(?:and\s+)?$/iu;

/** "5-foot-10", "six-foot-two": the inches run onto the feet, and the number grammar reads only the feet. */
const HYPHENED_HEIGHT = /(?<![\p{L}\d-])(\d{1,2}|\p{L}+)-(?:foot|feet|ft)-(\d{1,2}|\p{L}+)(?![\p{L}\d])/giu;

const numberOf = (w: string): number | null => (/^\d+$/.test(w) ? Number(w) : wordValue(w.toLowerCase()));

/** Joins each measure in a larger unit with the smaller unit's amount written right after it. */
export function compoundMeasures(out: Quantity[], sentence: string, offset: number): Quantity[] {
  if (out.length < 2 && !/-f(?:oo|ee)?t-/i.test(sentence)) return out;
  const joined: Quantity[] = [];
  for (let i = 0; i < out.length; i++) {
    let big = out[i]!;
    // The unit the amount so far ends in, and what one of it is in the first unit: "2 hours 6 minutes 38 seconds"
    // joins the minutes to the hours, then the seconds to both.
    let tail = big.unit;
    let share = 1;
    for (;;) {
      const small = out[i + 1];
      const part = PARTS[tail];
      if (
        !part ||
        small?.unit !== part.unit ||
        big.ordinal ||
        small.ordinal ||
        small.high >= part.per ||
        !GAP.test(sentence.slice(big.end - offset, small.start - offset))
      )
        break;
      share /= part.per;
      big = {
        ...big,
        text: sentence.slice(big.start - offset, small.end - offset),
        end: small.end,
        // Shown as the text and its noun: "6 feet 2" and "inches".
        ...(small.noun !== undefined ? { noun: small.noun } : {}),
        low: big.low + small.low * share,
        high: big.high + small.high * share,
        event: big.event || small.event,
      };
      tail = part.unit;
      i++;
    }
    joined.push(big);
  }
  if (!/-f(?:oo|ee)?t-/i.test(sentence)) return joined;
  for (const m of allMatches(HYPHENED_HEIGHT, sentence)) {
    const [feet, inches] = [numberOf(m[1]!), numberOf(m[2]!)];
    if (feet === null || inches === null || inches >= 12) continue;
    const start = offset + m.index;
    const q = joined.find((x) => x.unit === "foot" && x.start === start);
    if (!q) continue;
    Object.assign(q, {
      text: m[0],
      noun: "",
      end: start + m[0].length,
      low: feet + inches / 12,
      high: feet + inches / 12,
    });
  }
  return joined;
}
