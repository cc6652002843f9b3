import { firstToken, type Token } from "./nlp";

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
  /** What happened to what was counted, when the sentence says: dead, injured, missing, damaged, … */
  event: string;
  ordinal?: boolean;
  /** Content terms of the clause around the number: what it is attached to ("Martha's Vineyard Holistic Retreat"). */
  context?: string[];
  /** The fact unit of the claim that states it (an index into `Claim.units`). */
  fact?: number;
  /** Who or what the amount is about: an entity key, "~" + a noun's lemma, or "" (see units.ts). */
  holder?: string;
}

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
  Object.entries({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }),
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
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = "hundred|thousand|million|billion|trillion";
const MOD =
  "more than|over|at least|nearly|almost|about|around|some|roughly|approximately|up to|less than|fewer than|under|as many as|at most|close to|just over|just under|upwards of|an estimated|estimated";
const CUR = String.raw`US\$|\$|€|£|¥|Rs\.?\s?|USD\s?|EUR\s?`;
const VAGUE_RE =
  "(?:several|a few|a couple(?: of)?)\\s+(?:hundred|thousand|million|billion|dozen)|hundreds of thousands|tens of thousands|hundreds of millions|tens of millions|thousands|hundreds|millions|billions|dozens|scores|a dozen|several|a few|a couple(?: of)?";
// "$45m", "£3.2bn": a scale written as a suffix (read only after a currency sign, see coreValue).
const SUFFIX = "(?:m|mn|mln|bn|b|tn|k)";
const CORE = `(?:${CUR})?(?:(?:${DIGITS})${SUFFIX}?|${NUMWORD}|a|an)(?:\\s+(?:${SCALE}))*`;
/** Zero as a count: "no one was hurt", "nobody was arrested", "no injuries were reported". */
const ZERO = String.raw`no\s+one|nobody|no(?=\s+\p{L})`;
/** "two and a half", "half a" (mile): a whole and a half, or a half of one. */
const FRACTION = String.raw`(?:${NUMWORD}|${DIGITS}|an?)\s+and\s+a\s+half|half\s+an?(?=\s+\p{L})`;
const QTY_RE = new RegExp(
  String.raw`(?<![\p{L}\d.,$-])(?:(?<zero>${ZERO})|(?:(?<mod>${MOD})\s+)?(?:(?<frac>${FRACTION})|(?<vague>${VAGUE_RE})|(?<ord>${ORDWORD}|\d+(?:st|nd|rd|th))|(?<between>between\s+)?(?<a>${CORE})(?:\s*(?:to|-|\u2013|and|or)\s*(?<b>${CORE}))?))(?![\p{L}\d])`,
  "giu",
);

const EVENTS: Array<[string, RegExp]> = [
  ["dead", /^(dead|death|deaths|killed|killing|kill|kills|died|die|dies|dying|lives|fatalities|bodies|toll)$/],
  ["injured", /^(injured|injuring|injure|injures|injuries|wounded|wounding|hurt|hospitali[sz]ed)$/],
  ["missing", /^(missing|unaccounted)$/],
  ["damaged", /^(damaged|damaging|destroyed|destroying|flattened|collapsed)$/],
  ["evacuated", /^(evacuated|evacuating|displaced|homeless|fled)$/],
  ["arrested", /^(arrested|detained|captured|apprehended|nabbed|held)$/],
];

// A Map, not an object: a word such as "constructor" must not find Object.prototype's members.
const UNIT_SYNONYMS = new Map<string, string>(
  Object.entries({
    person: "people",
    others: "other",
    men: "man",
    women: "woman",
    children: "child",
    persons: "people",
    individual: "people",
    individuals: "people",
    house: "building",
    home: "building",
    dwelling: "building",
    structure: "building",
    earthquake: "quake",
    tremor: "quake",
    kilometer: "km",
    kilometre: "km",
    kilomet: "km",
    km: "km",
    mile: "mile",
    dollar: "usd",
    yr: "year",
    war: "year",
  }),
);
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
/** Units of length, as canonicalUnit gives them. */
const LENGTH_UNITS = new Set(["km", "mile", "metre", "meter", "m", "foot", "feet", "yard", "nautical"]);

const HUMAN_UNITS = new Set(
  "people man men woman women child children kid boy girl other civilian soldier resident villager student worker passenger pilgrim tourist fighter militant migrant refugee patient victim member police officer citizen national crew sailor pirate".split(
    " ",
  ),
);
/** Compound units whose number counts the noun after them: "a 550-member delegation", "a 150-strong force". */
const COUNTING_UNITS = new Set(["member", "strong", "man", "person", "people"]);

