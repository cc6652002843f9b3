import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { ClientError } from "../errors";
import type { GroupFlags } from "../editors/flag-labels";
import type { GroupView, StoryMatrix } from "./data";
import {
  buildMatrixExport,
  exportFilename,
  LONG_COLUMNS,
  longCsv,
  matrixExportHref,
  matrixJson,
  outletColumnNames,
  parseExportQuery,
  WIDE_COLUMNS,
  wideCsv,
  type MatrixExport,
} from "./export";
import { parseMatrixParams, viewRows } from "./view";

const ORIGIN = "https://compare.example.org";

// Texts a CSV writer gets wrong: separators, quotes and line breaks inside a field, right-to-left script, and every
// character a spreadsheet takes as the start of a formula.
const A = { said: 'He said, "we will go" on Saturday.', agree: "Both sides agree; the deal was signed." };
const B = {
  first: "Line one,\nline two: on Sunday.",
  second: '=HYPERLINK("http://evil.example","Sunday")',
  agree: "The deal was signed, both sides said.",
};
const C = { said: "قال وزير الدفاع إن الزيارة كانت يوم الأحد.", sole: "-5 soldiers were hurt" };
const formulaStarts = [
  "+1 more claim",
  "@handle reported it",
  "\tTabbed text",
  "\rCarriage return",
  "＝fullwidth equals",
];

