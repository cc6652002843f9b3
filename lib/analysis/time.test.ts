import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import { CHRONO_CAN_READ, extractTimes, parseIsoDate, resolveWeekday, timesAgree, type TimeFacet } from "./time";

const PUB = "2018-08-28"; // a Tuesday
const NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

describe("resolveWeekday", () => {
  const pub = parseIsoDate(PUB)!;
  it.each([
    [0, "2018-08-26"],
    [1, "2018-08-27"],
    [2, "2018-08-28"],
    [3, "2018-08-22"],
    [4, "2018-08-23"],
    [5, "2018-08-24"],
    [6, "2018-08-25"],
  ])("past weekday %i resolves to %s", (wd, expected) => {
    expect(resolveWeekday(wd, pub, false)).toBe(expected);
  });
  it.each([
    [4, false, undefined, "2018-08-23"],
    [4, true, undefined, "2018-08-30"],
    // In a Tuesday article, "will meet on Tuesday" is that day; "next Tuesday" the one after.
    [2, true, undefined, "2018-08-28"],
    [2, true, "next", "2018-09-04"],
    [2, false, "last", "2018-08-21"],
    [1, false, "next", "2018-09-03"],
  ])("weekday %i future=%s modifier=%s → %s", (wd, future, mod, expected) => {
    expect(resolveWeekday(wd, pub, future, mod)).toBe(expected);
  });
});

