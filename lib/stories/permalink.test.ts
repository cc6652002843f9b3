import { describe, expect, it } from "vitest";
import type { GroupView } from "./data";
import { claimDescription, claimHeadline, diffSides, truncate } from "./permalink";

const labels: Record<string, string> = { a: "Source A", b: "Dispatches", c: "Source C", d: "Source D", e: "Source E" };
const labelOf = (id: string) => labels[id] ?? id;

type Row = Pick<GroupView, "discrepancies" | "soleSource" | "coverage" | "cells">;
const value = (v: string, articles: string[]) => ({ value: v, articles, claims: [], spans: [] });
const cell = (text: string) => ({ claimId: "k", articleId: "a", start: 0, end: text.length, text });
const row = (over: Partial<Row>): Row => ({
  discrepancies: [],
  soleSource: false,
  coverage: { articles: ["a", "b", "c"], independent: 3, copies: [] },
  cells: [
    cell("Iranian Defence Minister Amir Hatami visited Damascus for talks with Syrian President Bashar al-Assad."),
  ],
  ...over,
});
const dateConflict = {
  kind: "date" as const,
  detail: "dated Saturday vs Sunday vs Monday",
  values: [value("Saturday", ["a", "b"]), value("Sunday", ["c", "d"]), value("Monday", ["d"])],
  diff: null,
};

describe("claimHeadline and claimDescription", () => {
  const cases: Array<{ name: string; row: Row; headline: string; description: string | RegExp }> = [
    {
      name: "a date conflict names every value and who states it",
      row: row({ discrepancies: [dateConflict] }),
      headline: "Date conflict: Saturday vs Sunday vs Monday",
      description: "Source A, Dispatches say Saturday; Source C, Source D say Sunday; Source D says Monday.",
    },
    {
      name: "two discrepancies: the first leads the headline, both are described",
      row: row({
        discrepancies: [
          dateConflict,
          { kind: "number", detail: "", values: [value("7", ["a"]), value("8", ["d"])], diff: null },
        ],
      }),
      headline: "Date conflict: Saturday vs Sunday vs Monday (+1 more)",
      description: /Monday\. Source A says 7; Source D says 8\.$/,
    },
    {
      name: "agreement counts the outlets and quotes the first statement",
      row: row({}),
      headline: "3 outlets agree",
      description:
        "3 outlets agree: Iranian Defence Minister Amir Hatami visited Damascus for talks with Syrian President Bashar al-Assad.",
    },
    {
      name: "a sole-source row names its outlet",
      row: row({ soleSource: true, coverage: { articles: ["e"], independent: 1, copies: [] } }),
      headline: "Only Source E reports this",
      description: /^Only Source E reports: Iranian Defence/,
    },
    {
      name: "a sole-source row carried by a copy names the original only",
      row: row({
        soleSource: true,
        coverage: { articles: ["a", "c"], independent: 1, copies: [{ article: "c", of: "a" }] },
      }),
      headline: "Only Source A reports this",
      description: /^Only Source A reports: /,
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      expect(claimHeadline(c.row, labelOf)).toBe(c.headline);
      if (typeof c.description === "string") expect(claimDescription(c.row, labelOf)).toBe(c.description);
      else expect(claimDescription(c.row, labelOf)).toMatch(c.description);
    });

  it("keeps descriptions within the limit", () => {
    const long = row({ cells: [cell("word ".repeat(200))] });
    const d = claimDescription(long, labelOf, 120);
    expect(d.length).toBeLessThanOrEqual(120);
    expect(d.endsWith("…")).toBe(true);
  });
});

describe("truncate", () => {
  const cases: Array<[string, number, string]> = [
    ["short", 10, "short"],
    ["  spaced \n out  ", 20, "spaced out"],
    ["Syria is getting out of crisis and entering", 24, "Syria is getting out of…"],
    ["Supercalifragilistic", 8, "Superca…"],
  ];
  for (const [text, max, want] of cases)
    it(`${JSON.stringify(text)} at ${max}`, () => expect(truncate(text, max)).toBe(want));
});

describe("diffSides", () => {
  const diff: Array<[number, string]> = [
    [0, "Syria is "],
    [-1, "getting out of"],
    [1, "passing through the"],
    [0, " crisis "],
    [1, "stage "],
    [0, "and entering the reconstruction phase"],
  ];
  const first = "“Syria is getting out of crisis and entering the reconstruction phase”";
  const second = "“Syria is passing through the crisis stage and entering the reconstruction phase”";
  const cases: Array<{
    name: string;
    values: ReturnType<typeof value>[];
    want: { first: string[]; second: string[] };
  }> = [
    {
      name: "one outlet each side",
      values: [value(first, ["d"]), value(second, ["e"])],
      want: { first: ["d"], second: ["e"] },
    },
    {
      name: "values listed second-first",
      values: [value(second, ["e"]), value(first, ["d"])],
      want: { first: ["d"], second: ["e"] },
    },
    {
      name: "two spellings of one wording fall on one side",
      values: [
        value(first, ["d"]),
        value(second, ["e"]),
        value('"Syria is passing through the crisis stage and entering the reconstruction phase"', ["a"]),
      ],
      want: { first: ["d"], second: ["e", "a"] },
    },
    {
      name: "unmatched values fall back to their order",
      values: [value("x", ["a"]), value("y", ["b"])],
      want: { first: ["a"], second: ["b"] },
    },
  ];
  for (const c of cases) it(c.name, () => expect(diffSides({ values: c.values, diff })).toEqual(c.want));
});
