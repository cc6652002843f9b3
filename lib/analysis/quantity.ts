import { firstToken, type Token } from "./nlp";
import { ELAPSED } from "./clocks";
import { convertible, convertedOverlap, dimensionOf } from "./conversions";
import { firstLexFile, isA, synsetsOf } from "./lexicon";
import {
  candidateAt,
  FRACTION_SCALE,
  interval,
  isCurrency,
  MOD,
  QTY_RE,
  readValue,
  roundingStep,
  TALLY_BASE,
  type Candidate,
} from "./quantity-grammar";
import { countedBy, eventKind, eventNear, isHuman } from "./quantity-nouns";
import { MATCH_RULES, READING_RULES, type Draft } from "./quantity-rules";
import { repeatedActs } from "./repeats";
import { boundedMemo } from "./memo";
import { compoundMeasures } from "./compound-measures";
import { allMatches } from "./text";

// Callers ask quantity.ts what a quantity's unit is, wherever the currency table lives.
export { isCurrency } from "./quantity-grammar";

export interface Quantity {
  text: string;
  start: number;
  end: number;
  /** Inclusive interval the expression allows: "more than 1,000" is [1001, 2000], "dozens" [24, 99]. */
  low: number;
  high: number;
  /** The counted noun or unit, normalised ("people", "year", "usd", "magnitude"). Empty when none is written. */
  unit: string;
  /**
   * The counted noun as the article writes it ("countries", "Iranians"), shown beside the number; "" when the number's
   * own words carry the unit ("$5 million", "6.1-magnitude"). Absent in extractions stored before it was kept.
   */
  noun?: string;
  /**
   * The noun the amount is "of", when one comes right before it and differs from the unit: "record" in "a record of
   * 1,904 points". The amount then also measures that noun: "his record of 1,894" states the same measure.
   */
  of?: string;
  /** What happened to what was counted, when the sentence says: dead, injured, missing, damaged, … */
  event: string;
  ordinal?: boolean;
  /**
   * An amount of time counted from another event ("failed 70 seconds after liftoff", "130 seconds into its flight"):
   * compared only with others so counted, never as how long an act lasted.
   */
  offset?: true;
  /** Content terms of the clause around the number: what it is attached to ("Martha's Vineyard Holistic Retreat"). */
  context?: string[];
  /** The fact unit of the claim that states it (an index into `Claim.units`). */
  fact?: number;
  /** Who or what the amount is about: an entity key, "~" + a noun's lemma, or "" (see units.ts). */
  holder?: string;
}

/**
 * Numbers, ranges and vague amounts of one sentence, each with its unit or counted noun and, where the words
 * around it say, what happened to what it counts ("killing at least five people" → dead). `offset` is the
 * sentence's position in the article; `tokens` are its tokens.
 */
/**
 * Whether the words around an amount (six tokens either side of token `k`) speak of money: a noun or a verb WordNet
 * files under possession ("bribe", "payment", "fine", "pay", "sell") or a word of value ("worth", "cost", "price").
 */
function moneyNear(tokens: Token[], k: number): boolean {
  for (let i = Math.max(0, k - 7); i < Math.min(tokens.length, k + 6); i++) {
    const t = tokens[i]!;
    if (VALUE_WORDS.has(t.lemma)) return true;
    if (
      (t.pos === "NOUN" || t.pos === "VERB") &&
      firstLexFile(t.lemma, t.pos === "NOUN" ? "n" : "v").endsWith(".possession")
    )
      return true;
  }
  return false;
}
const VALUE_WORDS = new Set(["worth", "cost", "price", "spend", "fine", "sterling"]);

