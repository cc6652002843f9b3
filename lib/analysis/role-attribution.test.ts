import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";

const QUOTE = '"The dam is safe and it will hold through the storm,"';
const attributions = (a: string, b: string) =>
  analyzeStory({ articles: [{ text: a }, { text: b }] })
    .groups.flatMap((g) => g.discrepancies)
    .filter((d) => d.kind === "attribution")
    .map((d) => d.detail);

describe("one quotation credited to two offices", () => {
  it.each([
    ["two offices, no names", `${QUOTE} the mayor said on Monday.`, `${QUOTE} the city engineer said on Monday.`],
    [
      "an office read with a name",
      `${QUOTE} Mayor Ann Lee said on Monday.`,
      `${QUOTE} the city engineer said on Monday.`,
    ],
    [
      "people described by what they are to someone",
      `${QUOTE} his agent told reporters on Monday.`,
      `${QUOTE} an assistant told reporters on Monday.`,
    ],
  ])("flags %s", (_name, a, b) => {
    const flags = attributions(a, b);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatch(/^credited to /);
  });

  it.each([
    ["two words of one sense", `${QUOTE} his lawyer said on Monday.`, `${QUOTE} his attorney said on Monday.`],
    ["a speaker that is no person", `${QUOTE} police said on Monday.`, `${QUOTE} the mayor said on Monday.`],
    ["an office and a kind of it", `${QUOTE} an official said on Monday.`, `${QUOTE} the minister said on Monday.`],
    ["a name without an office", `${QUOTE} Ann Lee said on Monday.`, `${QUOTE} the mayor said on Monday.`],
    [
      "two statements",
      `${QUOTE} the mayor said on Monday.`,
      '"We have moved every family out of the valley tonight," the city engineer said on Monday.',
    ],
  ])("does not flag %s", (_name, a, b) => {
    expect(attributions(a, b)).toEqual([]);
  });
});
