import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";
import { quarterAgrees, quarterMatches } from "./quarters";
import { extractTimes } from "./time";

describe("quarters of a year (quarters.ts)", () => {
  it.each([
    ["The deal is expected to close in the second quarter of 2026.", ["2026-Q2"]],
    ["The plant will open in the fourth quarter of next year.", ["2026-Q4"]],
    ["Sales fell in the first quarter of last year.", ["2024-Q1"]],
    ["Results for Q3 2026 are due in November.", ["2026-Q3"]],
    // Without its year a quarter may be a fiscal period: left alone.
    ["Profit rose in the second quarter.", []],
    ["He scored twice in the third quarter of the game.", []],
  ])("%s", (sentence, values) => {
    expect(quarterMatches(sentence, 2025).map((q) => q.value)).toEqual(values);
  });

  it.each([
    ["2026-Q2", "2026-Q2", true],
    ["2026-Q2", "2026-Q3", false],
    ["2026-Q2", "2026-05", true],
    ["2026-Q2", "2026-07-01", false],
    ["2026-Q2", "2026", true],
    ["2026-Q2", "2025", false],
    ["2026-05", "2026-06", null],
  ] as const)("%s and %s agree: %s", (a, b, agree) => {
    expect(quarterAgrees(a, b)).toBe(agree);
  });

  it("is read as a date of its own grain, not as its year", () => {
    const [t] = extractTimes("The deal is expected to close in the second quarter of 2026.", 0, "2025-09-09");
    expect(t).toMatchObject({ granularity: "quarter", value: "2026-Q2", text: "the second quarter of 2026" });
  });

  it("compares two quarters of one act, and a quarter with a month in it", () => {
    const conflicts = (a: string, b: string) =>
      analyzeStory({
        articles: [a, b].map((text) => ({ text, publishedAt: "2025-09-09" })),
      }).groups.flatMap((g) => g.discrepancies.filter((d) => d.kind === "date").map((d) => d.values.length));
    expect(
      conflicts(
        "The takeover is expected to close in the second quarter of 2026, the companies said.",
        "The takeover is expected to close in the third quarter of 2026, the companies said.",
      ),
    ).toEqual([2]);
    expect(
      conflicts(
        "The takeover is expected to close in the second quarter of 2026, the companies said.",
        "The takeover is expected to close in May 2026, the companies said.",
      ),
    ).toEqual([]);
  });
});
