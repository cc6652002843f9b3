import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";

/** What an amount measures, across outlets: counts of people by related nouns, speeds. Invented stories. */

/** A story of invented articles, one text each, all published on one day; and its discrepancies. */
const discrepanciesOf = (...texts: string[]) =>
  analyzeStory({ articles: texts.map((text) => ({ text, publishedAt: "2018-08-28" })) }).groups.flatMap(
    (g) => g.discrepancies,
  );

/** The number conflicts of a story of two invented articles, each as "a vs b". */
const numbers = (a: string, b: string) =>
  discrepanciesOf(a, b)
    .filter((d) => d.kind === "number")
    .map((d) => d.values.map((v) => v.value).join(" vs "));

describe("counts of one event's people by related nouns (quantity.peopleOfOneEvent)", () => {
  it.each([
    [
      "The explosion at the chemical plant injured 14 workers, three of them seriously.",
      "Eleven employees were hurt in the blast at the plant, the company said.",
      ["14 workers vs Eleven employees"],
    ],
    [
      "Seven students were hurt when the roof collapsed on Monday.",
      "The collapse of the roof on Monday injured nine pupils.",
      ["Seven students vs nine pupils"],
    ],
    // A noun of sex or age says who, not what part: any role's count of one act is theirs.
    [
      "Three men were arrested on Tuesday in connection with the robbery.",
      "Police detained four suspects on Tuesday over the robbery.",
      ["Three men vs four suspects"],
    ],
  ])("compares an employee with a worker, a pupil with a student, a man with a suspect: %s", (a, b, expected) => {
    expect(numbers(a, b)).toEqual(expected);
  });

  it("sets 'people' against a larger group among them: a group cannot outnumber everyone", () => {
    expect(
      numbers(
        "Police arrested 35 people after the protest turned violent on Saturday night.",
        "Officers detained 53 demonstrators when the protest turned violent on Saturday night.",
      ),
    ).toEqual(["35 people vs 53 demonstrators"]);
  });

  it("never sets 'people' against a smaller group among them, nor a count an outlet gives beside another", () => {
    expect(
      numbers(
        "Twenty people were injured in the fire on Monday, officials said.",
        "Five firefighters were injured battling the fire on Monday, officials said.",
      ),
    ).toEqual([]);
    expect(
      numbers(
        "Twenty workers were injured in the fire, including five welders, officials said on Monday.",
        "Five welders were injured in the fire, officials said on Monday.",
      ),
    ).toEqual([]);
  });
});

describe("speeds (quantity-nouns, SPEED_AFTER)", () => {
  it("compares 90 mph with 110 miles per hour, and never a speed with a distance", () => {
    expect(
      numbers(
        "Police said the car was travelling at 90 mph on the highway when it hit the barrier.",
        "The car was travelling at 110 miles per hour on the highway when it hit the barrier, police said.",
      ),
    ).toEqual(["90 mph vs 110 miles per hour"]);
    const subjects = discrepanciesOf(
      "Floodwater was moving at 12 mph past the spillway.",
      "Floodwater was moving at 20 miles per hour past the spillway.",
    ).map((d) => d.subject);
    expect(subjects).toEqual(["Floodwater's speed (mph)"]);
    expect(
      numbers(
        "Police said the driver had driven 60 miles on the highway before the car hit the barrier.",
        "Police said the driver was driving at 70 miles per hour on the highway before the car hit the barrier.",
      ),
    ).toEqual([]);
  });
});

describe("votes written 'a 71-to-40 vote' and 'a vote of 71 to 40' (quantity-grammar.tallyOf)", () => {
  it("shows them as one value of the split, against 71 to 41", () => {
    const found = discrepanciesOf(
      "Maria Ortiz won the Senate seat on Tuesday by a 71-to-40 vote of the state assembly.",
      "The state assembly elected Maria Ortiz to the Senate seat on Tuesday by a vote of 71 to 41.",
      "Maria Ortiz defeated Hale for the Senate seat on Tuesday by a vote of 71 to 40 in the state assembly.",
    );
    expect(found.map((d) => d.values.map((v) => [v.value, v.articles]))).toEqual([
      [
        ["71-to-40", [0, 2]],
        ["71 to 41", [1]],
      ],
    ]);
  });
});

describe("ages of people known only by a description (fact-pairs.describedAlike)", () => {
  it.each([
    [
      "The actor died on Sunday at the age of 67, his agent said.",
      "The 68-year-old actor died on Sunday, his agent said.",
      ["67 vs 68-year-old"],
    ],
    [
      "A 59-year-old woman was killed when a car struck her on Friday night, police said.",
      "The woman, 61, was struck by a car on Friday night and died at the scene, police said.",
      ["59-year-old vs 61"],
    ],
  ])("compares the ages one row gives one noun: %s", (a, b, expected) => {
    expect(numbers(a, b)).toEqual(expected);
  });

  it("compares the only ages two outlets give a person known by a part in the story, in two rows", () => {
    expect(
      numbers(
        "Police chief Tomas Hale said the driver, 58, appeared to have lost control on a sharp bend.",
        "The 56-year-old driver survived and has been arrested.",
      ),
    ).toEqual(["58 vs 56-year-old"]);
  });

  it.each([
    // Two women of one story, in rows of their own.
    [
      "The victim, a 34-year-old woman, was found at her home on Monday.",
      "A 52-year-old woman who lived next door called police on Monday after hearing screams.",
    ],
    // One outlet ages two men: which of them the other outlet's man is, nothing says.
    [
      "A 23-year-old man was arrested after a 30-year-old man was stabbed outside the bar on Saturday.",
      "The man, 25, was arrested after the stabbing outside the bar on Saturday, police said.",
    ],
  ])("not two people who share a noun: %s / %s", (a, b) => {
    expect(numbers(a, b)).toEqual([]);
  });
});

describe("an age given by its decade (quantity.decadeAge)", () => {
  it("is set against a named person's age in years", () => {
    expect(
      numbers(
        "Police said Ana Ruiz, in her early thirties, was arrested on Monday.",
        "Ana Ruiz, 52, was arrested on Monday, police said.",
      ),
    ).toEqual(["in her early thirties vs 52"]);
    expect(
      numbers(
        "Police said Ana Ruiz, in her early fifties, was arrested on Monday.",
        "Ana Ruiz, 52, was arrested on Monday, police said.",
      ),
    ).toEqual([]);
  });
});

describe("a size its holder has is not dated by what the holder did (fact-pairs.isSize)", () => {
  it.each([
    [
      "The tower is 320 metres tall and opened in 2010.",
      "The 330-metre tower opened in 2010.",
      ["320 metres vs 330-metre"],
    ],
    // Two dates that differ still tell two boats apart, and an event's size is of that one event.
    ["The 40-foot boat sank in 2011 near the harbour.", "The 45-foot boat sank near the harbour on Tuesday.", []],
    [
      "The 12-mile race was first held in 2010, organisers said.",
      "The 13-mile race is held every spring, organisers said.",
      [],
    ],
  ])("%s / %s", (a, b, expected) => {
    expect(numbers(a, b)).toEqual(expected);
  });
});
