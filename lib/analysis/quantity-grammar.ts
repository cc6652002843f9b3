/**
 * How amounts are written: number words, digits, scales, currencies, modifiers and vague amounts, the pattern that
 * finds them in a sentence (QTY_RE), and the interval of values each one allows. What is counted and what happened
 * to it is read in quantity-nouns.ts; which matches are no amount at all, in quantity-rules.ts.
 */

const SMALL =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(
    " ",
  );
const TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
const ORD =
  "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(
    " ",
  );
// A Map, not an object: a word such as "constructor" must not find Object.prototype's members.
const SCALES = new Map<string, number>(
  Object.entries({
    dozen: 12,
    hundred: 100,
    thousand: 1e3,
    million: 1e6,
    billion: 1e9,
    trillion: 1e12,
    // Wire copy's abbreviations, as words of their own: "€1.92 bln", "€214 mln".
    mln: 1e6,
    bln: 1e9,
  }),
);

/** Vague amounts, as intervals a careful reader would accept. */
const VAGUE: Array<[RegExp, number, number]> = [
  [/^hundreds of thousands$/, 2e5, 999_999],
  [/^tens of thousands$/, 2e4, 99_999],
  [/^hundreds of millions$/, 2e8, 999_999_999],
  [/^tens of millions$/, 2e7, 99_999_999],
  [/^thousands$/, 2e3, 9_999],
  [/^hundreds$/, 200, 999],
  [/^millions$/, 2e6, 9_999_999],
  [/^billions$/, 2e9, 9_999_999_999],
  [/^dozens$/, 24, 99],
  [/^scores$/, 40, 199],
  [/^a dozen$/, 10, 14],
  [/^several$/, 3, 9],
  [/^a few$/, 2, 5],
  [/^a couple(?: of)?$/, 2, 3],
];

const NUMWORD = `(?:${TENS.slice(2).join("|")})(?:-(?:${SMALL.slice(1, 10).join("|")}))?|${SMALL.join("|")}`;
const ORDWORD = ORD.slice(1).join("|");
/** An ordinal as written ("first" to "twentieth", "1st", "12th") as its pattern source, and as its number. */
export const ORDINAL_SOURCE = String.raw`(?:${ORDWORD}|\d+(?:st|nd|rd|th))`;
export const ordinalValue = (word: string): number => {
  const o = word.toLowerCase();
  return ORD.includes(o) ? ORD.indexOf(o) : parseInt(o, 10);
};
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = "dozen|hundred|thousand|million|billion|trillion|mln|bln";
/** The words that modify an amount ("more than", "about", "an estimated"), as a pattern's alternatives. */
export const MOD =
  "more than|over|at least|nearly|almost|about|around|some|roughly|approximately|up to|less than|fewer than|under|as many as|at most|close to|just over|just under|upwards of|an estimated|estimated|above|below";
const CUR = String.raw`US\$|\$|€|£|¥|Rs\.?\s?|USD\s?|EUR\s?`;
// Built once: coreValue runs for every number of every sentence.
const CUR_PREFIX = new RegExp(`^(${CUR})`, "i");
const VAGUE_RE =
  "(?:several|a few|a couple(?: of)?)\\s+(?:hundred|thousand|million|billion|dozen)|hundreds of thousands|tens of thousands|hundreds of millions|tens of millions|thousands|hundreds|millions|billions|dozens|scores|a dozen|several|a few|a couple(?: of)?";
