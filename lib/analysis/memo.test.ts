import { describe, expect, it } from "vitest";
import { boundedMemo, weakMemo } from "./memo";

describe("memo helpers", () => {
  it("boundedMemo answers each key once, and forgets all when full", () => {
    let calls = 0;
    const upper = boundedMemo((s) => (calls++, s.toUpperCase()), 2);
    expect([upper("a"), upper("a"), upper("b")]).toEqual(["A", "A", "B"]);
    expect(calls).toBe(2);
    upper("c"); // full: forgets a and b
    upper("a");
    expect(calls).toBe(4);
  });

  it("boundedMemo remembers an answer of undefined", () => {
    let calls = 0;
    const none = boundedMemo((_) => (calls++, undefined), 10);
    expect([none("a"), none("a")]).toEqual([undefined, undefined]);
    expect(calls).toBe(1);
  });

  it("weakMemo remembers an answer of null for each object", () => {
    let calls = 0;
    const none = weakMemo((_: object) => (calls++, null));
    const key = {};
    expect([none(key), none(key)]).toEqual([null, null]);
    expect(calls).toBe(1);
  });
});
