import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeStory } from "../lib/analysis/analyze";
import { storyBundleSchema } from "../lib/analysis/schema";

/**
 * The browser tests' second story (e2e/stories/ferry-capsizing.json), written for them with known conflicts: the
 * analysis must find each, with the outlets on each side, and nothing else.
 */
const analysis = analyzeStory(
  storyBundleSchema.parse(JSON.parse(readFileSync("e2e/stories/ferry-capsizing.json", "utf8"))),
);
const splits = analysis.groups.flatMap((g) =>
  g.discrepancies.map((d) => d.values.map((v) => `${v.value} [${v.articles.join(",")}]`).join(" vs ")),
);

describe("the ferry story written for the browser tests", () => {
  it("shows the day, the toll, the passengers and the quote as conflicts, and nothing else", () => {
    expect(splits.sort()).toEqual([
      "12 people [0,1] vs 14 people [2]",
      "86 passengers [0,1] vs 96 passengers [2]",
      "Tuesday 2025-05-13 [0,1] vs Wednesday 2025-05-14 [2]",
      "“We did everything we could to reach them” [0] vs “We did all we could to reach them” [1]",
    ]);
  });

  it("reports the captain's name spelled two ways", () => {
    // The full name, and the surname alone (the two spellings sound alike: variants.soundAlike).
    expect(analysis.variants.map((v) => v.forms)).toEqual([
      { Dravic: [0, 2], Dravich: [1] },
      { "Mirko Dravic": [0, 2], "Mirko Dravich": [1] },
    ]);
  });

  it("shows the licence report as carried by one outlet only", () => {
    const licence = analysis.groups.find((g) => g.claims.some((c) => c.text.includes("licence")))!;
    expect(licence.coverage.soleSource).toBe(true);
    expect(licence.claims.map((c) => c.article)).toEqual([2]);
  });
});
