/**
 * The story the export tests share (lib/stories/export.test.ts, lib/stories/export-csv.test.ts): four outlets and
 * four rows whose texts a CSV writer gets wrong, with a flag on a row and one on a cell.
 */
import { parse } from "csv-parse/sync";
import type { GroupFlags } from "../lib/editors/flag-labels";
import type { GroupView, StoryMatrix } from "../lib/stories/data";
import { buildMatrixExport, parseExportQuery, type MatrixExport } from "../lib/stories/export";

export const ORIGIN = "https://compare.example.org";

// Texts a CSV writer gets wrong: separators, quotes and line breaks inside a field, right-to-left script, and every
// character a spreadsheet takes as the start of a formula.
export const A = { said: 'He said, "we will go" on Saturday.', agree: "Both sides agree; the deal was signed." };
export const B = {
  first: "Line one,\nline two: on Sunday.",
  second: '=HYPERLINK("http://evil.example","Sunday")',
  agree: "The deal was signed, both sides said.",
};
export const C = { said: "قال وزير الدفاع إن الزيارة كانت يوم الأحد.", sole: "-5 soldiers were hurt" };
export const formulaStarts = [
  "+1 more claim",
  "@handle reported it",
  "\tTabbed text",
  "\rCarriage return",
  "＝fullwidth equals",
];

export const articles: StoryMatrix["articles"] = [
  {
    id: "a",
    label: "Source A",
    title: "Visit, day one",
    url: "https://a.example/visit",
    publishedAt: "2018-08-26",
    position: 0,
  },
  { id: "b", label: "claim", title: null, url: null, publishedAt: null, position: 1 },
  { id: "c", label: "الجزيرة", title: "زيارة", url: "https://c.example/ar", publishedAt: "2018-08-27", position: 2 },
  { id: "d", label: "=cmd|' /C calc'!A0", title: null, url: null, publishedAt: null, position: 3 },
];

const cell = (claimId: string, articleId: string, start: number, text: string) => ({
  claimId,
  articleId,
  start,
  end: start + text.length,
  text,
});

const conflict: GroupView = {
  id: "g-date",
  subject: "Date of Amir Hatami's visit",
  kind: "claim",
  position: 0,
  soleSource: false,
  coverage: { articles: ["a", "b", "c"], independent: 2, copies: [{ article: "c", of: "a" }] },
  cells: [
    cell("ca1", "a", 10, A.said),
    cell("cb1", "b", 40, B.first),
    cell("cb2", "b", 300, B.second),
    cell("cc1", "c", 5, C.said),
  ],
  discrepancies: [
    {
      kind: "date",
      detail: "dated Saturday (Source A) vs Sunday (claim, الجزيرة)",
      diff: null,
      subject: "Date of Amir Hatami's visit",
      confidence: 0.82,
      basis: { holder: "Amir Hatami", event: "visit", signals: { date: 1, outlets: 0.4 } },
      values: [
        { value: "Saturday", articles: ["a"], claims: ["ca1"], spans: [] },
        { value: "Sunday", articles: ["b", "c"], claims: ["cb1", "cb2", "cc1"], spans: [] },
      ],
    },
    {
      kind: "quote",
      detail: 'the quote differs: "we will go" vs "we go"',
      subject: null,
      confidence: null,
      basis: null,
      diff: [
        [0, "we "],
        [-1, "will "],
        [0, "go"],
      ],
      values: [{ value: "we will go", articles: ["a"], claims: ["ca1"], spans: [] }],
    },
  ],
};
const agree: GroupView = {
  id: "g-agree",
  subject: null,
  kind: "claim",
  position: 1,
  soleSource: false,
  coverage: { articles: ["a", "b"], independent: 2, copies: [] },
  cells: [cell("ca2", "a", 2, A.agree), cell("cb3", "b", 5, B.agree)],
  discrepancies: [],
};
const sole: GroupView = {
  id: "f-sole",
  subject: "Death toll",
  kind: "fact",
  position: 2,
  soleSource: true,
  coverage: { articles: ["c"], independent: 1, copies: [] },
  cells: [cell("cc2", "c", 700, C.sole)],
  discrepancies: [],
};
const formulas: GroupView = {
  id: "g-formulas",
  subject: null,
  kind: "claim",
  position: 3,
  soleSource: true,
  coverage: { articles: ["d"], independent: 1, copies: [] },
  cells: formulaStarts.map((t, i) => cell(`cd${i}`, "d", i * 100, t)),
  discrepancies: [],
};

export const story: StoryMatrix = {
  id: "s1",
  slug: "visit-2018",
  title: "A visit",
  updatedAt: new Date("2026-11-24T10:00:00Z"),
  version: 7,
  summary: { articles: 4, claims: 9, groups: 4, discrepancies: 2, soleSource: 2, words: 100 },
  variants: [],
  articles,
  groups: [conflict, agree, sole, formulas],
};

export const at = new Date("2026-11-20T08:30:00Z");
export const flags = new Map<string, GroupFlags>([
  [
    "g-date",
    {
      row: [{ id: "f1", articleId: null, reason: "contradiction-confirmed", status: "resolved", updatedAt: at }],
      cells: new Map([
        ["b", [{ id: "f2", articleId: "b", reason: "extraction-error", status: "open", updatedAt: at }]],
      ]),
    },
  ],
]);

export const exportOf = (query: Record<string, string> = {}): MatrixExport =>
  buildMatrixExport(story, flags, parseExportQuery(new URLSearchParams(query), "json").view, ORIGIN);
export const readCsv = (text: string): string[][] => parse(text, { bom: true, relax_column_count: false });
/** What a spreadsheet shows of a field csv-stringify guarded: the apostrophe marks it as text. */
export const guarded = (s: string) => `'${s}`;
