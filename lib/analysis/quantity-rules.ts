import { rangeEnds, type Candidate, type Reading } from "./quantity-grammar";
import { boundedMemo } from "./memo";
import { endsWith, eventOf, isHuman, LENGTH_UNITS, matchesAt, type Counted } from "./quantity-nouns";

/**
 * The rules that decide which numbers of a sentence are amounts and correct what was read of them, each with the
 * reason it exists. Each began as a misreading in some story; as a table, a rule has a name its test can point at
 * (quantity-rules.test.ts gives every rule a sentence it changes and a neighbouring one it leaves alone).
 */
export interface QuantityRule<C> {
  name: string;
  why: string;
  test(c: C): boolean;
  /** What the rule does where it applies; a rule without one drops the match. */
  apply?(c: C): void;
}

/** A match read so far: its value, unit and event, which READING_RULES may still correct. */
export interface Draft extends Reading, Counted {
  c: Candidate;
  event: string;
}

const MONTH_BEFORE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$/i;
// Sticky, tested at the number's position: its cost does not grow with the sentence (see quantity-nouns.ts).
const DAY_MONTH =
  /\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/iy;
/** A preposition and a determiner or possessive right before an ordinal ("in the", "of his", "during Acme's"). */
const WHICH_PART =
  /\b(?:in|during|of|at|on|into|through|throughout|after|before|since|until|by|from|with|over|within)\s+(?:the|his|her|its|their|this|that|these|those|our|my|your|[\p{L}.-]+\s?['’]\s?s)\s+$/iu;
const DEPTH_BEFORE = { re: /\b(?:depth|deep)\b[^.,;]{0,16}$/gi, reach: 22 };
const DEPTH_AFTER = /-?(?:deep|beneath|below|under|underground)\b/iy;
const DISTANCE_AFTER =
  /(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ward)?\s+of|from|away|off|outside|inland|offshore|inside|into|beyond|past|short\s+of|upstream|downstream|below|above)\b/iy;

/** Matches of QTY_RE that are no amount, consulted in order before the value is read; the first that applies drops it. */
export const MATCH_RULES: ReadonlyArray<QuantityRule<Candidate>> = [
  {
    name: "code",
    why: "A number after a short capitalised code ('MH 370', 'CN 235') is part of a name; the article 'A' ('A 12-member crew') is no code.",
    test: ({ before }) =>
      /[A-Z]{1,4}[\s-]$/.test(before) && !/(?:^|[^\p{L}])A\s$/u.test(before) && !/magnitude-$/i.test(before),
  },
  {
    name: "clock-time",
    why: "A clock time ('at 10:30', '6 a.m.', '14 GMT', the minutes of '13:41') says when, not how many.",
    test: ({ before, after }) =>
      /^\s*(?::\d|a\.\s?m\.|p\.\s?m\.|am\b|pm\b|GMT|UTC|EDT|EST)/i.test(after) || /\d:$/.test(before),
  },
  {
    name: "phone-number",
    why: "Digits grouped as a telephone number ('call 907-745-4811', '745-4811') say whom to call, not how many.",
    test: ({ text, before, after }) =>
      /^\d{3}-\d{3}$/.test(text) ? /^-\d{4}\b/.test(after) : /^\d{3}-\d{4}$/.test(text) && !/\d-$/.test(before),
  },
  {
    name: "calendar-year",
    why: "A lone four-digit number from 1800 to 2099 is a year (time.ts reads it), unless a modifier, a range or a hyphen unit makes it a count.",
    test: ({ g, after }) => /^(?:18|19|20)\d\d$/.test(g.a ?? "") && !g.b && !g.mod && !/^-\p{L}/u.test(after),
  },
  {
    name: "lone-article",
    why: "'a' and 'an' are articles, not ones, unless a scale ('a hundred'), a hyphen or a half ('a mile and a half') follows.",
    test: ({ g, text, after, halfTail }) =>
      !!g.a &&
      /^(a|an)$/i.test(g.a.trim()) &&
      !halfTail &&
      !/^\s*(hundred|thousand|million|billion|dozen)/i.test(text.slice(g.a.length + (g.mod ? g.mod.length + 1 : 0))) &&
      !/^-\p{L}/u.test(after),
  },
  {
    name: "lone-in-a-name",
    why: "'A lone gunman' is one gunman; 'Lone Pine', 'Sole Survivor' are names.",
    test: ({ g }) => /^(?:Lone|Sole)$/.test((g.a ?? "").trim()),
  },
  {
    name: "month-then-day",
    why: "The day after a month's name ('March 5') is a date.",
    test: ({ g, before }) => MONTH_BEFORE.test(before) && /^\d{1,2}$/.test(g.a ?? ""),
  },
  {
    name: "day-then-month",
    why: "A day before a month's name ('5 March') is a date.",
    test: ({ sentence, local }) => matchesAt(DAY_MONTH, sentence, local) !== null,
  },
  {
    name: "one-of",
    why: "'one of the victims', 'one another' pick someone out, they do not count.",
    test: ({ g, after }) => !!g.a && /^one$/i.test(g.a) && !g.mod && /^\s+(of|another)\b/i.test(after),
  },
  {
    name: "which-part",
    why: "An ordinal after a preposition and a determiner ('in the second half', 'with his 11th shot') says which part, not a value of anyone's. Not a game's minute ('scored in the 88th minute'): one moment, as '88th-minute header' is.",
    test: ({ g, sentence, local, after }) =>
      !!g.ord && WHICH_PART.test(sentence.slice(Math.max(0, local - 40), local)) && !/^\s+minute\b/i.test(after),
  },
  {
    name: "list",
    why: "'five and six' without 'between' (or a larger second number) lists two values; it is no range.",
    test: ({ g, text }) => g.b !== undefined && /\band\b/.test(text) && rangeEnds(g) === null,
  },
];

/** "injuries", "casualties": the event a noun after "no" names by itself. */
function eventNamed(noun: string): string | null {
  const word = noun.replace(/^of /, "");
  return eventOf(word) ?? (/^casualt/.test(word) ? "casualty" : null);
}

/** Where the words after a length's unit start ("six miles (10 km) beneath …"), tested in place, not on a copy. */
function afterUnit({ c }: Draft): number {
  // The unit is one word, or two when it is a nautical mile.
  const unitWords = /^[\s-]*(?:nautical\s+)?\p{L}+\.?\)?\s*(?:and\s+a\s+half\s+)?(?:\([^)]*\)\s*)?/u.exec(c.after);
  return c.local + c.text.length + (unitWords?.[0].length ?? 0);
}

