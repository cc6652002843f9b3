import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { SUBORDINATORS } from "./clause-words";
import { irregularVerbOf } from "./irregular-verbs";
import { isCommonWord, isKnown } from "./lexicon";
import { SCALE_SUFFIXES, wordValue } from "./quantity-grammar";
import { letterWordCount, quoteSpans, SPEECH_TAG, type QuoteSpan } from "./text";

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

// The model is loaded once per process; it holds no per-document state. Only sentence breaks and part-of-speech tags
// are read here: wink's other annotations (entities, negation, sentiment, custom entities) ran on every document for
// a third of its time, and the tagger does not read them (its automata see the tokens' normal forms and hints only),
// so leaving them out of the pipe changes no sentence, tag or lemma.
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

// wink's its.stem runs the Porter stemmer on a token's text every time it is asked; a story repeats its words, so each
// word's stem is remembered (the stemmer is a pure function of the text). Cleared when full, as the lexicon's caches.
const stemmer = model.addons.stem as (word: string) => string;
const stems = new Map<string, string>();
const STEM_CACHE_SIZE = 50_000;
export function stemOf(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= STEM_CACHE_SIZE) stems.clear();
    stems.set(word, (s = stemmer(word).toLowerCase()));
  }
  return s;
}

/** Abbreviations that stand before a name, never at a sentence's end ("Sgt.", "Rev.", "Gov."). */
const TITLE_ABBR = new Set(
  "mr mrs ms messrs dr prof gen sgt lt col capt cpt cmdr cdr maj adm brig cpl pvt pfc spc rep reps sen sens gov govs pres rev hon fr msgr supt det insp atty cong amb asst lieut".split(
    " ",
  ),
);
/** Abbreviations that stand before a number ("Jan. 5", "No. 2", "Fig. 3"). */
const NUMBER_ABBR = new Set(
  "jan feb mar apr jun jul aug sep sept oct nov dec no nos fig figs vol art sec ch pp approx ca".split(" "),
);
/** Words a sentence starts with, capitalised: after an initial or "U.S." they say the sentence did end there. */
const STARTERS = new Set(
  "the a an this that these those there here it its he she they we i you his her their our my your but and or so yet if when while as after before since because although though however meanwhile then in on at for from with by to of no not one some both each every all many most other another what who which where why how such still also now later earlier today yesterday mr mrs ms dr".split(
    " ",
  ),
);
/** What may follow "a.m." or "p.m." in the same sentence: a weekday, a month, a time zone. */
const AFTER_TIME =
  /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day)?$|^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)|^(gmt|bst|utc|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|akst|akdt|hst|cet|cest|ist|jst|aest|aedt)$/i;
/** A lower-case word a sentence does not end on, before a number whose point a token corpus set apart ("of. 09"). */
const BEFORE_NUMBER =
  /(?:^|\s)(?:of|at|to|than|about|by|from|was|is|were|are|be|nearly|around|approximately|under|over|only|just)\s?\.$/i;
const MAX_QUOTE_WORDS = 80;

type Why = "none" | "plain" | "abbreviation" | "number";

/**
 * Whether the break wink-nlp made between sentences `a` and `b` of `text` is false, and why. wink breaks after
 * abbreviations it does not know ("Rev.", "R-S."), inside a decimal ("magnitude-9.1"), after a spaced "a. m.",
 * and at a "!" or "?" inside a quotation; a sentence never starts with a lower-case word or a comma. `quote` is
 * the first quotation that closes after the break, the only one that can hold it.
 */
