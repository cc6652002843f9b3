import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { analyzeStory } from "./analyze";
import { subjectOf } from "./subject";
import { timesAgree, type TimeFacet } from "./time";

const claim = (text: string, publishedAt = "2012-06-20") =>
  extractArticle({ text, publishedAt, outlet: null, title: null, url: null }).claims[0]!;

describe("an age is a year of origin (ages.ts)", () => {
  it.each([
    ["The 86-year-old warehouse burned down overnight.", "86-year-old", "1926", "built", "~warehouse"],
    ["A 59-year-old grandmother was killed in the crash.", "59-year-old", "1953", "born", "~grandmother"],
    ["Ana Ruiz, 59, was killed in the crash.", "59", "1953", "born", "an rz"],
    ["Ana Ruiz, aged 59, was killed in the crash.", "59", "1953", "born", "an rz"],
    ["Ana Ruiz, a 59-year-old nurse, was killed in the crash.", "59-year-old", "1953", "born", "an rz"],
    ["In Lyon, a 59-year-old bakery burned down.", "59-year-old", "1953", "built", "~bakery"],
    // The compound as the noun: a described person, whoever was named last ("Officer Dale Moss shot the boy.").
    ["The 16-year-old was shot by police.", "16-year-old", "1996", "born", "~person"],
  ])("%s", (text, written, year, predicate, holder) => {
    const t = claim(text).times.find((x) => x.fromAge)!;
    expect([t.text, t.value, t.predicate, t.holder]).toEqual([written, year, predicate, holder]);
  });

  it("reads no year from an age without a publication date", () => {
    const c = extractArticle({ text: "The 86-year-old warehouse burned down.", publishedAt: null }).claims[0]!;
    expect(c.times.filter((t) => t.fromAge)).toEqual([]);
  });

  it("agrees with the year or the one before, not with another", () => {
    const age = claim("The 86-year-old warehouse burned down overnight.").times.find((x) => x.fromAge)!;
    const year = (value: string): TimeFacet => ({ ...age, fromAge: undefined, value, text: value });
    expect([1925, 1926, 1927, 1935].map((y) => timesAgree(age, year(String(y))))).toEqual([true, true, false, false]);
  });
});

describe("a thing's age against the year it was built", () => {
  const dates = (...texts: string[]) =>
    analyzeStory({ articles: texts.map((text) => ({ text, publishedAt: "2012-06-20" })) }).groups.flatMap((g) =>
      g.discrepancies.filter((d) => d.kind === "date").map((d) => d.values.map((v) => v.value)),
    );

  it("flags an 86-year-old warehouse that another outlet says was built in 1935", () => {
    expect(
      dates(
        "Fire destroyed the old Palmer warehouse on Tuesday. Officials said the 86-year-old warehouse had no power.",
        "Fire destroyed the old Palmer warehouse on Tuesday. The warehouse was built in 1935 by the colony.",
      ),
    ).toEqual([["86-year-old (built 1925 or 1926)", "1935"]]);
  });

  it("names a person's row after the birth and shows the years an age gives", () => {
    const a = analyzeStory({
      articles: [
        "Ana Ruiz, 59, a nurse from Dayton, was killed in the crash.",
        "Ana Ruiz, who was born in 1950, was killed in the crash.",
      ].map((text) => ({ text, publishedAt: "2024-03-14" })),
    });
    const d = a.groups.flatMap((g) => g.discrepancies).find((x) => x.kind === "date")!;
    expect(d.values.map((v) => v.value)).toEqual(["59 (born 1964 or 1965)", "1950"]);
    expect(subjectOf(d)).toBe("Date of Ana Ruiz's birth");
  });

  it.each([
    [
      "a year that agrees",
      "Officials said the 86-year-old warehouse had no power.",
      "The warehouse was built in 1926 by the colony.",
    ],
    ["another thing's year", "Officials said the 86-year-old warehouse had no power.", "The bridge was built in 1935."],
    [
      "a person's age and a date of something else they did",
      "Mr. Reed, 47, said he had a beer after work.",
      "Tom Reed had his first beer in 1980, he said.",
    ],
  ])("does not flag %s", (_name, a, b) => {
    expect(dates(a, b)).toEqual([]);
  });
});