/** A count without its noun, as written: "three", "12", "1,200", "tens of thousands", "dozens", "several hundred". */
export const COUNT_SOURCE = `(?:${DIGITS}|${NUMWORD})(?:\\s+(?:${SCALE}))*|${VAGUE_RE}`;
/** "$45m", "£3.2bn": the scale word a suffix stands for (read only after a currency sign, see coreValue). */
export const SCALE_SUFFIXES = new Map(
  Object.entries({
    m: "million",
    mn: "million",
    mln: "million",
    bn: "billion",
    b: "billion",
    tn: "trillion",
    k: "thousand",
  }),
);
const SUFFIX = `(?:${[...SCALE_SUFFIXES.keys()].join("|")})`;
// "A lone gunman", "the sole survivor": one, as "one gunman" is (not "single", which is also "unmarried").
const CORE = `(?:${CUR})?(?:(?:${DIGITS})${SUFFIX}?|${NUMWORD}|a|an|lone|sole)(?:\\s+(?:${SCALE}))*`;
/** The second figure of a range: never an article ("a man aged 67 and a woman aged 34" is no range 67 to 1). */
const RANGE_END = `(?:${CUR})?(?:(?:${DIGITS})${SUFFIX}?|${NUMWORD}|an?(?=\\s+(?:${SCALE})\\b))(?:\\s+(?:${SCALE}))*`;
/** Zero as a count: "no one was hurt", "nobody was arrested", "no injuries were reported". */
const ZERO = String.raw`no\s+one|nobody|no(?=\s+\p{L})`;
/**
 * "two and a half", "half a" (mile): a whole and a half, or a half of one; with the scale they multiply ("two and a
 * half million", "half a million"). "A quarter of a million", "two thirds of a billion": a part of a scale.
 */
const FRACTION = String.raw`(?:${NUMWORD}|${DIGITS}|an?)\s+and\s+a\s+half(?:\s+(?:${SCALE})(?!\p{L}))?|half\s+an?(?:\s+(?:${SCALE})(?!\p{L})|(?=\s+\p{L}))|(?:an?|one|two|three)[\s-]+(?:quarters?|thirds?)\s+of\s+an?\s+(?:${SCALE})(?!\p{L})`;
/** The scale a fraction ends with ("half a million": million). */
export const FRACTION_SCALE = new RegExp(String.raw`\b(?:${SCALE})$`, "i");
export const QTY_RE = new RegExp(
  String.raw`(?:(?<![\p{L}\d.,$-])|(?<=\bmagnitude-))(?:(?<zero>${ZERO})|(?:(?<mod>${MOD})\s+)?(?:(?<frac>${FRACTION})|(?<vague>${VAGUE_RE})|(?<ord>${ORDWORD}|\d+(?:st|nd|rd|th))|(?<between>between\s+)?(?<a>${CORE})(?:\s*(?:-to-|to|-|\u2013|and|or)\s*(?<b>${RANGE_END}))?))(?![\p{L}\d])`,
  "giu",
);

/** QTY_RE's named groups. At most one of zero, frac, vague, ord and a is set; mod, between and b go with some. */
export type QtyGroups = Partial<Record<"zero" | "mod" | "frac" | "vague" | "ord" | "between" | "a" | "b", string>>;

/** A match of QTY_RE in its sentence, with the text around it that the rules and the readings look at. */
export interface Candidate {
  sentence: string;
  g: QtyGroups;
  /** Where the match starts in the sentence. */
  local: number;
  /** The match as written. */
  text: string;
  /** Up to 12 characters before the match. */
  before: string;
  /** The rest of the sentence after the match. */
  after: string;
  /** " mile and a half" after "a": a whole before its unit, the half after it ("an hour and a half"); else "". */
  halfTail: string;
}

export function candidateAt(sentence: string, m: RegExpExecArray): Candidate {
  const local = m.index;
  const text = m[0];
  const after = sentence.slice(local + text.length);
  return {
    sentence,
    g: m.groups ?? {},
    local,
    text,
    before: sentence.slice(Math.max(0, local - 12), local),
    after,
    halfTail: /^\s+[\p{L}-]+\s+and\s+a\s+half\b/iu.exec(after)?.[0] ?? "",
  };
}

// A Map, not an object: a word such as "constructor" must not find Object.prototype's members.
const CURRENCY = new Map<string, string>(
  Object.entries({
    $: "usd",
    us$: "usd",
    usd: "usd",
    "€": "eur",
    eur: "eur",
    "£": "gbp",
    "¥": "jpy",
    rs: "inr",
  }),
);

/** Whether a unit is a currency ("usd", "eur"): its amounts are sums of money. */
const CURRENCIES = new Set(CURRENCY.values());
export const isCurrency = (unit: string): boolean => CURRENCIES.has(unit);

export function wordValue(w: string): number | null {
  const s = w.toLowerCase();
  if (s === "a" || s === "an" || s === "lone" || s === "sole") return 1;
  const i = SMALL.indexOf(s);
  if (i >= 0) return i;
  const [t, u] = s.split("-");
  const ti = TENS.indexOf(t ?? "");
  if (ti >= 2) return ti * 10 + (u ? SMALL.indexOf(u) : 0);
  return null;
}