function falseBreak(text: string, a: Token[], b: Token[], offset: number, quote: QuoteSpan | undefined): Why {
  const aEnd = a[a.length - 1]!.end - offset;
  const bStart = b[0]!.start - offset;
  const before = text.slice(Math.max(0, aEnd - 16), aEnd);
  const head = text.slice(bStart, bStart + 40);
  if (/^[,;:)\]}%]/.test(head) || !b.some((t) => /[\p{L}\p{N}]/u.test(t.text))) return "plain";
  const fw = /^[^\p{L}\p{N}]{0,4}?([\p{L}\p{N}][\p{L}\p{N}'\u2019-]*)/u.exec(head)?.[1] ?? "";
  if (/^\p{Ll}/u.test(fw)) return "plain";
  const word = /(?:^|[^\p{L}.])(\p{L}+)\.$/u.exec(before)?.[1];
  if (/^\p{N}/u.test(fw)) {
    if (bStart === aEnd && before.endsWith(".")) return "number";
    if (BEFORE_NUMBER.test(before)) return "plain";
    if (word && (NUMBER_ABBR.has(word.toLowerCase()) || TITLE_ABBR.has(word.toLowerCase()))) return "abbreviation";
  }
  if (word && /^\p{Lu}/u.test(word) && TITLE_ABBR.has(word.toLowerCase()) && fw) return "abbreviation";
  if (/(?:^|[^\p{L}])[ap]\.\s?m\.$/iu.test(before)) {
    if (AFTER_TIME.test(fw) || head.startsWith("(")) return "plain";
  } else if (/(?:^|[^\p{L}.])\p{Lu}\.$/u.test(before) && /^\p{Lu}/u.test(fw) && !STARTERS.has(fw.toLowerCase()))
    // An initial ("John F.", "R-S. C.", "U. S."): the break stands only before a word that starts sentences.
    return "abbreviation";
  if (/[!?]$/.test(before)) {
    if (quote && quote.open < aEnd && letterWordCount(text.slice(quote.open, quote.close)) <= MAX_QUOTE_WORDS)
      return "plain";
  }
  // '"Which is it?" Justice Lee asked.': a bare speech tag after a closed quotation belongs to it.
  if (/[.!?,]\s?["\u201d\u2019']$/.test(before) && b.length <= 6 && /^\p{Lu}/u.test(fw)) {
    const tagged = b.findIndex((t) => SPEECH_TAG.test(t.text));
    if (tagged > 0 && b.slice(tagged + 1).every((t) => t.pos === "PUNCT" || t.pos === "NOUN" || t.pos === "PROPN"))
      return "plain";
  }
  return "none";
}

/** One token for tokens[i..j] of a sentence, spanning their text ("magnitude-9" "." "1" → "magnitude-9.1"). */
function fuse(tokens: Token[], i: number, j: number, text: string, offset: number): void {
  const first = tokens[i]!;
  const start = first.start;
  const end = tokens[j]!.end;
  const w = text.slice(start - offset, end - offset);
  const pos = /^[\d.,]+$/.test(w) ? "NUM" : /\.$/.test(w) ? first.pos : tokens[j]!.pos;
  tokens.splice(i, j - i + 1, {
    text: w,
    lower: w.toLowerCase(),
    start,
    end,
    pos,
    stem: w.toLowerCase(),
    lemma: w.toLowerCase(),
  });
}

/** Joins sentence `b` onto `a` (in place) across a false break, mending the tokens the break cut apart. */
function join(a: Token[], b: Token[], why: Why, text: string, offset: number): Token[] {
  const k = a.length; // first token of b
  const tokens = a;
  for (const t of b) tokens.push(t);
  if (why === "number") {
    // The tokens touching across the break are one number: walk out over tokens with no space between them.
    let i = k - 1;
    while (i > 0 && tokens[i - 1]!.end === tokens[i]!.start) i--;
    let j = k;
    while (j + 1 < tokens.length && tokens[j + 1]!.start === tokens[j]!.end) j++;
    fuse(tokens, i, j, text, offset);
  } else if (
    why === "abbreviation" &&
    k >= 2 &&
    tokens[k - 1]!.text === "." &&
    tokens[k - 2]!.end === tokens[k - 1]!.start
  )
    fuse(tokens, k - 2, k - 1, text, offset);
  return tokens;
}

/**
 * Splits `text` (a slice of an article starting at `offset`) into sentences of tokens whose offsets point into the
 * article. wink-nlp keeps most abbreviations such as "Gen." and "U.S." inside a sentence, which Intl.Segmenter does
 * not; the breaks it still gets wrong are mended here (`falseBreak`).
 */
export function splitSentences(text: string, offset: number): Sentence[] {
  const known = storySentences?.get(text);
  if (known) return known.offset === offset ? known.sentences : shifted(known.sentences, offset - known.offset);
  const out = readSentences(text, offset);
  storySentences?.set(text, { offset, sentences: out });
  return out;
}

/**
 * The sentences of the paragraphs already split during `withSentenceCache`, by paragraph text, each with the offset
 * it was read at. The outlets of a wide story print many of the same paragraphs (wire copy: more than half of a
 * 400-article story's paragraphs repeat one printed before), and splitting a paragraph depends on its text alone, its
 * offset only shifting every token. Kept for one story, not for the process, so an analysis costs what it did the
 * first time it ran.
 */
let storySentences: Map<string, { offset: number; sentences: Sentence[] }> | null = null;

/**
 * Runs `run` with paragraphs split once each (`splitSentences` then gives the kept sentences, moved copies at another
 * offset); the cache goes when it returns.
 */
export function withSentenceCache<T>(run: () => T): T {
  const outer = storySentences;
  storySentences ??= new Map();
  try {
    return run();
  } finally {
    storySentences = outer;
  }
}

/**
 * A copy of `sentences` with every offset moved by `by`. Only the offsets differ: no caller changes the sentences,
 * tokens or token lists it is given (a run of the dev and invented stories and of lib/analysis's tests with them all
 * frozen threw nothing), so the ones kept are handed out as they are where the offset is the same.
 */
function shifted(sentences: Sentence[], by: number): Sentence[] {
  return sentences.map((x) => ({
    start: x.start + by,
    end: x.end + by,
    // Written out rather than spread: a token has these fields only, and a spread copy cost more than the split.
    tokens: x.tokens.map((t) => ({
      text: t.text,
      lower: t.lower,
      start: t.start + by,
      end: t.end + by,
      pos: t.pos,
      stem: t.stem,
      lemma: t.lemma,
    })),
  }));
}

function readSentences(text: string, offset: number): Sentence[] {
  const doc = nlp.readDoc(text);
  const raw: Token[][] = [];
  let cursor = 0;
  // Each property read once for the whole document rather than sentence by sentence: wink builds a collection and
  // walks it for every call.
  const words = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.pos) as string[];
  for (const [first, last] of doc.sentences().out(its.span) as Array<[number, number]>) {
    const tokens: Token[] = [];
    for (let i = first; i <= last; i++) {
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
        stem: stemOf(w),
        lemma: mendedLemma(w.toLowerCase(), (lemmas[i] ?? w).toLowerCase()),
      });
    }
    if (!tokens.length) continue;
    mendSpacedApostrophes(tokens, text, offset);
    repairTags(tokens);
    // wink runs a sentence on past a time ("by 6:40 a. m. The building …"), where a word that starts sentences ends
    // it, and past a sum with a scale suffix ("for $120m. Residents …"), where any capitalised word does: a sum of
    // money is not followed by a name in the same sentence ("at 9 a.m. Tuesday" is).
    let from = 0;
    for (let k = 1; k + 1 < tokens.length; k++) {
      const t = tokens[k]!;
      const next = tokens[k + 1]!;
      if (
        /^\p{Lu}/u.test(next.text) &&
        (moneyScaleEnd(tokens, k) ||
          // …and past a temperature's letter written onto its number, which wink takes for an initial ("1,000C.").
          (/^[CF]\.$/.test(t.text) && tokens[k - 1]!.pos === "NUM" && tokens[k - 1]!.end === t.start) ||
          (/^[ap]\.m\.$|^m\.$/i.test(t.text) &&
            (t.text.length > 2 || /^[ap]\.$/i.test(tokens[k - 1]!.text) || tokens[k - 1]!.pos === "NUM") &&
            STARTERS.has(next.lower)))
      ) {
        raw.push(tokens.slice(from, k + 1));
        from = k + 1;
      }
    }
    raw.push(tokens.slice(from));
  }
  const quotes = quoteSpans(text);
  const closes = new Set(quotes.map((q) => q.close + offset));
  let qi = 0;
  const out: Sentence[] = [];
  let cur: Token[] | null = null;
  for (const tokens of raw) {
    // A closing mark set apart by a space ('… jams . " The road …', as token corpora print it) closes the
    // sentence before, not the one after.
    if (cur && tokens.length > 1 && closes.has(tokens[0]!.start)) cur.push(tokens.shift()!);
    let why: Why = "none";
    if (cur) {
      // The one quotation that may hold the break: the first that closes after it (they do not overlap).
      const at = cur[cur.length - 1]!.end - offset;
      while (qi < quotes.length && quotes[qi]!.close < at) qi++;
      why = falseBreak(text, cur, tokens, offset, quotes[qi]);
    }
    if (cur && why !== "none") cur = join(cur, tokens, why, text, offset);
    else {
      if (cur) out.push({ start: cur[0]!.start, end: cur[cur.length - 1]!.end, tokens: cur });
      cur = tokens;
    }
  }
  if (cur) out.push({ start: cur[0]!.start, end: cur[cur.length - 1]!.end, tokens: cur });
  return out;
}

