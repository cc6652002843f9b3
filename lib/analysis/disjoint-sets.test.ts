import { describe, expect, it } from "vitest";
import { DisjointSets } from "./disjoint-sets";

describe("DisjointSets", () => {
  it("starts with every item alone", () => {
    const s = new DisjointSets(3);
    expect(s.components()).toEqual([[0], [1], [2]]);
  });

  it("joins sets under the root the caller names, and lists components by their first item", () => {
    const s = new DisjointSets(6);
    s.join(4, 1);
    s.join(s.find(1), s.find(5));
    s.join(2, 0);
    expect(s.find(5)).toBe(4);
    expect(s.find(0)).toBe(2);
    expect(s.components()).toEqual([[0, 2], [1, 4, 5], [3]]);
  });

  it("follows a long chain without running out of stack", () => {
    const n = 200_000;
    const s = new DisjointSets(n);
    for (let i = 1; i < n; i++) s.join(i, i - 1);
    expect(s.find(0)).toBe(n - 1);
    expect(s.components()).toHaveLength(1);
  });
});
