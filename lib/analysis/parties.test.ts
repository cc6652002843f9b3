import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";
import { partyOf } from "./parties";

/** The "party" discrepancies of a story of two one-sentence articles, as their values. */
function parties(a: string, b: string): string[][] {
  return analyzeStory({
    articles: [a, b].map((text, i) => ({ outlet: i ? "Beta" : "Alpha", publishedAt: "2024-03-14", text })),
  }).groups.flatMap((g) =>
    g.discrepancies.filter((d) => d.basis?.measure === "party").map((d) => d.values.map((v) => v.value)),
  );
}

describe("the party of a named person (parties.ts)", () => {
  it.each([
    ["Democrat", "democrat"],
    ["Democratic", "democrat"],
    ["Republican", "republican"],
    ["Communist", "communist"],
    ["Senator", null],
    ["American", null],
    ["Catholic", null],
  ])("%s names a party's member: %s", (word, party) => {
    expect(partyOf(word)).toBe(party);
  });

  it.each<[string, string, string, string[][]]>([
    [
      "a party against no party",
      "Greg Tully, a Republican, conceded in a phone call to the mayor on Tuesday night.",
      "Greg Tully, an independent, conceded in a phone call to the mayor on Tuesday night.",
      [["Republican", "independent"]],
    ],
    [
      "two parties in appositives",
      "Hale, a Democrat, has represented the district since 2006.",
      "Hale, a Republican, has represented the district since 2006.",
      [["Democrat", "Republican"]],
    ],
    [
      "two parties' initials after the name",
      "Sen. Ann Hale (D-Ore.) said on Monday the bill would pass the Senate.",
      "Sen. Ann Hale (R-Ore.) said on Monday that the bill would pass the Senate.",
      [["D-Ore.", "R-Ore."]],
    ],
    [
      "two parties' adjectives before the title",
      "Democratic Sen. Ann Hale said on Monday the bill would pass.",
      "Republican Sen. Ann Hale said on Monday the bill would pass.",
      [["Democratic", "Republican"]],
    ],
    [
      "one party written two ways",
      "Democratic Sen. Ann Hale said on Monday the bill would pass.",
      "Sen. Ann Hale (D-Ore.) said on Monday the bill would pass.",
      [],
    ],
    [
      "each person's own party",
      "Rep. Ann Hale (D-Ore.) and Rep. Mark Ruiz (R-Texas) wrote the bill together last year.",
      "Ruiz, a Republican, and Hale, a Democrat, wrote the bill together last year.",
      [],
    ],
    [
      "each person's parties swapped",
      "Rep. Ann Hale (D-Ore.) and Rep. Mark Ruiz (R-Texas) wrote the bill together last year.",
      "Ruiz, a Democrat, and Hale, a Republican, wrote the bill together last year.",
      [["D-Ore.", "Republican"]],
    ],
    [
      "a former party is no party now",
      "Hale, a Democrat, has represented the district since 2006.",
      "Hale, a former Republican, has represented the district since 2006.",
      [],
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(parties(a, b)).toEqual(expected);
  });
});

describe("a row of two parties of one person", () => {
  it("is named after the person's party", () => {
    const { groups } = analyzeStory({
      articles: [
        "Hale, a Democrat, has represented the district since 2006.",
        "Hale, a Republican, has represented the district since 2006.",
      ].map((text) => ({ text, publishedAt: "2024-03-14" })),
    });
    expect(groups.flatMap((g) => g.discrepancies.map((d) => d.subject))).toEqual(["Party of Hale"]);
  });
});
