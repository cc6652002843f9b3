import type { ArticleInput } from "./schema";
import { cleanArticle, isQuoteFragment, type Dateline, type Furniture } from "./clean";
import { firstToken, splitSentences, stemOf, withSentenceCache, type Sentence, type Token } from "./nlp";
import { actVerbOf, lightVerbAct, scheduledAct, setsDay } from "./light-verbs";
import { dayOfMonth, extractTimes, isOffset, parseIsoDate, redateWeekday, type TimeFacet } from "./time";
import { agesAsYears, compoundOwner, predicativeOwner } from "./ages";
import { extractCharges, type Charge } from "./charges";
import { extractQuantities, type Quantity } from "./quantity";
import { extractEntities, type EntityMention } from "./entities";
import { extractAttribution, extractQuotes, type Attribution, type Quote } from "./attribution";
import { BEGUN, canonicalStem, contentLemmas, PRECEDENT, termOf, termsOf } from "./terms";
import {
  allMatches,
  clauseFinder,
  FUNCTION_WORDS,
  hashId,
  knownNormalized,
  letterWordCount,
  normalize,
  quoteSpans,
  SPEECH_TAG,
  wordCount,
} from "./text";
import {
  appositiveOwner,
  factUnits,
  possessorOf,
  sentenceShape,
  tokenAt,
  unitAt,
  type FactUnit,
  type SentenceShape,
} from "./units";
import { Discourse } from "./discourse";
import { dimensionOf } from "./conversions";
import { firstLexFile, isKnown, synsetsOf } from "./lexicon";

export interface Claim {
  /** Stable within the article: the hash of its normalised text and position. */
  key: string;
  start: number;
  end: number;
  /** Exactly `article.text.slice(start, end)`. */
  text: string;
  paragraph: number;
  times: TimeFacet[];
  quantities: Quantity[];
  /** What someone is charged with or pleads guilty to (charges.ts). Absent in extractions stored before version 7. */
  charges?: Charge[];
  entities: EntityMention[];
  quotes: Quote[];
  attribution: Attribution;
  /** Content terms used for alignment (stems, paraphrase classes, name skeletons). */
  terms: string[];
  /** The sentence's clauses, each a fact with its event word and what it is about; values point into it. */
  units: FactUnit[];
  /** Lemmas of its content words (nouns, verbs, adjectives; no names, no numbers): what word vectors compare. */
  lemmas: string[];
}

export interface ArticleExtraction {
  /** Publication date used to resolve relative times: the article's own, else one printed in its text. */
  referenceDate: string | null;
  dateline: Dateline | null;
  furniture: Furniture[];
  claims: Claim[];
  words: number;
}

const MIN_CLAIM_WORDS = 4;

/**
 * A sentence under MIN_CLAIM_WORDS that still states a fact: a whole sentence with a verb and a value ("Nobody was
 * arrested.", "Two men died."). Shorter pieces are mostly headings, credits and fragments.
 */
