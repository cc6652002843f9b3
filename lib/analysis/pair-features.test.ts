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

  it.each([
    [
      "a sum with a scale suffix",
      "Brightline paid $120 million for the startup.",
      "Brightline paid $120m for the startup.",
    ],
    ["a share written with a sign", "Shares in Orbis fell 8 percent on Monday.", "Shares in Orbis fell 8% on Monday."],
  ])("one term for %s: %s / %s", (_, a, b) => {
    expect(features(a, b).cosine).toBeCloseTo(1, 9);
  });

  it.each([
    ["a count of a kind and of its kind", "Rescuers pulled 12 survivors from the rubble.", "Twelve people were saved."],
    ["a job and a position", "The firm will cut 500 jobs.", "Some 500 positions will go."],
    ["cars and vehicles", "Three cars were towed from the motorway.", "Police towed three vehicles."],
    ["kilometres and miles", "The quake hit at a depth of 10 kilometres.", "It was centred six miles down."],
  ])("%s: %s / %s", (_, a, b) => {
    expect(features(a, b).sharedValues).toBeGreaterThan(0);
  });

  it.each([
    ["points and rebounds", "Okafor had 11 points.", "Okafor grabbed 11 rebounds."],
    ["kilometres and miles that differ", "The quake hit at a depth of 10 kilometres.", "It was centred 10 miles down."],
    ["cars and trucks", "Three cars were towed.", "Three trucks were towed."],
  ])("no value shared by %s: %s / %s", (_, a, b) => {
    expect(features(a, b).sharedValues).toBe(0);
  });

  it("not two different times of day", () => {
    expect(features("The tremor struck at 9:42 a.m.", "The tremor struck at 10:05 a.m.").sharedValues).toBe(0);
  });
});
