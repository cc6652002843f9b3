import { describe, expect, it } from "vitest";
import type { GroupView } from "./data";
import { cellSegments, filterGroups, matrixHref, pageOf, parseMatrixParams, ROWS_PER_PAGE, splitOf, valueColours } from "./view";

const text = "Hatami visited Damascus on Saturday for talks.";
const group = (over: Partial<GroupView> = {}): GroupView => ({
  id: "g1",
  kind: "claim",
  position: 0,
  soleSource: false,
  coverage: { articles: ["a", "b", "c"], independent: 3, copies: [] },
  cells: [
    { claimId: "c1", articleId: "a", start: 100, end: 100 + text.length, text },
    { claimId: "c2", articleId: "b", start: 0, end: 20, text: "He went on Sunday xx" },
  ],
  discrepancies: [
    {
      kind: "date",
      detail: "dated Saturday (A) vs Sunday (B)",
      diff: null,
      values: [
        { value: "Saturday", articles: ["a"], claims: ["c1"], spans: [{ claim: "c1", start: 127, end: 135 }] },
        { value: "Sunday", articles: ["b", "c"], claims: ["c2"], spans: [{ claim: "c2", start: 11, end: 17 }] },
      ],
    },
  ],
  ...over,
});

describe("matrix view params", () => {
  it("falls back to defaults for malformed values instead of failing", () => {
    expect(parseMatrixParams({ show: "bogus", kind: "colour", page: "-3", sort: "x" })).toEqual({ show: "all", sort: "conflicts" });
    expect(parseMatrixParams({ show: ["sole", "all"], kind: "date", page: "2" })).toMatchObject({ show: "sole", kind: "date", page: 2 });
  });

  it("round-trips through the URL, leaving defaults out", () => {
    const href = matrixHref("iran", { show: "discrepancies", kind: "date", outlet: "a1", focus: "g1", sort: "conflicts" });
    expect(href).toBe("/stories/iran?show=discrepancies&kind=date&outlet=a1&focus=g1");
    const q = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseMatrixParams(q)).toMatchObject({ show: "discrepancies", kind: "date", outlet: "a1", focus: "g1" });
    expect(matrixHref("iran", {})).toBe("/stories/iran");
  });
});

describe("filterGroups", () => {
  const agree = group({ id: "g2", discrepancies: [], coverage: { articles: ["a", "b"], independent: 2, copies: [] } });
  const sole = group({ id: "g3", discrepancies: [], soleSource: true, coverage: { articles: ["c"], independent: 1, copies: [] } });
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
    const order = new Map([["a", 0], ["b", 1]]);
    expect(filterGroups([late, early], parseMatrixParams({ sort: "story" }), order).map((g) => g.id)).toEqual(["early", "late"]);
    expect(filterGroups([late, early], parseMatrixParams({}), order).map((g) => g.id)).toEqual(["late", "early"]);
  });

  it("finds the page a focused row is on", () => {
    const many = Array.from({ length: ROWS_PER_PAGE + 5 }, (_, i) => group({ id: `r${i}` }));
    expect(pageOf(many, "r3")).toBe(1);
    expect(pageOf(many, `r${ROWS_PER_PAGE + 2}`)).toBe(2);
    expect(pageOf(many, "nope")).toBeNull();
  });
});

describe("highlighting", () => {
  it("marks each stated value with its row colour, the rest as plain text", () => {
    const g = group();
    const segs = cellSegments(g.cells[0]!, g);
    expect(segs.map((s) => s.text).join("")).toBe(text);
    expect(segs.filter((s) => s.value)).toEqual([{ text: "Saturday", value: "Saturday", colour: 0 }]);
    expect(cellSegments(g.cells[1]!, g).find((s) => s.value)).toEqual({ text: "Sunday", value: "Sunday", colour: 1 });
  });

  it("gives a value the same colour across discrepancies and counts outlets per value", () => {
    const g = group();
    expect([...valueColours(g)]).toEqual([
      ["Saturday", 0],
      ["Sunday", 1],
    ]);
    expect(splitOf(g)[0]!.parts.map((p) => `${p.value} ${p.count}`)).toEqual(["Saturday 1", "Sunday 2"]);
  });

  it("ignores spans outside the cell (a fact row shows only a clause)", () => {
    const g = group();
    const clause = { claimId: "c1", start: 100, end: 123, text: text.slice(0, 23) };
    expect(cellSegments(clause, g)).toEqual([{ text: text.slice(0, 23) }]);
  });
});
