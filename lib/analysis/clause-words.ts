import type { Token } from "./nlp";
/** The function words the clause splitter (clauses.ts) reads a sentence's structure from. */

export const RELATIVE = new Set(["who", "which", "whom", "whose", "where"]);
export const SUBORDINATORS = new Set([
  "because",
  "after",
  "before",
  "while",
  "when",
  "although",
  "though",
  "since",
  "until",
  "as",
  "if",
  "whereas",
  "unless",
  "once",
]);
export const NEGATORS = new Set(["not", "n't", "never", "no", "nor", "neither"]);
/** Verbs that report speech: a clause of only such a verb and its subject is a frame, not a fact. */
export const SPEECH_VERBS = new Set([
  "say",
  "tell",
  "add",
  "note",
  "stress",
  "announce",
  "state",
  "claim",
  "insist",
  "write",
  "explain",
  "warn",
  "confirm",
  "report",
  "quote",
  "cite",
  "reiterate",
  "urge",
  "argue",
  "acknowledge",
  "admit",
  "declare",
  "assert",
  "tweet",
  "comment",
  "ask",
  "reply",
  "respond",
  "recall",
  "believe",
  "think",
]);
/**
 * Whether tokens[k] reports speech: a verb of SPEECH_VERBS not followed by "for", whose object is then what is asked
 * for or what the act is for, not what was said ("the hackers asked for $4 million", "was cited for speeding",
 * "wrote for the paper").
 */
export function reportsAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.pos === "VERB" && SPEECH_VERBS.has(t.lemma) && tokens[k + 1]?.lower !== "for";
}

/** Pronouns that open a relative clause without a comma ("the flood that destroyed 300 homes"). */
export const RESTRICTIVE = new Set(["that", "who", "which", "where"]);

/** Parts of speech that stand for a noun phrase, and those a noun phrase is made of. */
export const NOMINAL = new Set(["NOUN", "PROPN", "PRON", "NUM"]);
export const NP_PART = new Set(["NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM", "PART"]);
