import { diffWords } from "diff";
import type { Quote } from "./attribution";
import { FUNCTION_WORDS } from "./text";
import { sameSense } from "./lexicon";
import { boundedMemo } from "./memo";

/**
 * Comparing two quotations word by word. Outlets quote one statement with different words ("something important" /
 * "something very important"), quote an excerpt of it ("are alleged to be discriminators" inside a longer quote), or
 * quote different statements that share words. The shorter quote is aligned inside the longer one (longest common
 * subsequence of words); it is the same statement when most of its words line up, and a different wording when the
 * lined-up stretch is not word for word the same.
 */

const ORDINAL_WORDS = new Map(
  [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
  ].map((w, i) => [w, `${i + 1}th`]),
);

/**
 * The words of a quote as compared: case, accents, punctuation and apostrophes folded ("it ’ s" as a tokenised
 * corpus prints it is "it's"), ordinals and British spellings in one form ("eleventh-hour" is "11th hour",
 * "defence" is "defense"), so that only a different word makes a different wording.
 */
const CLITICS: Record<string, string> = { re: "are", ve: "have", ll: "will", m: "am" };

export const quoteWords: (text: string) => readonly string[] = boundedMemo(foldQuote, 10_000);

/**
 * Compared pairwise within a row, and a row of a wide story holds hundreds of quotes: each quote's words are found
 * once (`quoteWords`), not once for every quote it is compared with.
 */