export function extractQuantities(sentence: string, offset: number, tokens: Token[]): Quantity[] {
  let out: Quantity[] = [];
  for (const m of allMatches(QTY_RE, sentence)) {
    const c = candidateAt(sentence, m);
    if (dropsMatch(c)) continue;
    const reading = readValue(c);
    if (!reading) continue;
    const startAbs = offset + c.local;
    const endAbs = startAbs + c.text.length;
    const next = firstToken(tokens, (t) => t.start >= endAbs);
    // A score or a vote counts what it is of ("a 45-35 lead", "a 71-29 vote") as one measure: a tally.
    const counted = reading.tally
      ? tallyUnit(tokens, next)
      : countedBy(c, reading.currency, tokens, endAbs, next, !!reading.ordinal);
    const { noun, of } = counted;
    // "Bribes worth 250,000 pounds", "payments of 200,000 pounds": pounds of money, not of weight.
    const unit = counted.unit === "pound" && moneyNear(tokens, next) ? "gbp" : counted.unit;
    const { low, high, currency, ordinal } = reading;
    const event = eventNear(c, tokens, startAbs, next);
    const draft: Draft = { c, low, high, currency, ordinal, unit, noun, event, ...(of ? { of } : {}) };
    if (keepsDraft(draft)) out.push(...quantitiesOf(draft, startAbs, endAbs));
  }
  partitives(out, sentence, offset);
  elidedOrdinals(out, sentence, offset);
  elidedCounts(out, sentence, offset, tokens);
  othersCounted(out);
  rates(out, sentence, offset);
  out = compoundMeasures(out, sentence, offset);
  // A word each pattern's every match holds is looked for first (with the pattern's flags, so that case folds
  // alike): scanning every sentence with the whole pattern, which matches in few, cost more than the quantities.
  // Pushed one by one rather than spread from lists that are mostly empty: V8 optimised this function for the lists it
  // had seen spread, and dropped the optimised code (then compiled it again) when a list of another kind came, runs
  // of a story after the first included.
  const added: Quantity[] = [];
  if (HAS_POSSESSIVE.test(sentence)) for (const m of allMatches(AGE_DECADE, sentence)) added.push(decadeAge(m, offset));
  if (HAS_VOTE.test(sentence)) for (const m of allMatches(VOTE_TALLY, sentence)) added.push(voteTally(m, offset));
  for (const m of allMatches(SUFFIXED_TEMPERATURE, sentence)) added.push(suffixedTemperature(m, sentence, offset));
  for (const m of allMatches(ELAPSED, sentence)) added.push(elapsed(m, offset));
  if (HAS_LIFE.test(sentence)) for (const m of allMatches(LIFE_TERM, sentence)) added.push(lifeTerm(m, offset));
  for (const q of repeatedActs(tokens)) added.push(q);
  if (!added.length) return withoutConversions(out, sentence, offset);
  // A vote's counts are the tally, not two amounts of their own; "46.2C" is one temperature, not also a reading of 46.
  const replaces = (a: Quantity) => a.unit === TALLY || a.unit === "celsius" || a.unit === "fahrenheit";
  const within = (q: Quantity) => added.some((a) => replaces(a) && q.start >= a.start && q.end <= a.end);
  return withoutConversions(
    [...out.filter((q) => !within(q)), ...added].sort((a, b) => a.start - b.start),
    sentence,
    offset,
  );
}

/** What lies between an amount and its conversion: the amount's unit, a bracket, perhaps "about". */
const CONVERSION_BETWEEN = /^[\p{L}.°\s-]{0,24}\(\s*(?:(?:about|around|some|roughly|nearly|almost|or)\s+)?$/iu;
/**
 * Without the conversions written in brackets after a qualified amount ("above 40C (104F)", "about 2,650 metres (8,700
 * feet)"): they restate it in another unit, and read alone they lose what qualifies it. A conversion of an exact amount
 * stays ("10 kilometers (6 miles)"): it is the value another outlet may write in that unit.
 */
function withoutConversions(list: Quantity[], sentence: string, offset: number): Quantity[] {
  return list.filter((q, i) => {
    const before = list[i - 1];
    return !(
      before &&
      before.low !== before.high &&
      convertible(before.unit, q.unit) &&
      before.unit !== q.unit &&
      CONVERSION_BETWEEN.test(sentence.slice(before.end - offset, q.start - offset))
    );
  });
}

/**
 * "Twelve of the 30 passengers were hurt": what happened, happened to the part. The verb after the whole was read as
 * the whole's event (30 injured); it is the part's, and the whole only counts who was there.
 */
function partitives(out: Quantity[], sentence: string, offset: number): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const part = out[i]!;
    const whole = out[i + 1]!;
    if (!whole.event || part.event) continue;
    if (!/^\s+of\s+(?:the|its|their|his|her|our)\s+$/i.test(sentence.slice(part.end - offset, whole.start - offset)))
      continue;
    part.event = whole.event;
    whole.event = "";
  }
}

