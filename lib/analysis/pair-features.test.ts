import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { vectorize } from "./align";
import { pairFeatures, profileOf } from "./pair-features";

/** The features of the first sentences of two invented articles, weighed as a story of the two. */
function features(a: string, b: string) {
  const claims = [a, b].map((text) =>
    extractArticle({ text, publishedAt: "2024-03-05T12:00:00Z", outlet: null, title: null, url: null }).claims.slice(
      0,
      1,
    ),
  );
  const v = vectorize(claims);
  const [pa, pb] = [0, 1].map((i) => profileOf(claims[i]![0]!, 0, v.vecs[i]!, v.idf));
  return pairFeatures(pa!, pb!);
}

describe("values two sentences share", () => {
  it.each([
    ["The tremor struck at 9:42 a.m. near the port.", "Residents felt the shaking at 9:42 in the morning."],
    ["The ferry left the harbour at 21:15.", "It sailed at 9.15pm, the operator said."],
    ["Rivera scored with 13:41 left in the game.", "With 13:41 to play, Rivera found the net."],
  ])("a time of day: %s / %s", (a, b) => {
    expect(features(a, b).sharedValues).toBeGreaterThan(0);
  });

  it("a number written as a word and in digits is one term: 'twelve' and '12'", () => {
    expect(features("Twelve climbers reached the summit.", "The 12 climbers reached the summit.").cosine).toBeCloseTo(
      1,
      9,
    );
  });

  it("not two different times of day", () => {
    expect(features("The tremor struck at 9:42 a.m.", "The tremor struck at 10:05 a.m.").sharedValues).toBe(0);
  });
});
