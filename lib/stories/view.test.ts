import { describe, expect, it } from "vitest";
import nextConfig, { MATRIX_VIEW_PARAMS } from "../../next.config";
import {
  COLUMNS_PER_PAGE,
  filterCounts,
  filterGroups,
  matrixHref,
  matrixParamsSchema,
  outletColumns,
  pageOf,
  pageWindow,
  parseMatrixParams,
  ROWS_PER_PAGE,
  rowsPerPage,
  splitSoleRows,
} from "./view";
import { group } from "../../test/view-group";

describe("matrix view params", () => {
  it("falls back to defaults for malformed values instead of failing", () => {
    expect(parseMatrixParams({ show: "bogus", kind: "colour", page: "-3", sort: "x" })).toEqual({
      show: "all",
      sort: "conflicts",
    });
    expect(parseMatrixParams({ show: ["sole", "all"], kind: "date", page: "2" })).toMatchObject({
      show: "sole",
      kind: "date",
      page: 2,
    });
  });

  it("round-trips through the URL, leaving defaults out", () => {
    const href = matrixHref("iran", {
      show: "discrepancies",
      kind: "date",
      outlet: "a1",
      focus: "g1",
      sort: "conflicts",
    });
    expect(href).toBe("/stories/iran?show=discrepancies&kind=date&outlet=a1&focus=g1");
    const q = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseMatrixParams(q)).toMatchObject({ show: "discrepancies", kind: "date", outlet: "a1", focus: "g1" });
    expect(matrixHref("iran", {})).toBe("/stories/iran");
  });

  it("serves the default view from the cache only when the query names no view parameter", async () => {
    // next.config.ts cannot import the schema; this keeps its list of parameters and the schema's together.
    expect([...MATRIX_VIEW_PARAMS].sort()).toEqual(Object.keys(matrixParamsSchema.shape).sort());
    const rewrites = await nextConfig.rewrites!();
    expect(rewrites).toMatchObject({
      beforeFiles: [{ source: "/stories/:slug", destination: "/matrix-default/:slug" }],
    });
    const [rule] = (rewrites as { beforeFiles: Array<{ missing: Array<{ key: string }> }> }).beforeFiles;
    expect(rule!.missing.map((m) => m.key)).toEqual(MATRIX_VIEW_PARAMS);
  });

  it("carries the outlet column page, leaving out the first", () => {
    expect(matrixHref("wide", { page: 2, cols: 3 })).toBe("/stories/wide?page=2&cols=3");
    expect(matrixHref("wide", { cols: 1 })).toBe("/stories/wide");
    expect(parseMatrixParams({ cols: "3" })).toMatchObject({ cols: 3 });
    expect(parseMatrixParams({ cols: "0" }).cols).toBeUndefined();
    expect(parseMatrixParams({ cols: "x" }).cols).toBeUndefined();
  });
});

describe("filterGroups", () => {
  const agree = group({ id: "g2", discrepancies: [], coverage: { articles: ["a", "b"], independent: 2, copies: [] } });
  const sole = group({
    id: "g3",
    discrepancies: [],
    soleSource: true,
    coverage: { articles: ["c"], independent: 1, copies: [] },
  });
  const all = [group(), agree, sole];
  const ids = (p: Record<string, string>) => filterGroups(all, parseMatrixParams(p)).map((g) => g.id);

  it("filters by discrepancy, kind, sole source and outlet", () => {
    expect(ids({})).toEqual(["g1", "g2", "g3"]);
    expect(ids({ show: "discrepancies" })).toEqual(["g1"]);
    expect(ids({ show: "sole" })).toEqual(["g3"]);
    expect(ids({ kind: "date" })).toEqual(["g1"]);
    expect(ids({ kind: "quote" })).toEqual([]);
    expect(ids({ outlet: "c" })).toEqual(["g1", "g3"]);
  });

  it("orders by story when asked", () => {
    const late = group({ id: "late", cells: [{ claimId: "x", articleId: "b", start: 5, end: 9, text: "abcd" }] });
    const early = group({ id: "early", cells: [{ claimId: "y", articleId: "a", start: 900, end: 904, text: "abcd" }] });
    const order = new Map([
      ["a", 0],
      ["b", 1],
    ]);
    expect(filterGroups([late, early], parseMatrixParams({ sort: "story" }), order).map((g) => g.id)).toEqual([
      "early",
      "late",
    ]);
    expect(filterGroups([late, early], parseMatrixParams({}), order).map((g) => g.id)).toEqual(["late", "early"]);
  });

  it("finds the page a focused row is on", () => {
    const many = Array.from({ length: ROWS_PER_PAGE + 5 }, (_, i) => group({ id: `r${i}` }));
    expect(pageOf(many, "r3")).toBe(1);
    expect(pageOf(many, `r${ROWS_PER_PAGE + 2}`)).toBe(2);
    expect(pageOf(many, "nope")).toBeNull();
  });
});

