import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";
import { titlesConflict } from "./titles";

describe("titlesConflict", () => {
  it.each([
    ["defense secretary", "deputy defense secretary", true],
    ["police chief", "acting police chief", true],
    ["sen", "rep", true],
    ["governor", "lieutenant governor", true],
    ["sen", "senator", false],
    ["secretary", "defense secretary", false],
    ["gen", "commander", false],
    ["defence minister", "defense minister", false],
  ])("%s / %s → %s", (a, b, expected) => {
    expect(titlesConflict(a, b)).toBe(expected);
    expect(titlesConflict(b, a)).toBe(expected);
  });
});

describe("different titles for one person across outlets", () => {
  const flags = (...texts: string[]) =>
    analyzeStory({ articles: texts.map((text) => ({ text, publishedAt: "2024-03-06" })) }).groups.flatMap((g) =>
      g.discrepancies.map((d) => `${d.subject}: ${d.values.map((v) => `${v.value} ${v.articles}`).join(" vs ")}`),
    );

  it("flags 'Sen.' against 'Rep.' for one person, 'Senator' being 'Sen.'", () => {
    expect(
      flags(
        "Sen. Ann Ruiz voted against the bill on Monday.",
        "Rep. Ann Ruiz voted against the bill on Monday.",
        "Senator Ann Ruiz voted against the bill on Monday.",
      ),
    ).toEqual(["Title of Ann Ruiz: sen 0,2 vs rep 1"]);
  });

  it("flags a deputy against the secretary, and leaves two titles of other kinds alone", () => {
    expect(
      flags(
        "Defense Secretary Mark Hale visited the base on Monday.",
        "Deputy Defense Secretary Mark Hale visited the base on Monday.",
      ),
    ).toEqual(["Title of Mark Hale: defense secretary 0 vs deputy defense secretary 1"]);
    expect(
      flags("Gen. Ann Ruiz visited the base on Monday.", "Commander Ann Ruiz visited the base on Monday."),
    ).toEqual([]);
  });
});