describe("two outlets' ages of a person they describe by the age alone ('the 16-year-old')", () => {
  const ages = (a: string, b: string) =>
    analyzeStory({
      articles: [a, b].map((text, i) => ({ outlet: i ? "Beta" : "Alpha", publishedAt: "2024-03-14", text })),
    }).groups.flatMap((g) => g.discrepancies.filter((d) => d.basis?.measure === "age").map((d) => d.detail));

  it("flags them in one row", () => {
    expect(
      ages(
        "The 16-year-old was shot seven times by two officers on Saturday night.",
        "The 17-year-old was shot seven times by two officers on Saturday night.",
      ),
    ).toEqual([expect.stringMatching(/16-year-old.*17-year-old/)]);
  });

  it("does not give the age to the person named last", () => {
    const text = "Officer Dale Moss shot the boy on Saturday. The 17-year-old died in hospital.";
    const [, died] = extractArticle({ text, publishedAt: "2024-03-14" }).claims;
    expect(died!.quantities.map((q) => [q.text, q.holder])).toEqual([["17", "~person"]]);
  });
});

describe("people described by one noun and what sets them apart", () => {
  it.each([
    ["A 29-year-old van driver died in hospital.", "~van driver"],
    ["The lorry's 38-year-old driver was questioned.", "~lorry driver"],
    ["The 38-year-old driver was questioned.", "~driver"],
  ])("%s: %s", (text, holder) => {
    expect(claim(text).quantities.find((q) => q.unit === "age")?.holder).toBe(holder);
  });
});

describe("an age said with 'be' ('Laura Diaz was 29.')", () => {
  const ages = (text: string) =>
    extractArticle({ text, publishedAt: "2024-03-14" })
      .claims.flatMap((c) => c.quantities)
      .map((q) => [q.text, q.unit, q.holder ?? ""]);

  it.each([
    ["The woman, Laura Diaz, was 29.", "29", "lr dz"],
    ["Police said Diaz was 29 and lived alone.", "29", "dz"],
    ["The victim, who was only 17, died at the scene.", "17", "~victim"],
    ["Ana Ruiz was 54 at the time of the crash.", "54", "an rz"],
  ])("%s", (text, number, holder) => {
    expect(ages(text)).toContainEqual([number, "age", holder]);
  });

  it.each([
    "The final score was 29 to 14.",
    "The death toll is 11, officials said.",
    "The ship was 12 miles off the coast.",
    "Ana Ruiz was 54 points behind after the first round.",
    "The company was 29 at its listing.",
    "Hale was 19 when he joined the army.",
  ])("no age: %s", (text) => {
    expect(ages(text).filter(([, unit]) => unit === "age")).toEqual([]);
  });

  const flagged = (a: string, b: string) =>
    analyzeStory({
      articles: [a, b].map((text, i) => ({ outlet: i ? "Beta" : "Alpha", publishedAt: "2024-03-14", text })),
    })
      .groups.flatMap((g) => g.discrepancies.filter((d) => d.basis?.measure === "age"))
      .map((d) => d.values.map((v) => v.value));

  it("flags two outlets' ages of one named person", () => {
    expect(flagged("The victim was identified as 27-year-old Laura Diaz.", "The woman, Laura Diaz, was 29.")).toEqual([
      ["27-year-old", "29"],
    ]);
  });

  it("names the row after the person whose age it is, not the clause's subject", () => {
    const { groups } = analyzeStory({
      articles: ["The victim was identified as 27-year-old Laura Diaz.", "The woman, Laura Diaz, was 29."].map(
        (text) => ({ text, publishedAt: "2024-03-14" }),
      ),
    });
    expect(groups.flatMap((g) => g.discrepancies.map((d) => d.subject))).toEqual(["Laura Diaz's age"]);
  });

  // The two sentences share little but the name; the name alone ("Laura Diaz", an appositive) is no clause of a row.
  it("flags them when the sentences say different things besides", () => {
    expect(
      flagged(
        "The victim was identified as 27-year-old Laura Diaz, a nurse from the town.",
        "The woman, Laura Diaz, was 29 and worked as a nurse in the town.",
      ),
    ).toEqual([["27-year-old", "29"]]);
  });
});