describe("outlet columns", () => {
  const outlets = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `a${i + 1}`, label: `Outlet ${i + 1}` }));
  const row = (...articles: string[]) => ({ coverage: { articles, independent: articles.length, copies: [] } });
  const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);

  it("shows every outlet of a story no wider than a page, in story order", () => {
    const five = outlets(5);
    const c = outletColumns(five, [row("a5"), row("a5", "a4")], { outlet: "a5" });
    expect(c).toMatchObject({ page: 1, pages: 1, total: 5, ranked: false, pinned: null, first: 1, last: 5 });
    expect(c.columns).toBe(five);
  });

  // Twelve outlets; a12 carries three rows, a3 two, a7 one, the others none.
  // Pages of eight columns here, whatever COLUMNS_PER_PAGE is.
  const twelve = outlets(12);
  const rows = [row("a12", "a3"), row("a12", "a3", "a7"), row("a12")];
  const cases: Array<{
    name: string;
    p: { cols?: number; outlet?: string };
    columns: string[];
    page: number;
    pages: number;
    first: number;
    last: number;
  }> = [
    {
      name: "page 1: most rows first, ties in story order",
      p: {},
      columns: ["a12", "a3", "a7", "a1", "a2", "a4", "a5", "a6"],
      page: 1,
      pages: 2,
      first: 1,
      last: 8,
    },
    {
      name: "page 2: the rest",
      p: { cols: 2 },
      columns: ["a8", "a9", "a10", "a11"],
      page: 2,
      pages: 2,
      first: 9,
      last: 12,
    },
    {
      name: "a page past the last is the last",
      p: { cols: 9 },
      columns: ["a8", "a9", "a10", "a11"],
      page: 2,
      pages: 2,
      first: 9,
      last: 12,
    },
    {
      name: "the filtered outlet first on every page",
      p: { outlet: "a10" },
      columns: ["a10", "a12", "a3", "a7", "a1", "a2", "a4", "a5"],
      page: 1,
      pages: 2,
      first: 1,
      last: 7,
    },
    {
      name: "page 2 with an outlet pinned",
      p: { outlet: "a10", cols: 2 },
      columns: ["a10", "a6", "a8", "a9", "a11"],
      page: 2,
      pages: 2,
      first: 8,
      last: 11,
    },
    {
      name: "an unknown outlet pins nothing",
      p: { outlet: "nope" },
      columns: ["a12", "a3", "a7", "a1", "a2", "a4", "a5", "a6"],
      page: 1,
      pages: 2,
      first: 1,
      last: 8,
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const got = outletColumns(twelve, rows, c.p, 8);
      expect(ids(got.columns)).toEqual(c.columns);
      expect(got).toMatchObject({
        page: c.page,
        pages: c.pages,
        first: c.first,
        last: c.last,
        total: 12,
        ranked: true,
      });
    });

  it("pages by COLUMNS_PER_PAGE unless told otherwise", () => {
    const c = outletColumns(outlets(COLUMNS_PER_PAGE + 1), [], {});
    expect([c.columns.length, c.pages]).toEqual([COLUMNS_PER_PAGE, 2]);
  });

  it("ranks by the view's rows, so a filter changes the order", () => {
    expect(ids(outletColumns(twelve, [row("a2"), row("a2", "a9")], {}, 8).columns).slice(0, 3)).toEqual([
      "a2",
      "a9",
      "a1",
    ]);
  });

  it("counts an outlet once per row even when it holds several claims in it", () => {
    expect(
      ids(outletColumns(twelve, [row("a4", "a4", "a4"), row("a5"), row("a5")], {}, 8).columns).slice(0, 2),
    ).toEqual(["a5", "a4"]);
  });

  it("sizes row pages by the columns shown: the seed story's 62 rows of 5 outlets fit on one page", () => {
    expect(rowsPerPage(5)).toBeGreaterThanOrEqual(62);
    expect(rowsPerPage(COLUMNS_PER_PAGE) * COLUMNS_PER_PAGE).toBeLessThanOrEqual(rowsPerPage(5) * 5);
  });
});