describe("extractTimes", () => {
  it("reads no date in 'later in the day' (chrono takes it for a day from now)", () => {
    expect(extractTimes("Later in the day she pleaded guilty to a tax charge.", 0, PUB)).toEqual([]);
  });

  it.each(
    NAMES.map((n, i) => [
      n,
      ["2018-08-26", "2018-08-27", "2018-08-28", "2018-08-22", "2018-08-23", "2018-08-24", "2018-08-25"][i],
    ]),
  )("past tense '%s' → %s", (name, expected) => {
    const t = extractTimes(`Hatami visited Damascus on ${name}.`, 0, PUB);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ value: expected, granularity: "day", resolved: true, role: "event", text: name });
  });

  it("ends a month before the comma chrono keeps after it", () => {
    const [t] = extractTimes("The trial is expected to begin in March, lawyers said.", 0, PUB);
    expect(t).toMatchObject({ text: "March", start: 34, end: 39, value: "2019-03" });
  });

  it("future tense looks forward", () => {
    const [t] = extractTimes("Hatami will visit Damascus on Thursday.", 0, PUB);
    expect(t!.value).toBe("2018-08-30");
  });

  // An intention looks forward as the future tense does.
  it.each([
    ["The company expects to finish the cuts by the end of November.", "2018-11"],
    ["The group aims to open the plant in October.", "2018-10"],
    ["She hopes to return in January.", "2019-01"],
    ["The company finished the cuts by the end of November.", "2017-11"],
  ])("%s → %s", (sentence, month) => {
    expect(extractTimes(sentence, 0, PUB)[0]!.value).toBe(month);
  });

  it.each([
    [
      "a capitalised Next inside a sentence is a name, not the future",
      "The cast was revealed on The Next Stage on Tuesday.",
      "2018-08-28",
    ],
    [
      "next at the head of a sentence looks forward",
      "Next the minister travels to Damascus on Thursday.",
      "2018-08-30",
    ],
    ["next inside a sentence looks forward", "The minister travels to Damascus next, on Thursday.", "2018-08-30"],
    [
      "'would' after a reporting verb is the future of what was said",
      "The company said the plant would shut on Thursday.",
      "2018-08-30",
    ],
    ["'would have' is no future", "The company said the plant would have shut on Thursday.", "2018-08-23"],
    [
      "the publication's weekday in the future tense is that day",
      "The company will report its results on Tuesday.",
      "2018-08-28",
    ],
    [
      "the day something was said is past, whatever it says of the future",
      "The senator said on Monday that he would resign.",
      "2018-08-27",
    ],
    [
      "next before another noun does not set the tense",
      "Betting on the next coach of the team was suspended on Thursday.",
      "2018-08-23",
    ],
  ])("%s", (_name, sentence, expected) => {
    const [t] = extractTimes(sentence, 0, PUB);
    expect(t!.value).toBe(expected);
  });

  it("without a publication date keeps the weekday name unresolved", () => {
    const [t] = extractTimes("Hatami visited Damascus on Saturday.", 0, null);
    expect(t).toMatchObject({ value: "Saturday", resolved: false, granularity: "weekday" });
  });

  it("offsets point into the article", () => {
    const s = "Hatami visited Damascus on Saturday.";
    const [t] = extractTimes(s, 100, PUB);
    const article = " ".repeat(100) + s;
    expect(article.slice(t!.start, t!.end)).toBe("Saturday");
  });

  it("marks the reporting time as report, the event as event", () => {
    const t = extractTimes("The minister said on Tuesday that the army visited Aleppo on Saturday.", 0, PUB);
    expect(t.map((x) => [x.text, x.role])).toEqual([
      ["Tuesday", "report"],
      ["Saturday", "event"],
    ]);
  });

  it.each([
    ["He arrived last week.", "last week", "week", true],
    ["The talks began in June.", "June", "month", true],
    ["Iran has backed Assad since 2012.", "2012", "year", true],
  ])("finds %s", (sentence, text, granularity, resolved) => {
    const t = extractTimes(sentence, 0, PUB);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ granularity, resolved });
    expect(t[0]!.text).toContain(text);
  });

  it("resolves values: June → 2018-06, last week → the Monday of the week before, since 2012 → since", () => {
    expect(extractTimes("The talks began in June.", 0, PUB)[0]!.value).toBe("2018-06");
    expect(extractTimes("The talks began in October.", 0, PUB)[0]!.value).toBe("2017-10");
    expect(extractTimes("He arrived last week.", 0, PUB)[0]!.value).toBe("2018-08-20");
    const since = extractTimes("Iran has backed Assad since 2012.", 0, PUB)[0]!;
    expect(since).toMatchObject({ value: "2012", since: true });
  });

  // chrono dates "this week" by its Sunday, the last day of the ISO week before.
  it.each([
    ["2024-03-08", "this week", "2024-03-04"],
    ["2024-03-10", "earlier this week", "2024-03-04"],
    ["2024-03-04", "later this week", "2024-03-04"],
    ["2024-03-08", "last week", "2024-02-26"],
    ["2024-03-08", "next week", "2024-03-11"],
  ])("in an article of %s, '%s' is the week of %s", (pub, words, monday) => {
    expect(extractTimes(`The shipment was seized ${words}.`, 0, pub)[0]!.value).toBe(monday);
  });

  it.each([
    ["The parties will hold primaries in mid May.", "mid May", "2019-05"],
    ["The vote is set for mid-May.", "mid-May", "2019-05"],
    ["The talks began in early June.", "early June", "2018-06"],
    ["The plant closed in late October.", "late October", "2017-10"],
    ["The plant closed at the end of June.", "the end of June", "2018-06"],
    ["The plant closed in late March 2015.", "late March 2015", "2015-03"],
  ])("a part of a month dates at the month's grain: %s", (sentence, text, value) => {
    const t = extractTimes(sentence, 0, PUB);
    expect(t.map((x) => [x.text, x.value, x.granularity])).toEqual([[text, value, "month"]]);
  });

  it.each([
    "He served in the Marines - six months in training and four years in the reserves.",
    "The repairs took longer than planned – three weeks in all.",
    "The refit kept the ship in the yard a long time\u2014two years in all.",
    "The quake was felt strongly for around 15 seconds.",
    "The talks lasted for three days.",
    "Rescuers had been searching for a week.",
    "Police want answers within 48 hours.",
    "The trial is expected to last three weeks.",
    "The storm will likely last two more days.",
    "The strike did not last two weeks.",
    "The hostages were released after 10 months in captivity.",
    "Talks resumed after nearly a year.",
  ])("a duration after a dash, a sign, 'for', 'within', 'after' or the verb 'last' dates nothing: %s", (sentence) => {
    expect(extractTimes(sentence, 0, PUB)).toEqual([]);
  });

  it.each([
    ["He scored 23 points in 35 minutes.", []],
    ["In the next minute or two, the roof was in flames.", []],
    ["He will live in the D.C. or Chicago area.", []],
    ["Police arrested him an hour after the bodies were found.", [["an hour after", "relative", false]]],
    ["A year later, the company collapsed.", [["A year later", "relative", false]]],
    ["The standoff lasted five hours before the man surrendered.", []],
    ["The jury deliberated for four hours before convicting him.", []],
  ])("a span under a day, a letter or a time counted from another event dates nothing: %s", (sentence, want) => {
    expect(extractTimes(sentence, 0, "2024-03-14").map((x) => [x.text, x.granularity, x.resolved])).toEqual(want);
  });

  it("'the last three weeks' is still a time: 'last' is no verb there", () => {
    expect(extractTimes("Prices rose over the last three weeks.", 0, "2024-03-14").map((x) => x.text)).toEqual([
      "last three weeks",
    ]);
  });

  it("a time that far from now is still a date: in two weeks", () => {
    expect(extractTimes("The result is due in two weeks.", 0, "2024-03-14").map((x) => x.value)).toEqual([
      "2024-03-28",
    ]);
  });

  it("a date after a dash is still a date", () => {
    const t = extractTimes("The plant closed - on June 3, 2015 - after the fire.", 0, PUB);
    expect(t.map((x) => x.value)).toEqual(["2015-06-03"]);
  });

  it("finds nothing in a sentence without time", () => {
    expect(extractTimes("Iran backs the Syrian government.", 0, PUB)).toEqual([]);
  });
});

