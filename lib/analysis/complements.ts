import type { ContrastCue } from "./contrast";
import type { FactUnit } from "./units";
import { antonyms, isKnown } from "./lexicon";
import { boundedMemo } from "./memo";
import { allMatches } from "./text";
import { escape, headVerb, isFormOf, stemOf } from "./verb-forms";

/**
 * Contradictions in what one event word says of its object or subject, its complement: "pleaded not guilty" /
 * "pleaded guilty" (one clause denies the quality the other asserts), "was found alive" / "was found dead", "found
 * Hale guilty" / "found Hale innocent", "met privately" / "met publicly" (the clauses give WordNet antonyms as the
 * complement). The event word is the same in both, and the clauses are about one thing (the caller's test).
 */

/** Words that follow "not" to limit a statement, not to deny a quality ("not only", "not all", "not long after"). */
const LIMITERS = new Set(["only", "just", "even", "all", "much", "many", "enough", "long", "yet", "least", "quite"]);

/** Whether a word is an adjective first of all ("guilty", "accidental"), as WordNet's first senses tell. */
const isAdjective = (w: string) => !LIMITERS.has(w) && isKnown(w, "a") && !isKnown(w, "r");

/** A complement's word, lower-cased, and the words from the event word to it as written ("found alive"). */
interface Complement {
  word: string;
  shown: string;
}

type Contrast = { cue: ContrastCue; words: [string, string]; shown: [string, string] };

/** The cue by which two clauses of one event word differ in its complement, or null. */
export function complementContrast(
  a: FactUnit,
  b: FactUnit,
  texts: [string, string],
  aboutOneThing: (except: Set<string>) => boolean,
): Contrast | null {
  return complementDenied(a, b, texts, aboutOneThing) ?? complementOpposed(a, b, texts, aboutOneThing);
}

/**
 * "Pleaded not guilty" / "pleaded guilty", "found Hale not guilty" / "found Hale guilty": of one event word, one
 * clause denies a quality that the other asserts. The event word itself is not denied (both pleaded), so this is no
 * negation of the predicate; the clauses still cannot both be true. Not when either clause says both ("pleaded not
 * guilty to murder but guilty to manslaughter").
 */
function complementDenied(
  a: FactUnit,
  b: FactUnit,
  texts: [string, string],
  aboutOneThing: (except: Set<string>) => boolean,
): Contrast | null {
  for (const negated of [0, 1] as const) {
    const [no, yes] = [texts[negated], texts[1 - negated]!];
    for (const denied of deniedWords(negated === 0 ? a : b, no)) {
      const word = denied[1]!.toLowerCase();
      // "Was not found": the event word denied, not a quality (the negation cue reads that).
      if (!isAdjective(word) || isFormOf(word, headVerb(a.predicate))) continue;
      const bare = new RegExp(String.raw`(?<!\b(?:not|never)\s+)\b${escape(word)}\b`, "iu");
      const asserted = bare.exec(yes);
      if (!asserted || bare.test(no) || new RegExp(String.raw`\b(?:not|never)\s+${escape(word)}\b`, "iu").test(yes))
        continue;
      if (!aboutOneThing(new Set([a.predicate, word]))) continue;
      const shown: [string, string] = negated === 0 ? [denied[0], asserted[0]] : [asserted[0], denied[0]];
      return { cue: "negation", words: [a.predicate, b.predicate], shown };
    }
  }
  return null;
}
const DENIED_WORD = /\b(?:not|never)\s+(\p{L}+)\b/giu;
/**
 * DENIED_WORD's matches in a clause's text, as [match, word], read once per clause (and text): a row's clauses are
 * compared pair by pair, and scanning both texts again for every pair was most of this test in a wide story. Kept
 * per clause object, so nothing outlives the analysis that made the clause.
 */
function deniedWords(u: FactUnit, text: string): Array<[string, string]> {
  const known = denials.get(u);
  if (known?.text === text) return known.words;
  const words = allMatches(DENIED_WORD, text).map((m): [string, string] => [m[0], m[1]!]);
  denials.set(u, { text, words });
  return words;
}
const denials = new WeakMap<FactUnit, { text: string; words: Array<[string, string]> }>();

/**
 * "Was found alive" / "was found dead", "came back positive" / "negative", "met privately" / "publicly": the word
 * that completes the event word in one clause is a WordNet antonym of the one in the other. Both clauses assert (or
 * both deny) the event: "was not found alive" agrees with "was found dead".
 */
