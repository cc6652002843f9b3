import type { Token } from "./nlp";
import { NOMINAL, NP_PART, reportsAt } from "./clause-words";
import { category, isA, isKnown, synsetsOf } from "./lexicon";

/**
 * A clause's head words, read from the tokens it owns (clauses.ts): its event word, its subject, and whether it only
 * says who spoke.
 */

/**
 * The event word of a clause: its first verb that is not a reporting verb, else the noun or adjective after "be" in
 * what a reporting verb reports ("police said the suspect was not armed": "armed"), else the reporting verb, else the
 * noun or adjective after "be".
 */
export function predicateOf(tokens: Token[], own: number[]): number {
  let speech = -1;
  for (const k of own) {
    const t = tokens[k]!;
    if (t.pos !== "VERB") continue;
    if (reportsAt(tokens, k)) {
      if (speech < 0) speech = k;
      continue;
    }
    return k;
  }
  if (speech >= 0) {
    const reported = complementOfBe(tokens, own, own.indexOf(speech) + 1);
    return reported >= 0 ? reported : speech;
  }
  return complementOfBe(tokens, own, 0);
}

/**
 * The head of the noun or adjective phrase after the first "be" or "have" of `own` from index `from` (or the noun of
 * a bare prepositional phrase: "in office", "in custody"), or -1.
 */
function complementOfBe(tokens: Token[], own: number[], from: number): number {
  for (let i = from; i < own.length; i++) {
    const t = tokens[own[i]!]!;
    if (t.pos === "AUX" && (t.lemma === "be" || t.lemma === "have")) {
      for (let j = i + 1; j < own.length && j < i + 6; j++) {
        const x = tokens[own[j]!]!;
        if (x.pos === "NOUN" || x.pos === "ADJ") {
          // The head of the complement: the last noun of "a former student", "the chief executive".
          let h = j;
          while (j + 1 < own.length && own[j + 1] === own[j]! + 1 && tokens[own[j + 1]!]!.pos === "NOUN") h = ++j;
          return own[h]!;
        }
        if (x.pos === "ADP") {
          // A state said with a bare preposition and noun: "has been in office since 2009", "was in custody".
          const next = own[j + 1];
          if (next === own[j]! + 1 && tokens[next]!.pos === "NOUN") return next;
          break;
        }
        if (x.pos === "VERB") break;
      }
    }
  }
  return -1;
}

/** Whether a clause says only who spoke: its one verb reports speech and nothing but a subject surrounds it. */
export function isFrameOnly(tokens: Token[], own: number[], predicate: number): boolean {
  if (!reportsAt(tokens, predicate)) return false;
  const after = own.filter((k) => k > predicate && tokens[k]!.pos !== "PUNCT");
  return after.length <= 4 && !after.some((k) => tokens[k]!.pos === "VERB") && !actAsObject(tokens, after);
}

/**
 * Whether a reporting verb's direct object is an act or what was said, not whom it was said to or when: "claimed
 * responsibility for the attack", "announced his resignation", "denied the allegations" state something; "told
 * reporters", "said Tuesday" only frame what is reported. Read from WordNet's class of the object noun.
 */
function actAsObject(tokens: Token[], after: number[]): boolean {
  for (const k of after) {
    const t = tokens[k]!;
    if (t.pos === "DET" || t.pos === "ADJ" || (t.pos === "PRON" && /^(?:his|her|its|their|our|my)$/.test(t.lower)))
      continue;
    return t.pos === "NOUN" && OBJECT_ACTS.has(category(t.lemma) ?? "");
  }
  return false;
}
const OBJECT_ACTS = new Set(["act", "event", "communication"]);

