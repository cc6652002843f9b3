import { isSpace } from "./text";

/**
 * What one article may hold, checked before any language library sees its text (hardening issue, finding 1). Each
 * bounds a cost that grows faster than the text: wink-nlp's tokenizer and stemmer are quadratic in the length of a
 * token (a 200,000-character word held the server for over ten minutes); a number costs work in proportion to its
 * sentence, and about 130 bytes of the stored extraction, which the database client serialises on the request
 * thread (19,000 numbers: 2.4 MB, 4 s); sentences and words bound everything else. The seed and the dev stories
 * stay far below each: their longest word has 21 characters, their longest article 1,593 words, the most sentences
 * 92, numbers 77 and numbers in a sentence 9 (measured 2026-11).
 */
export const ARTICLE_LIMITS = {
  /** Characters in a word: a run of characters between white space. A URL with its tracking parameters fits. */
  wordCharacters: 500,
  /** Words in an article (runs of non-space characters); a long feature has about 10,000. */
  words: 20_000,
  /**
   * Sentences in an article: lines, and sentences ending in ". ", "! " or "? " within a line. 20,000 words make
   * about 1,000 sentences; each is a claim to store, and storing a thousand holds the request thread about a second
   * (SQLite writes synchronously).
   */
  sentences: 1_000,
  /** Numbers in one sentence: runs of digits, "1,000" and "2.5" counting once. */
  numbersPerSentence: 100,
  /** Numbers in an article, counted alike. */
  numbers: 1_000,
};

const fmt = (n: number) => n.toLocaleString("en-US");

export const LIMIT_MESSAGES = {
  wordCharacters: `a word is longer than ${fmt(ARTICLE_LIMITS.wordCharacters)} characters`,
  words: `the text has more than ${fmt(ARTICLE_LIMITS.words)} words`,
  sentences: `the text has more than ${fmt(ARTICLE_LIMITS.sentences)} sentences or lines`,
  numbersPerSentence: `a sentence has more than ${fmt(ARTICLE_LIMITS.numbersPerSentence)} numbers`,
  numbers: `the text has more than ${fmt(ARTICLE_LIMITS.numbers)} numbers`,
};

export interface TextShape {
  longestWord: number;
  words: number;
  sentences: number;
  numbers: number;
  mostNumbersInASentence: number;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLineBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
const isStop = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f; // . ! ?

/**
 * The sizes ARTICLE_LIMITS bounds, in one pass over the text: it runs on the request thread, before the text goes
 * to a worker, so it must cost no more than reading the text.
 */
export function textShape(text: string): TextShape {
  let longestWord = 0;
  let words = 0;
  let sentences = 0;
  let most = 0;
  let all = 0;
  let wordLength = 0;
  let numbers = 0;
  // Whether the current sentence has a word yet: a blank line or a line of white space is no sentence.
  let inSentence = false;
  const endSentence = () => {
    if (inSentence) sentences++;
    if (numbers > most) most = numbers;
    inSentence = false;
    numbers = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      wordLength = 0;
      if (isLineBreak(c)) endSentence();
      continue;
    }
    if (wordLength++ === 0) words++;
    if (wordLength > longestWord) longestWord = wordLength;
    inSentence = true;
    // A number starts at a digit that does not continue one: "1,000" and "2.5" are one number each.
    if (isDigit(c)) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
      const continues = isDigit(prev) || ((prev === 0x2c || prev === 0x2e) && i > 1 && isDigit(text.charCodeAt(i - 2)));
      if (!continues) {
        numbers++;
        all++;
      }
    }
    if (isStop(c) && (i + 1 === text.length || isSpace(text.charCodeAt(i + 1)))) endSentence();
  }
  endSentence();
  return { longestWord, words, sentences, numbers: all, mostNumbersInASentence: most };
}

/** What the text exceeds of ARTICLE_LIMITS, as messages for the `text` field; none when it is within all. */
export function limitIssues(text: string): string[] {
  const shape = textShape(text);
  const out: string[] = [];
  if (shape.longestWord > ARTICLE_LIMITS.wordCharacters) out.push(LIMIT_MESSAGES.wordCharacters);
  if (shape.words > ARTICLE_LIMITS.words) out.push(LIMIT_MESSAGES.words);
  if (shape.sentences > ARTICLE_LIMITS.sentences) out.push(LIMIT_MESSAGES.sentences);
  if (shape.mostNumbersInASentence > ARTICLE_LIMITS.numbersPerSentence) out.push(LIMIT_MESSAGES.numbersPerSentence);
  if (shape.numbers > ARTICLE_LIMITS.numbers) out.push(LIMIT_MESSAGES.numbers);
  return out;
}