const articles: StoryMatrix["articles"] = [
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

const story: StoryMatrix = {
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

const at = new Date("2026-11-20T08:30:00Z");
const flags = new Map<string, GroupFlags>([
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

const exportOf = (query: Record<string, string> = {}): MatrixExport =>
  buildMatrixExport(story, flags, parseExportQuery(new URLSearchParams(query), "json").view, ORIGIN);
const readCsv = (text: string): string[][] => parse(text, { bom: true, relax_column_count: false });
/** What a spreadsheet shows of a field csv-stringify guarded: the apostrophe marks it as text. */
const guarded = (s: string) => `'${s}`;

describe("wide CSV", () => {
  const text = wideCsv(exportOf());
  const [header, ...rows] = readCsv(text);

  it("is UTF-8 with a byte order mark and CRLF between records", () => {
    expect(text.startsWith("\uFEFFposition,")).toBe(true);
    expect(text.split("\r\n")[0]).toBe(
      `\uFEFF${header!.map((h) => (/[",\n]/.test(h) ? `"${h.replaceAll('"', '""')}"` : h)).join(",")}`,
    );
  });

  it("has the fixed columns, then one column per outlet with unique names, guarded against formulas", () => {
    expect(header).toEqual([...WIDE_COLUMNS, "Source A", "claim (2)", "الجزيرة", guarded("=cmd|' /C calc'!A0")]);
  });

  it("reads back every row and column", () => {
    const flagsText = "contradiction-confirmed (resolved, 2026-11-20) | claim: extraction-error (open, 2026-11-20)";
    expect(rows).toEqual([
      [
        "1",
        "g-date",
        `${ORIGIN}/claims/g-date`,
        "claim",
        A.said,
        "date | quote",
        'dated Saturday (Source A) vs Sunday (claim, الجزيرة) | the quote differs: "we will go" vs "we go"',
        "false",
        "3",
        "open",
        flagsText,
        "confirmed",
        "Date of Amir Hatami's visit | ",
        "0.82 | ",
        A.said,
        `${B.first} | ${B.second}`,
        C.said,
        "",
      ],
      [
        "2",
        "g-agree",
        `${ORIGIN}/claims/g-agree`,
        "claim",
        A.agree,
        "",
        "",
        "false",
        "2",
        "",
        "",
        "",
        "",
        "",
        A.agree,
        B.agree,
        "",
        "",
      ],
      [
        "3",
        "f-sole",
        `${ORIGIN}/claims/f-sole`,
        "fact",
        guarded(C.sole),
        "",
        "",
        "true",
        "1",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        guarded(C.sole),
        "",
      ],
      [
        "4",
        "g-formulas",
        `${ORIGIN}/claims/g-formulas`,
        "claim",
        guarded(formulaStarts[0]!),
        "",
        "",
        "true",
        "1",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        guarded(formulaStarts.join(" | ")),
      ],
    ]);
  });
});

describe("long CSV", () => {
  const [header, ...rows] = readCsv(longCsv(exportOf()));
  const col = (name: (typeof LONG_COLUMNS)[number]) => header!.indexOf(name);

  it("has one row per cell, in the view's order, each with every column", () => {
    expect(header).toEqual([...LONG_COLUMNS]);
    expect(rows.map((r) => `${r[col("row_id")]}/${r[col("claim_id")]}`)).toEqual([
      "g-date/ca1",
      "g-date/cb1",
      "g-date/cb2",
      "g-date/cc1",
      "g-agree/ca2",
      "g-agree/cb3",
      "f-sole/cc2",
      ...formulaStarts.map((_, i) => `g-formulas/cd${i}`),
    ]);
    for (const r of rows) expect(r).toHaveLength(LONG_COLUMNS.length);
  });

  it("reads back a conflicting cell: quote, offsets, the values it states, copy, flags", () => {
    const byClaim = new Map(
      rows.map((r) => [r[col("claim_id")], Object.fromEntries(header!.map((h, i) => [h, r[i]]))]),
    );
    expect(byClaim.get("ca1")).toEqual({
      position: "1",
      row_id: "g-date",
      row_kind: "claim",
      outlet: "Source A",
      article_id: "a",
      article_url: "https://a.example/visit",
      article_page: `${ORIGIN}/articles/a#claim-ca1`,
      claim_id: "ca1",
      quote: A.said,
      start: "10",
      end: String(10 + A.said.length),
      date_value: "Saturday",
      number_value: "",
      entity_value: "",
      quote_value: "we will go",
      attribution_value: "",
      copy_of: "",
      sole_source: "false",
      row_flag_state: "open",
      row_flags: "contradiction-confirmed (resolved, 2026-11-20)",
      cell_flags: "",
      permalink: `${ORIGIN}/claims/g-date`,
      verdict: "confirmed",
      discrepancy_subject: "Date of Amir Hatami's visit | ",
      discrepancy_confidence: "0.82 | ",
    });
    expect(byClaim.get("cb1")).toMatchObject({
      outlet: "claim",
      article_url: "",
      quote: B.first,
      date_value: "Sunday",
      quote_value: "",
      cell_flags: "extraction-error (open, 2026-11-20)",
    });
    expect(byClaim.get("cb2")).toMatchObject({
      quote: guarded(B.second),
      start: "300",
      cell_flags: "extraction-error (open, 2026-11-20)",
    });
    expect(byClaim.get("cc1")).toMatchObject({
      outlet: "الجزيرة",
      quote: C.said,
      date_value: "Sunday",
      copy_of: "Source A",
      cell_flags: "",
    });
    expect(byClaim.get("cc2")).toMatchObject({
      row_kind: "fact",
      quote: guarded(C.sole),
      sole_source: "true",
      row_flag_state: "",
      date_value: "",
      // A row without discrepancies: no verdict, subject or confidence, whatever the analysis named the row.
      verdict: "",
      discrepancy_subject: "",
      discrepancy_confidence: "",
    });
    expect(byClaim.get("cd0")).toMatchObject({ outlet: guarded(articles[3]!.label) });
  });

  it("guards every formula start, and gives back the original text after the apostrophe", () => {
    const quotes = rows.filter((r) => r[col("row_id")] === "g-formulas").map((r) => r[col("quote")]!);
    expect(quotes).toEqual(formulaStarts.map(guarded));
    expect(quotes.map((q) => q.slice(1))).toEqual(formulaStarts);
  });

  it("leaves numbers unguarded", () => {
    expect(rows.every((r) => /^\d+$/.test(r[col("start")]!) && /^\d+$/.test(r[col("end")]!))).toBe(true);
  });
});

describe("a filtered view", () => {
  const cases: Array<{ query: Record<string, string>; ids: string[] }> = [
    { query: {}, ids: ["g-date", "g-agree", "f-sole", "g-formulas"] },
    { query: { show: "discrepancies" }, ids: ["g-date"] },
    { query: { show: "sole" }, ids: ["f-sole", "g-formulas"] },
    { query: { kind: "date" }, ids: ["g-date"] },
    { query: { kind: "number" }, ids: [] },
    { query: { outlet: "c" }, ids: ["g-date", "f-sole"] },
    { query: { flag: "open" }, ids: ["g-date"] },
    { query: { flag: "unflagged" }, ids: ["g-agree", "f-sole", "g-formulas"] },
    // Story order: by the first article carrying the row, then where it says it.
    { query: { sort: "story" }, ids: ["g-agree", "g-date", "f-sole", "g-formulas"] },
    { query: { sort: "story", outlet: "b" }, ids: ["g-agree", "g-date"] },
    // Malformed values fall back to the default, as on the page; focus and page do not narrow an export.
    {
      query: { show: "bogus", kind: "colour", page: "2", focus: "g-agree" },
      ids: ["g-date", "g-agree", "f-sole", "g-formulas"],
    },
  ];

  it.each(cases)("$query holds the page's rows in the page's order", ({ query, ids }) => {
    const x = exportOf(query);
    const pageRows = viewRows(story, parseMatrixParams(query), flags).map((g) => g.id);
    expect(pageRows).toEqual(ids);
    expect(x.rows.map((r) => r.id)).toEqual(ids);
    expect(x.rows.map((r) => r.position)).toEqual(ids.map((_, i) => i + 1));
    expect(
      readCsv(wideCsv(x))
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(ids);
    expect([
      ...new Set(
        readCsv(longCsv(x))
          .slice(1)
          .map((r) => r[1]),
      ),
    ]).toEqual(ids);
  });
});

describe("JSON", () => {
  const x = JSON.parse(matrixJson(exportOf({ show: "discrepancies", page: "3" }))) as MatrixExport;

  it("names its format and version, the story, the view as applied and every outlet", () => {
    expect(x).toMatchObject({ format: "newscompare.matrix", version: 1, rowCount: 1 });
    expect(x.story).toEqual({
      slug: "visit-2018",
      title: "A visit",
      url: `${ORIGIN}/stories/visit-2018`,
      updatedAt: "2026-11-24T10:00:00.000Z",
      analysisVersion: 7,
    });
    expect(x.view).toEqual({
      show: "discrepancies",
      sort: "conflicts",
      kind: null,
      outlet: null,
      flag: null,
      url: `${ORIGIN}/stories/visit-2018?show=discrepancies`,
    });
    expect(x.outlets.map((o) => o.label)).toEqual(articles.map((a) => a.label));
    expect(x.outlets[2]).toEqual({
      id: "c",
      label: "الجزيرة",
      title: "زيارة",
      url: "https://c.example/ar",
      publishedAt: "2018-08-27",
      page: `${ORIGIN}/articles/c`,
    });
  });

  it("keeps the text as it is (no formula guard: JSON is not a spreadsheet) and each cell's stated values", () => {
    const row = x.rows[0]!;
    expect(row.cells.map((c) => c.quote)).toEqual([A.said, B.first, B.second, C.said]);
    expect(row.cells[0]!.states).toEqual([
      { kind: "date", value: "Saturday" },
      { kind: "quote", value: "we will go" },
    ]);
    expect(row.discrepancies[1]!.diff).toEqual([
      [0, "we "],
      [-1, "will "],
      [0, "go"],
    ]);
    expect(row.flags).toEqual([
      { id: "f1", articleId: null, reason: "contradiction-confirmed", status: "resolved", updatedAt: at.toISOString() },
      { id: "f2", articleId: "b", reason: "extraction-error", status: "open", updatedAt: at.toISOString() },
    ]);
  });

  it("names what each row is about where the analysis did, and null where it did not", () => {
    const all = JSON.parse(matrixJson(exportOf())) as MatrixExport;
    expect(all.rows.map((r) => [r.id, r.subject])).toEqual([
      ["g-date", "Date of Amir Hatami's visit"],
      ["g-agree", null],
      ["f-sole", "Death toll"],
      ["g-formulas", null],
    ]);
  });
});

describe("export URLs and file names", () => {
  it("carry the page's filter and order but not its focus or page, and parse back to the same view", () => {
    const view = parseMatrixParams({
      show: "discrepancies",
      kind: "date",
      sort: "story",
      outlet: "c",
      flag: "open",
      focus: "g1",
      page: "2",
    });
    const href = matrixExportHref("visit-2018", view, "csv", "long");
    expect(href).toBe(
      "/stories/visit-2018/matrix.csv?layout=long&show=discrepancies&sort=story&kind=date&outlet=c&flag=open",
    );
    expect(matrixExportHref("visit-2018", parseMatrixParams({}), "json")).toBe("/stories/visit-2018/matrix.json");
    expect(matrixExportHref("visit-2018", parseMatrixParams({}), "csv")).toBe(
      "/stories/visit-2018/matrix.csv?layout=wide",
    );
    const back = parseExportQuery(new URL(href, ORIGIN).searchParams, "csv");
    expect(back).toEqual({
      layout: "long",
      view: { show: "discrepancies", kind: "date", sort: "story", outlet: "c", flag: "open" },
    });
  });

  it("refuses a layout that does not exist (422), takes the first of a repeated parameter", () => {
    for (const layout of ["tall", "", "WIDE"]) {
      const refused = (() => {
        try {
          parseExportQuery(new URLSearchParams({ layout }), "csv");
        } catch (e) {
          return e;
        }
      })();
      expect(refused).toBeInstanceOf(ClientError);
      expect((refused as ClientError).status).toBe(422);
      expect((refused as ClientError).fieldErrors).toHaveProperty("layout");
    }
    // JSON has no layout: the parameter is ignored there.
    expect(parseExportQuery(new URLSearchParams({ layout: "tall" }), "json").layout).toBe("wide");
    expect(parseExportQuery(new URLSearchParams("show=sole&show=all&layout=long&layout=tall"), "csv")).toMatchObject({
      layout: "long",
      view: { show: "sole" },
    });
    expect(parseExportQuery(new URLSearchParams("constructor=1&__proto__=2"), "csv").view.show).toBe("all");
  });

  const names: Array<{
    query: Record<string, string>;
    format: "csv" | "json";
    layout?: "wide" | "long";
    name: string;
  }> = [
    { query: {}, format: "csv", name: "visit-2018-matrix-wide.csv" },
    { query: {}, format: "csv", layout: "long", name: "visit-2018-matrix-long.csv" },
    { query: {}, format: "json", name: "visit-2018-matrix.json" },
    {
      query: { show: "discrepancies", kind: "date" },
      format: "csv",
      name: "visit-2018-matrix-wide-discrepancies-kind-date.csv",
    },
    {
      query: { outlet: "a", flag: "open", sort: "story" },
      format: "json",
      name: "visit-2018-matrix-outlet-source-a-flag-open-story-order.json",
    },
    // A label with no Latin letters or digits: the outlet's id instead.
    { query: { outlet: "c" }, format: "csv", name: "visit-2018-matrix-wide-outlet-c.csv" },
  ];
  it.each(names)("$name", ({ query, format, layout, name }) => {
    expect(exportFilename(exportOf(query), format, layout)).toBe(name);
  });

  it("makes outlet column names unique against each other and the fixed columns", () => {
    expect(outletColumnNames(["A", "A", "claim", "A (2)", "A"])).toEqual([
      "A",
      "A (2)",
      "claim (2)",
      "A (2) (2)",
      "A (3)",
    ]);
  });
});
