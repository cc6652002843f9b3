import type { Token } from "./nlp";
import { derivations, firstLexFile, isKnown } from "./lexicon";
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

/**
 * Verbs that put an act on the calendar: "Sentencing was set for September 18", "the vote is scheduled for Tuesday",
 * "the judge postponed the trial until May". The date is the act's (the sentencing's), not the scheduling's. A closed
 * class of the language, as the light verbs are.
 */
const SCHEDULING = new Set([
  "schedule",
  "reschedule",
  "set",
  "slate",
  "plan",
  "fix",
  "postpone",
  "delay",
  "adjourn",
  "move",
]);
/** Words that open the date of a scheduled act: "set for", "postponed until", "moved to". */
const SCHEDULED_FOR = new Set(["for", "until", "till", "to"]);

/**
 * The act a scheduling verb at tokens[k] puts on the calendar, or "": the act noun its passive subject or its object
 * names ("Sentencing was set for September 18" → "sentence"; "His sentencing hearing is scheduled for" →
 * "sentence", a gerund before the head naming the act rather than the head's hearing), when "for", "until" or "to"
 * follows.
 */
export function scheduledAct(tokens: Token[], k: number): string {
  const verb = tokens[k];
  if (!verb || verb.pos !== "VERB" || !SCHEDULING.has(verb.lemma)) return "";
  let after = k + 1;
  while (tokens[after]?.pos === "ADV" || tokens[after]?.lower === "back") after++;
  const passive = tokens[k - 1]?.pos === "AUX" && tokens[k - 1]!.lemma === "be";
  let nouns: Token[] = [];
  if (passive && SCHEDULED_FOR.has(tokens[after]?.lower ?? "")) {
    for (let j = k - 2; j >= 0 && j >= k - 2 - REACH && MODIFIER.has(tokens[j]!.pos); j--) nouns.unshift(tokens[j]!);
  } else if (!passive) {
    let j = after;
    for (; j < tokens.length && j <= after + REACH && MODIFIER.has(tokens[j]!.pos); j++) nouns.push(tokens[j]!);
    if (!SCHEDULED_FOR.has(tokens[j]?.lower ?? "")) nouns = [];
  }
  nouns = nouns.filter((t) => t.pos === "NOUN" || /ing$/.test(t.lower));
  for (const t of nouns) {
    // A gerund WordNet lists as a noun of its own is a thing ("a bail hearing" is no act of hearing): only its
    // derivations name its act.
    const act = /ing$/.test(t.lower) ? actVerbOf(t.lower) || (isKnown(t.lower, "n") ? "" : verbOfGerund(t.lower)) : "";
    if (act) return act;
  }
  const head = nouns.at(-1);
  return head ? actVerbOf(head.lemma) : "";
}

/**
 * Whether the time at tokens[first] is the day a scheduling verb at tokens[k] sets ("postponed until at least Friday",
 * "moved to Thursday", "set for Monday"): "for", "until", "till" or "to" right before it, past "at least", "on" and
 * "the". Such a day lies ahead of the scheduling.
 */
export function setsDay(tokens: Token[], k: number, first: number): boolean {
  if (k < 0 || first <= k || !SCHEDULING.has(tokens[k]!.lemma)) return false;
  let j = first - 1;
  while (j > k && SET_DAY_FILLERS.has(tokens[j]!.lower)) j--;
  return j > k && SCHEDULED_FOR.has(tokens[j]!.lower);
}
const SET_DAY_FILLERS = new Set(["at", "least", "on", "the", "earliest"]);

/** The verb a gerund is of, as WordNet lists it ("sentencing" → "sentence", "planning" → "plan"). */
function verbOfGerund(lower: string): string {
  const stem = lower.slice(0, -3);
  const forms = [stem, `${stem}e`, /(.)\1$/.test(stem) ? stem.slice(0, -1) : ""];
  return forms.find((v) => v.length > 2 && isKnown(v, "v")) ?? "";
}
