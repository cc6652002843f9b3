import { irregularVerbOf } from "./irregular-verbs";

/**
 * How an event word (a clause's predicate lemma) is written in its sentence, for the cues that find it there again
 * by its letters: contrast.ts (a denial, a statement), complements.ts (what completes it) and name-conflicts.ts (a
 * slot as written).
 */

/** A phrasal predicate's verb ("go down" → "go", "come back" → "come"). */
export const headVerb = (predicate: string) => predicate.split(" ")[0]!;

/** The first letters of a lemma that its inflections keep ("explode" → "explo": "exploded", "explodes"). */
export const stemOf = (lemma: string) => lemma.slice(0, Math.max(3, Math.min(5, lemma.length - 1)));

/** `s` with the characters a regex reads as syntax escaped, to match it literally. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether a lower-case word is a form of the verb `lemma` ("found" of "find", "exploded" of "explode"). */
export const isFormOf = (word: string, lemma: string, stem = stemOf(lemma)) =>
  word.startsWith(stem) || irregularVerbOf(word) === lemma;