/**
 * "He won the first round but lost the second", "lost the second round after winning the first": an ordinal after
 * "the" with no noun of its own is one of the sequence another ordinal of the sentence names (the nearest before it,
 * else after it). Without its noun it was a rank of nothing, and the sentence's one round ordinal met another
 * outlet's other round.
 */
function elidedOrdinals(out: Quantity[], sentence: string, offset: number): void {
  const named = out.filter((q) => q.ordinal && q.unit);
  if (!named.length) return;
  for (const q of out) {
    if (!q.ordinal || q.unit || !/\bthe\s+$/i.test(sentence.slice(Math.max(0, q.start - offset - 8), q.start - offset)))
      continue;
    const source = named.filter((n) => n.end <= q.start).at(-1) ?? named.find((n) => n.start >= q.end);
    if (!source) continue;
    q.unit = source.unit;
    if (source.of) q.of = source.of;
  }
}

/**
 * "Ortiz scored 14 points and Hale added 13", "led with 13 points, while Hale had 12": a bare whole number right
 * after a verb, with no noun after it, counts what the sentence's last count before it counts. Not a sum of money,
 * a time or an age, which say what they are.
 */
function elidedCounts(out: Quantity[], sentence: string, offset: number, tokens: Token[]): void {
  for (let i = 1; i < out.length; i++) {
    const q = out[i]!;
    if (q.unit || q.event || q.ordinal || q.low !== q.high || !Number.isInteger(q.low)) continue;
    const at = firstToken(tokens, (t) => t.start >= q.start);
    if (at < 1 || tokens[at - 1]!.pos !== "VERB") continue;
    if (!/^\s*(?:[,.;:)]|$|(?:for|in|on|at|against|as|and|but|while|to)\b)/i.test(sentence.slice(q.end - offset)))
      continue;
    const source = out
      .slice(0, i)
      .findLast((x) => !!x.unit && !x.ordinal && x.unit !== "age" && x.unit !== TALLY && !dimensionOf(x.unit));
    if (!source || isCurrency(source.unit)) continue;
    q.unit = source.unit;
    q.noun = source.noun;
  }
}

/**
 * "Killing two people and injuring 11 others", "six children died and 14 others were trapped": "others" are more of
 * what the sentence counted before them (people, children), not a kind of their own. The noun stays as written.
 */
function othersCounted(out: Quantity[]): void {
  for (let i = 1; i < out.length; i++) {
    const q = out[i]!;
    if (q.unit !== "other" || q.ordinal) continue;
    const source = out
      .slice(0, i)
      .findLast((x) => !!x.unit && x.unit !== "other" && !x.ordinal && x.unit !== "age" && x.unit !== TALLY);
    if (source && !isCurrency(source.unit) && !dimensionOf(source.unit)) q.unit = source.unit;
  }
}

/** "a share", "per hour" after a sum and its currency's word: what the sum is paid for, one at a time. */
const RATE_AFTER =
  /^\s*(?:(?:dollars?|euros?|pounds?|yen|rupees?|cents?)\s+)?(?:a|an|per)\s+(\p{Ll}+)\b(?!\s+(?:ago|earlier|later|before|after)\b)/u;

/**
 * "14.50 euros a share", "$15 an hour", "$90 per barrel": a sum for each one of something is a rate, a measure of its
 * own ("eur/share"), not a sum of the same kind as "the deal's $2.1 billion" or "shares rose to 14.10 euros".
 */
function rates(out: Quantity[], sentence: string, offset: number): void {
  for (const q of out) {
    if (!isCurrency(q.unit)) continue;
    const after = sentence.slice(q.end - offset);
    const m = RATE_AFTER.exec(after);
    // A sum for each person is one measure however the person is called: "$11 per claimant", "$11 per person",
    // "$17 each", "$5 apiece" ("usd/each").
    const per = m ? m[1]!.replace(/s$/, "") : EACH_AFTER.test(after) ? "each" : "";
    if (per) q.unit = `${q.unit}/${per === "head" || per === "capita" || isHuman(per) ? "each" : per}`;
  }
}
const EACH_AFTER = /^\s*(?:(?:dollars?|euros?|pounds?|yen|rupees?|cents?)\s+)?(?:each|apiece)\b/u;