const isDepth = (d: Draft): boolean =>
  endsWith(DEPTH_BEFORE, d.c.sentence, d.c.local) || matchesAt(DEPTH_AFTER, d.c.sentence, afterUnit(d)) !== null;

/**
 * Corrections to a read amount, consulted in order once its unit and event are known; each sees the draft as the
 * rules before it left it, and one without `apply` drops the match.
 */
/** A small whole number with nothing counted, no zero and no rank: what an age is written as ("Ana Ruiz, 32,"). */
const couldBeAge = ({ c, unit, ordinal, low, high }: Draft): boolean =>
  !unit && !c.g.zero && !ordinal && low === high && Number.isInteger(low) && low > 0 && low < 120;

/** "ranging from a suspended term to ": a spread whose lower end is no number, before its upper end. */
const SPREAD_TO = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+(?:an?|the|no)\s[^\d,;.]{1,40}?\bto\s+$/i;

/** "a woman of ", "the driver of ": one person (the noun in the singular) before "of", at the end of the text before. */
const ONE_PERSON_OF = boundedMemo((noun) => new RegExp(String.raw`\b(?:a|an|one|the)\s+${noun}\s+of\s+$`, "i"), 1_000);

export const READING_RULES: ReadonlyArray<QuantityRule<Draft>> = [
  {
    name: "bare-no",
    why: "'no' before what is not counted ('no evidence', 'no comment') is no count, unless an event word makes it one of people or buildings.",
    test: ({ c, noun, unit, event }) =>
      /^no$/i.test(c.g.zero ?? "") &&
      eventNamed(noun) === null &&
      (!event || (!isHuman(unit) && !(event === "damaged" && unit))),
  },
  {
    name: "nobody-is-people",
    why: "'no one', 'nobody' count people when no noun says what.",
    test: ({ c, noun, unit }) => !!c.g.zero && eventNamed(noun) === null && !unit,
    apply: (d) => {
      d.unit = "people";
      d.noun = "";
    },
  },
  {
    name: "no-event-noun",
    why: "'no injuries', 'no deaths', 'no casualties': the noun is the event, and nothing else is counted.",
    test: ({ c, noun }) => !!c.g.zero && eventNamed(noun) !== null,
    apply: (d) => {
      d.event = eventNamed(d.noun)!;
      d.unit = d.noun = "";
    },
  },
  {
    name: "age",
    why: "'Ana Ruiz, 32, said', 'the driver, 27, was held', 'was identified as Ana Ruiz, 32.', 'Ana Ruiz, 32 and from Leeds': a small whole number set off by commas after a noun, or by a comma and the sentence's end or where she is from, is an age.",
    test: (d) =>
      couldBeAge(d) &&
      /\p{L}[\p{L}'\u2019.-]*,\s*$/u.test(d.c.before) &&
      /^\s*(?:,|\.(?:\s|$)|$|and\s+(?:from|of)\s)/.test(d.c.after),
    apply: (d) => {
      d.unit = "age";
    },
  },
  {
    name: "lives-saved",
    why: "'claimed four lives' counts the dead; 'saved four lives', 'rescued' or 'spared' ones count the living.",
    test: ({ c, noun, event }) =>
      event === "dead" && /^lives$/i.test(noun) && /\b(?:sav|rescu|spar)\w*\s+$/i.test(c.before),
    apply: (d) => {
      d.event = "";
    },
  },
  {
    name: "aged",
    why: "'a man aged 45', 'Ana Ruiz, aged 32,', 'Ana Ruiz, age 32,': a whole number after 'aged' or 'age' is an age.",
    test: (d) => couldBeAge(d) && /(?:\baged|,\s*age)\s*$/i.test(d.c.before),
    apply: (d) => {
      d.unit = "age";
    },
  },
  {
    name: "person-of-years",
    why: "'a woman of 29', 'the victim, a man of 45,': one person cannot number 29; a whole number after a singular noun for a person and 'of', with nothing counted after it, is that person's age.",
    test: (d) =>
      isHuman(d.unit) &&
      !d.c.g.zero &&
      !d.ordinal &&
      d.low === d.high &&
      Number.isInteger(d.low) &&
      d.low > 0 &&
      d.low < 120 &&
      ONE_PERSON_OF(d.unit).test(d.c.sentence.slice(0, d.c.local)) &&
      /^\s*(?:[,.;:)]|$|(?:who|was|is|were|had|has|from|and|with)\b)/i.test(d.c.after),
    apply: (d) => {
      d.unit = "age";
      d.noun = "";
    },
  },
  {
    name: "range-end",
    why: "'sentences ranging from a suspended term to nine years': the end of a spread over many, whose other end is no figure, bounds their values from above.",
    test: (d) =>
      d.low === d.high &&
      !d.c.g.zero &&
      !d.ordinal &&
      SPREAD_TO.test(d.c.sentence.slice(Math.max(0, d.c.local - 60), d.c.local)),
    apply: (d) => {
      d.low = 0;
    },
  },
  {
    name: "event-of-people",
    why: "Casualty and damage words describe people and buildings, not the countries or hours around them.",
    test: ({ event, unit }) =>
      !!event && !!unit && !(event === "damaged" ? unit === "building" || unit === "vehicle" : isHuman(unit)),
    apply: (d) => {
      d.event = "";
    },
  },
  {
    name: "casualty-noun",
    why: "The counted word may be the casualty word itself ('200 injured', '12 wounded'): the scan for one starts after it.",
    test: ({ c, event, unit }) => !event && !c.g.zero && eventNamed(unit) !== null,
    apply: (d) => {
      d.event = eventNamed(d.unit)!;
      d.unit = d.noun = "";
    },
  },
  {
    name: "depth",
    why: "A length at a depth ('a depth of six miles', 'six miles beneath the surface') measures depth, never a distance.",
    test: (d) => LENGTH_UNITS.has(d.unit) && isDepth(d),
    apply: (d) => {
      d.event = "depth";
    },
  },
  {
    name: "distance",
    why: "A length from somewhere ('34 miles west of the town', '(34 miles) from the coast') measures a distance, never a depth.",
    test: (d) =>
      LENGTH_UNITS.has(d.unit) && d.event !== "depth" && matchesAt(DISTANCE_AFTER, d.c.sentence, afterUnit(d)) !== null,
    apply: (d) => {
      d.event = "distance";
    },
  },
];
