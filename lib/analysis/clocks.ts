import type { TimeFacet } from "./time";
import { allMatches } from "./text";

/**
 * A time written with hours, minutes and seconds ("won in 2:06:38", "finished in 1:02:05.4"): how long a race or a
 * run took, an amount (quantity.ts), never a time of day, which prose does not write with seconds (CLOCK_RE leaves it
 * alone, and time.ts hides it from chrono).
 */
export const ELAPSED = /(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d+)?)(?![\d:])/g;

/**
 * Times of day: "at 9:42 a.m.", "21:15", "7pm", "at 0942 (0542 GMT)", "shortly after midnight", "by 6:40 a.m.".
 * Each becomes a time facet of granularity "clock" whose value is the time as "HH:MM", on a 24-hour dial when the
 * text says which half of the day ("p.m.", "21:15", "09:15", "0942", "noon"), else on a 12-hour one (`twelveHour`).
 * Two clock times are compared only in one time zone: "0542 GMT" is never set against "9:42 a.m.".
 */

// "p.m." keeps its last dot; "pm." does not (that dot ends the sentence).
const MERIDIEM = String.raw`([ap])(?:\.\s?m\b\.?|\s?m\b)`;
const ZONES =
  "GMT|UTC|EDT|EST|CDT|CST|MDT|MST|PDT|PST|AKST|AKDT|HST|BST|CET|CEST|EET|EEST|IST|PKT|WIB|WITA|WIT|SGT|HKT|JST|KST|AEST|AEDT|ACST|AWST|NZST|NZDT|ET|CT|MT|PT|local time";
/** What a time is said to be: at it, about it, before or after it. Longest first, so "shortly after" wins. */
const MODIFIERS =
  "shortly after|shortly before|just after|just before|soon after|right after|sometime after|at about|at around|at approximately|at roughly|at|by|before|after|until|till|from|around|about|approximately|roughly|circa|some time after";

// Groups: 1 the modifier; 2-4 "9:42", "21:15", "9:42 a.m." (hour, minutes, meridiem); 5-7 "9.42pm" (a dot only with
// a meridiem: "6.1" is a number); 8-9 "7 p.m.", "7pm"; 10-11 "0942" (a four-digit time needs a preposition, a zone or
// "hours": see clockTimes); 12 "noon", "midnight"; then the zone.
const CLOCK_RE = new RegExp(
  String.raw`\b(?:(${MODIFIERS})\s+)?(?:` +
    String.raw`(?<!\d:)(\d{1,2}):([0-5]\d)(?!\d|:[0-5]\d)(?:\s*${MERIDIEM})?` +
    String.raw`|(\d{1,2})\.([0-5]\d)\s*${MERIDIEM}` +
    String.raw`|(\d{1,2})\s*${MERIDIEM}` +
    String.raw`|([01]\d|2[0-3])([0-5]\d)(?![\d,.]\d)` +
    String.raw`|(noon|midday|midnight)` +
    String.raw`)(?:\s*\(?\s*(?<zone>${ZONES})\b)?`,
  "gi",
);

const MODIFIER_FIRST = new RegExp(`^(${MODIFIERS})\\b`);

const GAME_CLOCK_AFTER =
  /^\s*(?:left|remaining|to play|to go|before (?:half|the half)|in the (?:first|second|third|fourth) (?:half|quarter|period)|mark)\b/i;

interface ClockRead {
  minutes: number;
  twelveHour: boolean;
}

/** The time a match reads, or null when it is not one (an hour past 23, "13 p.m."). */
function readClock(m: RegExpMatchArray): ClockRead | null {
  if (m[12]) return { minutes: m[12].toLowerCase() === "midnight" ? 0 : 720, twelveHour: false };
  const hourText = m[2] ?? m[5] ?? m[8] ?? m[10]!;
  const hour = Number(hourText);
  const minutes = Number(m[3] ?? m[6] ?? m[11] ?? 0);
  const meridiem = (m[4] ?? m[7] ?? m[9])?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    return { minutes: ((hour % 12) + (meridiem === "p" ? 12 : 0)) * 60 + minutes, twelveHour: false };
  }
  if (hour > 23) return null;
  // "09:15" and "0942" are written on a 24-hour dial; "9:15" could be either half of the day.
  const twelveHour = hour >= 1 && hour <= 12 && !hourText.startsWith("0");
  return { minutes: hour * 60 + minutes, twelveHour };
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/**
 * The clock times of a sentence (`offset`: its place in the article), each with the word that says how it is meant
 * ("by 7 a.m.") in its text. A four-digit time ("0942") counts only after a preposition or before a zone or "hours",
 * so that "1942" in "since 1942" stays a year.
 */
