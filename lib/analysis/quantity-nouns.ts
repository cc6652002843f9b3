import { firstToken, POSSESSIVE, spanText, type Token } from "./nlp";
import { category, isKnown } from "./lexicon";
import type { Candidate } from "./quantity-grammar";
import { dimensionOf } from "./conversions";

/**
 * What an amount counts and what happened to it, read from the words around its match: the unit or counted noun
 * ("people", "year", "usd") and the event ("dead", "injured", …).
 */

const EVENTS: Array<[string, RegExp]> = [
  ["dead", /^(dead|death|deaths|killed|killing|kill|kills|died|die|dies|dying|lives|fatality|fatalities|bodies|toll)$/],
  ["injured", /^(injured|injuring|injure|injures|injury|injuries|wounded|wounding|hurt|hospitali[sz]ed)$/],
  ["missing", /^(missing|unaccounted)$/],
  ["damaged", /^(damaged|damaging|destroyed|destroying|flattened|collapsed)$/],
  ["evacuated", /^(evacuated?|evacuates|evacuating|evacuations?|displaced|homeless|fled|flee|flees|fleeing)$/],
  ["arrested", /^(arrested|arrests?|detained|captured|apprehended|nabbed|held|custody)$/],
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
    // "claimed four lives": each life counted is a person.
    lives: "people",
    live: "people",
    // "a population of 12,000", "12,000 inhabitants": the people who live there.
    population: "people",
    // "a crowd of 82,000", "an attendance of 84,000", "a turnout of 40,000": the size of the crowd that came.
    attendance: "crowd",
    turnout: "crowd",
    inhabitant: "people",
    inhabitants: "people",
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
    meter: "metre",
    feet: "foot",
    ft: "foot",
    inche: "inch",
    centimeter: "centimetre",
    cm: "centimetre",
    millimeter: "millimetre",
    mm: "millimetre",
    kilogram: "kg",
    kilogramme: "kg",
    kilo: "kg",
    gramme: "gram",
    lb: "pound",
    lbs: "pound",
    oz: "ounce",
    kmh: "kph",
    dollar: "usd",
    // Currencies written as words, as their signs are read (quantity-grammar.ts): "14.50 euros" is "€14.50".
    euro: "eur",
    yen: "jpy",
    rupee: "inr",
    yr: "year",
    war: "year",
  }),
);
/** The words after a number that make its length a speed: " miles per hour", "-mile-an-hour", " km/h". */
const SPEED_AFTER = /^[\s-]*\p{L}+[\s-]*(?:per|an|a|\/)[\s-]*(?:hour|hr|h)\b/iu;

/**
 * A temperature's scale after its number: "47 degrees Celsius", "117°F", "-5 °C", "40 degrees C". Without a scale
 * ("30 degrees") the unit stays "degree", which converts to nothing.
 */
const TEMPERATURE = /^\s*(?:°\s*|degrees?\s+)(c|f|celsius|centigrade|fahrenheit)\b/i;

/** Units of length, as canonicalUnit gives them. */
export const LENGTH_UNITS = new Set(["km", "mile", "metre", "m", "foot", "yard", "nautical"]);

export const HUMAN_UNITS = new Set(
  "people man men woman women child children kid boy girl other civilian soldier resident villager student worker passenger pilgrim tourist fighter militant migrant refugee patient victim member police officer citizen national crew sailor pirate".split(
    " ",
  ),
);
/**
 * Whether a counted noun names people: the general list above, else WordNet's class of its commonest sense
 * ("firefighters", "nurses", "protesters" are people; "countries", "hours" are not).
 */
export const isHuman = (noun: string): boolean => HUMAN_UNITS.has(noun) || category(noun) === "person";

/** Compound units whose number counts the noun after them: "a 550-member delegation", "a 150-strong force". */
const COUNTING_UNITS = new Set(["member", "strong", "man", "person", "people"]);

