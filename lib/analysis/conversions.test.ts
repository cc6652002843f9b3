import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";
import { convertedOverlap, convertible, halfStep, inBaseUnits } from "./conversions";
import { extractQuantities } from "./quantity";
import { splitSentences } from "./nlp";

/** Amounts in different units of one dimension (conversions.ts). Invented sentences. */

describe("halfStep: the rounding a figure may carry", () => {
  it.each([
    [6, 0.5],
    [10, 0.5],
    [6.1, 0.05],
    [320, 5],
    [200, 5],
    [5000, 50],
    [12000, 500],
    [0, 0.5],
  ])("%s is written to ±%s", (x, half) => {
    expect(halfStep(x)).toBeCloseTo(half, 9);
  });
});

describe("convertedOverlap: one value in two units, or two values", () => {
  const q = (low: number, unit: string, high = low) => ({ low, high, unit });
  it.each([
    [q(6, "mile"), q(10, "km"), true],
    [q(34, "mile"), q(55, "km"), true],
    [q(12, "mile"), q(10, "km"), false],
    [q(47, "celsius"), q(117, "fahrenheit"), true],
    [q(47, "celsius"), q(104, "fahrenheit"), false],
    [q(155, "mph"), q(250, "kph"), true],
    [q(155, "mph"), q(200, "kph"), false],
    [q(5000, "hectare"), q(12000, "acre"), true],
    [q(1100, "square metre"), q(12000, "square foot"), true],
    [q(1100, "square metre"), q(20000, "square foot"), false],
    [q(40, "square mile"), q(104, "square km"), true],
    [q(5000, "acre"), q(20, "square mile"), false],
    [q(40, "ton"), q(40, "tonne"), true],
    [q(40, "tonne"), q(88000, "pound"), true],
    [q(300, "metre"), q(1000, "foot"), true],
    [q(300, "metre"), q(500, "foot"), false],
    [q(3, "hour"), q(90, "minute"), false],
    [q(2, "week"), q(14, "day"), true],
    [q(18, "month"), q(1.5, "year"), true],
  ])("%o and %o: %s", (a, b, same) => {
    expect(convertible(a.unit, b.unit)).toBe(true);
    expect(convertedOverlap(a, b)).toBe(same);
  });

  it("converts only units of one dimension", () => {
    expect(convertible("mile", "kph")).toBe(false);
    expect(convertible("degree", "celsius")).toBe(false);
    expect(convertible("km", "km")).toBe(false);
    expect(convertible("people", "building")).toBe(false);
    expect(inBaseUnits({ low: 3, high: 3, unit: "people" })).toBeUndefined();
  });
});

describe("reading the unit (quantity-nouns)", () => {
  const units = (s: string) =>
    extractQuantities(s, 0, splitSentences(s, 0)[0]!.tokens).map((x) => `${x.low} ${x.unit}`);
  it.each([
    ["Temperatures reached 47 degrees Celsius on Tuesday.", ["47 celsius"]],
    ["It was 117°F in the shade and 30 °C at night.", ["117 fahrenheit", "30 celsius"]],
    ["It was 30 degrees at night.", ["30 degree"]],
    ["The wreck lies 25 meters down; the diver reached 90 feet.", ["25 metre", "90 foot"]],
    ["The truck carried 30 kilograms and 12 lbs.", ["30 kg", "12 pound"]],
    // A noun in a word compound modifies the noun after it.
    ["Several last-minute changes were made.", ["3 change"]],
    ["He holds two part-time jobs.", ["2 job"]],
  ])("%s", (s, expected) => {
    expect(units(s)).toEqual(expected);
  });
});

/** The number conflicts of a story of two invented articles, each as "a vs b", with the row's headline. */
const numbers = (a: string, b: string) =>
  analyzeStory({ articles: [a, b].map((text) => ({ text, publishedAt: "2018-08-28" })) }).groups.flatMap((g) =>
    g.discrepancies
      .filter((d) => d.kind === "number")
      .map((d) => `${d.subject}: ${d.values.map((v) => v.value).join(" vs ")}`),
  );

describe("comparing amounts across units (analysis)", () => {
  it.each([
    [
      "The quake struck at a depth of 12 miles under the island of Borneo, officials said.",
      "The quake struck at a depth of 10 kilometres under Borneo island, officials said.",
      ["Depth: 12 miles vs 10 kilometres"],
    ],
    [
      "The quake struck at a depth of six miles under the island of Borneo, officials said.",
      "The quake struck at a depth of 10 kilometres under Borneo island, officials said.",
      [],
    ],
    [
      "Temperatures in Seville reached 47 degrees Celsius on Tuesday, the weather service said.",
      "Seville sweltered on Tuesday as temperatures reached 104 °F, the weather service said.",
      ["Temperature: 47 degrees Celsius vs 104 °F"],
    ],
    [
      "Temperatures in Seville reached 47 degrees Celsius on Tuesday, the weather service said.",
      "Seville sweltered on Tuesday as temperatures reached 117 °F, the weather service said.",
      [],
    ],
    [
      "Hurricane Maria made landfall with winds of 155 mph, forecasters said.",
      "Forecasters said Hurricane Maria made landfall with winds of 200 km/h.",
      ["Hurricane Maria's speed: 155 mph vs 200 km/h"],
    ],
    [
      "Hurricane Maria made landfall with winds of 155 mph, forecasters said.",
      "Forecasters said Hurricane Maria made landfall with winds of 250 km/h.",
      [],
    ],
    [
      "The standoff with police lasted three hours before the gunman surrendered.",
      "The gunman surrendered after a 90-minute standoff with police.",
      ["Duration: three hours vs 90-minute"],
    ],
    ["The hearing lasted two weeks, ending on Friday.", "The 14-day hearing ended on Friday.", []],
  ])("%s / %s", (a, b, expected) => {
    expect(numbers(a, b)).toEqual(expected);
  });

  it("never compares a temperature without its scale with one in Celsius", () => {
    expect(
      numbers(
        "Temperatures in Seville reached 30 degrees on Tuesday, the weather service said.",
        "Seville sweltered on Tuesday as temperatures reached 45 degrees Celsius, the weather service said.",
      ),
    ).toEqual([]);
  });
});