/** A currency sign as wink gives it, a token of its own before the figure ("$", "120", "m."). */
const CURRENCY_SIGN = /^(?:US\$|\$|€|£|¥)$/;

/**
 * The scale word a token stands for when it is a scale suffix written onto a sum of money ("m." of "$120m.":
 * "million"), else undefined. wink gives the sign, the figure and the suffix as three tokens with no space between.
 */
export function moneyScaleAt(tokens: Token[], k: number): string | undefined {
  const t = tokens[k]!;
  const n = tokens[k - 1];
  const sign = tokens[k - 2];
  if (!n || !sign || n.pos !== "NUM" || n.end !== t.start || sign.end !== n.start || !CURRENCY_SIGN.test(sign.text))
    return undefined;
  return SCALE_SUFFIXES.get(t.lower.replace(/\.$/, ""));
}

/** A scale suffix with the full stop that ends a sentence, after a sum of money written without spaces ("$120m."). */
const moneyScaleEnd = (tokens: Token[], k: number): boolean =>
  tokens[k]!.text.endsWith(".") && moneyScaleAt(tokens, k) !== undefined;

export const POSSESSIVE = new Set(["his", "her", "their", "its", "our", "my", "your"]);

/** The three auxiliaries whose negation changes the word ("won't" is wo-n't, as wink reads it). */
const SPELLED_NEGATION = new Map([
  ["won", { lower: "wo", lemma: "will" }],
  ["can", { lower: "ca", lemma: "can" }],
  ["don", { lower: "do", lemma: "do" }],
]);
const AUXILIARIES = new Set("could would should did does is was are were has have had must need might".split(" "));

