import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";

/** The "statement" discrepancies of a story of two one-sentence articles, as "value vs value". */
function contrasts(a: string, b: string): string[] {
  const out = analyzeStory({
    story: { title: "t" },
    articles: [a, b].map((text, i) => ({ outlet: `Outlet ${i}`, publishedAt: "2024-03-08", text })),
  });
  return out.groups.flatMap((g) =>
    g.discrepancies.filter((d) => d.kind === "statement").map((d) => d.values.map((v) => v.value).join(" vs ")),
  );
}

describe("opposite complements of one event word (complements.ts)", () => {
  it.each([
    [
      "an adjective that says in what state the act left its object",
      "The girl was found alive on Sunday.",
      "The girl was found dead on Sunday.",
      ["found alive vs found dead"],
    ],
    [
      "after an object of one word, a name",
      "The jury found Hale guilty on all counts.",
      "The jury found Hale innocent on all counts.",
      ["found Hale guilty vs found Hale innocent"],
    ],
    [
      "of a phrasal verb, before a comma",
      "The test came back positive, officials said.",
      "The test came back negative, officials said.",
      ["came back positive vs came back negative"],
    ],
    [
      "an adverb of manner",
      "The two leaders met privately on Tuesday.",
      "The two leaders met publicly on Tuesday.",
      ["met privately vs met publicly"],
    ],
    [
      "before a word that is no noun",
      "The store was left open overnight.",
      "The store was left closed overnight.",
      ["left open vs left closed"],
    ],
    [
      "an adjective before a noun is the noun's",
      "Police found a dead dog inside the house.",
      "Police found a live grenade inside the house.",
      [],
    ],
    [
      "a time after the adverb is the adverb's ('late Monday')",
      "The road was closed early Monday and reopened late Monday, officials said.",
      "The road closed early Monday, officials said.",
      [],
    ],
    [
      "one outlet denies the other's antonym: they agree",
      "The hiker was found dead near the trail.",
      "The hiker was not found alive near the trail.",
      [],
    ],
    ["two words that are no antonyms", "The girl was found safe on Sunday.", "The girl was found alive on Sunday.", []],
    [
      "an outlet that gives both complements, each to its own act",
      "Shares opened lower but closed higher on Monday.",
      "Shares closed higher on Monday after opening lower.",
      [],
    ],
  ])("%s", (_, a, b, expected) => {
    expect(contrasts(a, b)).toEqual(expected);
  });
});
