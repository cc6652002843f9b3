import { describe, expect, it } from "vitest";
import { carryOver } from "./carry-over";

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