describe("pageWindow", () => {
  const cases: Array<[page: number, pages: number, expected: Array<number | null>]> = [
    [1, 1, [1]],
    [1, 5, [1, 2, 3, 4, 5]],
    [1, 13, [1, 2, 3, null, 13]],
    [7, 13, [1, null, 5, 6, 7, 8, 9, null, 13]],
    [4, 13, [1, 2, 3, 4, 5, 6, null, 13]],
    [13, 13, [1, null, 11, 12, 13]],
    [10, 13, [1, null, 8, 9, 10, 11, 12, 13]],
  ];
  for (const [page, pages, expected] of cases)
    it(`page ${page} of ${pages}`, () => {
      expect(pageWindow(page, pages)).toEqual(expected);
    });
});

describe("splitSoleRows", () => {
  const conflict = group().discrepancies;
  const rows = [
    { id: "a", soleSource: false, discrepancies: [] },
    { id: "b", soleSource: true, discrepancies: [] },
    { id: "c", soleSource: false, discrepancies: conflict },
    { id: "d", soleSource: true, discrepancies: conflict },
  ];
  const cases: Array<{ show: "all" | "discrepancies" | "sole"; matrix: string[]; sole: string[] }> = [
    { show: "all", matrix: ["a", "c", "d"], sole: ["b"] },
    { show: "discrepancies", matrix: ["a", "c", "d"], sole: ["b"] },
    { show: "sole", matrix: ["a", "b", "c", "d"], sole: [] },
  ];
  for (const c of cases)
    it(`show=${c.show}`, () => {
      const out = splitSoleRows(rows, { show: c.show });
      expect({ matrix: out.matrix.map((r) => r.id), sole: out.sole.map((r) => r.id) }).toEqual({
        matrix: c.matrix,
        sole: c.sole,
      });
    });
});

describe("filterCounts", () => {
  const story = {
    articles: [{ id: "a" }, { id: "b" }, { id: "c" }] as never,
    groups: [
      group(),
      group({
        id: "g2",
        soleSource: true,
        coverage: { articles: ["a"], independent: 1, copies: [] },
        discrepancies: [],
      }),
      group({ id: "g3", discrepancies: [] }),
    ],
  };
  it("counts what each chip's link would show, the other filters kept", () => {
    const all = filterCounts(story, parseMatrixParams({}), new Map());
    expect(all.show).toEqual({ all: 3, discrepancies: 1, sole: 1 });
    expect(all.kind).toMatchObject({ any: 3, date: 1, number: 0 });
    expect(all.outlet).toEqual({ any: 3, a: 3, b: 2, c: 2 });
    expect(all.flag).toEqual({ any: 3, open: 0, reviewed: 0, unflagged: 3 });
    const sole = filterCounts(story, parseMatrixParams({ show: "sole" }), new Map());
    expect(sole.outlet).toEqual({ any: 1, a: 1, b: 0, c: 0 });
    expect(sole.kind).toMatchObject({ any: 1, date: 0 });
  });
});