function isShortStatement(claimText: string, start: number, tokens: Token[]): boolean {
  if (letterWordCount(claimText) < 2 || !/[.!]["'”’]?$/.test(claimText)) return false;
  if (!tokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) return false;
  return extractQuantities(claimText, start, tokens).length > 0;
}
/** A quotation runs over at most this many sentences and words to be kept in one claim. */
const MAX_QUOTE_SENTENCES = 3;
const MAX_QUOTE_WORDS = 80;

/**
 * Sentences grouped so that a quotation running over two or three sentences and closed by its speaker tag ('"We
 * will rebuild. We will come back stronger," the mayor said.') stays in one claim with its speaker. A longer one,
 * one left open, and one whose speaker is named before it ('The mayor said: "We lost. We will be back."', where
 * the first sentence carries the speaker) are cut at their sentences: an outlet that quotes one sentence of the
 * speech, or prints it without quotation marks, aligns with a sentence far better than with the whole quotation
 * (measured on the development stories).
 */
function quoteUnits(sentences: Sentence[], spans: Array<{ open: number; close: number }>, text: string): Sentence[] {
  const out: Sentence[] = [];
  let q = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    while (q < spans.length && spans[q]!.open < s.start) q++;
    // The quotation opened in this sentence that closes last.
    let close = -1;
    for (let k = q; k < spans.length && spans[k]!.open < s.end; k++) close = Math.max(close, spans[k]!.close);
    let j = i;
    if (close >= s.end) {
      while (j + 1 < sentences.length && j - i + 1 < MAX_QUOTE_SENTENCES && sentences[j]!.end <= close) j++;
      const last = sentences[j]!;
      if (
        last.end <= close ||
        letterWordCount(text.slice(s.start, last.end)) > MAX_QUOTE_WORDS ||
        !last.tokens.some((t) => t.start > close && SPEECH_TAG.test(t.text))
      )
        j = i;
    }
    if (j === i) out.push(s);
    else {
      const group = sentences.slice(i, j + 1);
      out.push({ start: s.start, end: sentences[j]!.end, tokens: group.flatMap((x) => x.tokens) });
      i = j;
    }
  }
  return out;
}

/**
 * The superlative or the "first" or "last" that a "since" at or before tokens[first] measures from, within the same
 * stretch of the clause (eight tokens back, no comma), with the noun it ranks when one follows it: "worst" in "the
 * worst in the region since 1999", "first strike" in "the first strike at the airport since 2019". A superlative is
 * an adjective whose lemma it is not ("highest" of "high"), or one of the irregular ones.
 */
function rankBefore(tokens: Token[], first: number): string {
  for (let k = first - 1; k >= 0 && k >= first - 9; k--) {
    const x = tokens[k]!;
    if (x.text === "," || x.text === ";") return "";
    if (RANKS.has(x.lower) || (x.pos === "ADJ" && /est$/.test(x.lower) && x.lemma !== x.lower)) {
      // …and the noun it ranks when it is written: "worst flooding", "first strike".
      const noun = tokens[k + 1]?.pos === "NOUN" && k + 1 < first ? tokens[k + 1]!.lemma : "";
      return noun ? `${x.lower} ${noun}` : x.lower;
    }
  }
  return "";
}
const RANKS = new Set(["first", "last", "worst", "best", "most", "least"]);

/**
 * A year since which something is the worst of its kind is about the thing its rank names: "It is the worst spill in
 * the area since 2003" is about a spill, whatever "it" was read as. Not a time ("for the first time since 2010").
 */
function rankedHolder<T extends TimeFacet>(t: T): T {
  const noun = t.predicate === PRECEDENT ? t.event?.split(" ")[1] : undefined;
  // "For the first time since 2010": an occasion, WordNet's first sense of "time", names no thing.
  return noun && noun !== "time" && firstLexFile(noun, "n") !== "noun.time" ? { ...t, holder: `~${noun}` } : t;
}

/** Parts of a day written between a day and its possessive: "Sunday night's derailment". */
const PARTS_OF_DAY = new Set(["morning", "afternoon", "evening", "night"]);

/**
 * The act a day written as a possessive dates: the verb of the act noun after "'s" ("Sunday night's derailment" →
 * "derail", "Saturday's vote" → "vote"), or "". `k` is the first token after the day.
 */
function possessiveAct(tokens: Token[], k: number): string {
  if (PARTS_OF_DAY.has(tokens[k]?.lower ?? "")) k++;
  if (!/^['’]s$/.test(tokens[k]?.lower ?? "")) return "";
  let head = -1;
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    const x = tokens[j]!;
    if (x.pos === "NOUN") head = j;
    else if (head >= 0 || x.pos !== "ADJ") break;
  }
  return head >= 0 ? actVerbOf(tokens[head]!.lemma) : "";
}

/**
 * A date written between an article and an act's noun dates that act: "file for the Aug. 18 special election", "ahead
 * of a May 3 vote" (the date is the election's, whatever the clause's verb). `first` and `last` bound the date's
 * tokens; the act's verb, or "" when the words around are no such phrase.
 */
function attributiveAct(tokens: Token[], first: number, last: number): string {
  if (!ARTICLES.has(tokens[first - 1]?.lower ?? "")) return "";
  let head = -1;
  for (let j = last; j < tokens.length && j <= last + 3; j++) {
    const x = tokens[j]!;
    if (x.pos === "NOUN") head = j;
    else if (head >= 0 || (x.pos !== "ADJ" && x.pos !== "PROPN")) break;
  }
  return head >= 0 && isEventNoun(tokens[head]!.lemma) ? actVerbOf(tokens[head]!.lemma) : "";
}
const ARTICLES = new Set(["the", "a", "an"]);
/**
 * A date after an act's noun that says where the clause's act took place dates that act: "will decide at a hearing on
 * June 18" (the hearing's date: "decide" is done at it, and another outlet may "hold the hearing on July 18").
 */
function heldAt(tokens: Token[], first: number): string {
  if (tokens[first - 1]?.lower !== "on") return "";
  const head = first - 2;
  if (tokens[head]?.pos !== "NOUN" || !isEventNoun(tokens[head]!.lemma)) return "";
  let k = head - 1;
  while (k >= 0 && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "NOUN") && k > head - 3) k--;
  // A noun of an act with no verb of its own in WordNet ("hearing") names the act itself.
  const noun = tokens[head]!.lemma;
  return ARTICLES.has(tokens[k]?.lower ?? "") && tokens[k - 1]?.lower === "at" ? actVerbOf(noun) || noun : "";
}
/**
 * A noun WordNet gives an act or an event sense among its first three ("election", "vote", "hearing"), not a record
 * of one: "warned in a 2021 report" dates the warning, the report being how it was given.
 */
const isEventNoun = (noun: string) =>
  synsetsOf(noun, "n", { senses: 3 }).some((x) => x.lexFile === "noun.act" || x.lexFile === "noun.event");

/** Words that open a subordinate clause: a verb after one is not the verb a date before it dates. */
const SUBORDINATORS = new Set(["as", "when", "while", "because", "since", "until", "although", "though", "whereas"]);

/** Tags each time expression with the nearest verb in its clause: what it dates. */
/**
 * A weekday the sentence's future tense read forward ("The mayor, who faces an election next spring, visited the
 * district on Monday") whose own verb is a simple past form is the Monday before: the future was another clause's.
 */
function pastWeekday(t: TimeFacet, tokens: Token[], verb: number, referenceDate?: string | null) {
  const pub = parseIsoDate(referenceDate);
  if (pub === null || !t.resolved || t.granularity !== "day" || t.value <= referenceDate!.slice(0, 10)) return;
  const v = tokens[verb]!;
  const before = tokens[verb - 1];
  if (v.lower === v.lemma || !/ed$/.test(v.lower) || before?.pos === "PART") return;
  // After an auxiliary or a verb, the form is a participle: past only after a past auxiliary ("was closed on Monday",
  // "had met on Monday"), not in "will be closed", "will stay closed until Thursday".
  if ((before?.pos === "AUX" || before?.pos === "VERB") && !PAST_AUXILIARIES.has(before.lower)) return;
  // A condition's past is reported speech's future: "would resign if the council voted on Monday".
  for (let k = Math.max(0, verb - 5); k < verb; k++) if (CONDITIONS.has(tokens[k]!.lower)) return;
  redateWeekday(t, pub, false);
}

/**
 * A day after an act's noun and "for" is the day the act is set for ("called a strike for Monday", "set a vote for
 * Tuesday"): it dates that act, and a weekday so set is the coming one.
 */
function scheduledFor(t: TimeFacet, tokens: Token[], first: number, referenceDate?: string | null) {
  if (first < 2 || tokens[first - 1]!.lower !== "for" || tokens[first - 2]!.pos !== "NOUN") return;
  const act = actVerbOf(tokens[first - 2]!.lemma);
  if (!act) return;
  t.predicate = canonicalStem(stemOf(act));
  const pub = parseIsoDate(referenceDate);
  if (pub !== null) redateWeekday(t, pub, true);
}
const CONDITIONS = new Set(["if", "unless", "once", "until", "when"]);
/** Auxiliaries of a past tense: the participle after them is of a past act. */
const PAST_AUXILIARIES = new Set(["was", "were", "had"]);

/** Whether "until" or "till" comes right before a time, past "at least", "the" and "on" ("until at least Thursday"). */
function endOfState(tokens: Token[], first: number): boolean {
  let j = first - 1;
  while (j >= 0 && UNTIL_FILLERS.has(tokens[j]!.lower)) j--;
  return j >= 0 && (tokens[j]!.lower === "until" || tokens[j]!.lower === "till");
}
const UNTIL_FILLERS = new Set(["at", "least", "the", "on", "earliest"]);

/** Verbs of a state that "since" dates from its start (fact-values.sameAct compares what the state is). */
const STATES = new Set(["be", "serve", "remain", "stay"]);
/** Verbs that begin a state: their dates are those of its start. */
const ENTRIES = new Set(["become", "join"]);

function withPredicates(
  times: TimeFacet[],
  tokens: Token[],
  referenceDate?: string | null,
  units: FactUnit[] = [],
): TimeFacet[] {
  const pub = parseIsoDate(referenceDate);
  for (const t of times) {
    const first = firstToken(tokens, (x) => x.start >= t.start);
    const last = firstToken(tokens, (x) => x.start >= t.end);
    // "Trapped since Saturday": a day a state began, as "since 1979" is a year's (time.ts reads bare years only).
    if (!t.since && first > 0 && tokens[first - 1]!.lower === "since") t.since = true;
    let best = -1;
    let dist = Infinity;
    // A date inside a participle or relative phrase with a verb of its own dates that verb: "Miners trapped by the
    // collapse on Tuesday were rescued on Thursday" (the nearer "rescued" is the main clause's).
    const own = unitAt(units, t.start, t.end);
    const nested = own >= 0 && (units[own]!.kind === "relative" || units[own]!.kind === "participle");
    const inOwn = (x: Token) => !nested || unitAt(units, x.start, x.end) === own;
    // A date that opens its sentence ("On March 3, the company announced …", "Early on Sunday, …") dates the verb
    // after the comma that ends it.
    const opening =
      first >= 0 && first <= 4 && tokens.slice(0, first).every((x) => x.pos !== "VERB" && x.pos !== "AUX");
    const scan = (from: number, step: number) => {
      for (let k = from, d = 1; k >= 0 && k < tokens.length && d <= 25; k += step, d++) {
        const x = tokens[k]!;
        if (x.text === "," && opening && step > 0 && k === from) continue;
        if (x.text === "," || x.text === ";" || x.lower === "and" || x.lower === "but") return;
        // A clause of its own starts after the date: "rose to 23 on Sunday as divers recovered six more bodies".
        if (step > 0 && !opening && SUBORDINATORS.has(x.lower)) return;
        if (x.pos === "VERB" && d + (step > 0 ? 0.5 : 0) < dist && inOwn(x)) {
          best = k;
          dist = d + (step > 0 ? 0.5 : 0);
          return;
        }
      }
    };
    if (first >= 0) scan(first - 1, -1);
    scan(last < 0 ? tokens.length : last, 1);
    // A day written as a possessive before an act's noun dates that act, whatever the clause's verb: "Residents
    // evacuated after Sunday night's derailment", "Saturday's vote was close".
    const owned =
      last >= 0 ? possessiveAct(tokens, last) || attributiveAct(tokens, first, last) || heldAt(tokens, first) : "";
    if (owned) {
      t.predicate = canonicalStem(stemOf(owned));
      t.event = owned;
      best = -1;
    }
    // A light verb's act is its object's ("made an emergency landing on Sunday" dates the landing).
    if (best >= 0) {
      const scheduled = scheduledAct(tokens, best);
      const act = lightVerbAct(tokens, best) || scheduled;
      // The act put on the calendar is what the date dates, and what the row is about ("Date of the sentencing").
      if (scheduled) t.event = scheduled;
      t.predicate = canonicalStem(act ? stemOf(act) : tokens[best]!.stem);
    }
    // A state dated from its start is the act that began it: "has been minister since 2019" / "became minister in
    // 2018", "has served on the board since 2010" / "joined the board in 2011" are told as one act's dates.
    if ((t.since && (best < 0 || STATES.has(tokens[best]!.lemma))) || (best >= 0 && ENTRIES.has(tokens[best]!.lemma)))
      t.predicate = BEGUN;
    // "The worst spill in the region since 1999": the year of the last spill as bad, whatever the clause's verb.
    const rank = t.since ? rankBefore(tokens, first) : "";
    if (rank) {
      t.predicate = PRECEDENT;
      t.event = rank;
    }
    if (endOfState(tokens, first)) t.until = true;
    if (best >= 0) pastWeekday(t, tokens, best, referenceDate);
    scheduledFor(t, tokens, first, referenceDate);
    // "Surgeries have been postponed until at least Friday": the coming Friday, whatever the tense of the postponing.
    if (pub !== null && setsDay(tokens, best, first)) redateWeekday(t, pub, true);
  }
  return times;
}

/**
 * The content terms of the clause [from, to) around a quantity, numbers and the quantity's own words left out. The
 * tokens of a clause are a run of `tokens`; its terms are listed once per clause (`clauses`) and shared by the
 * quantities in it whose own words add no term, so a sentence listing thousands of numbers costs its length once
 * rather than once per number.
 */
function quantityContext(
  tokens: Token[],
  termAt: Array<string | null>,
  from: number,
  to: number,
  q: Quantity,
  clauses: Map<string, string[]>,
): string[] {
  const index = (ok: (t: Token) => boolean) => {
    const i = firstToken(tokens, ok);
    return i < 0 ? tokens.length : i;
  };
  const startingFrom = (p: number) => index((t) => t.start >= p);
  const endingAfter = (p: number) => index((t) => t.end > p);
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  const named = (k: number) => {
    const term = termAt[k];
    return term !== null && term !== undefined && !term.startsWith("=") ? term : null;
  };
  const distinct = (ranges: Array<[number, number]>) => {
    const out = new Set<string>();
    for (const [a, b] of ranges)
      for (let k = a; k < b; k++) {
        const term = named(k);
        if (term !== null) out.add(term);
      }
    return [...out];
  };
  // The clause's tokens are [c0, c1); the quantity's own among them [q0, q1).
  const c0 = startingFrom(from);
  const c1 = Math.max(c0, endingAfter(to));
  const q0 = clamp(endingAfter(q.start), c0, c1);
  const q1 = clamp(startingFrom(q.end), q0, c1);
  let own = false;
  for (let k = q0; k < q1 && !own; k++) own = named(k) !== null;
  if (own)
    return distinct([
      [c0, q0],
      [q1, c1],
    ]);
  const key = `${c0}:${c1}`;
  let terms = clauses.get(key);
  if (!terms) clauses.set(key, (terms = distinct([[c0, c1]])));
  return [...terms];
}

function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/**
 * Everything the analysis needs from one article, from that article alone: cleaned text, claims with offsets and
 * facets. The app stores this once per article; only alignment looks across articles.
 */
export function extractArticle(article: ArticleInput): ArticleExtraction {
  const text = article.text;
  const cleaned = cleanArticle(text);
  const referenceDate = article.publishedAt?.slice(0, 10) ?? cleaned.printedDate;
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const discourse = new Discourse();
  const named = nameNumbers(text);

  cleaned.blocks.forEach((block, paragraph) => {
    const quotes = extractQuotes(block.text, block.start);
    // Claims come in text order and quotes too: the quotes before this claim are passed once, not per claim.
    let nextQuote = 0;
    const spans = quoteSpans(block.text).map((q) => ({ open: q.open + block.start, close: q.close + block.start }));
    const inQuote = quotationTracker(spans);
    for (const unit of quoteUnits(splitSentences(block.text, block.start), spans, text))
      for (const [ps, pe, tokens] of semicolonPieces(unit, inQuote)) {
        const [s, e] = trimSpan(text, ps, pe);
        const claimText = text.slice(s, e);
        if (tokens.length === 0 || isQuoteFragment(claimText)) continue;
        if (letterWordCount(claimText) < MIN_CLAIM_WORDS && !isShortStatement(claimText, s, tokens)) continue;
        const norm = normalize(claimText);
        if (seen.has(norm)) continue; // a paragraph the page printed twice counts once
        seen.add(norm);
        while (nextQuote < quotes.length && quotes[nextQuote]!.end <= s) nextQuote++;
        const inClaim: Quote[] = [];
        for (let k = nextQuote; k < quotes.length && quotes[k]!.start < e; k++) inClaim.push(quotes[k]!);
        const site = `${s - block.start}|${e - block.start}|${block.text}`;
        const piece = { text, start: s, end: e, norm, paragraph, tokens, quotes: inClaim, named, site };
        const claim = claimOf(piece, referenceDate, discourse);
        knownNormalized(claim, norm);
        claims.push(claim);
      }
  });
  return {
    referenceDate,
    dateline: cleaned.dateline,
    furniture: cleaned.furniture,
    claims,
    words: wordCount(text),
  };
}

/** Whether an offset lies inside a quotation, asked in increasing order of `at`: one pointer walks them once. */
function quotationTracker(spans: Array<{ open: number; close: number }>): (at: number) => boolean {
  let qi = 0;
  return (at) => {
    while (qi < spans.length && spans[qi]!.close < at) qi++;
    return qi < spans.length && spans[qi]!.open < at;
  };
}

/**
 * A sentence that carries two facts joined by a semicolon becomes two claims; inside a quotation it stays one
 * speaker's one statement. Each piece is [start, end, tokens].
 */
function semicolonPieces(unit: Sentence, inQuote: (at: number) => boolean): Array<[number, number, Token[]]> {
  const pieces: Array<[number, number, Token[]]> = [];
  let from = unit.start;
  let acc: Token[] = [];
  for (const t of unit.tokens) {
    if (t.text === ";" && !inQuote(t.start)) {
      pieces.push([from, t.start, acc]);
      from = t.end;
      acc = [];
    } else acc.push(t);
  }
  pieces.push([from, unit.end, acc]);
  return pieces;
}

/** One claim's span of the article, with the tokens and the quotations it holds. */
interface ClaimPiece {
  /** The article's text. */
  text: string;
  start: number;
  end: number;
  /** The claim's normalised text. */
  norm: string;
  paragraph: number;
  tokens: Token[];
  quotes: Quote[];
  /** The article's names that end in a number (`nameNumbers`). */
  named: ReadonlySet<string>;
  /**
   * The piece's place in its paragraph and the paragraph's text: pieces with one site have the same text and tokens
   * (the paragraph's sentences depend on its text alone), wherever the paragraph is printed.
   */
  site: string;
}

/**
 * What extraction reads of a piece from its text and tokens alone, kept per site (entities, quantities, the
 * sentence's shape: units.sentenceShape) or per text and reference date (times) while `withExtractionCache` runs, at the offset they were read at. Outlets of a wide
 * story print the same paragraphs (half the claims of a 400-article story repeat one printed before); the rest of a
 * claim depends on the claims before it in its article (`Discourse`) and is read every time. Kept for one story, not
 * for the process, so an analysis costs what it did the first time it ran.
 */
interface Known<T> {
  offset: number;
  values: T[];
}
let storyPieces: {
  entities: Map<string, Known<EntityMention>>;
  quantities: Map<string, Known<Quantity>>;
  times: Map<string, Known<TimeFacet>>;
  shapes: Map<string, Known<SentenceShape>>;
} | null = null;

/** Runs `run` with paragraphs split, and pieces read, once each (see `storyPieces`, nlp.withSentenceCache). */
export function withExtractionCache<T>(run: () => T): T {
  const outer = storyPieces;
  storyPieces ??= { entities: new Map(), quantities: new Map(), times: new Map(), shapes: new Map() };
  try {
    return withSentenceCache(run);
  } finally {
    storyPieces = outer;
  }
}

/**
 * `read(offset)`'s values, or a copy of those kept under `key` moved to `offset` (`move` copies one value with its
 * offsets moved: the callers change what they are given). What is read is kept as a copy made before any caller sees it.
 */
function readOnce<T>(
  cache: Map<string, Known<T>> | undefined,
  key: string,
  offset: number,
  read: () => T[],
  move: (value: T, by: number) => T,
): T[] {
  const known = cache?.get(key);
  if (known) return known.values.map((v) => move(v, offset - known.offset));
  const values = read();
  cache?.set(key, { offset, values: values.map((v) => move(v, 0)) });
  return values;
}

/**
 * `readOnce` for values no caller changes (entities, quantities, a sentence's shape: a run of the dev and invented
 * stories and of lib/analysis's tests with them all frozen threw nothing). The values read are kept as they are, and
 * handed out as they are where the offset is the same; elsewhere `move` makes new values with the offsets moved, and
 * may share what holds no offset.
 */
function readShared<T>(
  cache: Map<string, Known<T>> | undefined,
  key: string,
  offset: number,
  read: () => T[],
  move: (value: T, by: number) => T,
): T[] {
  const known = cache?.get(key);
  if (known) return known.offset === offset ? known.values : known.values.map((v) => move(v, offset - known.offset));
  const values = read();
  cache?.set(key, { offset, values });
  return values;
}
const movedSpan = <T extends { start: number; end: number }>(v: T, by: number): T => ({
  ...v,
  start: v.start + by,
  end: v.end + by,
});
/** A sentence's shape with its parts' spans moved (clauses point at tokens by index, so they read alike anywhere). */
const movedShape = (x: SentenceShape, by: number): SentenceShape => ({
  clauses: x.clauses,
  owner: x.owner,
  parts: x.parts.map((p) => movedSpan(p, by)),
});

/**
 * The names of the article that end in a number, as "Word N": a capitalised word and digits the article also writes
 * on their own, before a stop, a possessive or a verb ("the third flight of the Stratus 4.", "the Falcon 9 has
 * flown twice"). Their number names a model, a mission or a flight, and counts nothing where a noun follows ("Stratus
 * 4 flights are grounded": no four flights).
 */
export function nameNumbers(text: string): Set<string> {
  const out = new Set<string>();
  // Each match is a word, a space and digits, and its word starts where the run of letters and hyphens before that
  // space starts (the character before it may be none of them). So NAME_NUMBER is tried only there, once per space
  // before a digit, rather than at every character of the article (a tenth of a 400-article story's extraction). The
  // matches cannot overlap, so they are the ones a scan of the whole text finds, in the same order.
  for (const space of allMatches(SPACE_BEFORE_DIGIT, text)) {
    NAME_NUMBER.lastIndex = runStart(text, space.index);
    const m = NAME_NUMBER.exec(text);
    if (m && !FUNCTION_WORDS.has(m[1]!.toLowerCase())) out.add(`${m[1]} ${m[2]}`);
  }
  return out;
}
const NAME_NUMBER =
  /(?<![\p{L}'’-])(\p{Lu}\p{Ll}[\p{L}-]*) (\d+)(?=[.!?)]|['’]s\b|,\s+(?:which|who|whose)\b|\s+(?:is|was|are|were|has|had|have|will|would|can|could|did|does)\b)/uy;
const SPACE_BEFORE_DIGIT = / (?=\d)/g;
/** Letters and hyphens that end a piece of text. */
const RUN_END = /[\p{L}-]+$/u;

/**
 * Where the run of letters and hyphens that ends at `end` starts (`end` when there is none). Read from a window
 * before `end`, widened while the run may reach past the window's start (or split a surrogate pair there).
 */
function runStart(text: string, end: number): number {
  for (let width = 64; ; width *= 4) {
    const from = Math.max(0, end - width);
    const m = RUN_END.exec(text.slice(from, end));
    const start = m ? from + m.index : end;
    if (from === 0 || start > from + 1) return start;
  }
}
/** The word right before a number, when capitalised ("Stratus " before "4"). */
const NAME_BEFORE_NUMBER = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}[\p{L}-]*) $/u;

