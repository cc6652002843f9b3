/** Small text primitives shared by the stages. Pure functions, no state. */

/** Lower-case, fold quotes and dashes, drop punctuation: the form two texts are compared in. */
export function normalize(s: string): string {
  // In plain ASCII, most of a news text, decomposing and dropping accents change nothing, and the letters and digits
  // of Unicode are a-z and 0-9 once lower-cased: the same result with classes V8 matches a quarter faster. Curly
  // quotes and dashes, the one non-ASCII in a sixth of a story's paragraphs, decompose to themselves and are neither
  // marks, letters nor digits, so they take the same path.
  if (PLAIN.test(s))
    return s
      .toLowerCase()
      .replace(/[\u2018\u2019\u201c\u201d"'`]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
const PLAIN = /^[\t\n\r -~\u2018\u2019\u201c\u201d\u2013\u2014]*$/;

const normalizedTexts = new WeakMap<{ text: string }, string>();

/**
 * `normalize(x.text)`, once per object. Every analysis of a story normalises each of its claims in several steps,
 * and the writer keeps a story's extractions between ingests (lib/stories/mutations/load-story.ts), so a claim is
 * normalised once rather than on every ingest into its story. Claims are never changed once extracted.
 */
export function normalizedText(x: { readonly text: string }): string {
  let t = normalizedTexts.get(x);
  if (t === undefined) normalizedTexts.set(x, (t = normalize(x.text)));
  return t;
}

/** Records `normalize(x.text)`, already computed as `norm`, for normalizedText: extraction normalises every claim. */
export function knownNormalized(x: { readonly text: string }, norm: string): void {
  normalizedTexts.set(x, norm);
}

export function words(s: string): string[] {
  const n = normalize(s);
  return n ? n.split(" ") : [];
}

/** Whether a UTF-16 code unit is white space as a regular expression's `\s` matches it. */
export function isSpace(code: number): boolean {
  return code <= 0x20
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff;
}

/** The words of `s` (runs of non-space), counted without splitting it: an article's count ran over every word. */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** How many pieces `s.split(/\s+/)` gives (one more than its runs of space), without making them. */
export function pieceCount(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (isSpace(s.charCodeAt(i)) && (i === 0 || !isSpace(s.charCodeAt(i - 1)))) n++;
  return n;
}

/**
 * Words that hold a letter or a digit: a quote mark or a dash set apart by spaces, as token corpora print them
 * ('" Not again . "'), is not a word.
 */
export function letterWordCount(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

// Marks that only open or only close a quotation; the straight mark does either, in turn. Token corpora print
// closing marks as two apostrophes (''), and a quotation opening inside a quoted excerpt doubles the mark ("").
const QUOTE_MARK = /""|''|[\u201c\u201e\u00ab"\u201d\u00bb]/g;
const OPENING = new Set(["\u201c", "\u201e", "\u00ab"]);
const CLOSING = new Set(["\u201d", "\u00bb", "''"]);

/** Verbs that tag a quotation with its speaker ('"…," the mayor said', '"…?" Justice Lee asked'). */
export const SPEECH_TAG =
  /^(said|says|say|asked|asks|added|adds|told|tells|replied|replies|wrote|writes|stated|shouted|continued|recalled|explained|insisted|noted|quipped|joked|responded|answered|wondered|warned|declared|tweeted|vowed)$/i;

/**
 * Every match of a global regex in `text`, as `text.matchAll(re)` finds them. `matchAll` builds a copy of the regex
 * on each call, and for the analysis's long regexes building the copy costs more than matching a sentence; this
 * runs the regex itself. The matches are collected before they are returned, so a caller may use `re` again while
 * it walks them.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`allMatches needs a global regex: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (by a whole code point under the u flag), as matchAll does.
    if (m[0] === "") re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}

/** A quotation: where its opening mark starts (and how long the mark is) and where its closing mark starts. */
export interface QuoteSpan {
  open: number;
  openLength: number;
  close: number;
}

/**
 * The quotations of a paragraph, in order. A curly opening mark always opens (one left open before it, as a
 * quotation running on to the next paragraph is, is dropped), a curly closing mark closes only an open quotation,
 * and a straight mark closes one that is open or else opens one, so straight and curly marks may be mixed
 * ('"a share\u201d'). An unclosed quotation has no span.
 */
export function quoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: { at: number; length: number } | null = null;
  for (const m of allMatches(QUOTE_MARK, text)) {
    const mark = m[0];
    if (OPENING.has(mark)) open = { at: m.index, length: mark.length };
    else if (open) {
      out.push({ open: open.at, openLength: open.length, close: m.index });
      open = null;
    } else if (!CLOSING.has(mark)) open = { at: m.index, length: mark.length };
  }
  return out;
}

/** FNV-1a, 52 bits, as base-36: deterministic ids without a crypto dependency, same in Node and the browser. */
export function hashId(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return ((h2 & 0xfffff) * 0x100000000 + h1).toString(36).padStart(11, "0");
}

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

export const FUNCTION_WORDS = new Set(
  "a an the and or but of to in on at for with by from as that this it its is are was were be been has have had will would we our us you your they them their he she his her i me my not no so than then there what which who".split(
    " ",
  ),
);

/** Words of a text without function words: what two quotes must share to be the same quote. */
export function contentWords(s: string): string[] {
  return words(s).filter((w) => !FUNCTION_WORDS.has(w));
}

const CLAUSE_MIN_WORDS = 8;
const CLAUSE_BOUNDARY = /[,;:]\s+|\s+(?:--|\u2014|\u2013)\s+/g;

/**
 * The clause of `text` around [start, end): between the nearest commas, semicolons, colons or dashes, widened
 * to at least eight words so a list item keeps its verb ("and $5,687.75 on Martha's Vineyard Holistic Retreat").
 */
export function clauseSpan(text: string, start: number, end: number): [number, number] {
  return clauseFinder(text)(start, end);
}

/**
 * `clauseSpan` for many spans of one text: the clause boundaries and word counts are found once. A sentence that
 * lists thousands of numbers asks for the clause of each; scanning the whole sentence every time made its
 * extraction quadratic (hardening finding 1).
 */
export function clauseFinder(text: string): (start: number, end: number) => [number, number] {
  const cutStarts: number[] = [];
  const cutEnds: number[] = [];
  for (const m of allMatches(CLAUSE_BOUNDARY, text)) {
    cutStarts.push(m.index);
    cutEnds.push(m.index + m[0].length);
  }
  // wordStarts[p]: words (runs of non-space, as split(/\s+/) finds them) starting before p.
  const space = (p: number) => isSpace(text.charCodeAt(p));
  const wordStarts = new Int32Array(text.length + 1);
  for (let p = 0; p < text.length; p++)
    wordStarts[p + 1] = wordStarts[p]! + (!space(p) && (p === 0 || space(p - 1)) ? 1 : 0);
  // The words of text.slice(a, b): a word cut at `a` counts too.
  const wordsIn = (a: number, b: number) => (a >= b ? 0 : wordStarts[b]! - wordStarts[a + 1]! + (space(a) ? 0 : 1));
  // The first index of `xs` (ascending) whose value passes `ok`.
  const first = (xs: number[], ok: (x: number) => boolean) => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ok(xs[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return (start, end) => {
    // Clause starts: 0 and the end of every cut before `start`; clause ends: the start of every cut after `end`,
    // and the text's end.
    const lefts = first(cutEnds, (e) => e > start); // cuts ending at or before start
    const firstRight = first(cutStarts, (s) => s >= end);
    const rights = cutStarts.length - firstRight;
    const left = (i: number) => (i === 0 ? 0 : cutEnds[i - 1]!);
    const right = (i: number) => (i < rights ? cutStarts[firstRight + i]! : text.length);
    let li = lefts;
    let ri = 0;
    while (wordsIn(left(li), right(ri)) < CLAUSE_MIN_WORDS && (li > 0 || ri < rights)) {
      if (li > 0) li--;
      else ri++;
    }
    let a = left(li);
    let b = right(ri);
    while (b > a && /[\s.,;:!?'\u2019]/.test(text[b - 1]!)) b--;
    while (a < b && /\s/.test(text[a]!)) a++;
    return [a, b];
  };
}