describe("CHRONO_CAN_READ (chrono runs only where it can find something)", () => {
  const ref = new Date(Date.UTC(2018, 7, 28));
  it.each([
    "They met the day after tomorrow, not overmorrow.",
    "The end of the month is the deadline.",
    "Within an hour the road was closed.",
    "Rescuers worked through the night and into the morning.",
    "Results are expected next Sunday or this weekend.",
    "It happened a few weeks ago, in the past years.",
    "The strike ended at noon; talks resume at midnight.",
    "The law took effect in March.",
    "The vote is due tmrw.",
  ])("every sentence chrono finds a time in passes the test: %s", (sentence) => {
    expect(chrono.parse(sentence, ref).length).toBeGreaterThan(0);
    expect(CHRONO_CAN_READ.test(sentence)).toBe(true);
  });
  it.each([
    "This mayor said the last debate was a mistake.",
    "Next step is a hearing after this decision.",
    "The season ended before Christmas Eve, a while ago.",
    "Police said the suspect fled on foot.",
    "Indonesia's president said: \u201cI'm sure we'd agree, it's Orlan\u2019s turn.\u201d",
  ])("a sentence it skips holds nothing chrono reads: %s", (sentence) => {
    expect(CHRONO_CAN_READ.test(sentence)).toBe(false);
    expect(chrono.parse(sentence, ref)).toEqual([]);
  });
});

describe("timesAgree", () => {
  const f = (over: Partial<TimeFacet>): TimeFacet => ({
    text: "",
    start: 0,
    end: 0,
    granularity: "day",
    value: "",
    resolved: true,
    role: "event",
    ...over,
  });
  it.each([
    ["same day", f({ value: "2018-08-25" }), f({ value: "2018-08-25" }), true],
    ["different days", f({ value: "2018-08-25" }), f({ value: "2018-08-26" }), false],
    [
      "weekday names equal",
      f({ granularity: "weekday", value: "Saturday", resolved: false }),
      f({ granularity: "weekday", value: "Saturday", resolved: false }),
      true,
    ],
    [
      "weekday names differ",
      f({ granularity: "weekday", value: "Saturday", resolved: false }),
      f({ granularity: "weekday", value: "Sunday", resolved: false }),
      false,
    ],
    [
      "day vs its weekday name",
      f({ value: "2018-08-25" }),
      f({ granularity: "weekday", value: "Saturday", resolved: false }),
      true,
    ],
    [
      "day vs another weekday name",
      f({ value: "2018-08-25" }),
      f({ granularity: "weekday", value: "Sunday", resolved: false }),
      false,
    ],
    ["day within month", f({ value: "2018-08-25" }), f({ granularity: "month", value: "2018-08" }), true],
    ["day outside month", f({ value: "2018-08-25" }), f({ granularity: "month", value: "2018-07" }), false],
    ["week is not comparable", f({ value: "2018-08-25" }), f({ granularity: "week", value: "2018-08-20" }), null],
  ])("%s", (_n, a, b, expected) => {
    expect(timesAgree(a, b)).toBe(expected);
    expect(timesAgree(b, a)).toBe(expected);
  });
});
