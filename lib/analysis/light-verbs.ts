import type { Token } from "./nlp";
import { derivations, firstLexFile } from "./lexicon";
import { boundedMemo } from "./memo";

/**
 * Light verbs: "made an emergency landing", "held a vote", "carried out an attack", "paid a visit" say little
 * themselves and name their act with their object, a noun for an act that WordNet derives from a verb. The act is
 * that verb: "land", "vote", "attack", "visit", so that "made an emergency landing on Sunday" and "landed on Monday"
 * date one act, and "held a vote" and "voted" are one predicate.
 *
 * The verbs are English's light verbs (a closed, general class; Jespersen's "light" verbs), not words of any story.
 */
// Not "have" and "give": in news they mostly keep their own sense ("had a chance", "had 10 rebounds", "had an impact",
// "given the large number of", "give them a new start"), read on the development stories' sentences.
const LIGHT_VERBS = new Set(["make", "take", "hold", "carry", "conduct", "stage", "do", "pay", "perform"]);
/** Particles a light verb may take before its object: "carried out a raid". */
const PARTICLES = new Set(["out", "up"]);
/** Senses of the object that name an act: a landing that is a descent, not the one at the top of the stairs. */
const ACTS: ReadonlySet<string> = new Set(["noun.act", "noun.event", "noun.communication"]);
/** How far the object's head may be from the verb: "made a second emergency landing". */
const REACH = 5;
/** Words before the object's head: not a number, which makes the object a count ("made 10 plays"), not an act. */
const MODIFIER = new Set(["DET", "ADJ", "NOUN", "PRON"]);

const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * The verb an act noun derives from ("landing" → "land", "decision" → "decide", "talks" → "talk"), or "": of its
 * first three senses those that are acts, events or communications, the derived verb that shares the most letters
 * with it (at least three, and all but the noun's suffix: "office" is not "officiate").
 */
export const actVerbOf = boundedMemo((noun: string): string => {
  let best = "";
  let shared = 0;
  for (const d of derivations(noun, { pos: "n", senses: 3, lexFiles: ACTS })) {
    if (d.pos !== "v" || d.lemma.includes("_")) continue;
    const n = commonPrefix(noun, d.lemma);
    if (n >= 3 && n >= d.lemma.length - 2 && n > shared) [best, shared] = [d.lemma, n];
  }
  return best;
}, 20_000);

/**
 * The act a light verb at tokens[k] names with its object ("made an emergency landing" → "land"), or "" when
 * tokens[k] is no light verb or its object is no act. The object is the head (last noun) of the noun phrase right
 * after the verb (and a particle), within `to`.
 */
export function lightVerbAct(tokens: Token[], k: number, to = tokens.length): string {
  const verb = tokens[k];
  if (!verb || verb.pos !== "VERB" || !LIGHT_VERBS.has(verb.lemma)) return "";
  const j = k + 1 < to && PARTICLES.has(tokens[k + 1]!.lower) ? k + 2 : k + 1;
  const head = headNoun(tokens, j, to);
  if (head < 0) return "";
  // "carried out scores of air strikes", "a series of raids": the acts are what the amount or the group is of ("had
  // no knowledge of the offer" is no offer).
  const noun = tokens[head]!;
  const amount = isAmount(noun.lower) || isAmount(noun.lemma);
  if (tokens[head + 1]?.lower === "of" && (amount || isGroup(noun.lemma))) {
    const of = headNoun(tokens, head + 2, to);
    const act = of >= 0 ? actVerbOf(tokens[of]!.lemma) : "";
    if (act) return act;
  }
  return amount ? "" : actVerbOf(noun.lemma);
}

/** The head (last noun) of the noun phrase that starts at tokens[from], within `to` and REACH words, or -1. */
function headNoun(tokens: Token[], from: number, to: number): number {
  let head = -1;
  for (let j = from; j < to && j <= from + REACH; j++) {
    const t = tokens[j]!;
    if (t.pos === "NOUN") head = j;
    else if (head >= 0 || !MODIFIER.has(t.pos)) break;
  }
  return head;
}

/** A noun of an amount ("scores", "dozens", "a number"): its first sense is a quantity. */
const isAmount = (noun: string) => firstLexFile(noun, "n") === "noun.quantity";
/** A noun of a group ("a series", "a string"): its first sense is a group. */
const isGroup = (noun: string) => firstLexFile(noun, "n") === "noun.group";