/** A vote written in words: "by 62 votes to 38", "62 in favour and 38 against", "62 for and 38 against". */
/** Words that every match of AGE_DECADE, VOTE_TALLY and LIFE_TERM holds (one of them), with their flags. */
const HAS_POSSESSIVE = /his|her|their/iu;
const HAS_VOTE = /vote|against/iu;
const HAS_LIFE = /life/iu;
const VOTE_TALLY =
  /\b(\d{1,4})\s+(?:votes?\s+to\s+(\d{1,4})\b|(?:votes?\s+)?(?:in\s+favou?r|for)(?:,|\s+and|\s+with|\s+to)?\s+(\d{1,4})\s+(?:votes?\s+)?against\b)/giu;
/**
 * The tally of a vote written in words, its counts in the order given (as "62-38" keeps them; a vote lost "by 3 votes
 * to 8" is no range).
 */
function voteTally(m: RegExpExecArray, offset: number): Quantity {
  const value = Number(m[1]) * TALLY_BASE + Number(m[2] ?? m[3]);
  const start = offset + m.index;
  return { text: m[0], start, end: start + m[0].length, low: value, high: value, unit: TALLY, noun: "", event: "" };
}

/**
 * A temperature with its scale's letter written onto it: "47C", "-5C", "104F" (the number grammar reads no number
 * run into letters). Not after a capitalised word, where the letter is part of a code ("Seat 12F", "Room 4C").
 */
const SUFFIXED_TEMPERATURE = /(?<![\p{L}\d.,-])(?<!\p{Lu}\p{L}*\s)(-?\d{1,3}(?:,\d{3})?(?:\.\d)?)([CF])(?![\p{L}\d])/gu;
function suffixedTemperature(m: RegExpExecArray, sentence: string, offset: number): Quantity {
  // A fire's "1,000C" as a weather's "47C".
  const value = Number(m[1]!.replace(",", ""));
  const unit = m[2] === "C" ? "celsius" : "fahrenheit";
  // With the word that qualifies it, as any amount is read ("above 40C", "about 43C").
  const mod = MODIFIED.exec(sentence.slice(Math.max(0, m.index - 24), m.index));
  const start = offset + m.index - (mod ? mod[0].length : 0);
  const [low, high] = mod ? interval(mod[1]!.toLowerCase(), value) : [value, value];
  return {
    text: sentence.slice(start - offset, m.index + m[1]!.length),
    start,
    end: offset + m.index + m[1]!.length,
    low,
    high,
    unit,
    noun: m[2]!,
    event: "",
  };
}
/** A modifier of an amount right before it ("above ", "about "). */
const MODIFIED = new RegExp(String.raw`\b(${MOD})\s+$`, "i");

/** A time with seconds (clocks.ELAPSED) in hours, as "2 hours 6 minutes 38 seconds" reads (compound-measures.ts). */
function elapsed(m: RegExpExecArray, offset: number): Quantity {
  const value = Number(m[1]) + Number(m[2]) / 60 + Number(m[3]) / 3600;
  const start = offset + m.index;
  return { text: m[0], start, end: start + m[0].length, low: value, high: value, unit: "hour", noun: "", event: "" };
}

/**
 * A prison term for life: "sentenced to life", "a life sentence", "life in prison", "life imprisonment". It is a term
 * in years, longer than any term counted in years a court gives, so "life" and "20 years" for one crime differ. Not a
 * possible penalty ("up to life", "a maximum of life"), which is no term given, nor the whole of which a time served is
 * a part ("served 20 years of a life sentence", "11 years into a life sentence").
 */
const LIFE_TERM =
  /(?<!\b(?:up\s+to|of|possible|potential|face|faces|facing)\s+)(?<!\b(?:of|into)\s+(?:a|an|his|her|their)\s+)\b(?:sentenced\s+to\s+(?:serve\s+)?life\b|life\s+(?:sentences?|terms?|imprisonment|in\s+prison|behind\s+bars)\b)/giu;
/** Years a life term counts as: more than any term of years given for one crime. */
export const LIFE_YEARS = 1000;
function lifeTerm(m: RegExpExecArray, offset: number): Quantity {
  const start = offset + m.index;
  return {
    text: m[0],
    start,
    end: start + m[0].length,
    low: LIFE_YEARS,
    high: LIFE_YEARS,
    unit: "year",
    noun: "",
    event: "",
  };
}

const DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
/** An age given by its decade: "in his 60s", "in her early thirties", "in their mid-20s". */
const AGE_DECADE = new RegExp(
  String.raw`\bin\s+(?:his|her|their)\s+(?:(early|mid|late)[\s-]+)?(?:([2-9]0)['’]?s|(${DECADE_WORDS.join("|")}))\b`,
  "giu",
);
/** The ages a decade allows: "60s" 60 to 69, "early 60s" 60 to 63, "mid-60s" 63 to 67, "late 60s" 66 to 69. */
function decadeAge(m: RegExpExecArray, offset: number): Quantity {
  const decade = m[2] ? Number(m[2]) : 20 + 10 * DECADE_WORDS.indexOf(m[3]!.toLowerCase());
  const part = m[1]?.toLowerCase();
  const [low, high] = part === "early" ? [0, 3] : part === "mid" ? [3, 7] : part === "late" ? [6, 9] : [0, 9];
  const start = offset + m.index;
  return {
    text: m[0],
    start,
    end: start + m[0].length,
    low: decade + low,
    high: decade + high,
    unit: "age",
    noun: "",
    event: "",
  };
}

/**
 * A tally's unit, and what kind of tally the noun after it says it is ("a 9-2 run" is a run's, not the score's), as
 * the noun it is of.
 */
function tallyUnit(tokens: Token[], next: number): { unit: string; noun: string; of?: string } {
  const t = next >= 0 ? tokens[next] : undefined;
  return t && t.pos === "NOUN" && /^\p{Ll}+$/u.test(t.text) && !SCORE_NOUNS.has(t.lemma)
    ? { unit: TALLY, noun: "", of: t.lemma }
    : { unit: TALLY, noun: "" };
}

/**
 * Nouns that name the tally itself: "a 45-36 lead" is the score, as "a 71-29 vote" is the count of votes and "a 6-3
 * decision" a court's.
 */
const SCORE_NOUNS = new Set([
  "lead",
  "score",
  "advantage",
  "edge",
  "margin",
  "win",
  "victory",
  "defeat",
  "loss",
  "vote",
  "decision",
  "ruling",
  "verdict",
  "majority",
]);

/** The unit of a score or a vote ("45-35"): one value that keeps both counts (quantity-grammar.tallyOf). */
const TALLY = "tally";
export const isTally = (q: Quantity) => q.unit === TALLY;
/** Whether amounts of one sentence give more than one score: which of them another outlet's is of is not said. */
export const severalTallies = (qs: Quantity[]) => qs.filter(isTally).length > 1;

/** Whether one of MATCH_RULES drops the match. */
function dropsMatch(c: Candidate): boolean {
  for (const rule of MATCH_RULES) if (rule.test(c)) return true;
  return false;
}

/** Applies READING_RULES to the draft in order; false when one of them drops it. */
function keepsDraft(draft: Draft): boolean {
  for (const rule of READING_RULES) {
    if (!rule.test(draft)) continue;
    if (!rule.apply) return false;
    rule.apply(draft);
  }
  return true;
}

/** The quantities a draft states: one, or two when "nobody hurt" also says nobody was killed. */
function quantitiesOf(d: Draft, startAbs: number, endAbs: number): Quantity[] {
  const { c, low, high, unit, noun, ordinal } = d;
  // Which measure of the unit: kept only while the unit it qualifies is the one read (a rule may change the unit).
  const of = d.of && d.unit && !d.event ? { of: d.of } : {};
  const { g, text, after, halfTail } = c;
  const out: Quantity[] = [];
  // "half a" and "a … and a half" are shown with their unit: "half a mile", "a mile and a half".
  // …and "no" with its noun: "No injuries", "no casualties" ("no one", "nobody" are whole).
  const nextWord = /^\s+[\p{L}-]+/u.exec(after)?.[0] ?? "";
  const tail =
    (g.zero && /^no$/i.test(g.zero) ? nextWord : "") ||
    halfTail ||
    (g.frac && /^half\b/i.test(g.frac) && !FRACTION_SCALE.test(g.frac) ? nextWord : "");
  let event = d.event;
  // Nobody hurt is nobody killed either; no casualties is neither. ("No one else was hurt" says nothing of the dead.)
  if (g.zero && (event === "injured" || event === "casualty") && !/^\s+else\b/i.test(after)) {
    out.push({ text: text + tail, start: startAbs, end: endAbs + tail.length, low, high, unit, noun, event: "dead" });
    if (event === "casualty") event = "injured";
  }
  out.push({
    text: text + tail,
    start: startAbs,
    end: endAbs + tail.length,
    low,
    high,
    unit,
    noun,
    ...of,
    event,
    ...(ordinal ? { ordinal } : {}),
  });
  return out;
}