function wordValue(w: string): number | null {
  const s = w.toLowerCase();
  if (s === "a" || s === "an") return 1;
  const i = SMALL.indexOf(s);
  if (i >= 0) return i;
  const [t, u] = s.split("-");
  const ti = TENS.indexOf(t ?? "");
  if (ti >= 2) return ti * 10 + (u ? SMALL.indexOf(u) : 0);
  return null;
}

function coreValue(core: string): { value: number; currency: string } | null {
  let s = core.trim();
  let currency = "";
  const cm = new RegExp(`^(${CUR})`, "i").exec(s);
  if (cm) {
    currency = CURRENCY.get(cm[1]!.trim().toLowerCase().replace(/\.$/, "")) ?? "";
    s = s.slice(cm[1]!.length).trim();
  }
  const parts = s.split(/\s+/);
  let head = parts[0]!;
  const suffix = /^[\d.,]+(m|mn|mln|bn|b|tn|k)$/i.exec(head)?.[1]?.toLowerCase();
  let times = 1;
  if (suffix) {
    // Only money takes a suffix scale: "$45m" is 45 million dollars, "a 45m yacht" is not 45 million of anything.
    if (!currency) return null;
    times = { m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, k: 1e3 }[suffix]!;
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
function roundingStep(n: number): number {
  if (n === 0) return 1;
  if (!Number.isInteger(n)) return 10 ** -(String(n).split(".")[1]?.length ?? 1);
  let step = 1;
  while (n % (step * 10) === 0) step *= 10;
  return step;
}

function interval(mod: string, value: number): [number, number] {
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
    case "just under":
      return [value - step, value - step / 1000];
    case "less than":
    case "fewer than":
    case "under":
      return [0, value - step / 1000];
    case "about":
    case "around":
    case "some":
    case "roughly":
    case "approximately":
    case "an estimated":
    case "estimated":
      return [value - step / 2, value + step / 2];
    default:
      return [value, value];
  }
}

/** Whether a unit is a currency ("usd", "eur"): its amounts are sums of money. */
const CURRENCIES = new Set(CURRENCY.values());
export const isCurrency = (unit: string): boolean => CURRENCIES.has(unit);

function canonicalUnit(stem: string): string {
  const s = stem
    .toLowerCase()
    .replace(/(ies)$/, "y")
    .replace(/(?<=[^s])s$/, "");
  return UNIT_SYNONYMS.get(s) ?? UNIT_SYNONYMS.get(stem) ?? s;
}

// Tests at a number's position in its sentence, written so that their cost does not grow with the sentence: a
// sticky regular expression instead of one on `text + after` (which copies the rest of the sentence) or on a
// replaced copy of it, and a search that starts a bounded distance before the number instead of at the
// sentence's start. A sentence listing thousands of numbers made each of those a pass over the sentence.
const DAY_MONTH =
  /\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/iy;
const US_PREFIX = /\s*(?:US|U\.S\.)\s+/y;
const DOLLARS = /\s*(dollars?|bucks)\b/iy;
/** "toll" or "death toll" and at most 40 characters up to the number: the match starts at most 51 characters back. */
const TOLL_BEFORE = { re: /\b(death toll|toll)\b[^.]{0,40}$/gi, reach: 51 };
const DEPTH_BEFORE = { re: /\b(?:depth|deep)\b[^.,;]{0,16}$/gi, reach: 22 };
const DEPTH_AFTER = /-?(?:deep|beneath|below|under|underground)\b/iy;
const DISTANCE_AFTER =
  /(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ward)?\s+of|from|away|off|outside|inland|offshore)\b/iy;

/** Whether `sticky` matches `s` at `at`. */
function matchesAt(sticky: RegExp, s: string, at: number): RegExpExecArray | null {
  sticky.lastIndex = at;
  return sticky.exec(s);
}

/** Whether `before.re` (anchored at its end) matches `s.slice(0, end)`, searching only where a match can start. */
function endsWith(before: { re: RegExp; reach: number }, s: string, end: number): boolean {
  before.re.lastIndex = Math.max(0, end - before.reach);
  return before.re.test(s.slice(0, end));
}

function eventOf(word: string): string | null {
  for (const [name, re] of EVENTS) if (re.test(word)) return name;
  return null;
}

