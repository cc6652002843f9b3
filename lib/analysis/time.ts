import * as chrono from "chrono-node";
import { MONTHS, WEEKDAYS } from "./text";
import { weakMemo } from "./memo";
import { clockTimes, clocksAgree, ELAPSED } from "./clocks";
import { quarterAgrees, quarterMatches } from "./quarters";
import { allMatches } from "./text";

export type TimeGranularity = "day" | "weekday" | "week" | "month" | "quarter" | "year" | "relative" | "clock";

export interface TimeFacet {
  /** The expression as written. */
  text: string;
  start: number;
  end: number;
  granularity: TimeGranularity;
  /** ISO date / YYYY-MM / YYYY when resolved; a weekday name ("Saturday") or the phrase when not. */
  value: string;
  resolved: boolean;
  /** "report" when it dates the telling ("said on Tuesday"), not the event. */
  role: "event" | "report";
  since?: boolean;
  /** Written after "until" or "till": the end of a state ("will stay closed until Thursday"), not the day of its act. */
  until?: boolean;
  /** The verb the expression dates ("signed … on Sunday" → "sign"), as a paraphrase class. */
  predicate?: string;
  /** The fact unit of the claim that states it (an index into `Claim.units`). */
  fact?: number;
  /** Who or what the date is about: an entity key, "~" + a noun's lemma, or "" (see units.ts). */
  holder?: string;
  /**
   * Read from an age, not written as a date ("the 86-year-old building" in 2012: built in 1926 or 1925): the year
   * `value` or the one before (ages.ts).
   */
  fromAge?: boolean;
  /** The act it dates when that is not its clause's event word: "build" or "bear" for a date read from an age. */
  event?: string;
  /** A clock time ("clock", value "HH:MM") that does not say a.m. or p.m. ("at 9:15"): clocks.ts. */
  twelveHour?: true;
  /** A clock time's zone as written ("GMT", "EDT"); none when not written or "local time". */
  zone?: string;
}

const DAY_MS = 86_400_000;
const PART_OF_MONTH =
  /\b(early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]+(january|february|march|april|may|june|july|august|september|october|november|december)\b(?:,?\s+((?:19|20)\d\d)\b)?/gi;
const WEEKDAY_RE = /\b(?:(last|this|next|on|past)\s+)?(sun|mon|tues|wednes|thurs|fri|satur)day\b/gi;
const YEAR_RE =
  /\b(?:(since|in|by|until|from|during|of|for)\s+)?((?:18|19|20)\d\d)\b(?![,.]?\d)(?!\s*(?:-|\u2013)?\s*(?:year|member|strong|mile|km|kilomet))/gi;
const FUTURE =
  /\b(will|shall|won't|'ll|is to|are to|is due|are due|is set (?:for|to)|are set (?:for|to)|is expected|are expected|plans? to|expects? to|aims? to|hopes? to|intends? to|is scheduled|are scheduled|upcoming|going to)\b/i;
/**
 * "next" speaks of the future as an adverb ("Next the minister travels", "travels next, on Thursday") or before a
 * time ("next week"), not as an adjective ("betting on the next Doctor was suspended on Friday"); "Next" inside a
 * sentence is part of a name ("the special The Next Doctor").
 */