export function canonicalUnit(stem: string): string {
  const lower = stem.toLowerCase().replace(/\.$/, "");
  // "policemen", "gunmen", "firemen": the plural of a compound of "man" that WordNet knows (not "specimen").
  if (/.men$/.test(lower) && isKnown(`${lower.slice(0, -3)}man`, "n")) return `${lower.slice(0, -3)}man`;
  // "crashes", "buses", "matches": "-es" after a word WordNet knows ("crash"), when the word with its "e" is none
  // (not "houses", "niches").
  if (/es$/.test(lower) && isKnown(lower.slice(0, -2), "n") && !isKnown(lower.slice(0, -1), "n")) {
    const stem = lower.slice(0, -2);
    return UNIT_SYNONYMS.get(stem) ?? stem;
  }
  const s = lower.replace(/(ies)$/, "y").replace(/(?<=[^s])s$/, "");
  return UNIT_SYNONYMS.get(s) ?? UNIT_SYNONYMS.get(stem) ?? s;
}

export function eventOf(word: string): string | null {
  for (const [name, re] of EVENTS) if (re.test(word)) return name;
  return null;
}

// Tests at a number's position in its sentence, written so that their cost does not grow with the sentence: a
// sticky regular expression instead of one on `text + after` (which copies the rest of the sentence) or on a
// replaced copy of it, and a search that starts a bounded distance before the number instead of at the
// sentence's start. A sentence listing thousands of numbers made each of those a pass over the sentence.
const US_PREFIX = /\s*(?:US|U\.S\.)\s+/y;
const DOLLARS = /\s*(dollars?|bucks)\b/iy;
/** A currency written as a word right after its number, before the noun it prices or not: "a 250 million euro fund". */
const CURRENCY_WORD = /^\s*(euros?|yen|rupees?)\b/i;
/** "toll" or "death toll" and at most 40 characters up to the number: the match starts at most 51 characters back. */
const TOLL_BEFORE = { re: /\b(death toll|toll)\b[^.]{0,40}$/gi, reach: 51 };

/** Whether `sticky` matches `s` at `at`. */
export function matchesAt(sticky: RegExp, s: string, at: number): RegExpExecArray | null {
  sticky.lastIndex = at;
  return sticky.exec(s);
}

/** Whether `before.re` (anchored at its end) matches `s.slice(0, end)`, searching only where a match can start. */
export function endsWith(before: { re: RegExp; reach: number }, s: string, end: number): boolean {
  before.re.lastIndex = Math.max(0, end - before.reach);
  return before.re.test(s.slice(0, end));
}

export interface Counted {
  /** Normalised: "people", "year", "usd", "magnitude"; "" when none is written. */
  unit: string;
  /** As written beside the number ("countries", "-member delegation", "of people"), or "". */
  noun: string;
  /** The noun the amount is "of" when it differs from the unit: "record" in "a record of 1,904 points" (nounOf). */
  of?: string;
}

/**
 * The first noun from token `from` on, within `max` tokens, past adjectives, names, numbers and "of", as a unit and
 * as written; stops at anything else.
 */