/** Whether an amount of time is counted into an act: "130 seconds into its flight", "three days into the trial". */
const countedInto = (text: string, q: Quantity) =>
  dimensionOf(q.unit) === "duration" &&
  (/^(?:\s+\p{L}+)?\s+into\b/u.test(text.slice(q.end, q.end + 30)) || periodFrame(text, q));

/**
 * Whether an amount of time is a period accounts are given for, up to a date or within a year: "lost €214 million in
 * the three months to the end of March", "in the first three months of the year", "the six months ended June 30".
 * Counted from the period's start like an offset, it is no length of an act ("nine days of strikes").
 */
const periodFrame = (text: string, q: Quantity) =>
  PERIOD_END.test(text.slice(q.end, q.end + 40)) ||
  (/\b(?:first|last|past|final)\s+$/i.test(text.slice(Math.max(0, q.start - 10), q.start)) &&
    /^(?:\s+\p{L}+)?\s+of\s+(?:the\s+)?(?:year|\d{4}|fiscal|financial)\b/iu.test(text.slice(q.end, q.end + 40)));
const PERIOD_END =
  /^(?:\s+\p{L}+)?\s+(?:to|through|ended|ending|until)\s+(?:the\s+end\s+of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)/u;

/**
 * Whether an amount is the number of a name: one of the article's (`nameNumbers`: "Stratus 4 flights"), or a number
 * other than one between a capitalised word and a singular noun ("the Falcon 9 rocket", "a Boeing 737 jet"), which
 * no count takes.
 */
