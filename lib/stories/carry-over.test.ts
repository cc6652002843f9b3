import { describe, expect, it } from "vitest";
import { carryClaimIds, carryOver } from "./carry-over";

describe("carryOver", () => {
  it("keeps ids when groups gain claims", () => {
    const r = carryOver(
      [
        { id: "g1", claims: ["a", "b"] },
        { id: "g2", claims: ["c"] },
      ],
      [
        { id: "g1", claims: ["a", "b", "x"] },
        { id: "g2", claims: ["c", "y"] },
        { id: "g9", claims: ["z"] },
      ],
    );
    expect(r.ids).toEqual(["g1", "g2", "g9"]);
    expect(r.merged.size).toBe(0);
  });

  it("redirects a group merged into another", () => {
    const r = carryOver(
      [
        { id: "g1", claims: ["a"] },
        { id: "g2", claims: ["b", "c"] },
      ],
      [{ id: "g1", claims: ["a", "b", "c", "x"] }],
    );
    expect(r.ids).toEqual(["g1"]);
    expect(r.merged).toEqual(new Map([["g2", "g1"]]));
  });

  it("keeps the id of the old group whose claims a renamed group carries", () => {
    // The analysis renamed the row (its first claim changed) but it holds the old row's claims.
    const r = carryOver([{ id: "g1", claims: ["a", "b"] }], [{ id: "g7", claims: ["b", "a"] }]);
    expect(r.ids).toEqual(["g1"]);
  });

  it("never gives a new group the id of an old group of other claims", () => {
    const r = carryOver(
      [
        { id: "g1", claims: ["a"] },
        { id: "g2", claims: ["b"] },
      ],
      [
        { id: "g2", claims: ["a", "b"] },
        { id: "g1", claims: ["q"] },
      ],
    );
    expect(r.ids[0]).toBe("g2");
    expect(r.ids[1]).not.toBe("g1");
    expect(r.merged.get("g1")).toBe("g2");
  });

  it.each([
    {
      name: "a merge keeps the id of the row merged into, though the other row's claims lead",
      previous: [
        { id: "g1", claims: ["a", "b"] },
        { id: "g2", claims: ["c"] },
      ],
      next: [{ id: "g1", claims: ["a", "b", "c"] }],
      pins: [[0, "g2"]] as const,
      ids: ["g2"],
      merged: [["g1", "g2"]],
    },
    {
      name: "a split claim gets its fresh id and the row it left keeps its own",
      previous: [{ id: "g1", claims: ["a", "b", "c"] }],
      next: [
        { id: "g1", claims: ["a", "b"] },
        { id: "g4", claims: ["c"] },
      ],
      pins: [[1, "s1"]] as const,
      ids: ["g1", "s1"],
      merged: [],
    },
    {
      // Undoing a merge: the old redirect's id comes back to the rows that leave, the rest keep the merged row's id.
      name: "a pin brings back an id no current row has",
      previous: [{ id: "g1", claims: ["a", "b", "c"] }],
      next: [
        { id: "g1", claims: ["a"] },
        { id: "g2", claims: ["b", "c"] },
      ],
      pins: [[1, "g2"]] as const,
      ids: ["g1", "g2"],
      merged: [],
    },
    {
      name: "an old id a pin uses is taken from the row that would carry it",
      previous: [{ id: "g1", claims: ["a", "b"] }],
      next: [
        { id: "g1", claims: ["a"] },
        { id: "g5", claims: ["b"] },
      ],
      pins: [[1, "g1"]] as const,
      ids: ["g1-2", "g1"],
      merged: [],
    },
  ])("pins: $name", ({ previous, next, pins, ids, merged }) => {
    const r = carryOver(previous, next, new Map(pins.map(([n, id]) => [n, id])));
    expect(r.ids).toEqual(ids);
    expect([...r.merged]).toEqual(merged);
  });
});

describe("carryClaimIds", () => {
  const span = (key: string, start: number, end: number) => ({ key, start, end });
  const old = [span("a", 0, 40), span("b", 41, 90), span("c", 91, 130)];
  const oldIds = new Map([
    ["a", "id-a"],
    ["b", "id-b"],
    ["c", "id-c"],
  ]);
  it.each([
    ["keeps every id when the keys are the same", old, { a: "id-a", b: "id-b", c: "id-c" }, []],
    [
      "gives a claim trimmed another way the id of the claim it overlaps",
      [span("a", 0, 40), span("b2", 45, 90), span("c", 91, 130)],
      { a: "id-a", b2: "id-b", c: "id-c" },
      [],
    ],
    [
      "gives a claim split in two its old id once, to the larger part; the other part is new",
      [span("a", 0, 40), span("b1", 41, 60), span("b2", 61, 90), span("c", 91, 130)],
      { a: "id-a", b1: "new-1", b2: "id-b", c: "id-c" },
      [],
    ],
    [
      "keeps one id for two claims joined, and the other is lost",
      [span("ab", 0, 90), span("c", 91, 130)],
      { ab: "id-b", c: "id-c" },
      ["id-a"],
    ],
    [
      "loses the id of a claim no longer extracted, and makes one for a claim that overlaps none",
      [span("a", 0, 40), span("c", 91, 130), span("d", 131, 160)],
      { a: "id-a", c: "id-c", d: "new-1" },
      ["id-b"],
    ],
  ])("%s", (_name, after, ids, lost) => {
    let n = 0;
    const r = carryClaimIds(old, oldIds, after, () => `new-${++n}`);
    expect(Object.fromEntries(r.ids)).toEqual(ids);
    expect(r.lost).toEqual(lost);
  });
});
