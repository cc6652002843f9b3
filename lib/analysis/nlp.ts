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
}

/** The text of tokens s..e, single-spaced where the source had space ("Bashar al-Assad", "Tehran 's"). */
export function spanText(tokens: Token[], s: number, e: number): string {
  let out = tokens[s]!.text;
  for (let k = s + 1; k <= e; k++) out += (tokens[k]!.start > tokens[k - 1]!.end ? " " : "") + tokens[k]!.text;
  return out;
}

/**
 * The index of the first token that passes `ok`, or -1 (as findIndex), for a test that fails for a prefix of the
 * tokens and passes for the rest ("starts at or after p", "ends after p"): tokens are in text order, so a binary
 * search finds it. Per-number and per-date lookups scanned the sentence and made long sentences quadratic.
 */
export function firstToken(tokens: Token[], ok: (t: Token) => boolean): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(tokens[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo < tokens.length ? lo : -1;
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
      });
    }
    if (tokens.length) out.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens });
  });
  return out;
}