function foldQuote(text: string): readonly string[] {
  const folded = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    // An editor's insertion in brackets or parentheses ("these (local) supervisors") is not the speaker's word.
    .replace(/\[[^\]]*\]|\([^)]*\)/g, " ")
    // A contraction is its words: "we're" is "we are", "don't" "do not" (one speaker, two transcriptions).
    .replace(/\b(can|won)\s*['’]\s*t\b/g, (_, w: string) => (w === "can" ? "can not" : "will not"))
    .replace(/\s*['’]\s*(re|ve|ll|m)\b/g, (_, c: string) => ` ${CLITICS[c]}`)
    .replace(/n\s*['’]\s*t\b/g, " not")
    // An apostrophe joins a clitic to its word, spaced or not ("it ’ s" as a tokenised corpus prints "it's"); one
    // that opens or closes an inner quotation ("call it 'Afghanistan or Iraq'") separates words.
    .replace(/\s*['’‘`]\s*(?=(?:s|t|re|ve|ll|d|m)\b)/g, "")
    .replace(/['’‘`]/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  if (!folded) return [];
  return folded.split(" ").map((w) => {
    const o = ORDINAL_WORDS.get(w);
    if (o) return o;
    if (/^\d+(?:st|nd|rd|th)$/.test(w)) return `${parseInt(w, 10)}th`;
    return w
      .replace(/(?<=\w{3})our$/, "or")
      .replace(/(?<=\w{3})ise([ds]?)$/, "ize$1")
      .replace(/ence$/, "ense");
  });
}

export interface QuoteMatch {
  /** Share of the shorter quote's words that line up with the longer one. */
  coverage: number;
  /** The shorter quote, word for word, is a stretch of the longer one (an excerpt, or the same quote). */
  excerpt: boolean;
}

/** Two words of two quotes that line up: the same word, or two content words of one sense ("whole" / "entire"). */
const alike = (x: string, y: string) =>
  x === y || (!FUNCTION_WORDS.has(x) && !FUNCTION_WORDS.has(y) && sameSense(x, y));

/**
 * Words of `a` that line up with `b` in order (longest common subsequence, words of one sense lining up), with the
 * stretch of `b` they span.
 */
function lineUp(a: readonly string[], b: readonly string[]): { common: number; from: number; to: number } {
  const m = a.length;
  const n = b.length;
  // dp[i][j]: LCS of a[i..] and b[j..]; quotes are short (bounded by the extraction's limits), so O(m·n) is fine.
  const dp = Array.from({ length: m + 1 }, () => new Int32Array(n + 1));
  for (let i = m - 1; i >= 0; i--)
    for (let j = n - 1; j >= 0; j--)
      dp[i]![j] = alike(a[i]!, b[j]!) ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  let i = 0;
  let j = 0;
  let from = -1;
  let to = -1;
  while (i < m && j < n) {
    if (alike(a[i]!, b[j]!)) {
      if (from < 0) from = j;
      to = j + 1;
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return { common: dp[0]![0]!, from: Math.max(0, from), to: Math.max(0, to) };
}

const contentOf = (ws: readonly string[]) => ws.filter((w) => !FUNCTION_WORDS.has(w));

/**
 * The content words two quotes share: the same word, or for a word of `a` the other has not, one of `b`'s other words
 * of the same sense ("every home that was lost" / "every house that was destroyed": home is a house). Each word of
 * `b` stands for one of `a` at most.
 */
function sharedContent(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  const onlyA: string[] = [];
  for (const w of a) {
    if (b.has(w)) shared++;
    else onlyA.push(w);
  }
  const onlyB = [...b].filter((w) => !a.has(w));
  for (const w of onlyA) {
    const k = onlyB.findIndex((x) => sameSense(w, x));
    if (k < 0) continue;
    shared++;
    onlyB.splice(k, 1);
  }
  return shared;
}

/** How two quotes relate; null when they are different statements. */
export function matchQuotes(a: readonly string[], b: readonly string[]): QuoteMatch | null {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // Enough content to be a statement: three content words, or two in a quote of seven words or more ("We are
  // throwing everything we have at it").
  const content = contentOf(short).length;
  if (content < 2 || (content < 3 && short.length < 7)) return null;
  const { common, from, to } = lineUp(short, long);
  const coverage = common / short.length;
  if (coverage < QUOTES.sameStatement) return null;
  // The stretch lined up must carry the same content, not only function words in the same order.
  const window = long.slice(from, to);
  const sc = new Set(contentOf(short));
  const wc = new Set(contentOf(window));
  if ((2 * sharedContent(sc, wc)) / (sc.size + wc.size) < QUOTES.sameContent) return null;
  // An excerpt is the shorter quote word for word somewhere in the longer one. The stretch lined up may start
  // earlier than it: "It pushed the smoke away" lines its "it" up with an "it" of the sentence before.
  const excerpt = common === short.length && runIn(long, short);
  return { coverage, excerpt };
}

/** Whether `run` occurs in `words` as consecutive words. */
function runIn(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) {
    let k = 0;
    while (k < run.length && words[i + k] === run[k]) k++;
    if (k === run.length) return true;
  }
  return false;
}

export const QUOTES = {
  /** Share of the shorter quote's words that must line up for the two to be one statement. */
  sameStatement: 0.7,
  /** Dice overlap of content words between the shorter quote and the stretch it lines up with. */
  sameContent: 0.6,
  /** Words a quote needs to be compared at all. */
  minWords: 4,
};

/**
 * The word diff of two wordings of one statement, the longer cut to the stretch the shorter lines up with (so the
 * diff shows the words that differ, not the rest of a longer quote): [op, text], op -1 only in the first, 0 in
 * both, 1 only in the second.
 */
export function quoteDiff(a: Quote, b: Quote): Array<[number, string]> {
  const parts = diffWords(a.text, b.text).map((p) => [p.added ? 1 : p.removed ? -1 : 0, p.value] as [number, string]);
  // A change the comparison reads as no change ("We are" / "We're": one wording, quoteWords) is shown as none.
  const out: Array<[number, string]> = [];
  for (let i = 0; i < parts.length; i++) {
    const [op, text] = parts[i]!;
    const next = parts[i + 1];
    const before = out.length && out[out.length - 1]![0] === 0 ? /\S*$/.exec(out[out.length - 1]![1])![0] : "";
    if (op !== 0 && next && next[0] === -op && sameWords(before + text, before + next[1])) {
      out.push([0, op === 1 ? text : next[1]]);
      i++;
    } else out.push([op, text]);
  }
  return out;
}
const sameWords = (x: string, y: string) => quoteWords(x).join(" ") === quoteWords(y).join(" ");