function nounFrom(tokens: Token[], from: number, max: number, titled = false, ordinal = false): Counted {
  for (let k = from; k >= 0 && k < tokens.length && k < from + max; k++) {
    const t = tokens[k]!;
    // No verb follows an ordinal: the tagger's verb there is a noun ("his 40th win", "the second run").
    if (ordinal && k === from && t.pos === "VERB" && /^\p{Ll}+$/u.test(t.text))
      return { unit: canonicalUnit(t.lower), noun: t.lower };
    // "1,000 Iranians", "26 Somalis": a plural demonym right after the number is what is counted; after an ordinal,
    // a title is when `titled` ("the 44th President").
    const titleOrDemonym = titled ? /^\p{Lu}\p{Ll}+$/u : /^\p{Lu}\p{Ll}+s$/u;
    // A word of a hyphen compound modifies the noun after it: "several last-minute changes" are changes, "two
    // part-time jobs" jobs.
    if (t.pos === "NOUN" && inWordCompound(tokens, k)) continue;
    // A possessor is no head: "three of the firm's 30 stores" are stores.
    if (t.pos === "NOUN" && k > from && /^['’]s$/.test(tokens[k + 1]?.text ?? "")) {
      k++;
      continue;
    }
    if (t.pos === "NOUN" || (k === from && t.pos === "PROPN" && titleOrDemonym.test(t.text))) {
      // A compound's last noun is what is counted: "four fan bases" are bases, "three police officers" officers. A
      // unit of time or length heads its phrase whatever noun follows: "34 miles west of the town" are miles.
      let h = k;
      while (
        t.pos === "NOUN" &&
        h < k + 2 &&
        !EXTENTS.has(canonicalUnit(tokens[h]!.lower)) &&
        tokens[h + 1]?.pos === "NOUN" &&
        /^\p{Ll}+$/u.test(tokens[h + 1]!.text)
      )
        h++;
      const head = tokens[h]!;
      // Shown as written after the number: "13 countries", "dozens of people", "1,000 Iranians"; a part with the
      // whole it is of, "two of its five offices" ("two of offices" would read as a count of offices).
      const of = tokens.slice(from, k).some((x) => x.lower === "of");
      const noun =
        of && k - from > 1
          ? spanText(tokens, from, h)
          : (of ? "of " : "") +
            (t.pos === "NOUN"
              ? tokens
                  .slice(k, h + 1)
                  .map((x) => x.lower)
                  .join(" ")
              : t.text);
      // "120 nautical miles" are nautical miles (1,852 m), not miles with an adjective.
      if (tokens[k - 1]?.lower === "nautical" && canonicalUnit(head.lower) === "mile")
        return { unit: "nautical", noun: `nautical ${noun}` };
      // "12,000 square feet" is an area, not a length.
      const square = tokens.slice(k - 1, h).some((x) => /^sq(?:uare|\.)?$/.test(x.lower));
      if (square && dimensionOf(canonicalUnit(head.lower)) === "length")
        return { unit: `square ${canonicalUnit(head.lower)}`, noun: h > k ? noun : `${tokens[k - 1]!.lower} ${noun}` };
      return { unit: canonicalUnit(head.lower), noun };
    }
    // "two of its five offices": what the whole counts, past the possessive, is what the part counts.
    if (t.lower === "of" || (k > from && tokens[k - 1]!.lower === "of" && POSSESSIVE.has(t.lower))) continue;
    // Another number's compound is that number's unit: in "two three-point plays", "point" is not what two counts.
    if (k > from && t.pos === "NUM" && tokens[k + 1]?.text === "-") return { unit: "", noun: "" };
    if (!["ADJ", "PROPN", "NUM", "PUNCT", "ADV", "DET"].includes(t.pos) || t.lower === "," || t.lower === "and")
      return { unit: "", noun: "" };
  }
  return { unit: "", noun: "" };
}

/** Whether token k is glued by a hyphen to a word before or after it ("last-minute", "part-time"). */
function inWordCompound(tokens: Token[], k: number): boolean {
  const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
  const [before, hyphenBefore, hyphenAfter, after] = [tokens[k - 2], tokens[k - 1], tokens[k + 1], tokens[k + 2]];
  const t = tokens[k]!;
  return (
    (hyphenBefore?.text === "-" &&
      glued(hyphenBefore, t) &&
      glued(before, hyphenBefore) &&
      /\p{L}$/u.test(before!.text)) ||
    (hyphenAfter?.text === "-" && glued(t, hyphenAfter) && glued(hyphenAfter, after) && /^\p{L}/u.test(after!.text))
  );
}

/**
 * Units of time and length (canonical), a magnitude's scale and a building's storeys: a compound of one measures its
 * noun's extent ("a 12-storey building" has 12 storeys, as "the building's 12 storeys" says).
 */
const EXTENTS = new Set([
  ...["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"],
  ...LENGTH_UNITS,
  "magnitude",
  "storey",
]);

/**
 * Whether a token is the noun a hyphen compound modifies. The tagger reads a noun after a compound as a verb as often
 * as not ("a 10-point lead", "three-point plays"), so a lower-case verb counts too.
 */
const headsCompound = (t: Token | undefined) =>
  !!t && (t.pos === "NOUN" || (t.pos === "VERB" && /^\p{Ll}+$/u.test(t.text)));

/** "seven-year-long", "6.1-magnitude", "550-member delegation": the unit glued to the number by a hyphen. */
function compoundUnit(hy: RegExpExecArray, tokens: Token[], endAbs: number): Counted {
  // "12-story" is the American "12-storey": in a compound before a noun, a story is a floor of a building.
  let unit = /^stor(?:y|ey)$/i.test(hy[1]!) ? "storey" : canonicalUnit(hy[1]!);
  if (hy[2] === "old") unit = "age";
  // "a 12,000-square-foot warehouse": an area.
  if (/^square$/i.test(hy[1]!) && hy[2] && dimensionOf(canonicalUnit(hy[2])) === "length")
    return { unit: `square ${canonicalUnit(hy[2])}`, noun: hy[0].toLowerCase() };
  // Shown glued, as written: "seven-year-long", "6.1-magnitude", "550-member delegation".
  let noun = hy[0].toLowerCase();
  const after = firstToken(tokens, (t) => t.start >= endAbs + hy[0].length);
  if (COUNTING_UNITS.has(hy[1]!.toLowerCase())) {
    const counted = nounFrom(tokens, after, 3);
    if (counted.unit) {
      unit = counted.unit;
      noun = `${hy[0].toLowerCase()} ${counted.noun}`;
    }
  } else if (!hy[2] && !EXTENTS.has(unit) && headsCompound(tokens[after])) {
    // A compound before a noun is about that noun: a "10-point lead" is a lead, not 10 points scored; a "three-point
    // play" is a kind of play. Its measure is the pair, compared only with the same pair. A duration or a length
    // is written both ways ("a two-day visit", "the visit lasted two days") and keeps its unit.
    unit = `${unit} ${canonicalUnit(tokens[after]!.lower)}`;
    noun = `${hy[0].toLowerCase()} ${tokens[after]!.lower}`;
  }
  return { unit, noun };
}

/**
 * The unit: the currency written with the number, else a hyphen compound ("seven-year-long", "6.1-magnitude",
 * "550-member delegation"), a percent sign or "dollars", else the first noun after the number, else the noun before
 * "of" ("a delegation of more than 400"). `next` is the index of the first token after the match, or -1.
 */
export function countedBy(
  c: Candidate,
  currency: string,
  tokens: Token[],
  endAbs: number,
  next: number,
  ordinal = false,
): Counted {
  const { sentence, local, text, after } = c;
  let unit = currency;
  let noun = "";
  let temperature: RegExpExecArray | null;
  const hy = /^-(\p{L}+)(?:-(\p{L}+))?/u.exec(after);
  if (hy && !unit) ({ unit, noun } = compoundUnit(hy, tokens, endAbs));
  else if (!unit && (temperature = TEMPERATURE.exec(after))) {
    unit = /^(?:c|celsius|centigrade)$/i.test(temperature[1]!) ? "celsius" : "fahrenheit";
    noun = temperature[0].trim();
  } else if (!unit && /^\s*percentage\s+points?\b/i.test(after)) {
    // "fell 3.1 percentage points": a difference of two percentages, no percentage of anything.
    unit = "percentage point";
    noun = "percentage points";
  } else if (!unit && /^\s*(%|per\s?cent(?!age))/i.test(after)) {
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
  } else if (!unit && CURRENCY_WORD.test(after)) {
    noun = CURRENCY_WORD.exec(after)![1]!.toLowerCase();
    unit = canonicalUnit(noun);
  } else if (!unit && next >= 0)
    // A title is counted only as "the" title: "97th Avenue" is an address. A part reaches one word further, past
    // its "of" and the whole: "two of its five regional offices", "three of the firm's 30 stores".
    ({ unit, noun } = nounFrom(
      tokens,
      next,
      tokens[next]!.lower === "of" ? 6 : 4,
      ordinal && /\bthe\s+$/i.test(c.before),
      ordinal,
    ));
  // "The attendance was 84,000", "the crowd numbered 6,000", "the population is 12,000": the size of a crowd or a
  // people, right before a copula.
  if (!unit) {
    const copula =
      /(\p{L}+)\s+(?:was|is|were|numbered|totalled|totaled|stood at|reached)\s+(?:(?:about|around|some|nearly|almost|more than|over)\s+)?$/iu.exec(
        sentence.slice(Math.max(0, local - 50), local),
      );
    const size = copula && /^\p{Ll}/u.test(copula[1]!) ? canonicalUnit(copula[1]!) : "";
    if (size === "people" || size === "crowd") unit = size;
  }
  if (!unit) {
    const pre = /(\p{L}+)\s+of\s+$/u.exec(sentence.slice(Math.max(0, local - 40), local));
    if (pre && !/^(one|some|most|many|all|part|half|any|each|none)$/i.test(pre[1]!)) {
      unit = canonicalUnit(pre[1]!);
      noun = ""; // "a delegation of more than 400": the noun is not beside the number
    }
  }
  // The scale written before its reading ("a magnitude-6.1 quake", "measured magnitude 5.4", "magnitude at 5.4"), or
  // named after it ("5.8 on the Richter scale").
  if (
    /^(magnitude|magnitud)$/.test(unit) === false &&
    (/magnitude(?:\s+(?:at|was|is|of))?[-\s]$/i.test(sentence.slice(Math.max(0, local - 20), local)) ||
      (!unit && /^\s+on the richter scale\b/i.test(after)))
  ) {
    unit = "magnitude";
    noun = "magnitude";
  }
  // A length per hour is a speed: "50 miles per hour" is "50 mph", never a distance of 50 miles.
  const speed = (unit === "mile" || unit === "km") && SPEED_AFTER.exec(after);
  if (speed) {
    unit = unit === "mile" ? "mph" : "kph";
    noun = speed[0].trim();
  }
  const of =
    unit && !hy && !currency && !EXTENTS.has(unit) && unit !== "percent" ? nounOf(tokens, endAbs - text.length) : "";
  return of && of !== unit ? { unit, noun, of } : { unit, noun };
}

/**
 * The noun an amount is "of", when a noun and "of" come right before it: the record in "a record of 1,904 points",
 * the crowd in "a crowd of 6,000 fans". What is counted (points, fans) is the unit; the noun says which measure of
 * it the number is, so "a record of 1,904 points" and "his record of 1,894" are one measure, and "1,905 career
 * points" another.
 */
function nounOf(tokens: Token[], startAbs: number): string {
  const k = firstToken(tokens, (t) => t.start >= startAbs);
  const of = tokens[k - 1];
  const head = tokens[k - 2];
  if (of?.lower !== "of" || head?.pos !== "NOUN" || !/^\p{Ll}+$/u.test(head.text)) return "";
  return canonicalUnit(head.lower);
}

/** Whether the word at token k is another number's: a number comes before it with no comma or "and" between. */
function ownedByAnother(tokens: Token[], k: number): boolean {
  for (let back = 1; back <= 3; back++) {
    const t = tokens[k - back];
    if (!t || t.pos === "CCONJ" || t.pos === "PUNCT") return false;
    if (t.pos === "NUM") return true;
  }
  return false;
}

/**
 * The event: the nearest casualty or damage word within a few tokens, preferring what follows ("24 dead"), else a
 * "toll" shortly before. `next` is the index of the first token after the match, or -1.
 */
export function eventNear(c: Candidate, tokens: Token[], startAbs: number, next: number): string {
  let event = "";
  let best = Infinity;
  const firstTok = firstToken(tokens, (t) => t.end > startAbs);
  const lastTok = next < 0 ? tokens.length : next;
  // A scan stops at another number, and a word just after another number is that number's: in "Four people died
  // and 40 people were injured", "died" is the four's.
  let rightOpen = true;
  let leftOpen = true;
  for (let d = 1; d <= 6; d++) {
    const r = rightOpen ? tokens[lastTok + d - 1] : undefined;
    // …and at a comma or a dash: "shot four people, killing two" kills two, not four.
    if (r?.pos === "NUM" || (r && /^[,;:\u2013\u2014]$/.test(r.text))) rightOpen = false;
    else if (r && d < best) {
      const e = eventOf(r.lower);
      // A noun of the harm may come further on, after the verb that gives it: "were treated for minor injuries"; so
      // may the verb a passive says they were made to do: "were told to evacuate", "were forced to flee".
      const infinitive = r.pos === "VERB" && tokens[lastTok + d - 2]?.lower === "to";
      if (e && (d <= 4 || (r.pos === "NOUN" && /s$/.test(r.lower)) || infinitive)) {
        event = graded(e, tokens[lastTok + d - 2]);
        best = d;
      }
    }
    const l = leftOpen && d <= 5 ? tokens[firstTok - d] : undefined;
    if (l?.pos === "NUM") leftOpen = false;
    else if (l && d + 0.5 < best && !ownedByAnother(tokens, firstTok - d)) {
      const e = eventOf(l.lower);
      if (e) {
        event = graded(e, tokens[firstTok - d - 1]);
        best = d + 0.5;
      }
      if (l.lower === "toll") {
        event = "dead";
        best = d;
      }
    }
  }
  if (!event && endsWith(TOLL_BEFORE, c.sentence, c.local)) event = "dead";
  // "forcing 4,200 people from their homes", "drove 300 families from their homes": displaced, as "fled" is. Not
  // a whole some of which was ("driven half of the population of 23 million from their homes").
  if (!event && FROM_HOMES.test(c.after) && !/\bof\s+$/i.test(c.before)) event = "evacuated";
  // "Three people were treated for breathing difficulties", "treated in hospital": hurt, whatever the harm is called;
  // not where the sentence says no one was ("No one was injured, but three passengers were treated for shock").
  if (!event && TREATED.test(c.after) && !NONE_HURT.test(c.sentence)) event = "injured";
  return event;
}
/**
 * "Seriously injured", "critical injuries", "minor injuries": the harm graded, counted apart from all the injured (two
 * of 42 people hurt may have been hurt badly), so that "two were seriously injured" is never another figure for "42
 * were hurt", and "no one was seriously injured" is one for it. The grade is the word just before the harm word.
 */
function graded(event: string, before: Token | undefined): string {
  if (event !== "injured" || !before) return event;
  if (SEVERE.test(before.lower)) return "seriously injured";
  if (SLIGHT.test(before.lower)) return "slightly injured";
  return event;
}
/** The event without its grade (`graded`): "injured" of "seriously injured". */
export const eventKind = (event: string): string => event.replace(/^\p{L}+ly\s+/u, "");
const SEVERE = /^(?:seriously|critically|severely|badly|gravely|serious|critical|severe|grave|life-threatening)$/;
const SLIGHT = /^(?:slightly|lightly|minor|slight|light|superficial|superficially)$/;
/** A sentence that says no one was hurt. */
const NONE_HURT = /\b(?:no\s+one|nobody|none)\b[^.;]*\b(?:injured|hurt|wounded)\b|\bno\s+(?:injuries|casualties)\b/i;
/** The counted noun, then a passive "treated" for a harm or in a hospital. */
const TREATED = /^(?:\s+[\p{L}-]+){0,2}\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+treated\s+(?:for|at|in)\b/iu;
/** The counted noun, then "from their homes" (or "his", "her"): the people put out of their homes. */
const FROM_HOMES = /^(?:\s+[\p{L}-]+){0,2}\s+(?:out\s+)?(?:from|of)\s+(?:their|his|her)\s+homes?\b/iu;