/** The auxiliary a word before a spaced "’ t" is ("couldn" → could, "won" → wo), or null. */
function auxiliaryOf(word: string): { lower: string; lemma: string } | null {
  const base = word.replace(/n$/, "");
  return SPELLED_NEGATION.get(word) ?? (AUXILIARIES.has(base) ? { lower: base, lemma: base } : null);
}

/**
 * Some sources set apostrophes apart with spaces ("Hale ’ s end", "I couldn ’ t believe it"), and wink then reads
 * "s" and "t" as nouns: the possessive and the negation were lost. The apostrophe and its letter become one token as
 * wink makes of "Hale’s" and "couldn’t" ("’s", "n't"), its text still the source's ("’ s"), and the word before a
 * "t" its auxiliary ("couldn" → could).
 */
function mendSpacedApostrophes(tokens: Token[], text: string, offset: number): void {
  for (let k = tokens.length - 2; k >= 1; k--) {
    const mark = tokens[k]!;
    const letter = tokens[k + 1]!;
    if (
      !/^['’]$/.test(mark.text) ||
      (letter.lower !== "s" && letter.lower !== "t") ||
      !/^\p{L}/u.test(tokens[k - 1]!.text)
    )
      continue;
    const word = tokens[k - 1]!;
    let merged: Pick<Token, "lower" | "pos" | "lemma">;
    if (letter.lower === "s") merged = { lower: "’s", pos: word.pos === "PRON" ? "AUX" : "PART", lemma: "’s" };
    else {
      const aux = auxiliaryOf(word.lower);
      if (!aux) continue;
      Object.assign(word, { ...aux, pos: "AUX" });
      merged = { lower: "n't", pos: "PART", lemma: "not" };
    }
    const joined = text.slice(mark.start - offset, letter.end - offset);
    // The fields in the order every other token has them (one shape for the engine, and `shifted` copies it so).
    tokens.splice(k, 2, {
      text: joined,
      lower: merged.lower,
      start: mark.start,
      end: letter.end,
      pos: merged.pos,
      stem: merged.lower,
      lemma: merged.lemma,
    });
  }
}

/**
 * Whether token i follows the determiner and modifiers of a noun phrase that cannot hold a clause's verb: one opened
 * by "a"/"an", or by any determiner right after a preposition ("during the …"). "The rich own homes" stays a clause.
 */
function insideNounPhrase(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "ADV")) j--;
  const det = tokens[j];
  if (!det) return false;
  if (det.pos === "ADP") return j < i - 1; // "during special live coverage"
  if (det.pos !== "DET" && !POSSESSIVE.has(det.lower)) return false;
  return det.lower === "a" || det.lower === "an" || j === 0 || tokens[j - 1]?.pos === "ADP";
}

