import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";

/** The "nationality" discrepancies of a story of two one-sentence articles, as their values. */
function nationalities(a: string, b: string): string[][] {
  return analyzeStory({
    articles: [a, b].map((text, i) => ({ outlet: i ? "Beta" : "Alpha", publishedAt: "2024-03-14", text })),
  }).groups.flatMap((g) =>
    g.discrepancies.filter((d) => d.basis?.measure === "nationality").map((d) => d.values.map((v) => v.value)),
  );
}

describe("the nationality outlets give a named person (nationalities.ts)", () => {
  it.each<[string, string, string, string[][]]>([
    [
      "two appositives",
      "The hostage, Pierre Lamont, a French citizen, was freed on Monday.",
      "The hostage, Pierre Lamont, a Belgian national, was freed on Monday.",
      [["French", "Belgian"]],
    ],
    [
      "before the words that describe the person, and in an appositive with an age",
      "The Somali fisherman Abdi Hassan was released on Monday.",
      "Abdi Hassan, a 34-year-old Kenyan fisherman, was released on Monday.",
      [["Somali", "Kenyan"]],
    ],
    [
      "in sentences of two rows",
      "Pierre Lamont, a French citizen, was freed on Monday after three months in captivity.",
      "Lamont, a Belgian national, had worked in the region for years as an engineer.",
      [["French", "Belgian"]],
    ],
    [
      "a copula, of a person the story does not name",
      "The captain was a Greek national, the owners said.",
      "The captain was a Ukrainian national, the owners said.",
      [["Greek", "Ukrainian"]],
    ],
    [
      "two people of a row the story does not name",
      "One victim was a French citizen, police said on Sunday.",
      "The other victim was a Belgian national, police said on Sunday.",
      [],
    ],
    [
      "one of two nationalities",
      "Pierre Lamont, a French-Belgian national, was freed on Monday.",
      "Pierre Lamont, a Belgian citizen, was freed on Monday.",
      [],
    ],
    [
      "a country and a country it is a part of",
      "Scottish businessman John Reid was freed on Monday.",
      "British businessman John Reid was freed on Monday.",
      [],
    ],
    [
      "where someone was born is no nationality",
      "The Belgian-born aid worker Pierre Lamont was freed on Monday.",
      "The French aid worker Pierre Lamont was freed on Monday.",
      [],
    ],
    [
      "the nationality of someone else in the sentence",
      "French police questioned Sean Kelly on Monday.",
      "British police questioned Sean Kelly on Monday.",
      [],
    ],
    [
      "an adjective of a continent or a state is no nationality",
      "The Asian businessman John Reid was freed on Monday.",
      "The Texan businessman John Reid was freed on Monday.",
      [],
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(nationalities(a, b)).toEqual(expected);
  });

  it("names the row after the person's nationality", () => {
    const { groups } = analyzeStory({
      articles: [
        "The hostage, Pierre Lamont, a French citizen, was freed on Monday.",
        "The hostage, Pierre Lamont, a Belgian national, was freed on Monday.",
      ].map((text) => ({ text, publishedAt: "2024-03-14" })),
    });
    expect(groups.flatMap((g) => g.discrepancies.map((d) => d.subject))).toEqual(["Nationality of Pierre Lamont"]);
  });
});