export function clockTimes(sentence: string, offset: number): TimeFacet[] {
  const out: TimeFacet[] = [];
  for (const m of allMatches(CLOCK_RE, sentence)) {
    const after = sentence.slice(m.index + m[0].length);
    const zoned = !!m.groups?.zone || /^\s*(?:h|hrs|hours)\b/i.test(after);
    // "0942" needs a zone or "hours", or a preposition and no look of a year ("by 2010" is a year).
    if (
      m[10] !== undefined &&
      !zoned &&
      !(/^(?:at|by|before|after|until|till|from)$/i.test(m[1] ?? "") && !/^(?:19|20)/.test(m[10] + m[11]))
    )
      continue;
    // "noon" and "midnight" only as a time ("at noon", "shortly after midnight"), not "the noon prayers".
    if (m[12] !== undefined && !m[1]) continue;
    // A game clock ("with 4:43 left", "13:41 to play") is no time of day.
    if (GAME_CLOCK_AFTER.test(after) || /\bwith\s+$/i.test(sentence.slice(Math.max(0, m.index - 6), m.index))) continue;
    const read = readClock(m);
    if (!read) continue;
    const zone = m.groups?.zone?.toUpperCase();
    out.push({
      text: m[0],
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      granularity: "clock",
      value: hhmm(read.minutes),
      resolved: true,
      role: "event",
      ...(read.twelveHour && { twelveHour: true as const }),
      ...(zone && zone !== "LOCAL TIME" && { zone }),
    });
  }
  return out;
}

/** A clock value's minutes since midnight ("21:15" → 1275). */
export const minutesOfDay = (value: string): number => {
  const [h, m] = value.split(":").map(Number) as [number, number];
  return h * 60 + m;
};

/**
 * The minutes a clock time allows, as written: "about 7" is half an hour either way, "about 6:15" ten minutes (a time
 * given to the minute is rounded less: "about 6:15" and "around 6:40" disagree), "by 7" before it.
 */
function span(t: TimeFacet): [number, number] {
  const at = minutesOfDay(t.value);
  const m = at % 60;
  const mod = MODIFIER_FIRST.exec(t.text.toLowerCase())?.[1] ?? "at";
  const round = m === 0 ? 15 : 2;
  if (/^(?:at about|at around|at approximately|at roughly|around|about|approximately|roughly|circa)$/.test(mod))
    return m === 0 ? [at - 30, at + 30] : [at - 10, at + 10];
  if (/^(?:shortly|just|soon|right) after$/.test(mod)) return [at, at + 30];
  if (/^(?:shortly|just) before$/.test(mod)) return [at - 30, at];
  if (/after$/.test(mod) || mod === "from") return [at, at + 240];
  if (/^(?:by|before|until|till)$/.test(mod)) return [at - 240, at];
  return [at - round, at + round];
}

/**
 * Whether two clock times can be the same moment: null when they cannot be compared (another granularity, or two
 * time zones), else whether the minutes each allows overlap, on a 12-hour dial when either does not say a.m. or p.m.
 */
export function clocksAgree(a: TimeFacet, b: TimeFacet): boolean | null {
  if (a.granularity !== "clock" || b.granularity !== "clock") return null;
  if ((a.zone ?? "") !== (b.zone ?? "")) return null;
  const period = a.twelveHour || b.twelveHour ? 720 : 1440;
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  for (const k of [-2, -1, 0, 1, 2]) if (a0 <= b1 + k * period && b0 + k * period <= a1) return true;
  return false;
}