function complementOpposed(
  a: FactUnit,
  b: FactUnit,
  texts: [string, string],
  aboutOneThing: (except: Set<string>) => boolean,
): Contrast | null {
  if (!!a.negated !== !!b.negated) return null;
  const opposed = opposedComplements(a, b, texts);
  return opposed && aboutOneThing(new Set([a.predicate, opposed[0].word, opposed[1].word]))
    ? { cue: "antonym", words: [opposed[0].word, opposed[1].word], shown: [opposed[0].shown, opposed[1].shown] }
    : null;
}

/** The first complements of the two clauses' one event word that are antonyms, or null. */
function opposedComplements(a: FactUnit, b: FactUnit, texts: [string, string]): [Complement, Complement] | null {
  const mine = complementsOf(a.predicate, texts[0]);
  if (!mine.length) return null;
  const theirs = complementsOf(b.predicate, texts[1]);
  for (const x of mine)
    for (const y of theirs) if (x.word !== y.word && oppositeComplements(x.word).has(y.word)) return [x, y];
  return null;
}

/**
 * Whether one clause denies what the other's antonym asserts, so that they agree: "was not found alive" / "was found
 * dead". The negation of the event word is then no contradiction.
 */
export const denialAgrees = (a: FactUnit, b: FactUnit, texts: [string, string]): boolean =>
  a.predicate === b.predicate && !!a.negated !== !!b.negated && opposedComplements(a, b, texts) !== null;

/** Whether a clause completes its event word with a word that has antonyms ("found alive"): complementOpposed may apply. */
export const hasComplement = (u: FactUnit, text: string): boolean =>
  !!u.predicate && complementsOf(u.predicate, text).length > 0;

/** A word's antonyms as an adjective or an adverb, in its first two senses ("alive" → "dead", "privately" → "publicly"). */
const oppositeComplements = boundedMemo(
  (w) => new Set([...antonyms(w, "a", { senses: 2 }), ...antonyms(w, "r", { senses: 2 })]),
  10_000,
);

/**
 * The words that may close a complement: the end of the clause or a word that opens a phrase or a clause after it
 * ("found dead in his home", "was found alive on Sunday"). A closed class of the grammar. A noun after it makes the
 * adjective the noun's ("found a dead bird"), which is no complement.
 */
const AFTER_COMPLEMENT = new Set(
  (
    "in on at by after before and but or from with near when while as of to for inside outside under over " +
    "following during since until about because then again there here"
  ).split(" "),
);
/** Whether a word after an adjective closes its phrase: no letter, a word of AFTER_COMPLEMENT, or no noun ("overnight"). */
const closesComplement = (next: string) =>
  !/^\p{Ll}/u.test(next) ? !/^\p{L}/u.test(next) : AFTER_COMPLEMENT.has(next) || !isKnown(next, "n");
/** Words that cannot stand between an event word and its complement: they open another clause or negate it. */
const NOT_BETWEEN = new Set(
  "not never no that to and or but who which whom whose is are was were be been being has have had".split(" "),
);
const WORD = /\p{L}+(?:['’]\p{L}+)*|[^\s\p{L}]/gu;

/**
 * The complements of the event word `lemma` in a clause: an adjective or adverb with antonyms, right after the event
 * word or after an object of one or two words ("found the boy alive", "found Hale guilty"), closing its phrase.
 */
function complementsOf(lemma: string, text: string): Complement[] {
  return complementsMemo(`${lemma}\u0000${text}`);
}
// A clause is asked about again for each row and each pair it is weighed in (seven times over in a wide story).
const complementsMemo = boundedMemo((key) => {
  const cut = key.indexOf("\u0000");
  return readComplements(key.slice(0, cut), key.slice(cut + 1));
}, 50_000);

function readComplements(lemma: string, text: string): Complement[] {
  const words = allMatches(WORD, text);
  // A phrasal verb's forms are its verb's ("came back" of "come back").
  const verb = headVerb(lemma);
  const stem = stemOf(verb);
  const out: Complement[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isFormOf(words[i]![0].toLowerCase(), verb, stem)) continue;
    for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
      const word = words[j]![0].toLowerCase();
      const next = words[j + 1]?.[0];
      const closes = next === undefined || closesComplement(next);
      // A capitalised word is a name ("found Hale guilty"), though "hale" has antonyms.
      if (closes && /^\p{Ll}/u.test(words[j]![0]) && oppositeComplements(word).size) {
        const start = words[i]!.index;
        out.push({ word, shown: text.slice(start, words[j]!.index + words[j]![0].length) });
        break;
      }
      if (!/^\p{L}/u.test(word) || NOT_BETWEEN.has(word)) break;
    }
  }
  return out;
}
