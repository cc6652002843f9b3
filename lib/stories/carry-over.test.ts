import { describe, expect, it } from "vitest";
import { carryOver } from "./carry-over";

describe("carryOver", () => {
  it("keeps ids when groups gain claims", () => {
    const r = carryOver([{ id: "g1", claims: ["a", "b"] }, { id: "g2", claims: ["c"] }], [{ id: "g1", claims: ["a", "b", "x"] }, { id: "g2", claims: ["c", "y"] }, { id: "g9", claims: ["z"] }]);
    expect(r.ids).toEqual(["g1", "g2", "g9"]);
    expect(r.merged.size).toBe(0);
  });

  it("redirects a group merged into another", () => {
    const r = carryOver([{ id: "g1", claims: ["a"] }, { id: "g2", claims: ["b", "c"] }], [{ id: "g1", claims: ["a", "b", "c", "x"] }]);
    expect(r.ids).toEqual(["g1"]);
    expect(r.merged).toEqual(new Map([["g2", "g1"]]));
  });

  it("keeps the id of the old group whose claims a renamed group carries", () => {
    // The analysis renamed the row (its first claim changed) but it holds the old row's claims.
    const r = carryOver([{ id: "g1", claims: ["a", "b"] }], [{ id: "g7", claims: ["b", "a"] }]);
    expect(r.ids).toEqual(["g1"]);
  });

  it("never gives a new group the id of an old group of other claims", () => {
    const r = carryOver([{ id: "g1", claims: ["a"] }, { id: "g2", claims: ["b"] }], [{ id: "g2", claims: ["a", "b"] }, { id: "g1", claims: ["q"] }]);
    expect(r.ids[0]).toBe("g2");
    expect(r.ids[1]).not.toBe("g1");
    expect(r.merged.get("g1")).toBe("g2");
  });
});
