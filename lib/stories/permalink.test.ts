import { describe, expect, it } from "vitest";
import type { GroupView } from "./data";
import type { FlagReason, FlagStatus } from "../editors/flag-labels";
import { claimDescription, claimHeadline, diffSides, rowHeadline, truncate } from "./permalink";
import { verdictOfFlags, type RowVerdict } from "./verdicts";

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
const unscored = { subject: null, confidence: null, basis: null };
const dateConflict = {
  kind: "date" as const,
  detail: "dated Saturday vs Sunday vs Monday",
  values: [value("Saturday", ["a", "b"]), value("Sunday", ["c", "d"]), value("Monday", ["d"])],
  diff: null,
  ...unscored,
};
const visit = { ...dateConflict, subject: "Date of Amir Hatami's visit", confidence: 0.8 };
const at = new Date("2026-12-03T10:00:00Z");
const verdict = (reason: FlagReason, status: FlagStatus = "resolved", articleId: string | null = null) =>
  verdictOfFlags([{ articleId, reason, status, updatedAt: at }]);

describe("claimHeadline and claimDescription", () => {
  const cases: Array<{
    name: string;
    row: Row;
    verdict?: RowVerdict;
    headline: string;
    description: string | RegExp;
  }> = [
    {
      name: "a date conflict without a stored subject is named by its kind, each value with its outlets' count",
      row: row({ discrepancies: [dateConflict] }),
      headline: "Date conflict: Saturday (2) · Sunday (2) · Monday (1)",
      description: "Source A, Dispatches say Saturday; Source C, Source D say Sunday; Source D says Monday.",
    },
    {
      name: "a value that ends in a full stop ends its sentence",
      row: row({
        discrepancies: [
          {
            ...dateConflict,
            subject: "Time of the strike",
            values: [value("at 9:42 a.m.", ["a"]), value("at 10:15 a.m.", ["c"])],
          },
        ],
      }),
      headline: "Time of the strike: at 9:42 a.m. (1) · at 10:15 a.m. (1)",
      description: "Source A says at 9:42 a.m.; Source C says at 10:15 a.m.",
    },
    {
      name: "a conflict is named by its subject",
      row: row({ discrepancies: [visit] }),
      headline: "Date of Amir Hatami's visit: Saturday (2) · Sunday (2) · Monday (1)",
      description: "Source A, Dispatches say Saturday; Source C, Source D say Sunday; Source D says Monday.",
    },
    {
      name: "an open flag changes nothing readers see",
      row: row({ discrepancies: [visit] }),
      verdict: verdict("not-a-contradiction", "open"),
      headline: "Date of Amir Hatami's visit: Saturday (2) · Sunday (2) · Monday (1)",
      description: "Source A, Dispatches say Saturday; Source C, Source D say Sunday; Source D says Monday.",
    },
    {
      name: "dismissed as not a contradiction: the headline and description say what editors decided",
      row: row({ discrepancies: [visit] }),
      verdict: verdict("not-a-contradiction"),
      headline: "Date of Amir Hatami's visit: not a contradiction, editors decided",
      description:
        /^Editors reviewed this and decided it is not a contradiction\. As read: Source A, Dispatches say Saturday;/,
    },
    {
      name: "dismissed as an extraction error",
      row: row({ discrepancies: [visit] }),
      verdict: verdict("extraction-error"),
      headline: "Date of Amir Hatami's visit: an extraction error, editors decided",
      description: /^Editors reviewed this and found an extraction error/,
    },
    {
      name: "confirmed: the split, marked confirmed",
      row: row({ discrepancies: [visit] }),
      verdict: verdict("contradiction-confirmed"),
      headline: "Date of Amir Hatami's visit: Saturday (2) · Sunday (2) · Monday (1) — confirmed by editors",
      description: /^Editors confirmed the contradiction\. Source A, Dispatches say Saturday;/,
    },
    {
      name: "two discrepancies: the first leads the headline, both are described",
      row: row({
        discrepancies: [
          dateConflict,
          { kind: "number", detail: "", values: [value("7", ["a"]), value("8", ["d"])], diff: null, ...unscored },
        ],
      }),
      headline: "Date conflict: Saturday (2) · Sunday (2) · Monday (1) (+1 more)",
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
      expect(claimHeadline(c.row, labelOf, c.verdict)).toBe(c.headline);
      const description = claimDescription(c.row, labelOf, 300, c.verdict);
      if (typeof c.description === "string") expect(description).toBe(c.description);
      else expect(description).toMatch(c.description);
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

describe("rowHeadline", () => {
  const cases: Array<{ name: string; row: Pick<GroupView, "discrepancies" | "subject" | "cells">; expected: unknown }> =
    [
      {
        name: "a conflict: its subject",
        row: { ...row({ discrepancies: [visit] }), subject: "Date of Amir Hatami's visit" },
        expected: { text: "Date of Amir Hatami's visit", source: "subject" },
      },
      {
        name: "a conflict stored before subjects were: its kind",
        row: { ...row({ discrepancies: [dateConflict] }), subject: null },
        expected: { text: "Date conflict", source: "subject" },
      },
      {
        name: "agreeing outlets on a value the analysis named",
        row: { ...row({}), subject: "Death toll" },
        expected: { text: "Death toll", source: "subject" },
      },
      {
        name: "nothing named: the first statement's leading words, cut at a word",
        row: { ...row({}), subject: null },
        expected: { text: "Iranian Defence Minister Amir Hatami visited Damascus…", source: "words" },
      },
      {
        name: "a short statement whole",
        row: { ...row({ cells: [cell("“We will rebuild,” Hatami said.")] }), subject: null },
        expected: { text: "“We will rebuild,” Hatami said.", source: "words" },
      },
      {
        name: "whitespace runs collapse",
        row: { ...row({ cells: [cell("  The quake\n struck   inland.")] }), subject: null },
        expected: { text: "The quake struck inland.", source: "words" },
      },
    ];
  it.each(cases)("$name", ({ row: r, expected }) => {
    expect(rowHeadline(r)).toEqual(expected);
  });
});
