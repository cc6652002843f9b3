import { describe, expect, it } from "vitest";
import type { ClaimRef } from "./align";
import { joinRows, replaceWeaker, seatSeconds } from "./row-passes";

// Four outlets; outlet 3 has two sentences: claim 3 (seated in the row first) and claim 4 (left alone).
const refs: ClaimRef[] = [
  { article: 0, claim: 0 },
  { article: 1, claim: 0 },
  { article: 2, claim: 0 },
  { article: 3, claim: 0 },
  { article: 3, claim: 1 },
];
const table = (p: Record<string, number>) => (x: number, y: number) => p[`${x}-${y}`] ?? 0;

describe("an outlet's better sentence replaces its weaker one in a row", () => {
  it("swaps in a lone sentence that is clearly more like the row's other sentences", () => {
    const probability = table({ "0-1": 0.9, "0-2": 0.8, "1-2": 0.8, "0-3": 0.4, "1-3": 0.3, "2-3": 0.3 });
    const p = (x: number, y: number) => (y === 4 ? 0.9 : probability(x, y));
    const rows = replaceWeaker(refs, [[0, 1, 2, 3], [4]], [[0.9, 0, 4]], p);
    expect(rows).toEqual([[0, 1, 2, 4], [3]]);
  });

  it("keeps the row as merged on a near tie, or when the lone sentence is the less alike", () => {
    const probability = table({ "0-3": 0.8, "1-3": 0.8, "2-3": 0.8 });
    for (const lone of [0.82, 0.5]) {
      const p = (x: number, y: number) => (y === 4 ? lone : probability(x, y));
      expect(replaceWeaker(refs, [[0, 1, 2, 3], [4]], [[lone, 0, 4]], p)).toEqual([[0, 1, 2, 3], [4]]);
    }
  });

  it("does not take a sentence out of another row", () => {
    const p = (x: number, y: number) => (y === 4 ? 0.9 : 0.3);
    const rows = replaceWeaker(
      refs,
      [
        [0, 1, 3],
        [2, 4],
      ],
      [[0.9, 0, 4]],
      p,
    );
    expect(rows).toEqual([
      [0, 1, 3],
      [2, 4],
    ]);
  });
});

describe("an outlet's second sentence of a row's fact joins the row", () => {
  it("seats a lone sentence beside its outlet's sentence when it is as like the row's other sentences as not", () => {
    const probability = table({ "0-1": 0.9, "0-2": 0.8, "1-2": 0.8, "0-3": 0.7, "1-3": 0.7, "2-3": 0.7 });
    const p = (x: number, y: number) =>
      y === 4 ? ({ 0: 0.7, 1: 0.5, 2: 0.4 } as Record<number, number>)[x]! : probability(x, y);
    const rows = seatSeconds(refs, [[0, 1, 2, 3], [4]], [[0.7, 0, 4]], p);
    expect(rows).toEqual([[0, 1, 2, 3, 4]]);
  });

  it("leaves it alone when the row's other sentences are, on the whole, unlike it", () => {
    const probability = table({ "0-1": 0.9, "0-2": 0.8, "1-2": 0.8, "0-3": 0.7, "1-3": 0.7, "2-3": 0.7 });
    const p = (x: number, y: number) =>
      y === 4 ? ({ 0: 0.7, 1: 0.3, 2: 0.3 } as Record<number, number>)[x]! : probability(x, y);
    expect(seatSeconds(refs, [[0, 1, 2, 3], [4]], [[0.7, 0, 4]], p)).toEqual([[0, 1, 2, 3], [4]]);
  });

  it("does not take a sentence out of another row, nor seat one whose outlet the row lacks", () => {
    const p = () => 0.9;
    const rows = [
      [0, 1, 3],
      [2, 4],
    ];
    expect(seatSeconds(refs, rows, [[0.9, 0, 4]], p)).toEqual(rows);
    expect(seatSeconds(refs, [[0, 1], [4]], [[0.9, 0, 4]], p)).toEqual([[0, 1], [4]]);
  });
});

describe("two rows of one fact that share an outlet join (joinRows)", () => {
  // Row [0, 1, 3]: outlets 0 and 1 and outlet 3's lead, which sums up two facts. Row [2, 4]: outlet 2 and outlet 3's
  // own statement of the fact. Merging never joined them: both hold a sentence of outlet 3.
  const rows = () => [
    [0, 1, 3],
    [2, 4],
  ];
  const alike = table({ "0-1": 0.9, "0-3": 0.5, "1-3": 0.5, "2-4": 0.8, "0-2": 0.6, "1-2": 0.6 });
  const p = (x: number, y: number) => (y === 4 ? 0.7 : x === 2 && y === 3 ? 0.2 : alike(x, y));

  it("joins them when their sentences of different outlets are as alike on average as a pair that merges", () => {
    // Across the rows: 0-2 0.6, 1-2 0.6, 0-4 0.7, 1-4 0.7, 2-3 0.2, a mean of 0.56.
    // Outlet 3 keeps sentence 4 (0.7, 0.7, 0.8 with the others) and its lead (0.5, 0.5, 0.2) goes alone.
    expect(joinRows(refs, rows(), [[0.7, 0, 4]], p)).toEqual([[0, 1, 2, 4], [3]]);
  });

  it("leaves them apart when the two rows are, on the whole, unlike, or linked by a pair less likely than not", () => {
    // One strong link (0-4) among unlike sentences: a mean of 0.34 across the rows.
    const unlike = (x: number, y: number) => (["0-1", "2-4", "0-4"].includes(`${x}-${y}`) ? 0.9 : 0.2);
    expect(joinRows(refs, rows(), [[0.9, 0, 4]], unlike)).toEqual(rows());
    // Alike rows whose best link is below 0.5 are not weighed.
    expect(joinRows(refs, rows(), [[0.45, 0, 4]], () => 0.45)).toEqual(rows());
    expect(joinRows(refs, rows(), [[0.5, 0, 4]], () => 0.5)).toEqual([[0, 1, 2, 3], [4]]);
  });

  it("leaves rows that share no outlet, and lone sentences, to merging and seatSeconds", () => {
    const p9 = () => 0.9;
    expect(
      joinRows(
        refs,
        [
          [0, 1],
          [2, 3],
        ],
        [[0.9, 1, 2]],
        p9,
      ),
    ).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(joinRows(refs, [[0, 1, 3], [4]], [[0.9, 0, 4]], p9)).toEqual([[0, 1, 3], [4]]);
  });
});
