import { describe, expect, it } from "vitest";
import {
  decodeBase64,
  decodeBase64Portable,
  decodeLists,
  encodeBase64,
  encodeLists,
  frontCode,
  frontDecode,
  frontFind,
  frontIndex,
  frontWord,
  listOf,
  RESTART,
} from "./codec";

describe("base64", () => {
  const cases = [
    [],
    [0],
    [255, 1],
    [1, 2, 3],
    [0, 128, 255, 7, 9],
    Array.from({ length: 1000 }, (_, i) => (i * 37) % 256),
  ];
  it.each(cases.map((c) => [c.length, c]))("round-trips %i bytes like Buffer does", (_, bytes) => {
    const b = Uint8Array.from(bytes);
    const text = encodeBase64(b);
    expect(text).toBe(Buffer.from(b).toString("base64"));
    expect([...decodeBase64(text)]).toEqual(bytes);
    expect([...decodeBase64Portable(text)]).toEqual(bytes);
  });

  it("refuses characters outside the alphabet (the portable decoder)", () => {
    expect(() => decodeBase64Portable("AB-D")).toThrow(/invalid character at 2/);
  });
});

describe("varint lists", () => {
  const cases: Array<[string, number[][]]> = [
    ["all empty", [[], [], []]],
    ["empty at both ends", [[], [5, 127, 128], [], [0], []]],
    ["large values", [[2 ** 31 - 1, 16384, 16383], [1]]],
    ["one list", [[3, 1, 2]]],
  ];
  it.each(cases)("round-trips %s", (_, lists) => {
    const decoded = decodeLists(encodeLists(lists), lists.length);
    expect(lists.map((_, i) => [...listOf(decoded, i)])).toEqual(lists);
  });

  it("refuses negative or fractional values", () => {
    expect(() => encodeLists([[-1]])).toThrow(/uint31/);
    expect(() => encodeLists([[1.5]])).toThrow(/uint31/);
  });
});

describe("front coding", () => {
  const words = ["a", "aa", "ab", "abandon", "abandoned", "b", "constructor", "death", "death_toll", "deathbed"];
  const many = Array.from({ length: 3 * RESTART + 5 }, (_, i) => `w${String(i).padStart(3, "0")}`);

  it.each([
    ["a short list", words],
    ["several blocks", many],
  ])("finds every word of %s and decodes it back", (_, list) => {
    const fc = frontIndex(frontCode(list));
    expect(frontDecode(frontCode(list))).toEqual(list);
    list.forEach((w, i) => {
      expect(frontFind(fc, w)).toBe(i);
      expect(frontWord(fc, i)).toBe(w);
    });
  });

  it.each(["", "0", "aaa", "abandons", "zzz", "__proto__", "toString", "death toll"])(
    "does not find %j in the short list",
    (w) => {
      expect(frontFind(frontIndex(frontCode(words)), w)).toBe(-1);
    },
  );

  it("refuses an unsorted list", () => {
    expect(() => frontCode(["b", "a"])).toThrow(/out of order/);
  });
});