/** Modal auxiliaries, and "do" as an auxiliary ("did not close"): the verb after them is in its base form. */
const MODALS = new Set([
  "will",
  "would",
  "can",
  "could",
  "may",
  "might",
  "must",
  "shall",
  "should",
  "wo",
  "ca",
  "do",
  "does",
  "did",
]);

/**
 * Whether token i follows a modal auxiliary, perhaps with one adverb between ("will close", "will soon close", "did
 * not close").
 */
function afterModal(tokens: Token[], i: number): boolean {
  let j = i - 1;
  if (tokens[j]?.pos === "ADV" || tokens[j]?.pos === "PART") j--;
  return tokens[j]?.pos === "AUX" && MODALS.has(tokens[j]!.lower);
}

const ARTICLES = new Set(["a", "an", "the"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "it"]);
const hasNoun = (lower: string) => isKnown(lower, "n");
/** Tags that may open what follows a verb: its object or complement. */
const AFTER_VERB = new Set(["DET", "PROPN", "NUM", "ADJ", "ADP", "PRON"]);

/** The verb a present or past form is of ("strikes" → strike, "fuels" → fuel, "melted" → melt), or null. */
const verbOf = (lower: string): string | null =>
  irregularVerbOf(lower) ??
  (/s$/.test(lower)
    ? ([lower.slice(0, -1), lower.replace(/es$/, ""), lower.replace(/ies$/, "y")].find(
        (v) => v !== lower && hasVerb(v),
      ) ?? null)
    : /ed$/.test(lower)
      ? pastOf(lower)
      : null);

/**
 * "Quake strikes Orlan province", "Ortiz fuels Westbrook", "who stars as Clara": the tagger reads a
 * clause's verb as a noun, and the clause has none. Before any verb of the sentence, a noun in "-s" or "-ed" that
 * WordNet knows as a verb ("strikes": strike), right after a singular subject's noun or name and before what may
 * open an object, is the verb; so is one right after a relative "who", "which" or "that". Not after a noun that may
 * itself be the verb of a plural subject ("Police officers rescue dogs from …").
 */
