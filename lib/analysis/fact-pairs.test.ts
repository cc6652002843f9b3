import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";

/** The number conflicts of a story of two invented articles, each as "a vs b". */
const numbers = (a: string, b: string) =>
  analyzeStory({
    articles: [a, b].map((text, i) => ({
      outlet: i ? "Beta" : "Alpha",
      publishedAt: "2024-03-14",
      text: `${text} ${i ? "Residents described scenes of confusion." : "Officials gave few other details."}`,
    })),
  }).groups.flatMap((g) =>
    g.discrepancies.filter((d) => d.kind === "number").map((d) => d.values.map((v) => v.value).join(" vs ")),
  );

describe("one physical property of one thing (fact-pairs.oneProperty)", () => {
  it.each([
    [
      "a speed in two units",
      "The car was travelling at 90 mph when it hit the wall.",
      "Police said the car was going 110 miles per hour at the time of the crash.",
    ],
    [
      "a height in metres and feet",
      "The tower is 80 metres tall, the council said.",
      "Engineers inspected the tower, which is 400 feet tall, on Friday.",
    ],
  ])("is compared though the sentences share no other word: %s", (_, a, b) => {
    expect(numbers(a, b)).toHaveLength(1);
  });

  it.each([
    [
      "of two different things",
      "The car was travelling at 90 mph when it hit the wall.",
      "The train was going 110 miles per hour at the time of the crash.",
    ],
    [
      "when an outlet gives two",
      "The car was travelling at 90 mph. Earlier the car had reached 120 mph on the bypass.",
      "Police said the car was going 110 miles per hour at the time of the crash.",
    ],
  ])("is not compared %s", (_, a, b) => {
    expect(numbers(a, b)).toEqual([]);
  });
});

describe("amounts of named holders (fact-pairs.pairFacts meets a name's amounts through an index)", () => {
  const first = "Mayor Ana Smith paid $5,000 for the painting at the auction on Monday.";
  it.each([
    ["the same surname", "Smith paid $6,000 for the painting at the auction, her office said."],
    ["a title for the name", "The mayor paid $6,000 for the painting at the auction, her office said."],
  ])("are compared for %s", (_, second) => {
    expect(numbers(first, second)).toEqual(["$5,000 vs $6,000"]);
  });

  it("are not compared for another name", () => {
    expect(
      numbers(first, "Councillor Tom Jones paid $6,000 for the painting at the auction, his office said."),
    ).toEqual([]);
  });
});

describe("a crowd counted as people and as a kind of person (fact-pairs.onePeopleCount)", () => {
  it.each([
    [
      "more mourners than people",
      "About 100 people gathered outside the church on Sunday night to remember the teenager.",
      "Some 300 mourners attended a service outside the church on Sunday night to remember the teenager.",
      ["About 100 people vs Some 300 mourners"],
    ],
    [
      "more supporters than people",
      "Nearly 2,000 supporters rallied in the square on Saturday.",
      "About 800 people rallied in the square on Saturday.",
      ["Nearly 2,000 supporters vs About 800 people"],
    ],
    // Fewer supporters than people: they may be among them.
    [
      "fewer supporters than people",
      "About 2,000 people rallied in the square on Saturday.",
      "About 800 supporters rallied in the square on Saturday.",
      [],
    ],
    // A kind of person and the class it is a kind of, in one act: a convict is a prisoner.
    [
      "more convicts than prisoners",
      "Eleven convicts escaped from the county jail on Tuesday night.",
      "Seven prisoners escaped from the county jail on Tuesday night.",
      ["Eleven convicts vs Seven prisoners"],
    ],
    [
      "fewer convicts than prisoners",
      "Seven convicts escaped from the county jail on Tuesday night.",
      "Eleven prisoners escaped from the county jail on Tuesday night.",
      [],
    ],
    [
      "more residents than people, in one act",
      "Firefighters rescued nine residents from the burning block on Friday.",
      "Firefighters rescued six people from the burning block on Friday.",
      ["nine residents vs six people"],
    ],
    [
      "a kind and its class in two acts",
      "Eleven convicts escaped from the county jail on Tuesday night.",
      "Seven prisoners were moved from the county jail on Tuesday night.",
      [],
    ],
    // Officers on patrol are no part of the crowd.
    [
      "people who are not a crowd",
      "About 100 people gathered outside the church on Sunday night to remember the teenager.",
      "Police said about 300 officers patrolled outside the church on Sunday night.",
      [],
    ],
  ])("%s", (_, a, b, expected) => {
    expect(numbers(a, b)).toEqual(expected);
  });
});
