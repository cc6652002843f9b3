import { describe, expect, it } from "vitest";
import { letterWordCount, quoteSpans } from "./text";

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
