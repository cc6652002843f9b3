import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allMatches,
  clauseFinder,
  clauseSpan,
  isSpace,
  letterWordCount,
  normalize,
  pieceCount,
  quoteSpans,
  wordCount,
} from "./text";

/** clauseSpan as it was before clauseFinder: the whole text scanned for every span (hardening finding 1). */
function referenceClauseSpan(text: string, start: number, end: number): [number, number] {
  const cuts: Array<[number, number]> = [...text.matchAll(/[,;:]\s+|\s+(?:--|\u2014|\u2013)\s+/g)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
  const lefts = [0, ...cuts.filter(([, e]) => e <= start).map(([, e]) => e)];
  const rights = [...cuts.filter(([s]) => s >= end).map(([s]) => s), text.length];
  let li = lefts.length - 1;
  let ri = 0;
  const wordsIn = (a: number, b: number) => text.slice(a, b).split(/\s+/).filter(Boolean).length;
  while (wordsIn(lefts[li]!, rights[ri]!) < 8 && (li > 0 || ri < rights.length - 1)) {
    if (li > 0) li--;
    else ri++;
  }
  let a = lefts[li]!;
  let b = rights[ri]!;
  while (b > a && /[\s.,;:!?'\u2019]/.test(text[b - 1]!)) b--;
  while (a < b && /\s/.test(text[a]!)) a++;
  return [a, b];
}

describe("clauseSpan", () => {
  it.each([
    ["Iran spent $5 million on arms, officials said.", 11, 21, "Iran spent $5 million on arms, officials said"],
    [
      "He spent $5,687.75 on a retreat, $466.30 on dinner, and $100 on flowers in Martha's Vineyard.",
      33,
      40,
      "He spent $5,687.75 on a retreat, $466.30 on dinner",
    ],
    [
      "The quake, which struck at a depth of six miles beneath the surface of the sea, killed 24 people.",
      37,
      46,
      "which struck at a depth of six miles beneath the surface of the sea",
    ],
  ])("%s [%d, %d) → %s", (text, start, end, clause) => {
    const [a, b] = clauseSpan(text, start, end);
    expect(text.slice(a, b)).toBe(clause);
  });

  // The same spans as the reference for any text and span, in texts made of the characters that matter.
  it("finds the spans the whole-text scan found", () => {
    const piece = fc.constantFrom(
      "a",
      "word",
      "1,000",
      " ",
      "  ",
      ", ",
      ",",
      "; ",
      ": ",
      " -- ",
      " \u2014 ",
      ".",
      "'",
      "\n",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((p) => p.join("")),
        fc.nat(),
        fc.nat(),
        (text, x, y) => {
          const start = text.length ? x % (text.length + 1) : 0;
          const end = Math.min(text.length, start + (y % 12));
          expect(clauseFinder(text)(start, end)).toEqual(referenceClauseSpan(text, start, end));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe("isSpace", () => {
  it("is what \\s matches, for every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe("quoteSpans", () => {
  it.each([
    ['He said "we will stay" and left.', ["we will stay"]],
    ["He said \u201cwe will stay\u201d and \u201cwe will help\u201d.", ["we will stay", "we will help"]],
    ['Straight and curly marks mixed: "a share\u201d of it.', ["a share"]],
    // A token corpus sets marks apart and closes with two apostrophes.
    ['" We will rebuild , " the mayor said .', [" We will rebuild , "]],
    ["It sits on the \"Ring of Fire'' where plates meet.", ["Ring of Fire"]],
    // A quotation inside a quoted excerpt doubles the opening mark.
    ['The paper wrote: ""We won," he said. "It was fair."', ["We won,", "It was fair."]],
    // A curly opening mark left unclosed (a quotation running on to the next paragraph) is dropped.
    ["\u201cWe will stay. \u201cWe will help,\u201d she said.", ["We will help,"]],
    ["A stray closing mark\u201d is ignored.", []],
    ['An unclosed "quotation has no span.', []],
  ])("%s", (text, expected) => {
    expect(quoteSpans(text).map((q) => text.slice(q.open + q.openLength, q.close))).toEqual(expected);
  });
});

describe("letterWordCount", () => {
  it.each([
    ["Four words are here.", 4],
    ['" Not again . "', 2],
    ["The score was 61 - 58 .", 5],
    ["", 0],
  ])("%s", (text, n) => {
    expect(letterWordCount(text)).toBe(n);
  });
});

describe("wordCount and pieceCount count what splitting on spaces gives, without splitting", () => {
  it.each(["", " ", "a", " a", "a ", "a  b", "\ta\nb\u00a0c\u3000", "  x  y  ", "one two three", "\ufeffa b"])(
    "%j",
    (s) => {
      expect(wordCount(s)).toBe(s.split(/\s+/).filter(Boolean).length);
      expect(pieceCount(s)).toBe(s.split(/\s+/).length);
    },
  );

  it("for any text of words and spaces", () => {
    const piece = fc.constantFrom("a", "bc", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\ufeff", "é", "-");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const s = parts.join("");
        return wordCount(s) === s.split(/\s+/).filter(Boolean).length && pieceCount(s) === s.split(/\s+/).length;
      }),
    );
  });
});

describe("normalize", () => {
  it.each([
    ["Ali Abdullah Ayoub’s “visit”", "ali abdullah ayoubs visit"],
    ["Café Zoë — São Paulo", "cafe zoe sao paulo"],
    ["  U.S. forces, 2,000 troops!  ", "u s forces 2 000 troops"],
  ])("folds %s", (text, want) => {
    expect(normalize(text)).toBe(want);
  });

  it("reads plain ASCII as the full Unicode fold does", () => {
    const full = (s: string) =>
      s
        .normalize("NFKD")
        .replace(/\p{M}+/gu, "")
        .toLowerCase()
        .replace(/[\u2018\u2019\u201c\u201d"'`]/g, "")
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
    fc.assert(fc.property(fc.string({ unit: "binary-ascii" }), (s) => normalize(s) === full(s)));
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => normalize(s) === full(s)));
  });
});

describe("allMatches", () => {
  it("finds what matchAll finds, empty matches and astral letters included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        for (const re of [/\d+|x/gu, /\b/gu, /(?<=a)|\p{L}+/giu, /a*/g])
          expect(allMatches(re, text).map((m) => [m.index, m[0]])).toEqual(
            [...text.matchAll(re)].map((m) => [m.index, m[0]]),
          );
      }),
    );
  });

  it("leaves the regex ready for the next caller, even one inside the walk", () => {
    const re = /\d+/g;
    const outer = allMatches(re, "1 and 22").map((m) => [m[0], allMatches(re, "333 4").map((n) => n[0])]);
    expect(outer).toEqual([
      ["1", ["333", "4"]],
      ["22", ["333", "4"]],
    ]);
    expect(re.lastIndex).toBe(0);
  });

  it("refuses a regex without the g flag, which would match forever", () => {
    expect(() => allMatches(/\d/, "12")).toThrow(/global/);
  });
});
