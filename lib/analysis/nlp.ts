import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** A token with its exact character span in the article's stored text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  stem: string;
  /** wink's lemma, lower case ("scored" → "score", "people" → "people"). */
  lemma: string;
}

/** The text of tokens s..e, single-spaced where the source had space ("Bashar al-Assad", "Tehran 's"). */
export function spanText(tokens: Token[], s: number, e: number): string {
  let out = tokens[s]!.text;
  for (let k = s + 1; k <= e; k++) out += (tokens[k]!.start > tokens[k - 1]!.end ? " " : "") + tokens[k]!.text;
  return out;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

// The model is loaded once per process; it holds no per-document state.
const nlp = winkNLP(model);
const its = nlp.its;

/**
 * Splits `text` (a slice of an article starting at `offset`) into sentences of tokens whose offsets point into the
 * article. wink-nlp keeps abbreviations such as "Gen." and "U.S." inside a sentence, which Intl.Segmenter does not.
 */
export function splitSentences(text: string, offset: number): Sentence[] {
  const doc = nlp.readDoc(text);
  const out: Sentence[] = [];
  let cursor = 0;
  doc.sentences().each((s: ReturnType<typeof doc.sentences> extends { itemAt(i: number): infer S } ? S : never) => {
    const toks = s.tokens();
    const words = toks.out() as string[];
    const pos = toks.out(its.pos) as string[];
    // wink's typings do not list its.stem among token properties, though the model provides it.
    const stems = toks.out(its.stem as unknown as typeof its.pos) as string[];
    const lemmas = toks.out(its.lemma as unknown as typeof its.pos) as string[];
    const tokens: Token[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const at = text.indexOf(w, cursor);
      if (at < 0) continue; // wink normalised this token (rare); it carries no offset we can trust
      cursor = at + w.length;
      tokens.push({
        text: w,
        lower: w.toLowerCase(),
        start: offset + at,
        end: offset + at + w.length,
        pos: pos[i] ?? "X",
        stem: (stems[i] ?? w).toLowerCase(),
        lemma: (lemmas[i] ?? w).toLowerCase(),
      });
    }
    if (tokens.length)
      out.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens: repairTags(tokens) });
  });
  return out;
}

const POSSESSIVE = new Set(["his", "her", "their", "its", "our", "my", "your"]);

/**
 * Corrects three tagging errors of wink's small model that break reading a clause: a plural noun after a number read
 * as a verb ("had 10 rebounds for …"), a participle before a noun read as the clause's verb ("six blocked shots", "the
 * injured people"), and "have" as a main verb read as an auxiliary ("Smith had 11 points"). Local rules over the
 * neighbouring tags, the same for every text.
 */
export function repairTags(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.pos === "VERB" && prev?.pos === "NUM" && (!next || ["ADP", "PUNCT", "CCONJ"].includes(next.pos)))
      t.pos = "NOUN";
    else if (
      t.pos === "VERB" &&
      /(?:ed|ing)$/.test(t.lower) &&
      next?.pos === "NOUN" &&
      prev &&
      (prev.pos === "DET" || prev.pos === "NUM" || prev.pos === "ADJ" || POSSESSIVE.has(prev.lower))
    )
      t.pos = "ADJ";
    else if (t.pos === "AUX" && t.lemma === "have" && next && ["NUM", "DET", "ADJ", "NOUN"].includes(next.pos))
      t.pos = "VERB";
  }
  return tokens;
}