/**
 * Numbers, ranges and vague amounts of one sentence, each with its unit or counted noun and, where the words
 * around it say, what happened to what it counts ("killing at least five people" → dead).
 */
/** A preposition and a determiner or possessive right before an ordinal ("in the", "of his", "during Acme's"). */
const WHICH_PART =
  /\b(?:in|during|of|at|on|into|through|throughout|after|before|since|until|by|from|with|over|within)\s+(?:the|his|her|its|their|this|that|these|those|our|my|your|[\p{L}.-]+\s?['’]\s?s)\s+$/iu;

export function extractQuantities(sentence: string, offset: number, tokens: Token[]): Quantity[] {
  const out: Quantity[] = [];
  for (const m of sentence.matchAll(QTY_RE)) {
    const g = m.groups ?? {};
    const local = m.index;
    const text = m[0];
    const before = sentence.slice(Math.max(0, local - 12), local);
    const after = sentence.slice(local + text.length);
    // "a mile and a half", "an hour and a half": the whole before its unit, the half after it.
    const halfTail = /^\s+[\p{L}-]+\s+and\s+a\s+half\b/iu.exec(after)?.[0] ?? "";
    // Codes and models (AK-47, F-16, CN-235), clock times, and calendar years are not amounts.
    // (The article "A" is not a code: "A 550-member delegation".)
    if (/[A-Z]{1,4}[\s-]$/.test(before) && !/(?:^|[^\p{L}])A\s$/u.test(before) && !/magnitude-$/i.test(before))
      continue;
    if (/^\s*(?::\d|a\.\s?m\.|p\.\s?m\.|am\b|pm\b|GMT|UTC|EDT|EST)/i.test(after)) continue;
    if (/^(?:18|19|20)\d\d$/.test(g.a ?? "") && !g.b && !g.mod && !/^-\p{L}/u.test(after)) continue;
    if (
      g.a &&
      /^(a|an)$/i.test(g.a.trim()) &&
      !halfTail &&
      !/^\s*(hundred|thousand|million|billion|dozen)/i.test(text.slice(g.a.length + (g.mod ? g.mod.length + 1 : 0))) &&
      !/^-\p{L}/u.test(after)
    )
      continue;
    if (
      /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$/i.test(before) &&
      /^\d{1,2}$/.test(g.a ?? "")
    )
      continue;
    if (matchesAt(DAY_MONTH, sentence, local)) continue;
    if (g.a && /^one$/i.test(g.a) && !g.mod && /^\s+(of|another)\b/i.test(after)) continue;

    let low: number;
    let high: number;
    let currency = "";
    let ordinal = false;
    const mod = (g.mod ?? "").toLowerCase();
    const halfAfter = halfTail ? 0.5 : 0;
    if (g.zero) {
      [low, high] = [0, 0];
    } else if (g.frac) {
      const whole = /^half\b/i.test(g.frac)
        ? 0
        : /^an?\s/i.test(g.frac)
          ? 1
          : coreValue(g.frac.split(/\s+/)[0]!)?.value;
      if (whole === undefined) continue;
      [low, high] = interval(mod, whole + 0.5);
    } else if (g.vague) {
      // "several hundred", "a few thousand": the vague count of the scale.
      const scaled = /^(several|a few|a couple(?: of)?)\s+(hundred|thousand|million|billion|dozen)$/i.exec(g.vague);
      const words = (scaled ? scaled[1]! : g.vague).toLowerCase();
      const v = VAGUE.find(([re]) => re.test(words));
      if (!v) continue;
      const times = scaled ? (SCALES.get(scaled[2]!.toLowerCase()) ?? 12) : 1;
      [low, high] = [v[1] * times, v[2] * times];
    } else if (g.ord) {
      // "in the second half", "with his 11th point", "midway through the third quarter": an ordinal in a phrase
      // after a preposition and a determiner says which part something happened in, not a value of anyone's.
      if (WHICH_PART.test(sentence.slice(Math.max(0, local - 40), local))) continue;
      const o = g.ord.toLowerCase();
      const n = ORD.indexOf(o) >= 0 ? ORD.indexOf(o) : parseInt(o, 10);
      [low, high] = [n, n];
      ordinal = true;
    } else {
      const a = coreValue(g.a!);
      if (!a) continue;
      currency = a.currency;
      const b = g.b ? coreValue(g.b) : null;
      if (b && (g.between || b.value > a.value)) {
        // "46 to 57 months", "between 10 and 20"; "$5 to 10 million" scales the first by the second's scale.
        const scaledA =
          a.value < b.value / 1000 && !/\s/.test(g.a!.trim())
            ? a.value * (b.value / coreValue(g.b!.split(/\s+/)[0]!)!.value)
            : a.value;
        [low, high] = [scaledA, b.value];
        currency ||= b.currency;
      } else if (g.b && /\band\b/.test(text)) {
        continue; // "five and six" without "between" is a list, not a range
      } else {
        [low, high] = interval(mod, a.value + halfAfter);
      }
    }

    // The unit: a hyphen compound ("seven-year-long", "6.1-magnitude", "550-member delegation"), else the first
    // noun after the number, else the noun before "of" ("a delegation of more than 400").
    const startAbs = offset + local;
    const endAbs = startAbs + text.length;
    let unit = currency;
    let noun = "";
    const hy = /^-(\p{L}+)(?:-(\p{L}+))?/u.exec(after);
    const ti = firstToken(tokens, (t) => t.start >= endAbs);
    const nextNoun = (from: number, max: number): string => {
      for (let k = from; k >= 0 && k < tokens.length && k < from + max; k++) {
        const t = tokens[k]!;
        // "1,000 Iranians", "26 Somalis": a plural demonym right after the number is what is counted.
        if (t.pos === "NOUN" || (k === from && t.pos === "PROPN" && /^\p{Lu}\p{Ll}+s$/u.test(t.text))) {
          // Shown as written after the number: "13 countries", "dozens of people", "1,000 Iranians".
          noun =
            (tokens.slice(from, k).some((x) => x.lower === "of") ? "of " : "") + (t.pos === "NOUN" ? t.lower : t.text);
          return canonicalUnit(t.lower);
        }
        if (t.lower === "of") continue;
        if (!["ADJ", "PROPN", "NUM", "PUNCT", "ADV", "DET"].includes(t.pos) || t.lower === "," || t.lower === "and")
          return "";
      }
      return "";
    };
    if (hy && !unit) {
      unit = canonicalUnit(hy[1]!);
      if (hy[2] === "old") unit = "age";
      // Shown glued, as written: "seven-year-long", "6.1-magnitude", "550-member delegation".
      noun = hy[0].toLowerCase();
      if (COUNTING_UNITS.has(hy[1]!.toLowerCase())) {
        const k = firstToken(tokens, (t) => t.start >= endAbs + hy[0].length);
        const counted = nextNoun(k, 3); // sets `noun` to the counted noun when it finds one
        if (counted) {
          unit = counted;
          noun = `${hy[0].toLowerCase()} ${noun}`;
        }
      }
    } else if (!unit && /^\s*(%|per\s?cent)/i.test(after)) {
      unit = "percent";
      noun = /^\s*%/.test(after) ? "%" : "percent";
    } else if (
      !unit &&
      matchesAt(
        DOLLARS,
        sentence,
        local + text.length + (matchesAt(US_PREFIX, sentence, local + text.length)?.[0].length ?? 0),
      )
    ) {
      unit = "usd";
      noun = /^\s*(?:(?:US|U\.S\.)\s+)?(\w+)/.exec(after)![1]!.toLowerCase();
    } else if (!unit && ti >= 0) unit = nextNoun(ti, 4);
    if (!unit) {
      const pre = /(\p{L}+)\s+of\s+$/u.exec(sentence.slice(Math.max(0, local - 40), local));
      if (pre && !/^(one|some|most|many|all|part|half|any|each|none)$/i.test(pre[1]!)) {
        unit = canonicalUnit(pre[1]!);
        noun = ""; // "a delegation of more than 400": the noun is not beside the number
      }
    }
    if (/^(magnitude|magnitud)$/.test(unit) === false && /magnitude-$/i.test(before)) {
      unit = "magnitude";
      noun = "magnitude";
    }

    // The event: the nearest casualty or damage word within a few tokens, preferring what follows ("24 dead").
    let event = "";
    let best = Infinity;
    const firstTok = firstToken(tokens, (t) => t.end > startAbs);
    const lastTok = ti < 0 ? tokens.length : ti;
    // A scan stops at another number, and a word just after another number is that number's: in "Four people died
    // and 40 people were injured", "died" is the four's.
    let rightOpen = true;
    let leftOpen = true;
    const ownedByAnother = (k: number) => {
      for (let back = 1; back <= 3; back++) {
        const t = tokens[k - back];
        if (!t || t.pos === "CCONJ" || t.pos === "PUNCT") return false;
        if (t.pos === "NUM") return true;
      }
      return false;
    };
    for (let d = 1; d <= 5; d++) {
      const r = rightOpen ? tokens[lastTok + d - 1] : undefined;
      if (r?.pos === "NUM") rightOpen = false;
      else if (r && d < best) {
        const e = eventOf(r.lower);
        if (e && d <= 4) {
          event = e;
          best = d;
        }
      }
      const l = leftOpen ? tokens[firstTok - d] : undefined;
      if (l?.pos === "NUM") leftOpen = false;
      else if (l && d + 0.5 < best && !ownedByAnother(firstTok - d)) {
        const e = eventOf(l.lower);
        if (e) {
          event = e;
          best = d + 0.5;
        }
        if (l.lower === "toll") {
          event = "dead";
          best = d;
        }
      }
    }
    if (!event && endsWith(TOLL_BEFORE, sentence, local)) event = "dead";
    if (g.zero) {
      // "no injuries", "no deaths", "no casualties": the noun is the event, and nothing else is counted. A bare "no"
      // before anything else ("no evidence", "no comment") is not a count.
      const word = noun.replace(/^of /, "");
      const own = eventOf(word) ?? (/^casualt/.test(word) ? "casualty" : null);
      if (own) {
        event = own;
        unit = noun = "";
      } else if (/^no$/i.test(g.zero) && (!event || (!HUMAN_UNITS.has(unit) && !(event === "damaged" && unit))))
        continue;
      else if (!unit) {
        unit = "people";
        noun = "";
      }
    }
    // "Ana Ruiz, 32, said", "the driver, 27, was held": a small whole number set off by commas after a noun is an age.
    if (
      !unit &&
      !g.zero &&
      !ordinal &&
      low === high &&
      Number.isInteger(low) &&
      low > 0 &&
      low < 120 &&
      /\p{L}[\p{L}'\u2019.-]*,\s*$/u.test(before) &&
      /^\s*,/.test(after)
    )
      unit = "age";
    // Casualty and damage words describe people and buildings, not the countries or hours around them.
    if (event && unit && !(event === "damaged" ? unit === "building" || unit === "vehicle" : HUMAN_UNITS.has(unit)))
      event = "";
    if (event && (unit === "dead" || unit === "death" || unit === "injured" || unit === "casualty")) unit = noun = "";
    // A length is a depth or a distance, which never disagree with each other: "a depth of six miles", "six miles
    // beneath the surface", "34 miles west of the town", "(34 miles) from the coast".
    if (LENGTH_UNITS.has(unit)) {
      // What follows the unit ("six miles (10 km) beneath …"), tested where it starts rather than on a copy.
      const unitWords = /^[\s-]*\p{L}+\.?\)?\s*(?:and\s+a\s+half\s+)?(?:\([^)]*\)\s*)?/u.exec(after);
      const rest = local + text.length + (unitWords?.[0].length ?? 0);
      if (endsWith(DEPTH_BEFORE, sentence, local) || matchesAt(DEPTH_AFTER, sentence, rest)) event = "depth";
      else if (matchesAt(DISTANCE_AFTER, sentence, rest)) event = "distance";
    }

    // Nobody hurt is nobody killed either; no casualties is neither. ("No one else was hurt" says nothing of the dead.)
    if (g.zero && (event === "injured" || event === "casualty") && !/^\s+else\b/i.test(after)) {
      out.push({ text, start: startAbs, end: endAbs, low, high, unit, noun, event: "dead" });
      if (event === "casualty") event = "injured";
    }
    // "half a" and "a … and a half" are shown with their unit: "half a mile", "a mile and a half".
    const tail = halfTail || (g.frac && /^half\b/i.test(g.frac) ? (/^\s+[\p{L}-]+/u.exec(after)?.[0] ?? "") : "");
    out.push({
      text: text + tail,
      start: startAbs,
      end: endAbs + tail.length,
      low,
      high,
      unit,
      noun,
      event,
      ...(ordinal ? { ordinal } : {}),
    });
  }
  return out;
}

export function overlaps(a: Quantity, b: Quantity): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** Two quantities measure the same thing when unit and event agree; a missing unit matches any counted noun. */
export function sameMeasure(a: Quantity, b: Quantity): boolean {
  if (a.event !== b.event) return false;
  if (a.event) return a.unit === b.unit || !a.unit || !b.unit;
  return a.unit !== "" && a.unit === b.unit && !!a.ordinal === !!b.ordinal;
}
