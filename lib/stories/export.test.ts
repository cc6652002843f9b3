import { describe, expect, it } from "vitest";
import { ClientError } from "../errors";
import { ORIGIN, A, B, C, articles, story, at, flags, exportOf, readCsv } from "../../test/export-story";
import { exportFilename, matrixExportHref, matrixJson, parseExportQuery, type MatrixExport } from "./export";
import { longCsv, wideCsv } from "./export-csv";
import { parseMatrixParams, viewRows } from "./view";

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
});
