import { describe, expect, it } from "vitest";
import { group, text } from "../../test/view-group";
import {
  cellSegments,
  cellsByArticle,
  diffExcerpt,
  kindLabel,
  outletList,
  splitOf,
  topParts,
  valueColours,
} from "./row-values";

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

describe("an outlet's cell", () => {
  it("holds its statements in the order the article makes them, whatever order the row lists them in", () => {
    const g = group();
    const headline = { claimId: "c0", articleId: "a", start: 0, end: 27, text: "Hatami in Damascus for talks" };
    const cells = cellsByArticle({ ...g, cells: [...g.cells, headline] });
    expect(cells.get("a")!.map((c) => c.claimId)).toEqual(["c0", "c1"]);
    expect(cells.get("b")!.map((c) => c.claimId)).toEqual(["c2"]);
  });
});

describe("row summaries of wide stories", () => {
  const part = (value: string, count: number) => ({ value, count });

  it("keeps a split of a few values whole and in order", () => {
    const parts = [part("Saturday", 2), part("Sunday", 2), part("Monday", 1)];
    expect(topParts(parts)).toEqual({ parts, more: 0 });
  });

  it("shows the most stated values of a wide split, most first, and counts the rest", () => {
    const parts = [part("a", 1), part("b", 47), part("c", 1), part("d", 3), part("e", 3), part("f", 2)];
    expect(topParts(parts)).toEqual({ parts: [part("b", 47), part("d", 3), part("e", 3), part("f", 2)], more: 2 });
  });

  it("names the first outlets and counts the others", () => {
    expect(outletList(["A", "B"])).toBe("A, B");
    expect(outletList(["A", "B", "C", "D"], 2)).toBe("A, B and 2 more");
  });
});

describe("diffExcerpt", () => {
  const long = "one two three four five six seven eight nine ten";
  const cases: Array<{
    name: string;
    diff: Array<[number, string]>;
    context?: number;
    expected: Array<[number, string]>;
  }> = [
    {
      name: "short runs stay whole",
      diff: [
        [0, "the deal "],
        [-1, "will"],
        [1, "would"],
        [0, " last"],
      ],
      expected: [
        [0, "the deal "],
        [-1, "will"],
        [1, "would"],
        [0, " last"],
      ],
    },
    {
      name: "a long opening run keeps its last words",
      diff: [
        [0, `${long} `],
        [-1, "old"],
        [1, "new"],
      ],
      context: 2,
      expected: [
        [0, "… nine ten "],
        [-1, "old"],
        [1, "new"],
      ],
    },
    {
      name: "a long closing run keeps its first words",
      diff: [
        [-1, "old"],
        [1, "new"],
        [0, ` ${long}`],
      ],
      context: 2,
      expected: [
        [-1, "old"],
        [1, "new"],
        [0, " one two …"],
      ],
    },
    {
      name: "a long middle run keeps both ends",
      diff: [
        [-1, "a"],
        [0, ` ${long} `],
        [1, "b"],
      ],
      context: 2,
      expected: [
        [-1, "a"],
        [0, " one two … nine ten "],
        [1, "b"],
      ],
    },
    { name: "no change at all", diff: [[0, "same words"]], expected: [[0, "same words"]] },
  ];
  for (const c of cases) it(c.name, () => expect(diffExcerpt(c.diff, c.context)).toEqual(c.expected));
});

describe("kindLabel", () => {
  it.each([
    ["a day", { kind: "date", basis: { measure: undefined } }, "Date conflict"],
    ["a time of day", { kind: "date", basis: { measure: "time" } }, "Time conflict"],
    ["a row stored without a basis", { kind: "date", basis: null }, "Date conflict"],
    ["an amount", { kind: "number", basis: { measure: "n:dead" } }, "Number conflict"],
  ] as const)("badges %s as %j", (_name, d, want) => {
    expect(kindLabel(d)).toBe(want);
  });
});
