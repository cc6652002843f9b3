import type { Token } from "./nlp";
import type { Quantity } from "./quantity";

/**
 * How many times an act was done, said with an adverb: "was shot twice", "scored twice", "had been arrested once
 * before", "has twice been convicted". The same count as "was shot seven times" (unit "time"), so that outlets that
 * give the number either way are compared.
 *
 * Only where the adverb counts the act of a verb: after the verb and its object ("met her once"), or, for "twice"
 * and "thrice", between an auxiliary and the verb ("has twice been convicted"). Not "once" before a verb, which
 * means "formerly" ("the mill once employed 300"), nor "once" that opens a clause ("once the board approves"), nor a
 * multiple ("twice as many", "twice the size"), a rate ("twice a week", "twice daily"), "once again" or "once more".
 */
export function repeatedActs(tokens: Token[]): Quantity[] {
  const out: Quantity[] = [];
  tokens.forEach((t, k) => {
    const n = TIMES.get(t.lower);
    if (n === undefined || t.pos !== "ADV") return;
    const next = tokens[k + 1];
    if (next && (NOT_AFTER.has(next.lower) || next.text === "-" || CLAUSE_OPENERS.has(next.pos))) return;
    if (!afterVerb(tokens, k) && !(n > 1 && beforeVerb(tokens, k))) return;
    out.push({ text: t.text, start: t.start, end: t.end, low: n, high: n, unit: "time", noun: "", event: "" });
  });
  return out;
}

const TIMES = new Map([
  ["once", 1],
  ["twice", 2],
  ["thrice", 3],
]);

/** Words after the adverb that make it something other than a count of acts. */
const NOT_AFTER = new Set(
  "again more as the a an per daily weekly monthly yearly annually each every over removed that what upon".split(" "),
);
/** "Once the board approves", "once he arrived": a clause's first word after "once" makes it a conjunction. */
const CLAUSE_OPENERS = new Set(["DET", "PRON", "PROPN", "NUM"]);

/** The verb the adverb follows, past its object ("met her once", "was shot twice", "had been married twice"). */
function afterVerb(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const x = tokens[j]!;
    if (x.pos === "VERB" || (x.pos === "ADJ" && /ed$/.test(x.lower))) return true;
    if (!OBJECT.has(x.pos)) return false;
  }
  return false;
}
const OBJECT = new Set(["NOUN", "PRON", "DET", "PROPN", "ADJ"]);

/** "has twice been convicted", "was twice arrested": an auxiliary before the adverb, the verb after it. */
function beforeVerb(tokens: Token[], k: number): boolean {
  if (tokens[k - 1]?.pos !== "AUX") return false;
  for (let j = k + 1; j < tokens.length && j <= k + 2; j++) {
    if (tokens[j]!.pos === "VERB") return true;
    if (tokens[j]!.pos !== "AUX") return false;
  }
  return false;
}