/**
 * The precision a round figure is given to, when it looks rounded: at least two significant digits followed by at
 * least two zeros ("43,000", "$120 million", "2,100"), else null. A reporter who writes "a $43,000 watch" of a
 * $43,350 one has rounded, not contradicted; "1,000" (one significant digit) or "150" say too little to tell.
 */
function roundedTo(x: number): number | null {
  if (!Number.isInteger(x) || x < 1000) return null;
  let unit = 1;
  while (x % (unit * 10) === 0) unit *= 10;
  return unit >= 100 && x / unit >= 10 ? unit : null;
}

export function overlaps(a: Quantity, b: Quantity): boolean {
  // Two thresholds bound what they are said of ("stay above 40C" / "not fall below 31C"): no value to set apart.
  if (THRESHOLD.test(a.text) && THRESHOLD.test(b.text)) return true;
  // "Six miles" and "10 kilometres": compared in one unit, at the precision each is written to.
  if (convertible(a.unit, b.unit)) return convertedOverlap(a, b);
  // Two maxima ("faces up to 20 years" / "up to 15 years") state the maximum itself: another figure is another one.
  if (UP_TO.test(a.text) && UP_TO.test(b.text)) return a.high === b.high;
  // Two round figures ("around 600 handlers" / "about 650 handlers") are the figures each outlet chose to write: one
  // fact only if one rounds the other ("about 600" / "some 640"), not whenever their margins touch.
  if (ABOUT.test(a.text) && ABOUT.test(b.text)) {
    const [x, y] = [(a.low + a.high) / 2, (b.low + b.high) / 2];
    const rounds = (round: number, other: number) =>
      Math.round(other / roundingStep(round)) * roundingStep(round) === round;
    return rounds(x, y) || rounds(y, x);
  }
  if (a.low <= b.high && b.low <= a.high) return true;
  if (a.low !== a.high || b.low !== b.high || !!a.ordinal || !!b.ordinal || isTally(a)) return false;
  return roundsTo(a.low, b.low) || roundsTo(b.low, a.low);
}

/** A round figure and the exact one it rounds ("$43,000" / "$43,350"), at the round one's precision. */
function roundsTo(round: number, exact: number): boolean {
  const unit = roundedTo(round);
  return unit !== null && Math.round(exact / unit) * unit === round;
}

const UP_TO = /^(?:up to|as many as|at most)\b/i;
const THRESHOLD = /^(?:above|below)\s/i;
/** A figure written as round, either side of it (quantity-grammar's "about" class). */
const ABOUT = /^(?:about|around|some|roughly|approximately|an estimated|estimated)\s/i;
/** Whether an amount is written as round ("an estimated 180 million dollars"): its figure is its interval's middle. */
export const roundFigure = (q: Quantity): boolean => ABOUT.test(q.text);

/**
 * A zero count of people ("no one", "nobody", "no people"), or of what happened with no noun ("no injuries", "no
 * deaths"): it excludes every count of them, whatever noun it uses.
 */
export const noOne = (q: Quantity) => q.high === 0 && (q.unit === "people" || (q.unit === "" && q.event !== ""));

/**
 * Two counts of people for one event, counted by nouns WordNet ranks one under the other or makes synonyms: "injured
 * 14 workers" / "eleven employees were hurt" (an employee is a worker). One measure only when each outlet gives that
 * event a single count (fact-pairs.ts). "People" is above every such noun but counts a wider group: "20 people were
 * injured" and "five firefighters were injured" may both be true, so it never counts as another noun's synonym.
 */
export function peopleOfOneEvent(a: Quantity, b: Quantity): boolean {
  if (!a.event || a.event !== b.event || a.unit === b.unit || !a.unit || !b.unit) return false;
  const key = a.unit < b.unit ? `${a.unit}|${b.unit}` : `${b.unit}|${a.unit}`;
  let related = relatedPeople.get(key);
  if (related === undefined) relatedPeople.set(key, (related = peopleNouns(a.unit, b.unit)));
  return related;
}
const GENERIC_PEOPLE = new Set(["people", "person", "other", "individual"]);
/**
 * A count of a group among all the people an event counts, in one article: "killed six children …, bringing the
 * death toll to 11". The group's count is a part of the total, not another figure for it.
 */