const SUFFIXED_FIGURE = new RegExp(`^[\\d.,]+(${SUFFIX})$`, "i");
function coreValue(core: string): { value: number; currency: string } | null {
  let s = core.trim();
  let currency = "";
  const cm = CUR_PREFIX.exec(s);
  if (cm) {
    currency = CURRENCY.get(cm[1]!.trim().toLowerCase().replace(/\.$/, "")) ?? "";
    s = s.slice(cm[1]!.length).trim();
  }
  const parts = s.split(/\s+/);
  let head = parts[0]!;
  const suffix = SUFFIXED_FIGURE.exec(head)?.[1]?.toLowerCase();
  let times = 1;
  if (suffix) {
    // Only money takes a suffix scale: "$45m" is 45 million dollars, "a 45m yacht" is not 45 million of anything.
    if (!currency) return null;
    times = SCALES.get(SCALE_SUFFIXES.get(suffix)!)!;
    head = head.slice(0, -suffix.length);
  }
  let value = /^\d/.test(head) ? Number(head.replace(/,/g, "")) * times : wordValue(head);
  if (value === null || Number.isNaN(value)) return null;
  for (const p of parts.slice(1)) {
    const mul = SCALES.get(p.toLowerCase());
    if (mul) value *= mul;
  }
  return { value, currency };
}

/** The size of the last significant digit: 400 → 100, 17,000 → 1,000, 5 → 1, 2.5 → 0.1. */
export function roundingStep(n: number): number {
  if (n === 0) return 1;
  if (!Number.isInteger(n)) return 10 ** -(String(n).split(".")[1]?.length ?? 1);
  let step = 1;
  while (n % (step * 10) === 0) step *= 10;
  return step;
}

export function interval(mod: string, value: number): [number, number] {
  const step = roundingStep(value);
  switch (mod) {
    case "more than":
    case "over":
    case "just over":
    case "upwards of":
      // Writers round down to a figure they can vouch for: "more than 400" is not 900.
      return [value + step / 1000, value + step];
    case "at least":
      return [value, value + step];
    case "as many as":
    case "up to":
    case "at most":
      // The most the writer will put it at, given as the figure: "up to 1.6 million women" reports 1.6 million,
      // and another outlet's "1.5 million" or "as many as 1.5 million" is another figure.
      return [value - step / 2, value];
    case "nearly":
    case "almost":
    case "close to":
    case "just under": {
      // Close below the figure, by a tenth of it at most: "almost $10 million" is not $2 million, whose last
      // significant digit is the whole figure.
      const below = Math.min(step, value / 10);
      return [value - below, value - below / 1000];
    }
    case "less than":
    case "fewer than":
    case "under":
      return [0, value - step / 1000];
    // A threshold, not a rounded figure: "slopes above 2,200 metres", "temperatures will stay above 40C".
    case "above":
      return [value + step / 1000, Number.MAX_VALUE];
    case "below":
      return [0, value - step / 1000];
    case "about":
    case "around":
    case "some":
    case "roughly":
    case "approximately":
    case "an estimated":
    case "estimated": {
      // Within half the last significant digit, and within a fifth of the figure: "about 100" is no 150, though
      // 150 rounds to 100 as a figure of one significant digit would.
      const spread = Math.min(step / 2, value / 5);
      return [value - spread, value + spread];
    }
    default:
      return [value, value];
  }
}

/** "46 to 57", "between 10 and 20": the two ends' values when the pair is a range, else null. */
export function rangeEnds(g: QtyGroups): { a: number; b: number; currency: string } | null {
  if (!g.a || !g.b) return null;
  const a = coreValue(g.a);
  const b = coreValue(g.b);
  if (!a || !b || !(g.between || b.value > a.value)) return null;
  // "$5 to 10 million": the first end takes the second's scale.
  const scaledA =
    a.value < b.value / 1000 && !/\s/.test(g.a.trim())
      ? a.value * (b.value / coreValue(g.b.split(/\s+/)[0]!)!.value)
      : a.value;
  return { a: scaledA, b: b.value, currency: a.currency || b.currency };
}

