import { describe, expect, it } from "vitest";
import { clocksAgree } from "./clocks";
import { extractTimes, type TimeFacet } from "./time";
import { extractArticle } from "./extract";

const clocks = (sentence: string) =>
  extractTimes(sentence, 0, "2018-08-28")
    .filter((t) => t.granularity === "clock")
    .map((t) => [t.text, t.value, t.twelveHour ? 12 : 24, t.zone ?? ""].join(" | "));

describe("times of day (clocks.ts)", () => {
  it.each([
    ["The quake struck at 9:42 a.m. on Tuesday.", ["at 9:42 a.m. | 09:42 | 24 | "]],
    ["The quake struck at 9:42 a. m. local time.", ["at 9:42 a. m. local time | 09:42 | 24 | "]],
    ["It hit at 0942 (0542 GMT).", ["at 0942 | 09:42 | 24 | ", "0542 GMT | 05:42 | 24 | GMT"]],
    ["The fire started at 21:15 on Friday.", ["at 21:15 | 21:15 | 24 | "]],
    ["The fire started at 9:15 on Friday.", ["at 9:15 | 09:15 | 12 | "]],
    ["Doors open at 7pm and the show starts at 8.30pm.", ["at 7pm | 19:00 | 24 | ", "at 8.30pm | 20:30 | 24 | "]],
    ["The vote ended shortly after midnight.", ["shortly after midnight | 00:00 | 24 | "]],
    ["The fire was under control by 6:40 a.m.", ["by 6:40 a.m. | 06:40 | 24 | "]],
    ["Troops left at 1430 hours.", ["at 1430 | 14:30 | 24 | "]],
  ])("reads %j", (sentence, expected) => {
    expect(clocks(sentence)).toEqual(expected);
  });

  it.each([
    "The law has been in force since 1942.",
    "Membership grew by 2010 members.",
    "He scored with 4:43 left in the first half.",
    "Ortiz hit a jumper with 13:41 to play.",
    "The magnitude 6.1 quake struck the coast.",
    "The noon prayers were cancelled.",
  ])("reads no time of day in %j", (sentence) => {
    expect(clocks(sentence)).toEqual([]);
  });

  it("keeps the date a time is given with ('at 9:15 p.m. on August 4')", () => {
    const times = extractTimes("The fire started at 9:15 p.m. on August 4.", 0, "2018-08-28");
    expect(times.map((t) => `${t.granularity} ${t.value}`)).toEqual(["clock 21:15", "day 2018-08-04"]);
  });

  it("does not read a time of day as an amount ('at 0942' is not 942)", () => {
    const [claim] = extractArticle({
      text: "The quake struck at 0942, killing 12 people.",
      publishedAt: "2018-08-28",
    }).claims;
    expect(claim!.quantities.map((q) => q.low)).toEqual([12]);
  });
});

describe("whether two times of day can be one moment (clocksAgree)", () => {
  const clock = (sentence: string): TimeFacet =>
    extractTimes(sentence, 0, null).find((t) => t.granularity === "clock")!;
  it.each([
    ["at 0942", "at 9:42 a.m.", true],
    ["at 9:42", "at 9:42 p.m.", true], // either half of the day
    ["at 9:15 p.m.", "at 9:45 p.m.", false],
    ["at 21:15", "at 9:45 p.m.", false],
    ["at about 7 p.m.", "at 7:10 p.m.", true],
    ["at about 7 p.m.", "at 7:25 p.m.", true],
    // A time given to the minute is rounded less than one on the hour.
    ["at about 6:15 p.m.", "at around 6:40 p.m.", false],
    ["at about 6:15 p.m.", "at 6:22 p.m.", true],
    ["at 7 p.m.", "at 7:30 p.m.", false],
    ["by 7 a.m.", "at 6:40 a.m.", true],
    ["shortly after midnight", "at 12:20 a.m.", true],
    ["shortly after midnight", "at 2:30 a.m.", false],
    ["at 11:50 p.m.", "at 11:52 p.m.", true],
  ] as const)("%s / %s: %s", (a, b, agree) => {
    expect(clocksAgree(clock(`It happened ${a}.`), clock(`It happened ${b}.`))).toBe(agree);
  });

  it("never compares two time zones ('0542 GMT' / '9:42 a.m.'), nor a time with a day", () => {
    expect(clocksAgree(clock("It hit at 0542 GMT."), clock("It hit at 9:42 a.m."))).toBeNull();
    const day = extractTimes("It hit on Tuesday.", 0, "2018-08-28")[0]!;
    expect(clocksAgree(clock("It hit at 9:42 a.m."), day)).toBeNull();
  });
});