export function groupAmongAll(part: Quantity, all: Quantity): boolean {
  if (!part.event || part.event !== all.event || !part.unit || GENERIC_PEOPLE.has(part.unit)) return false;
  return (!all.unit || GENERIC_PEOPLE.has(all.unit)) && isHuman(part.unit) && part.high <= all.low;
}

/**
 * A count of all the people of an event against a larger count of a group among them: "35 people were arrested" /
 * "53 demonstrators were detained". A group cannot outnumber everyone, so the two disagree; a smaller group ("20
 * people were injured" / "five firefighters were injured") may be among them, and is another fact. One measure only
 * when each outlet counts the event once and one row states both (fact-pairs.ts). Counts without an event word are
 * the people of one act likewise ("100 people gathered" / "300 mourners attended"), when fact-pairs.ts finds that
 * act a crowd's.
 */
export function genericOfOneEvent(a: Quantity, b: Quantity): boolean {
  if (a.event !== b.event || a.unit === b.unit || !a.unit || !b.unit) return false;
  const ga = GENERIC_PEOPLE.has(a.unit);
  const gb = GENERIC_PEOPLE.has(b.unit);
  if (ga && gb) return false;
  if (ga || gb) {
    if (!isHuman(ga ? b.unit : a.unit)) return false;
    const [all, some] = ga ? [a, b] : [b, a];
    return some.low > all.high;
  }
  // A kind of person against the class it is a kind of: "12 inmates escaped" / "eight prisoners escaped" (an inmate
  // is a convict, a prisoner). Every one of the kind is one of the class, so the kind cannot outnumber it either.
  const [all, some] = kindOfPerson(a.unit, b.unit) ? [b, a] : kindOfPerson(b.unit, a.unit) ? [a, b] : [];
  return !!all && !!some && some.low > all.high;
}
/** Whether a human noun is a kind of another, in one of its first three senses ("inmate" is a "prisoner"). */
const kindOfPerson = (kind: string, of: string) => kindOfPersonMemo(`${kind}|${of}`);
// Kept for the process, by ordered pair of nouns.
const kindOfPersonMemo = boundedMemo((key) => {
  const [kind, of] = key.split("|") as [string, string];
  return isHuman(kind) && isHuman(of) && isA(kind, "n", of, { senses: 3 });
}, 10_000);
// Kept for the process, by pair of nouns: a wide story weighs the same few nouns against each other many times.
const relatedPeople = new Map<string, boolean>();
function peopleNouns(x: string, y: string): boolean {
  if (GENERIC_PEOPLE.has(x) || GENERIC_PEOPLE.has(y) || !isHuman(x) || !isHuman(y)) return false;
  const senses = { senses: 2 };
  if (isA(x, "n", y, senses) || isA(y, "n", x, senses)) return true;
  // A noun of sex or age says only who the people are, not what part they play: "three men were arrested" / "police
  // detained four suspects", "two teenagers were hurt" / "two students were hurt". Two such nouns are kinds of
  // people apart ("men" / "women") unless one is under the other (above).
  return sexOrAge(x) !== sexOrAge(y);
}
/** Whether a noun's first sense is a person of a sex or an age ("man", "woman", "girl", "teenager", "adult"). */
const sexOrAge = boundedMemo((noun) => SEXES_AND_AGES.some((kind) => isA(noun, "n", kind, { senses: 1 })), 10_000);
const SEXES_AND_AGES = ["male", "female", "adult", "juvenile"];

/** Two quantities measure the same thing when unit and event agree; a missing unit matches any counted noun. */
export function sameMeasure(a: Quantity, b: Quantity): boolean {
  if (a.event !== b.event) return gradedBeyondAll(a, b) || gradedBeyondAll(b, a);
  // "No one was injured" counts everyone, so it is the same measure as "eight workers were injured".
  if (a.event)
    return (
      a.unit === b.unit ||
      !a.unit ||
      !b.unit ||
      noOne(a) ||
      noOne(b) ||
      convertible(a.unit, b.unit) ||
      sameCountedThing(a.unit, b.unit)
    );
  // Two tallies of one kind: two scores ("a 45-36 lead" / "at 45-35"), two runs; a run is no score.
  if (isTally(a) || isTally(b)) return a.unit === b.unit && a.of === b.of;
  return (
    a.unit !== "" &&
    !!a.ordinal === !!b.ordinal &&
    (a.unit === b.unit ||
      a.of === b.unit ||
      a.unit === b.of ||
      convertible(a.unit, b.unit) ||
      sameCountedThing(a.unit, b.unit))
  );
}