function ofName(piece: ClaimPiece, q: Quantity): boolean {
  if (!/^\d+$/.test(q.text)) return false;
  const word = NAME_BEFORE_NUMBER.exec(piece.text.slice(Math.max(0, q.start - 30), q.start))?.[1];
  if (!word || FUNCTION_WORDS.has(word.toLowerCase())) return false;
  if (piece.named.has(`${word} ${q.text}`)) return true;
  const next = firstToken(piece.tokens, (t) => t.start >= q.end);
  const noun = piece.tokens[next];
  return q.low !== 1 && noun?.pos === "NOUN" && noun.text === noun.lemma && noun.start === q.end + 1;
}

/**
 * A surname alone that the tagger could not type ("Belakov said") is a person when the article has named that person
 * in full before ("Drevnik Mayor Anton Belakov"): the discourse resolves it (discourse.canonical). New objects: the
 * entities read may be a story's shared ones.
 */
function knownPeople(entities: EntityMention[], discourse: Discourse): EntityMention[] {
  if (!entities.some((e) => e.type === "name" && !e.key.includes(" "))) return entities;
  return entities.map((e) =>
    e.type === "name" && !e.key.includes(" ") && discourse.canonical(e).person ? { ...e, type: "person" } : e,
  );
}

/**
 * The claim of one piece, with its facets. `discourse` carries who was named in the claims before: the calls that
 * read and extend it (factUnits, then the owners of the quantities) keep their order.
 */