function verbOfVerbless(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const [prev, next] = [tokens[i - 1]!, tokens[i + 1]!];
    if (t.pos === "VERB" || t.pos === "AUX") return;
    if (t.pos !== "NOUN") continue;
    const afterRelative = /^(?:who|which|that)$/.test(prev.lower) && prev.pos === "PRON";
    if (!AFTER_VERB.has(next.pos) && !(afterRelative && next.pos === "ADV")) continue;
    // A present form agrees with a singular subject ("quake strikes"); a past form with any ("fans overtook").
    const past = !/s$/.test(t.lower);
    const afterSubject =
      (prev.pos === "PROPN" || (prev.pos === "NOUN" && (past || !/s$/.test(prev.lower)))) &&
      !(tokens[i - 2]?.pos === "NOUN" && /s$/.test(tokens[i - 2]!.lower) && hasVerb(prev.lower));
    if (!afterRelative && !afterSubject) continue;
    // A finite verb later in the clause is the verb, and this noun part of its subject ("The tax rises for families
    // were approved").
    if (finiteVerbAfter(tokens, i)) return;
    const verb = verbOf(t.lower);
    if (!verb) continue;
    t.pos = "VERB";
    t.lemma = verb;
    return;
  }
}

/**
 * Whether a finite verb follows tokens[i] in its clause. Not a participle right after a noun with "by" after it, a
 * passive relative without its "which was" ("in a region hit by the 2004 tsunami").
 */
function finiteVerbAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && tokens[k]!.text !== ","; k++) {
    const t = tokens[k]!;
    if (t.pos === "VERB" && tokens[k - 1]!.pos === "NOUN" && tokens[k + 1]?.lower === "by") continue;
    if (t.pos === "AUX" || (t.pos === "VERB" && !/ing$/.test(t.lower))) return true;
  }
  return false;
}

/** The verb a regular past form is of, in WordNet's spelling ("melted" → melt, "idolised" → idolize), or null. */
const pastOf = (lower: string): string | null =>
  [lower.slice(0, -2), lower.slice(0, -1), lower.slice(0, -3)]
    .flatMap((v) => [v, v.replace(/is(e?)$/, "iz$1")])
    .find((v) => v.length > 1 && hasVerb(v)) ?? null;
const hasVerb = (lower: string) => isKnown(lower, "v");
/**
 * Whether the noun phrase that ends at token `i - 1` can be a clause's subject: it opens the sentence, or follows a
 * comma, "and"/"but" or a subordinator ("after the river …"), not a verb or a preposition that would govern it.
 */
function subjectBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ["NOUN", "PROPN", "ADJ", "DET", "NUM"].includes(tokens[k]!.pos)) k--;
  const t = tokens[k];
  return !t || t.text === "," || t.lower === "and" || t.lower === "but" || SUBORDINATORS.has(t.lower);
}
const hasAdjective = (lower: string) => isKnown(lower, "a");

/**
 * Corrects four tagging errors of wink's small model that break reading a clause: a plural noun after a number read
 * as a verb ("had 10 rebounds for …"), a participle before a noun read as the clause's verb ("six blocked shots", "the
 * injured people"), and "have" as a main verb read as an auxiliary ("Smith had 11 points"). Local rules over the
 * neighbouring tags, the same for every text.
 */
/**
 * wink lemmatises "staged", "waged", "raged" and "taped" as "stag", "wag", "rag" and "tap". English doubles the last
 * consonant of such a stem before "-ed" and "-ing" ("tapped", "wagging"), so a single consonant after a single vowel
 * means the stem lost an "e": the lemma is that form when WordNet knows it as a verb ("tape", "stage"). Not "visited"
 * or "opened" ("visite", "opene" are no verbs).
 */
