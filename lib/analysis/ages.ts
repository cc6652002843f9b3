import type { Quantity } from "./quantity";
import type { TimeFacet } from "./time";
import { isHuman } from "./quantity-nouns";
import { firstToken, type Token } from "./nlp";
import type { EntityMention } from "./entities";
import { nameAround, tokenAt } from "./units";
import type { Discourse } from "./discourse";

/**
 * An age is a date too: "the 86-year-old structure", in an article of 2012, says the structure was built in 1926 or
 * 1925, and "Ana Ruiz, 59," that she was born in 1953 or 1952. Each age of a clause whose holder is known becomes a
 * year of origin ("fromAge"), dating the holder's building or birth, so that a year written by another outlet
 * ("It was built in 1935", "born in 1953") is compared with it (time.ts agesAgree).
 */
export function agesAsYears(
  quantities: Quantity[],
  referenceDate: string | null,
  text: string,
  offset: number,
): TimeFacet[] {
  const year = referenceDate ? Number(referenceDate.slice(0, 4)) : NaN;
  if (!Number.isFinite(year)) return [];
  const out: TimeFacet[] = [];
  for (const q of quantities) {
    if (q.unit !== "age" || q.low !== q.high || !Number.isInteger(q.low) || q.low <= 0 || !q.holder) continue;
    const person = isPerson(q.holder);
    // Shown as the article writes the age: "86-year-old", "59".
    const written = text.slice(q.start - offset, q.end - offset) + (q.noun?.startsWith("-") ? q.noun : "");
    out.push({
      text: written,
      start: q.start,
      end: q.end,
      granularity: "year",
      value: String(year - q.low),
      resolved: true,
      role: "event",
      predicate: person ? "born" : "built",
      event: person ? "bear" : "build",
      ...(q.fact !== undefined ? { fact: q.fact } : {}),
      holder: q.holder,
      fromAge: true,
    });
  }
  return out;
}

/** Whether a holder is a person: a name, or a noun for people ("~grandmother", "~resident"). */
function isPerson(holder: string): boolean {
  if (!holder.startsWith("~")) return true; // a name (units.isNamedHolder)
  return isHuman(holder.slice(1));
}

/**
 * Whose age a compound gives: the noun it is set before ("the 86-year-old structure" is the structure's, "a
 * 59-year-old grandmother" the grandmother's), or the name ("the 59-year-old Raj Patel"), past an adjective or two.
 * `after` is where the compound ends. Null when no noun follows.
 */
export function compoundOwner(
  tokens: Token[],
  entities: EntityMention[],
  discourse: Discourse,
  [start, after]: [number, number],
): string | null {
  const k = firstToken(tokens, (t) => t.start >= after);
  // "The 16-year-old was shot": the compound is the noun, a person's description. Which person is not known (the
  // last one named is as often the officer as the victim), so the age is a described person's, compared only with
  // another outlet's described person of the same row (fact-values.agesOfOthers).
  const head = tokens[k];
  if (!head || !["NOUN", "PROPN", "ADJ"].includes(head.pos))
    return tokens[tokenAt(tokens, start) - 1]?.lower === "the" ? "~person" : null;
  for (let j = k; j >= 0 && j < tokens.length && j < k + 3; j++) {
    const t = tokens[j]!;
    const named = nameAround(entities, t);
    if (named) return discourse.canonical(named).key;
    if (t.pos === "NOUN") {
      // A compound noun is its last noun's: "a 40-year-old apartment block" is a block.
      let h = j;
      while (tokens[h + 1]?.pos === "NOUN") h++;
      const noun = tokens[h]!.lemma;
      return (isHuman(noun) && namedBefore(tokens, entities, discourse, start)) || `~${noun}`;
    }
    if (t.pos !== "ADJ") return null;
  }
  return null;
}

/**
 * The person an appositive describes, when the compound opens it: "James Kerr, a 54-year-old driver," is Kerr's age,
 * as "James Kerr, 54," is.
 */
function namedBefore(tokens: Token[], entities: EntityMention[], discourse: Discourse, start: number): string | null {
  let k = tokenAt(tokens, start) - 1;
  if (k >= 0 && /^(?:a|an|the)$/.test(tokens[k]!.lower)) k--;
  if (k < 1 || tokens[k]!.text !== ",") return null;
  const named = nameAround(entities, tokens[k - 1]!);
  return named && named.type !== "place" && named.type !== "organisation" ? discourse.canonical(named).key : null;
}
