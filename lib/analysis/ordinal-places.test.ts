import { describe, expect, it } from "vitest";
import { ordinalPlaces, placesRankedApart } from "./ordinal-places";

describe("which one of a row of places (ordinal-places.ordinalPlaces)", () => {
  it.each([
    ["The fire broke out on the third floor of the block.", [{ rank: 3, noun: "floor", text: "third floor" }]],
    ["She fell from the 14th storey.", [{ rank: 14, noun: "storey", text: "14th storey" }]],
    ["Ortiz finished in second place.", [{ rank: 2, noun: "place", text: "second place" }]],
    ["The bomb went off in the fourth carriage.", [{ rank: 4, noun: "carriage", text: "fourth carriage" }]],
    // Parts of a stretch of time: a player scores in one and again in another.
    ["Ruiz scored in the second half.", []],
    ["He was knocked down in the fourth round.", []],
    ["The winner came in the 89th minute.", []],
    // "A second building" is another one, not the second of a row.
    ["The blaze spread to a second building.", []],
    // A person, not a place.
    ["The first lady visited the ward.", []],
  ])("%s", (text, expected) => {
    expect(ordinalPlaces(text)).toEqual(expected);
  });

  it.each([
    ["Kovacs finished third in the final.", "finish", [{ rank: 3, noun: "place", text: "finished third" }]],
    ["The film came second.", "come", [{ rank: 2, noun: "place", text: "came second" }]],
    // "First" before the verb says when, not where in an order.
    ["She was first elected in 2014.", "elect", []],
    // An ordinal with a noun of its own is that noun's.
    ["He scored his third goal.", "score", []],
    // Another verb's ordinal.
    ["He spoke after he finished third.", "speak", []],
  ])("%s (after the verb %s)", (text, predicate, expected) => {
    expect(ordinalPlaces(text, predicate)).toEqual(expected);
  });
});

describe("one place of a row given two ranks (ordinal-places.placesRankedApart)", () => {
  it.each([
    ["on the third floor", "on the fifth floor", ["third floor", "fifth floor"]],
    ["on the third floor", "on the 3rd floor", null],
    ["on the third floor", "on the third deck", null],
    ["on the second floor and the third floor", "on the fourth floor", null],
    ["in the kitchen", "on the fourth floor", null],
  ])("%s / %s", (a, b, expected) => {
    const found = placesRankedApart(a, b);
    expect(found && found.map((p) => p.text)).toEqual(expected);
  });
});