function claimOf(piece: ClaimPiece, referenceDate: string | null, discourse: Discourse): Claim {
  const { text, start: s, end: e, norm, paragraph, tokens } = piece;
  const claimText = text.slice(s, e);
  const entities = knownPeople(
    readShared(storyPieces?.entities, piece.site, s, () => extractEntities(tokens), movedSpan),
    discourse,
  );
  const units = factUnits(
    tokens,
    entities,
    discourse,
    () => readShared(storyPieces?.shapes, piece.site, s, () => [sentenceShape(tokens)], movedShape)[0]!,
  );
  const bind = <V extends { start: number; end: number }>(v: V): V & { fact?: number; holder?: string } => {
    const u = unitAt(units, v.start, v.end);
    return u < 0 ? v : { ...v, fact: u, holder: units[u]!.holder };
  };
  const read = readOnce(
    storyPieces?.times,
    `${referenceDate}|${claimText}`,
    s,
    () => extractTimes(claimText, s, referenceDate),
    movedSpan,
  );
  const times = withPredicates(read, tokens, referenceDate, units).map(bind).map(rankedHolder);
  // A time of day is no amount ("at 0942": not 942), nor is the day of a month ("Oct. 14": not 14).
  const notAmounts = [...times.filter((t) => t.granularity === "clock"), ...times.flatMap((t) => dayOfMonth(t) ?? [])];
  // The time between two events is an amount of its own kind ("comes 24 hours after the vote": no duration of the
  // coming), as is one counted into an act ("failed 130 seconds into its flight").
  const offsets = times.filter(isOffset);
  const quantities = readShared(
    storyPieces?.quantities,
    piece.site,
    s,
    () => extractQuantities(claimText, s, tokens),
    movedSpan,
  )
    .filter((q) => !notAmounts.some((t) => q.start < t.end && t.start < q.end) && !ofName(piece, q))
    .map((q) =>
      offsets.some((t) => q.start < t.end && t.start < q.end) || countedInto(text, q)
        ? { ...q, offset: true as const }
        : q,
    );
  const placed = placedQuantities(quantities, claimText, s, tokens, { entities, discourse, bind });
  return {
    key: hashId(`${norm}|${s}`),
    start: s,
    end: e,
    text: claimText,
    paragraph,
    times: [...times, ...agesAsYears(placed, referenceDate, claimText, s)].sort((a, b) => a.start - b.start),
    quantities: placed,
    ...chargesOf(tokens, { entities, discourse, bind }),
    entities,
    quotes: piece.quotes.map((q) => ({
      start: Math.max(q.start, s),
      end: Math.min(q.end, e),
      text: text.slice(Math.max(q.start, s), Math.min(q.end, e)),
    })),
    attribution: extractAttribution(claimText, tokens, entities),
    terms: termsOf(tokens),
    units,
    lemmas: contentLemmas(tokens),
  };
}