/**
 * A graded harm ("two suffered minor injuries", quantity-nouns.ts) counts some of the harmed: a figure for the same
 * harm ungraded only where it outnumbers that figure ("no one was injured" / "two passengers suffered minor
 * injuries"; "four officers were hurt" / "six officers suffered minor injuries"). Two of 42 hurt being hurt badly is
 * another fact, and so is no one hurt badly of 42 hurt.
 */
function gradedBeyondAll(graded: Quantity, all: Quantity): boolean {
  return (
    eventKind(graded.event) === all.event &&
    graded.event !== all.event &&
    graded.low > all.high &&
    (graded.unit === all.unit || !graded.unit || !all.unit || noOne(all) || sameCountedThing(graded.unit, all.unit))
  );
}

/**
 * One physical property of one thing: two outlets that each measure it once, in units of one dimension, of the same
 * thing by the same noun ("the car was travelling at 90 mph" / "the car was going 110 miles per hour"; "the
 * building is 40 metres tall" / "the 120-foot building"). Their sentences may share no other word.
 */
export function oneProperty(a: Quantity, b: Quantity): boolean {
  const dimension = dimensionOf(a.unit);
  return (
    dimension !== undefined &&
    dimension === dimensionOf(b.unit) &&
    dimension !== "duration" &&
    !!a.holder &&
    a.holder === b.holder
  );
}

/**
 * Two counts of things measure one thing when one thing is a kind of the other in WordNet: "12 survivors" and "twelve
 * people", "500 positions" and "500 jobs", "three cars" and "three vehicles". Words of different kinds do not:
 * "23 points" and "23 rebounds". Takes the counted nouns (units).
 */
export function countsAlike(x: string, y: string): boolean {
  if (x === y) return true;
  const key = x < y ? `${x}|${y}` : `${y}|${x}`;
  let alike = kindCache.get(key);
  if (alike === undefined) {
    const a = personal(x);
    const b = personal(y);
    alike = a === b || isA(a, "n", b) || isA(b, "n", a);
    if (kindCache.size >= 10_000) kindCache.clear();
    kindCache.set(key, alike);
  }
  return alike;
}
const kindCache = new Map<string, boolean>();
/** "people" is the plural of "person" (WordNet lists it only as a group). */
const personal = (unit: string) => (unit === "people" ? "person" : unit);

const kinds = new Map<string, string>();
/**
 * What a count counts, one name for words of one meaning: the words of the first WordNet sense of a counted noun
 * ("students" and "pupils" are "educatee,pupil,student"; "kids" and "children" one list too), else the noun itself.
 * Counts of synonyms are one measure; counts of a kind and of its kind are not (countsAlike), as "four vehicles,
 * including three cars" shows.
 */
export function countedKind(unit: string): string {
  let kind = kinds.get(unit);
  if (kind === undefined) {
    const sense = /^[a-z]+$/.test(unit) ? synsetsOf(unit, "n", { senses: 1 })[0] : undefined;
    kind = sense && sense.lemmas.length > 1 ? [...sense.lemmas].sort().join(",") : unit;
    if (kinds.size >= 10_000) kinds.clear();
    kinds.set(unit, kind);
  }
  return kind;
}

/** The meanings (synset ids) of a counted noun's first three senses, which another's may share (sameCountedThing). */
export const countedKinds = boundedMemo(
  (unit): readonly number[] => (/^[a-z]+$/.test(unit) ? synsetsOf(unit, "n", { senses: 3 }).map((x) => x.id) : []),
  10_000,
);

/**
 * Whether two counted nouns count one thing: one meaning in their first senses (countedKind), or a meaning they share
 * among their first three ("protesters" / "demonstrators", "officers" / "policemen", "rebels" / "insurgents":
 * WordNet lists each pair as one synset, though not as the first sense of both). Not a kind and its kind.
 */
export function sameCountedThing(x: string, y: string): boolean {
  if (x === y || countedKind(x) === countedKind(y)) return true;
  const ky = countedKinds(y);
  return countedKinds(x).some((id) => ky.includes(id));
}
