import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";

/**
 * A story of two two-sentence articles: the facet's sentences say different things (no sentence row holds both),
 * and a second sentence that both outlets carry alike.
 */
function analyse(a: string, b: string) {
  return analyzeStory({
    articles: [a, b].map((text, i) => ({ outlet: i ? "Beta" : "Alpha", publishedAt: "2024-03-14", text })),
  });
}

/** The facet discrepancies of a measure, as their values, and whether each is shown in a fact row. */
function facets(a: string, b: string, measure: string) {
  return analyse(a, b).groups.flatMap((g) =>
    g.discrepancies
      .filter((d) => d.basis?.measure === measure)
      .map((d) => ({ values: d.values.map((v) => v.value), row: g.kind })),
  );
}

/** Whether no sentence row holds the two sentences that hold `word`: the facet is compared across rows. */
function apart(a: string, b: string, word: string) {
  return !analyse(a, b).groups.some(
    (g) => g.kind === "claim" && new Set(g.claims.filter((c) => c.text.includes(word)).map((c) => c.article)).size > 1,
  );
}

describe("facets of one person stated in two rows (facet-rows.ts)", () => {
  it.each<[string, string, string, string, string, string[]]>([
    [
      "two parties",
      "Ann Hale, a Democrat, said the bill would cut taxes for farmers. The Senate will vote on the farm bill on Tuesday.",
      "The Senate votes on the farm bill on Tuesday. Hale, a Republican, has backed the measure since March, aides said.",
      "party",
      "Hale",
      ["Democrat", "Republican"],
    ],
    [
      "two relations of one anchor",
      "The victim's brother, Omar Haddad, set up an online fund that raised $40,000 for the family. The funeral will be held on Friday.",
      "The funeral is set for Friday. Detectives spent three hours on Monday at the station interviewing Haddad, the victim's cousin.",
      "relation",
      "Haddad",
      ["brother", "cousin"],
    ],
    [
      "two homes",
      "Maria Lopez, 34, of Springfield, died at the scene. The crash closed the highway for six hours.",
      "The highway was closed for six hours after the crash. Lopez, who lived in Riverside, had worked at the plant for a decade.",
      "home",
      "Lopez",
      ["Springfield", "Riverside"],
    ],
  ])("%s: a fact row of both sentences shows the conflict", (_, a, b, measure, name, values) => {
    expect(apart(a, b, name)).toBe(true);
    expect(facets(a, b, measure)).toEqual([{ values, row: "fact" }]);
  });

  it.each<[string, string, string, string, string]>([
    [
      "one party in both",
      "Ann Hale, a Democrat, said the bill would cut taxes for farmers. The Senate will vote on the farm bill on Tuesday.",
      "The Senate votes on the farm bill on Tuesday. Hale, a Democrat, has backed the measure since March, aides said.",
      "party",
      "Hale",
    ],
    [
      "two parties of two people who share a surname",
      "Ann Hale, a Democrat, said the bill would cut taxes for farmers. The Senate will vote on the farm bill on Tuesday.",
      "The Senate votes on the farm bill on Tuesday. Tom Hale, a Republican, has backed the measure since March, aides said.",
      "party",
      "Hale",
    ],
    [
      // Whose brother "his" means is what the paragraph around it says; another row's "victim" need not be him.
      "a pronoun's relation against a noun's, in two rows",
      "His brother, Omar Haddad, set up an online fund that raised $40,000 for the family. The funeral will be held on Friday.",
      "The funeral is set for Friday. Detectives spent three hours on Monday at the station interviewing Haddad, the victim's cousin.",
      "relation",
      "Haddad",
    ],
  ])("%s: no conflict", (_, a, b, measure, name) => {
    expect(apart(a, b, name)).toBe(true);
    expect(facets(a, b, measure)).toEqual([]);
  });

  it("shows a conflict a sentence row shows already only there", () => {
    const a = "Maria Lopez, 34, of Springfield, died at the scene on Main Street. Lopez, of Springfield, was a nurse.";
    const b = "Maria Lopez, 34, of Riverside, died at the scene on Main Street. The crash closed the highway.";
    expect(facets(a, b, "home").map((f) => f.row)).toEqual(["claim"]);
  });
});