/** What placedQuantities needs of the claim around the quantities. */
interface QuantityPlace {
  entities: EntityMention[];
  discourse: Discourse;
  /** Ties a value to the fact unit that states it. */
  bind: <V extends { start: number; end: number }>(v: V) => V & { fact?: number; holder?: string };
}

/** A claim's quantities with the terms of their clause, their fact unit and who or what each is about. */
function placedQuantities(
  quantities: Quantity[],
  claimText: string,
  s: number,
  tokens: Token[],
  { entities, discourse, bind }: QuantityPlace,
): Quantity[] {
  if (!quantities.length) return quantities;
  const clauseOf = clauseFinder(claimText);
  const termAt = tokens.map(termOf);
  const clauses = new Map<string, string[]>();
  return quantities.map((read) => {
    const age = predicativeAge(read, tokens, entities, discourse);
    const q = age?.q ?? read;
    const [a, b] = clauseOf(q.start - s, q.end - s);
    const bound = bind({ ...q, context: quantityContext(tokens, termAt, s + a, s + b, q, clauses) });
    const owner = age
      ? age.owner
      : q.unit === "age" && !q.noun
        ? appositiveOwner(tokens, entities, discourse, q.start)
        : q.unit === "age" && q.noun?.startsWith("-")
          ? compoundOwner(tokens, entities, discourse, [q.start, q.end + q.noun.length])
          : possessorOf(tokens, entities, discourse, q.start);
    const of = q.unit === "percent" && !q.of ? shareNamedBy(tokens, q.start) : null;
    const measured = of ? { ...bound, of } : bound;
    return owner ? { ...measured, holder: owner } : measured;
  });
}

