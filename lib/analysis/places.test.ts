import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";

/** The number conflicts of an invented story, each as its values sorted. */
const conflicts = (...texts: string[]) =>
  analyzeStory({
    articles: texts.map((text, i) => ({ outlet: `Outlet ${i + 1}`, publishedAt: "2024-03-14", text })),
  })
    .groups.flatMap((g) => g.discrepancies.filter((d) => d.kind === "number"))
    .map((d) => d.values.map((v) => v.value.toLowerCase()).sort());

describe("amounts of a part of the story's region (places.partPlaceOf)", () => {
  const story = [
    "A strong storm hit Varna province on Monday, killing at least 20 people. In neighbouring Lorin district, eight people were killed, officials said.",
    "A storm swept through Varna province on Monday and killed 25 people, the governor said. Rescue teams were still searching on Tuesday.",
    "The storm that struck Varna province on Monday killed 20 people, officials said. In Lorin district, 12 people were killed, police said.",
  ];

  it("compares the region's tolls, and one district's tolls, but not a district's with the region's", () => {
    const found = conflicts(...story);
    expect(found).toContainEqual(expect.arrayContaining(["25 people"]));
    expect(found).toContainEqual(["12 people", "eight people"]);
    const district = ["eight", "12"];
    for (const values of found) {
      const hasDistrict = values.some((v) => district.some((d) => v.startsWith(d)));
      const hasRegion = values.some((v) => /^(?:at least )?2[05]\b/.test(v));
      expect(hasDistrict && hasRegion, values.join(" vs ")).toBe(false);
    }
  });

  it("two districts' tolls are not one fact", () => {
    expect(
      conflicts(
        "The storm hit Varna province on Monday. In Lorin district, eight people were killed, officials said.",
        "The storm hit Varna province on Monday. In Pesk district, 12 people were killed, police said.",
      ),
    ).toEqual([]);
  });

  it("a toll set in no place and one set in the story's region are one fact", () => {
    expect(
      conflicts(
        "A strong storm hit Varna province on Monday, killing 20 people in Varna province.",
        "A storm swept through Varna province on Monday and killed 25 people, the governor said.",
      ),
    ).toEqual([["20 people", "25 people"]]);
  });
});

describe("the story's region (places.storyRegion)", () => {
  it("is named with its unit by one lead and without it by the others", () => {
    // "in the Eastgate neighbourhood" sets the arrests in the story's own place, which the other leads call "Eastgate".
    expect(
      conflicts(
        "Police arrested 46 people on Wednesday night after a vigil turned violent in the Eastgate neighbourhood.",
        "Police detained 39 people in Eastgate after a vigil turned into a clash with officers on Wednesday.",
      ),
    ).toEqual([["39 people", "46 people"]]);
  });

  it("is named however the leads set it, and a sentence's first word is no part of the name", () => {
    // "struck Varna province" and "In Varna province," name one region: its toll is the whole, and 20 against 25 is
    // a conflict.
    expect(
      conflicts(
        "In Varna province, a storm killed 20 people on Monday, officials said.",
        "A storm struck Varna province on Monday and killed 25 people, the governor said.",
      ),
    ).toEqual([["20 people", "25 people"]]);
  });
});
