import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { analyzeStory } from "./analyze";
import { ownSpan } from "./clause-align";

const claimOf = (text: string) =>
  extractArticle({ text, publishedAt: "2024-03-05T12:00:00Z", outlet: null, title: null, url: null }).claims[0]!;

/** The own text of each clause of a sentence, in order. */
function ownTexts(text: string): string[] {
  const c = claimOf(text);
  return (c.units ?? []).map((_, i) => {
    const { start, end } = ownSpan(c, i);
    return c.text.slice(start - c.start, end - c.start);
  });
}

describe("a clause's own span", () => {
  it.each([
    [
      "a main clause before a subordinate one",
      "Soldiers are leading rescue operations in Lorne after a strong quake hit the province.",
      "Soldiers are leading rescue operations in Lorne",
    ],
    [
      "a main clause before a participle clause",
      "The storm flattened the harbour town on Sunday, killing four fishermen.",
      "The storm flattened the harbour town on Sunday",
    ],
    [
      "a main clause before two coordinated ones",
      "Crews were sent to the valley, as photographs showed roads blocked and bridges washed away.",
      "Crews were sent to the valley",
    ],
    [
      "a main clause after an opening subordinate one",
      "As police struggled to reach the villages, the death toll rose to 11.",
      "the death toll rose to 11",
    ],
  ])("%s is its own words only", (_, text, main) => {
    expect(ownTexts(text)[0]).toBe(main);
  });

  it("keeps a clause nested in the middle", () => {
    expect(ownTexts("Okafor, who lived half a mile away, was rushed to hospital.")[0]).toBe(
      "Okafor, who lived half a mile away, was rushed to hospital",
    );
  });
});

/** The claims' texts of each row of a story of two invented articles, outlets Alpha and Beta. */
const rowTexts = (alpha: string, beta: string) =>
  analyzeStory({
    articles: [
      { outlet: "Alpha", text: alpha },
      { outlet: "Beta", text: beta },
    ],
  }).groups.map((g) => g.claims.map((c) => c.text));

describe("rows of clauses", () => {
  it("line up the main clauses of two sentences that go on to different facts", () => {
    const texts = rowTexts(
      "Soldiers and police are leading rescue operations in Lorne after a strong quake hit the province on " +
        "Tuesday, killing 24 people. Pictures showed houses in Lorne reduced to rubble.",
      "A strong quake hit Lorne province on Tuesday, killing 24 people. Police and troops were deployed to " +
        "lead rescue efforts, as pictures showed houses in Lorne reduced to rubble.",
    );
    expect(texts).toContainEqual([
      "Soldiers and police are leading rescue operations in Lorne",
      "Police and troops were deployed to lead rescue efforts",
    ]);
  });

  it("hold a sentence that states only the fact beside another outlet's clause", () => {
    const texts = rowTexts(
      "A strong quake hit Lorne province on Tuesday, killing 24 people. Police and troops were deployed to " +
        "lead rescue efforts. Schools will stay closed this week.",
      "Soldiers and police are leading rescue operations in Lorne after a strong quake hit the province on " +
        "Tuesday, killing 24 people. The mayor asked residents to stay calm.",
    );
    expect(texts).toContainEqual([
      "Police and troops were deployed to lead rescue efforts",
      "Soldiers and police are leading rescue operations in Lorne",
    ]);
  });
});
