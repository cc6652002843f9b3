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
      // …told apart from others of its kind by the nouns before it, or by a possessor before the age: "a 29-year-old
      // van driver" and "the lorry's 38-year-old driver" are two drivers ("~van driver", "~lorry driver").
      const kind = h > j ? tokens[h - 1]!.lemma : possessorNoun(tokens, tokenAt(tokens, start));
      return (isHuman(noun) && namedBefore(tokens, entities, discourse, start)) || `~${kind ? `${kind} ` : ""}${noun}`;
    }
    if (t.pos !== "ADJ") return null;
  }
  return null;
}

/** The common noun of a possessive right before token `k` ("the lorry's 38-year-old driver": "lorry"), else "". */
function possessorNoun(tokens: Token[], k: number): string {
  const mark = tokens[k - 1];
  const noun = tokens[k - 2];
  return mark && /^['’]s$/.test(mark.lower) && noun?.pos === "NOUN" ? noun.lemma : "";
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

/**
 * What may follow an age said with "be": the clause's end, "and" another clause, "at the time". Not "when": "who was
 * 19 when he joined the army" is an age at another time than the story's.
 */
const AGE_CLAUSE_END = /^(?:[.,;:!?)]|and|at)$/;

/**
 * Whose age a bare number said with "be" is: "Laura Diaz was 29.", "the victim, who was 27, …", "he was only 16,":
 * the clause's subject, when it is a person (a name of one, a noun for people, a pronoun for one). With another
 * subject the number is no age ("the score was 29", "the toll is 11"), nor before a noun ("was 29 points").
 * `span` is the number's [start, end].
 */
export function predicativeOwner(
  tokens: Token[],
  entities: EntityMention[],
  discourse: Discourse,
  [start, end]: [number, number],
): string | null {
  const a = firstToken(tokens, (t) => t.start >= end);
  const after = tokens[a];
  if (after && !AGE_CLAUSE_END.test(after.lower)) return null;
  if (after?.lower === "at" && tokens[a + 2]?.lower !== "time") return null;
  if (after?.lower === "and" && tokens[a + 1]?.pos === "NUM") return null; // "were 29 and 30"
  let k = tokenAt(tokens, start) - 1;
  if (tokens[k]?.pos === "ADV") k--; // "was only 16"
  if (tokens[k]?.lemma !== "be") return null;
  k--;
  // "Ruiz, who was 32," and "the woman, Ana Ruiz, was 32": back over the relative pronoun and the appositive's comma.
  if (tokens[k]?.lower === "who") k--;
  if (tokens[k]?.text === ",") k--;
  const subject = tokens[k];
  if (!subject) return null;
  const named = nameAround(entities, subject);
  if (named) return named.type === "place" || named.type === "organisation" ? null : discourse.canonical(named).key;
  if (subject.pos === "NOUN") return isHuman(subject.lemma) ? `~${subject.lemma}` : null;
  if (subject.pos === "PRON") return discourse.resolvePronoun(subject.lower)?.key ?? null;
  return null;
}
