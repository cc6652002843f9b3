import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";
import { splitSentences } from "./nlp";
import { extractQuantities } from "./quantity";

const counts = (s: string) =>
  extractQuantities(s, 0, splitSentences(s, 0)[0]!.tokens)
    .filter((q) => q.unit === "time")
    .map((q) => [q.text, q.low]);

describe("how many times an act was done, said with an adverb (repeatedActs)", () => {
  it.each([
    ["The teenager was shot twice by police.", [["twice", 2]]],
    ["He was arrested once before.", [["once", 1]]],
    ["The striker scored twice in the second half.", [["twice", 2]]],
    ["He met her once, in 2010.", [["once", 1]]],
    ["She had been married twice.", [["twice", 2]]],
    ["He has twice been convicted of fraud.", [["twice", 2]]],
    ["The gate was rammed thrice.", [["thrice", 3]]],
    // Not a count of acts: "once" meaning formerly, a conjunction, a multiple, a rate, "once again".
    ["The mill once employed 300 people.", []],
    ["Jackson was once one of the richest men in the city.", []],
    ["The deal closes once the board approves it.", []],
    ["Prices rose once again in March.", []],
    ["Twice as many people voted this year.", []],
    ["The new plant is twice the size of the old one.", []],
    ["She visits her mother twice a week.", []],
    ["The drug is taken twice daily.", []],
  ])("%s", (s, want) => {
    expect(counts(s)).toEqual(want);
  });
});

describe("two outlets' counts of one act, one said with an adverb", () => {
  const story = (a: string, b: string) =>
    analyzeStory({
      articles: [a, b].map((text, i) => ({ outlet: i ? "Beta" : "Alpha", publishedAt: "2024-03-14", text })),
    });
  const details = (a: string, b: string) => story(a, b).groups.flatMap((g) => g.discrepancies.map((d) => d.detail));

  it("flags 'shot twice' against 'shot seven times', in a row named for what it counts", () => {
    const a = "Police said the teenager was shot twice in the chest.";
    const b = "The teenager was shot seven times, police said.";
    expect(details(a, b)).toEqual([expect.stringMatching(/twice.*seven times/)]);
    expect(story(a, b).groups.find((g) => g.discrepancies.length)?.subject).toBe("Number of times");
  });

  it("does not flag 'scored twice' against 'scored two times'", () => {
    expect(
      details("The striker scored twice as Hartley won 3-1.", "The striker scored two times as Hartley won 3-1."),
    ).toEqual([]);
  });
});