/** The values a match allows, as an inclusive interval, with its currency and whether it is an ordinal. */
export interface Reading {
  low: number;
  high: number;
  currency: string;
  ordinal: boolean;
  /** A score or a vote ("45-35", "71-to-29"): its value is both counts as one number (tallyOf). */
  tally?: boolean;
}

/**
 * A score or a vote written as two counts, the larger first ("45-35", "71-to-29", "71 to 29", "12–12"), as one
 * number that keeps both (45-35 is 45,000,035): two outlets agree on it only if they agree on both counts. (The
 * smaller first is a range: "46-57 months".)
 */
export function tallyOf(text: string): number | null {
  const m = /^(\d{1,4})(?:\s*(?:-|\u2013|-to-)\s*|\s+to\s+)(\d{1,4})$/.exec(text);
  if (!m || Number(m[2]) > Number(m[1])) return null;
  return Number(m[1]) * TALLY_BASE + Number(m[2]);
}
/** A tally's first count times this, plus its second, is its value. */
export const TALLY_BASE = 1_000_000;

/**
 * The interval of a match that MATCH_RULES (quantity-rules.ts) let through, or null when its words give no value
 * ("a 45m yacht": see coreValue).
 */
export function readValue(c: Candidate): Reading | null {
  const { g } = c;
  const mod = (g.mod ?? "").toLowerCase();
  if (g.zero) return { low: 0, high: 0, currency: "", ordinal: false };
  if (g.frac) {
    const scale = SCALES.get(FRACTION_SCALE.exec(g.frac)?.[0].toLowerCase() ?? "") ?? 1;
    const part = /quarter/i.test(g.frac)
      ? (/^three/i.test(g.frac) ? 3 : 1) / 4
      : /third/i.test(g.frac)
        ? (/^two/i.test(g.frac) ? 2 : 1) / 3
        : null;
    const whole = /^half\b/i.test(g.frac) ? 0 : /^an?\s/i.test(g.frac) ? 1 : coreValue(g.frac.split(/\s+/)[0]!)?.value;
    if (part === null && whole === undefined) return null;
    const [low, high] = interval(mod, (part ?? whole! + 0.5) * scale);
    return { low, high, currency: "", ordinal: false };
  }
  if (g.vague) {
    // "several hundred", "a few thousand": the vague count of the scale.
    const scaled = /^(several|a few|a couple(?: of)?)\s+(hundred|thousand|million|billion|dozen)$/i.exec(g.vague);
    const words = (scaled ? scaled[1]! : g.vague).toLowerCase();
    const v = VAGUE.find(([re]) => re.test(words));
    if (!v) return null;
    const times = scaled ? (SCALES.get(scaled[2]!.toLowerCase()) ?? 12) : 1;
    return { low: v[1] * times, high: v[2] * times, currency: "", ordinal: false };
  }
  if (g.ord) {
    const o = g.ord.toLowerCase();
    const n = ORD.indexOf(o) >= 0 ? ORD.indexOf(o) : parseInt(o, 10);
    return { low: n, high: n, currency: "", ordinal: true };
  }
  const a = coreValue(g.a!);
  if (!a) return null;
  const range = rangeEnds(g);
  if (range) return { low: range.a, high: range.b, currency: range.currency, ordinal: false };
  // "by a vote of 71 to 40" is the tally "71-to-40"; "fell from 64 to 36" is a change, no tally.
  const tally = /\bfrom\s+$/i.test(c.before) ? null : tallyOf(c.text);
  if (tally !== null) return { low: tally, high: tally, currency: "", ordinal: false, tally: true };
  // "Two dozen" is a round figure, as "a dozen" (10 to 14) is: give or take two a dozen; "more than two dozen" is
  // rounded to the dozen, as "more than 400" is to the hundred.
  const dozens = /\sdozen$/i.test(g.a!) ? a.value / 12 : 0;
  if (dozens) {
    const [low, high] = mod ? interval(mod, dozens).map((x) => x * 12) : [a.value - 2 * dozens, a.value + 2 * dozens];
    return { low: low!, high: high!, currency: a.currency, ordinal: false };
  }
  const [low, high] = interval(mod, a.value + (c.halfTail ? 0.5 : 0));
  return { low, high, currency: a.currency, ordinal: false };
}