function mendedLemma(lower: string, lemma: string): string {
  const m = /^(.*[^aeiou][aeiou][^aeiouwxy])(?:ed|ing)$/.exec(lower);
  return m && m[1] === lemma && isKnown(`${lemma}e`, "v") ? `${lemma}e` : lemma;
}

/** A noun's singular as WordNet lists it ("Workers" opening a sentence: "worker"), else the word. */
function nounLemma(lower: string): string {
  if (isKnown(lower, "n")) return lower;
  for (const [end, base] of [
    ["ies", "y"],
    ["es", ""],
    ["s", ""],
  ] as const)
    if (lower.endsWith(end) && isKnown(lower.slice(0, -end.length) + base, "n"))
      return lower.slice(0, -end.length) + base;
  return lower;
}

/** Whether token i is a past form tagged as an adjective that a perfect's "have" takes, before its object. */
function perfectParticiple(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return (
    t?.pos === "ADJ" &&
    /ed$/.test(t.lower) &&
    !!next &&
    (next.pos === "NUM" || next.pos === "DET" || next.pos === "PROPN" || POSSESSIVE.has(next.lower)) &&
    !!pastOf(t.lower)
  );
}

export function repairTags(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "seven rebounds.", "two dead and 12 injured in the blast": a word after a number is what it counts; a past form
    // only when WordNet knows it as a noun or an adjective: "a crowd of 82,000 watched at the stadium", "some 5,000
    // marched through" are verbs.
    if (
      t.pos === "VERB" &&
      prev?.pos === "NUM" &&
      (!next || ["ADP", "PUNCT", "CCONJ"].includes(next.pos)) &&
      (!/ed$/.test(t.lower) || hasNoun(t.lower) || hasAdjective(t.lower))
    )
      t.pos = "NOUN";
    else if (
      t.pos === "VERB" &&
      /(?:ed|ing)$/.test(t.lower) &&
      next?.pos === "NOUN" &&
      prev &&
      (prev.pos === "DET" || prev.pos === "NUM" || prev.pos === "ADJ" || POSSESSIVE.has(prev.lower))
    )
      t.pos = "ADJ";
    else if (
      t.pos === "AUX" &&
      t.lemma === "have" &&
      next &&
      ["NUM", "DET", "ADJ", "NOUN"].includes(next.pos) &&
      !perfectParticiple(tokens, i + 1)
    )
      t.pos = "VERB";
    // "that has scorched 15,000 acres": after "has", a past form the tagger reads as an adjective, before its object,
    // is the verb.
    else if (prev?.lemma === "have" && perfectParticiple(tokens, i)) {
      t.pos = "VERB";
      t.lemma = pastOf(t.lower)!;
    }
    // "a fast-moving wildfire", "a well-known singer": a participle glued by a hyphen to the word before it, before
    // a noun, is an adjective.
    else if (
      t.pos === "VERB" &&
      /(?:ing|ed|en|wn)$/.test(t.lower) &&
      prev?.text === "-" &&
      prev.start === tokens[i - 2]?.end &&
      t.start === prev.end &&
      (next?.pos === "NOUN" || next?.pos === "PROPN" || next?.pos === "ADJ")
    )
      t.pos = "ADJ";
    // "Rescuers pulled …", "Traffic will …": the tagger reads a capitalised word opening a sentence as a name; a
    // word the dictionary knows only in lower case is a common noun there (not "Smith", "March" or "Turkey").
    else if (
      i === 0 &&
      t.pos === "PROPN" &&
      /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
      !/^\p{Lu}/u.test(next?.text ?? "") &&
      wordValue(t.lower) === null &&
      isCommonWord(t.lower)
    ) {
      t.pos = "NOUN";
      t.lemma = nounLemma(t.lower);
    }
    // "300 wolves lives in the park": after a plural noun and before a preposition, "lives" is the verb.
    else if (
      t.lower === "lives" &&
      t.pos === "NOUN" &&
      prev?.pos === "NOUN" &&
      /s$/.test(prev.lower) &&
      next?.pos === "ADP"
    ) {
      t.pos = "VERB";
      t.lemma = "live";
    }
    // "in a special live broadcast": a verb inside a noun phrase that a preposition or "a" opens, before its noun, is
    // a modifier; the tagger reads "live" there as the clause's verb. An adjective when WordNet has one.
    else if (t.pos === "VERB" && next?.pos === "NOUN" && insideNounPhrase(tokens, i) && hasAdjective(t.lower))
      t.pos = "ADJ";
    // "The factory will close in June": after a modal (and perhaps an adverb) comes the clause's verb, which the
    // tagger reads as an adjective or a noun when the word is one too. A verb when WordNet has one.
    else if ((t.pos === "ADJ" || t.pos === "NOUN") && afterModal(tokens, i) && hasVerb(t.lower)) t.pos = "VERB";
    // "as to the cause of the fire": right after an article, a word that is no participle is a noun, not a verb.
    else if (
      t.pos === "VERB" &&
      ARTICLES.has(prev?.lower ?? "") &&
      !/(?:ed|ing|en)$/.test(t.lower) &&
      next?.pos !== "NOUN" &&
      hasNoun(t.lower)
    )
      t.pos = "NOUN";
    // "He idolised his mum", "it melted the paint": after a subject pronoun and before an object, a past form the
    // tagger reads as an adjective is the verb.
    else if (
      t.pos === "ADJ" &&
      /ed$/.test(t.lower) &&
      SUBJECT_PRONOUNS.has(prev?.lower ?? "") &&
      tokens[i - 2]?.pos !== "VERB" &&
      next &&
      (next.pos === "DET" || next.pos === "PROPN" || POSSESSIVE.has(next.lower)) &&
      pastOf(t.lower)
    ) {
      t.pos = "VERB";
      t.lemma = pastOf(t.lower)!;
    }
    // "joined the orchestra in 1968 and retired in 1998": a past form after "and" or "but", in a sentence with a verb
    // before it, before a preposition, an article or a number, is a second verb of that subject.
    else if (
      t.pos === "ADJ" &&
      /ed$/.test(t.lower) &&
      (prev?.lower === "and" || prev?.lower === "but") &&
      next &&
      (next.pos === "ADP" || next.pos === "DET" || next.pos === "NUM") &&
      tokens.slice(0, i - 1).some((x) => x.pos === "VERB") &&
      pastOf(t.lower)
    ) {
      t.pos = "VERB";
      t.lemma = pastOf(t.lower)!;
    }
    // "after the Tessa river burst its banks", "the company cut its workforce": the second noun of a subject the tagger
    // reads as a compound, before a possessive and its noun, is the clause's verb when WordNet has one and nothing
    // before the subject governs it ("gave the dog its food": the dog is an object).
    else if (
      t.pos === "NOUN" &&
      (prev?.pos === "NOUN" || prev?.pos === "PROPN") &&
      POSSESSIVE.has(next?.lower ?? "") &&
      (tokens[i + 2]?.pos === "NOUN" || tokens[i + 2]?.pos === "ADJ") &&
      // "the dog bowl its owner bought": a clause of its own after the noun makes it a relative's object.
      tokens[i + 3]?.pos !== "VERB" &&
      subjectBefore(tokens, i) &&
      (hasVerb(t.lower) || verbOf(t.lower))
    ) {
      t.pos = "VERB";
      t.lemma = hasVerb(t.lower) ? t.lower : verbOf(t.lower)!;
    }
    // "Grant, who lived nearby, …": what a relative "who" describes is a person, never a verb.
    else if (t.pos === "VERB" && next?.text === "," && tokens[i + 2]?.lower === "who") {
      t.pos = /^\p{Lu}/u.test(t.text) ? "PROPN" : "NOUN";
      t.lemma = t.lower;
    }
  }
  verbOfVerbless(tokens);
  return tokens;
}
