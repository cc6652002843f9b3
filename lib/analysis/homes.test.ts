import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";
import { extractArticle } from "./extract";
import { homesOf } from "./homes";

const homes = (text: string) =>
  extractArticle({ text, publishedAt: "2024-03-14" }).claims.flatMap((claim) =>
    homesOf({ ref: { article: 0, claim: 0 }, claim }).map((h) => [h.holderText, h.place]),
  );

describe("where a named person lives or comes from (homesOf)", () => {
  it.each([
    ["Police found Ruth Okafor, 59, of College Point, lying in the road.", [["Ruth Okafor", "College Point"]]],
    ["Ruth Okafor, who lived half a mile away in Ozone Park, was taken to hospital.", [["Ruth Okafor", "Ozone Park"]]],
    ["Nina Lowe, 20, who is from Penmoor, was a student.", [["Nina Lowe", "Penmoor"]]],
    ["Dan Petrov, who was originally from Varna, moved to Leeds.", [["Dan Petrov", "Varna"]]],
    // Not a home: a clause about something else, or "of" that is not the whole appositive.
    ["Ruth Okafor, who worked in Ozone Park, was taken to hospital.", []],
    ["Ruth Okafor, the head of College Point Library, was taken to hospital.", []],
    ["The driver, who is from Schenectady, was caught.", []],
  ])("%s", (text, want) => {
    expect(homes(text)).toEqual(want);
  });
});

it("marks where the place is written", () => {
  const text =
    "Police found Ruth Okafor, 59, of College Point, lying in the road. Ruth Okafor, who lived in Ozone Park, was 59.";
  const spans = extractArticle({ text, publishedAt: "2024-03-14" }).claims.flatMap((claim) =>
    homesOf({ ref: { article: 0, claim: 0 }, claim }).map((h) => text.slice(h.start, h.end)),
  );
  expect(spans).toEqual(["College Point", "Ozone Park"]);
});

describe("one person given two homes by two outlets (homeConflict)", () => {
  const details = (a: string, b: string) =>
    analyzeStory({
      articles: [a, b].map((text, i) => ({ outlet: i ? "Beta" : "Alpha", publishedAt: "2024-03-14", text })),
    }).groups.flatMap((g) => g.discrepancies.filter((d) => /^home/.test(d.detail)).map((d) => d.detail));

  it("flags two neighbourhoods", () => {
    expect(
      details(
        "Ruth Okafor, 59, of College Point, was struck by a car on Friday evening.",
        "Ruth Okafor, who lived in Ozone Park, was struck by a car on Friday evening.",
      ),
    ).toEqual(["home of Ruth Okafor: College Point (Alpha) vs Ozone Park (Beta)"]);
  });

  it("names the row after the person", () => {
    const story = analyzeStory({
      articles: [
        "Ruth Okafor, 59, of College Point, was struck by a car on Friday evening.",
        "Ruth Okafor, who lived in Ozone Park, was struck by a car on Friday evening.",
      ].map((text, i) => ({ outlet: i ? "Beta" : "Alpha", publishedAt: "2024-03-14", text })),
    });
    expect(story.groups.find((g) => g.discrepancies.length)?.discrepancies[0]?.subject).toBe("Home of Ruth Okafor");
  });

  it.each([
    [
      "a city and a neighbourhood it may hold",
      "Ruth Okafor, 59, of Cardiff, was struck by a car on Friday evening.",
      "Ruth Okafor, who lived in Pontcanna, was struck by a car on Friday evening.",
    ],
    [
      "a street and a town",
      "Ruth Okafor, who lived in Newton Street, was struck by a car on Friday evening.",
      "Ruth Okafor, 59, of Millbrook, was struck by a car on Friday evening.",
    ],
    [
      "one town spelled two ways",
      "Ruth Okafor, 59, of Schenectady, was struck by a car on Friday evening.",
      "Ruth Okafor, who was from Schnectady, was struck by a car on Friday evening.",
    ],
    [
      "two people",
      "Ruth Okafor, 59, of College Point, was struck by a car driven by Dan Petrov.",
      "Dan Petrov, who lived in Ozone Park, was driving the car that struck Ruth Okafor.",
    ],
  ])("does not flag %s", (_, a, b) => {
    expect(details(a, b)).toEqual([]);
  });
});