/**
 * The noun a percentage is a figure of, where the words before it name it: "a turnout of 38.6%", "a rating of 41%"
 * (the noun right after the article), "Turnout was 38.6%", "Turnout on Tuesday was 38.6%" (a subject and "be" with no verb). As the
 * quantity's `of` (the measure of the unit: "turnout"), or null. What the percentage is a share of ("38% of the
 * vote") is another matter, said after it.
 */
function shareNamedBy(tokens: Token[], start: number): string | null {
  let k = tokenAt(tokens, start) - 1;
  while (k >= 0 && APPROXIMATELY.has(tokens[k]!.lower)) k--;
  const t = tokens[k];
  if (!t) return null;
  // "a turnout of 38.6%": the last noun of the phrase before "of".
  if (t.lower === "of") {
    const noun = tokens[k - 1];
    return noun?.pos === "NOUN" && ARTICLES.has(tokens[k - 2]?.lower ?? "") ? noun.lemma : null;
  }
  // "Turnout was 38.6%", "Turnout reached 36.8%": the subject of a verb of level that opens the sentence after a
  // noun and, maybe, when (not a verb of change: "shares rose 3%" is no level of shares).
  if (t.lower === "at" && tokens[k - 1]?.lemma === "stand") k--;
  if (!LEVEL_VERBS.has(tokens[k]!.lemma)) return null;
  let j = k - 1;
  while (j > 0 && (tokens[j]!.pos === "PROPN" || tokens[j]!.pos === "ADP") && isWeekdayOrOn(tokens[j]!)) j--;
  const noun = tokens[j];
  return j === 0 && noun && (noun.pos === "NOUN" || noun.pos === "PROPN") && isKnown(noun.lower, "n")
    ? noun.lower
    : null;
}
const LEVEL_VERBS = new Set(["be", "reach", "stand", "hit", "total"]);
const APPROXIMATELY = new Set(["about", "around", "roughly", "nearly", "almost", "some", "just", "only", "over"]);
const isWeekdayOrOn = (t: Token) => t.lower === "on" || /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/.test(t.lower);