const NEXT =
  /^\s*Next\b|\bnext(?:\s*(?:[,.;:)]|$)|\s+(?:week|weekend|month|year|season|spring|summer|autumn|fall|winter|time|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/;
/**
 * The future of reported speech: "the company said the plant would shut in June" reports "will shut". Not "would
 * have" (what did not happen), nor "would" with no reporting verb before it ("he would often visit").
 */
const REPORTED_FUTURE =
  /\b(?:said|says|told|announced|added|confirmed|stated|expected|predicted|warned|promised)\b.*\bwould\s+(?!have\b)/i;
export const speaksOfFuture = (sentence: string) =>
  FUTURE.test(sentence) || NEXT.test(sentence) || REPORTED_FUTURE.test(sentence);
const REPORTING_BEFORE =
  /\b(said|says|say|reported|reports|report|told(?:\s+[\p{L}'’.-]+){0,4}|announced|stated|added|confirmed|quoted|wrote|tweeted|insisted)\s*(?:on\s*)?$/iu;

/** A month's name or abbreviation and a day number after it: "Oct. 14", "Sept 3", "August 4". */
const MONTH_DAY = String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})\b`;
/** The comma after a month and day when a count follows it ("On Sept. 3, 40 people"), not a year. */
const COUNT_AFTER_DATE = new RegExp(String.raw`(${MONTH_DAY}),(?=\s*\d{1,3}\b(?![,.:]?\d))`, "gi");
const MONTH_DAY_RE = new RegExp(MONTH_DAY, "i");

/** The day number of a date written with its month ("Oct. 14": the 14), as a span of the article, or null. */
export function dayOfMonth(t: TimeFacet): { start: number; end: number } | null {
  const m = t.granularity === "day" ? MONTH_DAY_RE.exec(t.text) : null;
  if (!m) return null;
  const start = t.start + m.index + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length };
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export function parseIsoDate(s: string | null | undefined): number | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/**
 * Resolves a weekday against the publication date. News writes about the recent past: "visited on Saturday" in a
 * Tuesday article is the Saturday before; future tense ("will meet on Thursday") looks forward.
 */
export function resolveWeekday(weekday: number, pub: number, future: boolean, modifier?: string): string {
  const pubDay = new Date(pub).getUTCDay();
  if (future || modifier === "next") {
    // "will announce its results on Wednesday" in a Wednesday article is that day; "next Wednesday" the one after.
    let diff = (weekday - pubDay + 7) % 7;
    if (diff === 0 && modifier === "next") diff = 7;
    return iso(pub + diff * DAY_MS);
  }
  let diff = (pubDay - weekday + 7) % 7;
  if (modifier === "last" && diff === 0) diff = 7;
  return iso(pub - diff * DAY_MS);
}

/**
 * Resolves a day written as its weekday alone ("Monday", "on Monday") again, as the past's or the future's: when the
 * sentence's tense is not the tense of the day's own clause (extract.ts). Other days are left as they are.
 */
export function redateWeekday(t: TimeFacet, pub: number, future: boolean): void {
  const m = /^(?:on\s+)?(\p{L}+day)$/iu.exec(t.text);
  const wd = m ? WEEKDAYS.indexOf(m[1]!.toLowerCase() as (typeof WEEKDAYS)[number]) : -1;
  if (wd >= 0 && t.granularity === "day") t.value = resolveWeekday(wd, pub, future);
}

function roleAt(sentence: string, localStart: number): "event" | "report" {
  return REPORTING_BEFORE.test(sentence.slice(Math.max(0, localStart - 60), localStart)) ? "report" : "event";
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One sentence's scan: what every kind of expression reads, and the spans the earlier kinds have taken. */
interface TimeScan {
  sentence: string;
  /** The sentence's position in the article. */
  offset: number;
  /** The publication date (ms), or null when unknown. */
  pub: number | null;
  /** Whether the sentence speaks of the future ("will meet on Thursday"). */
  future: boolean;
  /** The sentence with its clock times blanked out, for chrono: "at 9:15 p.m. on August 4" dates August 4. */
  masked: string;
  out: TimeFacet[];
  taken: Array<[number, number]>;
}

const isTaken = (scan: TimeScan, a: number, b: number): boolean => scan.taken.some(([x, y]) => a < y && b > x);

/** Time expressions of one sentence. `offset` is the sentence's position in the article. */
export function extractTimes(sentence: string, offset: number, publishedAt: string | null): TimeFacet[] {
  const clocks = clockTimes(sentence, offset);
  // chrono reads the count after a date as its year ("On Sept. 3, 40 people were hurt": 2040): that comma is
  // given to chrono as a semicolon, which ends the date.
  // A time with seconds ("won in 2:06:38") is how long something took, an amount (quantity.ts): no time for chrono.
  let masked = sentence.replace(COUNT_AFTER_DATE, "$1;").replace(ELAPSED, (m) => " ".repeat(m.length));
  for (const c of clocks)
    masked = masked.slice(0, c.start - offset) + " ".repeat(c.end - c.start) + masked.slice(c.end - offset);
  const scan: TimeScan = {
    sentence,
    offset,
    pub: parseIsoDate(publishedAt),
    future: speaksOfFuture(sentence),
    masked,
    out: clocks.map((c) => ({ ...c, role: roleAt(sentence, c.start - offset) })),
    taken: clocks.map((c) => [c.start - offset, c.end - offset]),
  };
  // Each kind leaves alone what an earlier one took: clock times first, weekdays and parts of months before chrono,
  // which misreads all three, and bare years last.
  weekdayTimes(scan);
  partOfMonthTimes(scan);
  quarterTimes(scan);
  chronoTimes(scan);
  yearTimes(scan);
  return scan.out.sort((a, b) => a.start - b.start);
}

/** "on Saturday", "last Monday": resolved against the publication date, with the sentence's tense. */
function weekdayTimes(scan: TimeScan): void {
  const { sentence, offset, pub, future } = scan;
  for (const m of allMatches(WEEKDAY_RE, sentence)) {
    const modifier = m[1]?.toLowerCase();
    const name = (m[2]! + "day").toLowerCase();
    const wd = WEEKDAYS.indexOf(name as (typeof WEEKDAYS)[number]);
    const local = m.index;
    const exprStart = modifier === "on" ? local + m[1]!.length + 1 : local;
    const text = sentence.slice(exprStart, local + m[0].length);
    scan.taken.push([local, local + m[0].length]);
    const role = roleAt(sentence, local);
    scan.out.push({
      text,
      start: offset + exprStart,
      end: offset + local + m[0].length,
      granularity: pub === null ? "weekday" : "day",
      // The day something was said is past, whatever the sentence reports of the future ("said on Tuesday that he
      // would resign").
      value: pub === null ? cap(name) : resolveWeekday(wd, pub, future && role !== "report", modifier),
      resolved: pub !== null,
      role,
    });
  }
}

/**
 * "mid-May", "early March", "the end of June": a part of a month dates at the month's grain. (chrono reads "end of
 * June" as June 30 and misses "mid May", May being also a verb.)
 */
function partOfMonthTimes(scan: TimeScan): void {
  const { sentence, offset } = scan;
  for (const m of allMatches(PART_OF_MONTH, sentence)) {
    const local = m.index + (m[0].length - m[0].trimStart().length);
    const month = MONTHS.indexOf(m[2]!.toLowerCase() as (typeof MONTHS)[number]) + 1;
    const { value, resolved } = monthValue(scan, month, m[3] ? Number(m[3]) : null);
    const end = m.index + m[0].length;
    scan.taken.push([local, end]);
    scan.out.push({
      text: sentence.slice(local, end),
      start: offset + local,
      end: offset + end,
      granularity: "month",
      value,
      resolved,
      role: roleAt(sentence, local),
    });
  }
}

/** "the second quarter of 2026", "Q3 2026": a quarter of a year (quarters.ts). */
function quarterTimes(scan: TimeScan): void {
  const { sentence, offset, pub } = scan;
  for (const q of quarterMatches(sentence, pub === null ? null : new Date(pub).getUTCFullYear())) {
    if (isTaken(scan, q.local, q.end)) continue;
    scan.taken.push([q.local, q.end]);
    scan.out.push({
      text: sentence.slice(q.local, q.end),
      start: offset + q.local,
      end: offset + q.end,
      granularity: "quarter",
      value: q.value,
      resolved: true,
      role: roleAt(sentence, q.local),
    });
  }
}

/** A month without a day: its own year, else the year the publication date and the tense make likeliest. */
function monthValue(scan: TimeScan, month: number, year: number | null): { value: string; resolved: boolean } {
  const { pub, future } = scan;
  const mm = String(month).padStart(2, "0");
  if (year !== null) return { value: `${year}-${mm}`, resolved: true };
  if (pub === null) return { value: cap(MONTHS[month - 1]!), resolved: false };
  const p = new Date(pub);
  const ahead = month > p.getUTCMonth() + 1;
  const y = future
    ? month < p.getUTCMonth() + 1
      ? p.getUTCFullYear() + 1
      : p.getUTCFullYear()
    : ahead
      ? p.getUTCFullYear() - 1
      : p.getUTCFullYear();
  return { value: `${y}-${mm}`, resolved: true };
}

/**
 * Whether chrono can find anything in a text: every English pattern of chrono-node 2.10 holds a digit or one of these
 * words (its month, weekday, casual day and time and time-unit dictionaries). Nearly half of a story's sentences hold
 * none, and chrono's twenty-odd patterns cost as much as the rest of reading their times. The one-letter units ("s",
 * "m", "d") count only where no apostrophe comes before them: chrono reads them after a number, and "Indonesia's",
 * "I'm" and "we'd" were a quarter of the sentences that passed the test for nothing.
 */
export const CHRONO_CAN_READ = new RegExp(
  String.raw`\d|(?<!['\u2019])\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|` +
    String.raw`august|september|october|november|december|sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sunday|monday|` +
    String.raw`tuesday|wednesday|thursday|friday|saturday|now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|` +
    String.raw`morning|afternoon|evening|night|midnight|midday|noon|s|sec|secs|second|seconds|m|min|mins|minute|` +
    String.raw`minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|mo|mos|month|months|qtr|quarter|quarters|y|yr|yrs|` +
    String.raw`year|years)\b`,
  "i",
);

/** Dates, weeks, months and relative times that chrono finds where no weekday or part of a month was taken. */
/** A time counted from another event: "an hour after", "a year later", "the week before". */
const OFFSET = /\b(?:before|after|earlier|later)$/i;

/** A word before an amount of time that makes it a duration: "for", and the verbs that take one ("last", "spend"). */
const MEASURES_TIME =
  /\b(?:for|last(?:s|ed|ing)?|t(?:ake|akes|ook|aking)|sp(?:end|ends|ent|ending)|wait(?:s|ed|ing)?)\s+$/i;

/** Whether a time is counted from another event (`chronoTimes`): its span is no amount either. */
export const isOffset = (t: TimeFacet): boolean => t.granularity === "relative" && !t.resolved && OFFSET.test(t.text);

/**
 * Whether chrono read a time at all. Not a span shorter than a day ("in 35 minutes", "the next minute or two", "two
 * hours ago"): counted from the publication date's midnight, it falls on the day before as often as not, and it dates
 * nothing a weekday or a date in another sentence could contradict; read as an amount, it is a duration. Not a lone
 * letter chrono took for a unit ("in the D.C. area").
 */
function chronoDates(text: string): boolean {
  if (/\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b/i.test(text)) return false;
  return !/(?:^|\s)\p{L}$/u.test(text);
}

function chronoTimes(scan: TimeScan): void {
  const { sentence, offset, pub } = scan;
  if (!CHRONO_CAN_READ.test(scan.masked)) return;
  const ref = pub ?? Date.UTC(2000, 0, 1);
  const results = chrono.parse(scan.masked, { instant: new Date(ref), timezone: 0 }, { forwardDate: false });
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    // chrono may keep the comma after a month ("in March, lawyers said" reads "March,"): the date ends before it.
    let text = r.text.replace(/[\s,;:]+$/, "");
    const local = r.index;
    if (isTaken(scan, local, local + text.length)) continue;
    const lower = text.toLowerCase();
    if (/^(now|currently|recently|soon|later|today|tonight)$/.test(lower) && pub === null) continue;
    if (/^(now|currently|recently|soon|later)$/.test(lower)) continue;
    // chrono reads a signed duration as an offset from now ("- six months" = six months ago); in prose the sign is a
    // dash before a duration ("served in the Marines - six months on Paris Island"), which dates nothing.
    if (/^[-+\u2212\u2013\u2014]/.test(text)) continue;
    // …and a duration after "for" or "within" as the time that much after now ("lasted for three days" = three days
    // on; "felt for around 15 seconds" = today): it says how long, not when.
    if (/^(?:for|within)\b/i.test(text)) continue;
    // …and "in the day", "in the week" as a day or a week from now (chrono reads "the" as "a"): "later in the day"
    // is a time within a day the sentence gives elsewhere.
    if (/^in\s+the\s+\p{L}+$/iu.test(text)) continue;
    // …and "last" after "to" or a modal as a date ("expected to last three weeks" = three weeks ago): there it is the
    // verb, and the duration is how long the act lasts.
    if (/^last\b/i.test(text) && LAST_AS_VERB.test(sentence.slice(0, local))) continue;
    // …and "after" a duration as that long after now ("released after 10 months in captivity" = ten months on): it
    // says how long after another event, which dates nothing.
    if (AFTER_A_DURATION.test(text)) continue;
    const s = r.start;
    // A time before or after another event ("an hour after the bodies were found", "a year later"): chrono counts it
    // from the publication date, and the event it is counted from is not known. It stays a time, so that its span is
    // no duration of the clause's act ("comes 24 hours after …" is not the move's duration), but dates nothing.
    const fromAnother = OFFSET.test(text);
    if (!fromAnother && !chronoDates(text)) continue;
    // "lasted five hours before he surrendered", "deliberated for four hours before …": a duration of the act, which
    // the amounts read.
    if (fromAnother && MEASURES_TIME.test(sentence.slice(0, local))) continue;
    // "April last year": chrono returns the month and the relative year separately.
    const next = results[i + 1];
    let year: number | null = s.isCertain("year") ? s.get("year")! : null;
    if (
      next &&
      /^(last|this|next) year$/i.test(next.text) &&
      next.index - (local + text.length) <= 1 &&
      s.isCertain("month") &&
      !s.isCertain("year")
    ) {
      year = next.start.get("year")!;
      text = sentence.slice(local, next.index + next.text.length);
      i++;
    }
    const value = fromAnother
      ? { granularity: "relative" as const, value: lower, resolved: false }
      : chronoValue(scan, s, lower, year);
    if (!value) continue;
    scan.taken.push([local, local + text.length]);
    scan.out.push({
      text,
      start: offset + local,
      end: offset + local + text.length,
      ...value,
      role: roleAt(sentence, local),
    });
  }
}

/** "after 10 months", "after nearly two weeks": a span after an event the sentence may not name. */
const AFTER_A_DURATION = /^after\s+(?:\S+\s+){1,2}(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;

/** The words before "last" that make it a verb: "to", a modal or "do", a negation, and an adverb ("will likely last"). */
const LAST_AS_VERB =
  /\b(?:to|will|would|could|can|may|might|should|must|shall|did|does|do|not|n['’]t)\s+(?:\p{L}+ly\s+)?$/iu;

type ChronoValue = Pick<TimeFacet, "granularity" | "value" | "resolved">;

/**
 * What one chrono result dates, at its grain: a week, a day, a month, a year or a relative time; null for a weekday
 * (weekdayTimes reads those, with tense) and for words such as "now". `year` is its year, when certain.
 */
function chronoValue(
  scan: TimeScan,
  s: chrono.ParsedComponents,
  lower: string,
  year: number | null,
): ChronoValue | null {
  const { pub } = scan;
  if (/\bweek\b/.test(lower)) {
    // chrono dates "this week" by its Sunday, which begins its week and ends the ISO week before: "this week" in an
    // article of a Friday was the week before. The publication's own day is in the week it means.
    const day = pub !== null && /\bthis\s+week\b/.test(lower) ? pub : s.date().getTime();
    return {
      granularity: "week",
      value: pub === null ? lower : iso(day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS),
      resolved: pub !== null,
    };
  }
  if (/\b(yesterday|today|tonight|tomorrow|last night|this morning|this afternoon|this evening)\b/.test(lower))
    return { granularity: "day", value: pub === null ? lower : iso(s.date().getTime()), resolved: pub !== null };
  if (s.isCertain("day") && s.isCertain("month")) {
    const mm = String(s.get("month")).padStart(2, "0");
    const dd = String(s.get("day")).padStart(2, "0");
    if (year !== null || pub !== null)
      return { granularity: "day", value: `${year ?? s.get("year")}-${mm}-${dd}`, resolved: true };
    return { granularity: "day", value: `${cap(MONTHS[s.get("month")! - 1]!)} ${s.get("day")}`, resolved: false };
  }
  if (s.isCertain("month")) return { granularity: "month", ...chronoMonth(scan, s, lower, year) };
  if (s.isCertain("year") && /\byear\b/.test(lower))
    return { granularity: "year", value: pub === null ? lower : String(s.get("year")), resolved: pub !== null };
  if (s.isCertain("weekday")) return null;
  if (/^(now|currently|recently|soon|later)$/.test(lower)) return null;
  return { granularity: "relative", value: lower, resolved: false };
}

/** A month chrono found, with its year when written or relative ("last month"), else the likeliest. */
function chronoMonth(
  scan: TimeScan,
  s: chrono.ParsedComponents,
  lower: string,
  year: number | null,
): { value: string; resolved: boolean } {
  const mm = String(s.get("month")).padStart(2, "0");
  if (year !== null || (scan.pub !== null && /\b(this|last|next) month\b/.test(lower)))
    return { value: `${year ?? s.get("year")}-${mm}`, resolved: true };
  // A bare month: the latest such up to the publication date, or in the future tense the first from it.
  return monthValue(scan, s.get("month")!, null);
}

/** Bare years ("in 2011", "since 1979") where nothing else was read. */
function yearTimes(scan: TimeScan): void {
  const { sentence, offset } = scan;
  for (const m of allMatches(YEAR_RE, sentence)) {
    const local = m.index + (m[1] ? m[1].length + 1 : 0);
    if (isTaken(scan, local, local + 4)) continue;
    scan.out.push({
      text: m[2]!,
      start: offset + local,
      end: offset + local + 4,
      granularity: "year",
      value: m[2]!,
      resolved: true,
      role: "event",
      since: m[1]?.toLowerCase() === "since",
    });
  }
}

/**
 * Whether two time values can describe the same moment. Unresolved weekdays compare by name; a resolved day
 * compares with a weekday name through its own weekday; coarser values compare at the coarser granularity.
 */
const WEEKDAY_ONLY =
  /^(?:(?:last|this|next|on|past)\s+)?(?:sun|mon|tues|wednes|thurs|fri|satur)day(?:\s+(?:night|morning|afternoon|evening))?$/i;
/** Whether a day was given by its weekday name alone. */
export const byWeekdayOnly = (t: TimeFacet): boolean => t.granularity === "day" && WEEKDAY_ONLY.test(t.text.trim());

/** A date's weekday name, or null when it is no day; worked out once per date (fact pairing asks it of every pair). */
const weekdayNameOf = weakMemo((t: TimeFacet): string | null =>
  t.granularity === "weekday"
    ? t.value.toLowerCase()
    : /^\d{4}-\d{2}-\d{2}$/.test(t.value)
      ? WEEKDAYS[new Date(t.value + "T00:00:00Z").getUTCDay()]!
      : null,
);
const isByWeekdayOnly = weakMemo(byWeekdayOnly);

export function timesAgree(a: TimeFacet, b: TimeFacet): boolean | null {
  if (a.granularity === "clock" || b.granularity === "clock") return clocksAgree(a, b);
  // A day known only by its weekday name ("on Sunday") was resolved against the article's own date, which may be a
  // day or a week after the event: it is compared by the name it was given ("Sunday" agrees with "August 4", a
  // Sunday), never by the date guessed for it.
  if (a.granularity === "weekday" || b.granularity === "weekday" || isByWeekdayOnly(a) || isByWeekdayOnly(b)) {
    const x = weekdayNameOf(a);
    const y = weekdayNameOf(b);
    return x && y ? x === y : null;
  }
  if (!a.resolved || !b.resolved) return a.value.toLowerCase() === b.value.toLowerCase() ? true : null;
  if (a.fromAge || b.fromAge) return agesAgree(a, b);
  if (
    a.granularity === "week" ||
    b.granularity === "week" ||
    a.granularity === "relative" ||
    b.granularity === "relative"
  )
    return null;
  const quarters = quarterAgrees(a.value, b.value);
  if (quarters !== null) return quarters;
  const n = Math.min(a.value.length, b.value.length);
  return a.value.slice(0, n) === b.value.slice(0, n);
}

/**
 * A time of day as minutes on a twelve-hour dial ("9:42 a.m.", "21:42" and "9.42pm" are all 582): outlets write the
 * hour both ways, and a shared time is evidence of one fact, not a comparison, so a.m. and p.m. need not be told apart.
 */
export function clockOf(text: string): number | null {
  const m = /\b([01]?\d|2[0-3])[:.]([0-5]\d)(?!\d)/.exec(text);
  return m ? (Number(m[1]) % 12) * 60 + Number(m[2]) : null;
}

/**
 * Two years of origin, one read from an age: an age N in year Y means born (or built) in Y - N or the year before,
 * so "86 years old" in 2012 agrees with 1925 and 1926, not with 1935. Null when either is not a year.
 */
/** The year a date starts with, or null. */
const yearOf = (t: TimeFacet) => (/^\d{4}/.test(t.value) ? Number(t.value.slice(0, 4)) : null);

function agesAgree(a: TimeFacet, b: TimeFacet): boolean | null {
  const [ya, yb] = [yearOf(a), yearOf(b)];
  if (ya === null || yb === null) return null;
  if (a.fromAge && b.fromAge) return Math.abs(ya - yb) <= 1;
  const [age, other] = a.fromAge ? [ya, yb] : [yb, ya];
  return other === age || other === age - 1;
}