/** The subject noun phrase: the noun phrase nearest before the predicate, past auxiliaries and adverbs. */
export function subjectOf(tokens: Token[], own: number[], predicate: number): [number, number] | null {
  if (predicate < 0) return null;
  let i = own.indexOf(predicate) - 1;
  // A complement's subject stands before its verb: "Smith is a former partner" → back past "a former" to "is".
  if (tokens[predicate]!.pos !== "VERB") while (i >= 0 && tokens[own[i]!]!.pos !== "AUX") i--;
  // An infinitive's subject is its finite verb's: "Okafor had been in the neighborhood to visit Mehta" is Okafor's,
  // not the neighborhood's. (With no verb before it, "The plan to build a dam …", the noun before "to" is.)
  else if (i >= 0 && tokens[own[i]!]!.lower === "to" && tokens[own[i]!]!.pos === "PART") {
    let k = i - 1;
    while (k >= 0 && tokens[own[k]!]!.pos !== "AUX" && tokens[own[k]!]!.pos !== "VERB") k--;
    if (k >= 0) i = k;
  }
  // Past auxiliaries, adverbs and the commas around a clause that interrupts: "Okafor, who …, was rushed".
  while (i >= 0 && (["AUX", "ADV", "PART"].includes(tokens[own[i]!]!.pos) || tokens[own[i]!]!.text === ",")) i--;
  // A description set off by commas between the subject and its verb: "Brazil's Lucas Ferreira, the favourite,
  // finished" is Ferreira's.
  if (i >= 0 && tokens[own[i + 1]!]?.text === ",") {
    for (let o = i - 1; o > 0 && i - o <= 6; o--)
      if (tokens[own[o]!]!.text === ",") {
        if (DESCRIPTION_OPENERS.has(tokens[own[o + 1]!]!.lower) && NOMINAL.has(tokens[own[o - 1]!]!.pos)) i = o - 1;
        break;
      }
  }
  if (i < 0 || !NOMINAL.has(tokens[own[i]!]!.pos)) return null;
  let [j, end] = [phraseStart(tokens, own, i), i];
  // A noun phrase with a prepositional phrase after its head is about the head: "A strong quake off the coast of
  // Borneo triggered …" is the quake's sentence, not Borneo's.
  for (let hops = 0; hops < 3 && j >= 2 && own[j - 1] === own[j]! - 1 && own[j - 2] === own[j]! - 2; hops++) {
    const head = tokens[own[j - 2]!]!;
    if (tokens[own[j - 1]!]!.pos !== "ADP" || (head.pos !== "NOUN" && head.pos !== "PROPN")) break;
    end = j - 2;
    j = phraseStart(tokens, own, end);
  }
  return [own[j]!, own[end]! + 1];
}

/** The words that open a description set off by commas: an article or a possessive ("the favourite", "his coach"). */
const DESCRIPTION_OPENERS = new Set(["the", "a", "an", "his", "her", "its", "their"]);

/** Where the noun phrase ending at own[i] starts, as an index into `own`. */
function phraseStart(tokens: Token[], own: number[], i: number): number {
  let j = i;
  while (
    j - 1 >= 0 &&
    own[j - 1] === own[j]! - 1 &&
    (NP_PART.has(tokens[own[j - 1]!]!.pos) ||
      tokens[own[j - 1]!]!.text === "-" ||
      tokens[own[j - 1]!]!.lower === "'s" ||
      tokens[own[j - 1]!]!.lower === "’s") &&
    i - j < 8
  )
    j--;
  return j;
}

const PARTICLES = new Set([
  "up",
  "down",
  "out",
  "off",
  "over",
  "away",
  "back",
  "in",
  "on",
  "through",
  "apart",
  "aside",
]);
const PREPOSITIONS = new Set(["in", "on", "through", "over"]);
const NOUN_PHRASE_START = new Set(["DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"]);
/**
 * A verb's lemma with the particle right after it, when WordNet knows the pair as one verb: "went down" is "go down"
 * (to sink), "blew up" "blow up", "stepped down" "step down", so that it meets "sank", "exploded", "resigned".
 */
export function phrasalLemma(tokens: Token[], k: number): string {
  const verb = tokens[k]!;
  const next = tokens[k + 1];
  // A verb and a bare noun or adverb WordNet lists as one verb: "gave way" (collapsed), "took place", "opened fire".
  if (verb.pos === "VERB" && (next?.pos === "NOUN" || next?.pos === "ADV") && tokens[k + 2]?.pos !== "NOUN") {
    const idiom = `${verb.lemma} ${next.lower}`;
    if (isKnown(idiom, "v")) return idiom;
  }
  if (verb.pos !== "VERB" || !next || !PARTICLES.has(next.lower)) return verb.lemma;
  // "in", "on", "through", "over" before a noun phrase are prepositions: "doing in Syria", "passing through the crisis".
  const after = tokens[k + 2];
  if (PREPOSITIONS.has(next.lower) && after && NOUN_PHRASE_START.has(after.pos)) return verb.lemma;
  const pair = `${verb.lemma} ${next.lower}`;
  return isKnown(pair, "v") ? pair : verb.lemma;
}

const BE = /^(?:be|is|are|was|were|been|being|am)$/;
/** Whether the verb at k is a passive participle: a form of "be" right before it ("was held", "will be staged"). */
function isPassive(tokens: Token[], k: number): boolean {
  const verb = tokens[k]!;
  return verb.lower !== verb.lemma && afterBe(tokens, k);
}

/**
 * Whether the word at k, no "-ing" form, has a form of "be" right before it, but for adverbs and particles ("is not yet
 * set"): a participle's place, whether or not it differs from its lemma. "were struggling" is no passive.
 */