/**
 * A bare whole number said of a person with "be" ("Laura Diaz was 29.") is the person's age (ages.predicativeOwner),
 * returned with the person as its owner; null for any other quantity.
 */
function predicativeAge(
  q: Quantity,
  tokens: Token[],
  entities: EntityMention[],
  discourse: Discourse,
): { q: Quantity; owner: string } | null {
  // An event word later in the sentence may have made the number a count ("Diaz was 29 and died"): the subject and
  // the clause's end after the number say otherwise.
  if (q.unit || q.noun || q.ordinal || q.low !== q.high || !Number.isInteger(q.low)) return null;
  if (q.low <= 0 || q.low >= 120) return null;
  const owner = predicativeOwner(tokens, entities, discourse, [q.start, q.end]);
  return owner ? { q: { ...q, unit: "age", event: "", holder: owner }, owner } : null;
}

/** The claim's charges (charges.ts), bound to their clause and who is charged; no field when there are none. */
function chargesOf(tokens: Token[], { entities, discourse, bind }: QuantityPlace): { charges?: Charge[] } {
  const charges = extractCharges(tokens).map((c) => {
    // "Jackson's guilty plea": the possessor pleaded.
    const owner = c.byNoun ? possessorOf(tokens, entities, discourse, c.start) : null;
    return owner ? { ...bind(c), holder: owner } : bind(c);
  });
  return charges.length ? { charges } : {};
}