function afterBe(tokens: Token[], k: number): boolean {
  if (tokens[k]!.lower.endsWith("ing")) return false;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (BE.test(tokens[j]!.lower)) return true;
    if (tokens[j]!.pos !== "ADV" && tokens[j]!.pos !== "PART") return false;
  }
  return false;
}

/**
 * The event a clause says happens, when its verb says only that: the head noun of its subject, when the verb is one of
 * happening ("takes place", "occurred": a kind of "happen") and the noun names no living thing, or when the verb is
 * one of making in the passive ("will be held", "was staged": a verb of creation) and the noun is one an occasion can
 * be (`isOccasion`). "The election will be held on May 6" and "the vote would take place on May 9" then date one act,
 * the election, as "the fire broke out on Sunday" and "the fire was started on Monday" do; so do "the meeting was
 * held on Monday" and "the inquiry is set to take place on April 8" (the verb a catenative verb leads to). Null
 * otherwise: "the suspect was held on Monday" is no occasion, nor is "the house was built in 1926".
 */
export function occurrenceOf(tokens: Token[], k: number, subject: [number, number] | null): string | null {
  if (!subject) return null;
  // The head noun ends the noun phrase before any phrase after it: "the inquiry into the blast" is an inquiry.
  let head = -1;
  for (let j = subject[0]; j < subject[1] && !(head >= 0 && tokens[j]!.pos === "ADP"); j++)
    if (tokens[j]!.pos === "NOUN") head = j;
  if (head < 0) return null;
  const noun = tokens[head]!.lemma;
  k = catenativeTarget(tokens, k);
  const verb = tokens[k]!;
  const next = tokens[k + 1];
  // "take place": a verb and its noun that WordNet lists as one verb.
  const idiom =
    next?.pos === "NOUN" && isKnown(`${verb.lemma} ${next.lower}`, "v") ? `${verb.lemma} ${next.lower}` : "";
  const lemma = idiom || phrasalLemma(tokens, k);
  const event = isA(noun, "n", "event", { senses: 1 });
  // A verb that is "happen" in its first sense ("take place", "occur") makes any subject but a living thing an
  // occasion ("the inquiry took place"); a kind of happening only an event ("the fire broke out").
  if (isA(lemma, "v", "happen", { senses: 1 })) {
    // "A cruiser happened to be parked there" says what chanced, not that the cruiser happened.
    if (tokens[k + (idiom ? 2 : 1)]?.lower === "to") return null;
    return event || (meansHappen(lemma) && !isA(noun, "n", "organism", { senses: 1 })) ? noun : null;
  }
  const made = isPassive(tokens, k) && synsetsOf(verb.lemma, "v").some((x) => x.lexFile === "verb.creation");
  return made && (event || isOccasion(noun)) ? noun : null;
}

/** A verb whose first sense is the first sense of "happen" ("occur", "take place"; not "find", whose first is "chance"). */
function meansHappen(verb: string): boolean {
  const [first] = synsetsOf(verb, "v", { senses: 1 });
  return first !== undefined && first.id === synsetsOf("happen", "v", { senses: 1 })[0]?.id;
}

/**
 * The verb a catenative verb leads to: "is set to take place" → "take", "is expected to be held" → "held" (the
 * verb at k when none follows "to").
 */
export function catenativeTarget(tokens: Token[], k: number): number {
  // Only from a passive participle ("is set to", "was expected to"): "rescuers struggled to find" is no occasion.
  for (let hops = 0; hops < 2 && afterBe(tokens, k); hops++) {
    let j = k + 1;
    while (tokens[j]?.pos === "ADV") j++;
    if (tokens[j]?.lower !== "to") break;
    j++;
    if (tokens[j] && BE.test(tokens[j]!.lower) && tokens[j + 1]?.pos === "VERB") j++;
    if (tokens[j]?.pos !== "VERB") break;
    k = j;
  }
  return k;
}

/**
 * A noun other than an event that can name an occasion one holds or stages: an abstraction whose first sense is a
 * gathering ("meeting", "conference"), or that is no group in its first sense and has a gathering, an act or an event
 * among its first three ("summit": its third sense is a summit meeting; "inquiry", "session", "vigil": their first
 * senses are a search for knowledge, a discussion, a watch). A thing ("building", whose second sense is the act of
 * building; "gun"), a person or a group of people ("crew", whose third sense is a bunch) is not.
 */
function isOccasion(noun: string): boolean {
  if (!isA(noun, "n", "abstraction", { senses: 1 })) return false;
  if (isA(noun, "n", "gathering", { senses: 1 })) return true;
  if (isA(noun, "n", "group", { senses: 1 })) return false;
  return (
    isA(noun, "n", "gathering", { senses: 3 }) ||
    synsetsOf(noun, "n", { senses: 3 }).some((x) => x.lexFile === "noun.act" || x.lexFile === "noun.event")
  );
}
