import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ARTICLE_LIMITS, LIMIT_MESSAGES, limitIssues, textShape, type TextShape } from "./limits";
import { storyBundleSchema } from "./schema";

describe("textShape", () => {
  const cases: Array<{ name: string; text: string; shape: Partial<TextShape> }> = [
    { name: "one sentence", text: "Iran and Syria signed a deal.", shape: { words: 6, sentences: 1 } },
    { name: "a line without a stop is a sentence", text: "BEIRUT\nIran and Syria signed.", shape: { sentences: 2 } },
    { name: "blank lines are no sentences", text: "One line.\n\n \n\nAnother.\n", shape: { sentences: 2 } },
    { name: "stops within a line", text: "One. Two! Three? Four", shape: { sentences: 4 } },
    { name: "a stop in a number ends nothing", text: "It grew 2.5 times.", shape: { sentences: 1 } },
    {
      name: "1,000 and 2.5 are one number each",
      text: "1,000 people, 2.5 km and 7.",
      shape: { mostNumbersInASentence: 3 },
    },
    { name: "numbers counted per sentence", text: "1 2 3. 4 5.\n6", shape: { mostNumbersInASentence: 3, numbers: 6 } },
    { name: "digits inside a word count", text: "F-16 and AK47 jets.", shape: { mostNumbersInASentence: 2 } },
    { name: "the longest run of non-space", text: "a https://example.com/x?y=1 b", shape: { longestWord: 25 } },
    { name: "any white space separates words", text: "a\u00a0b\u2003c\td", shape: { words: 4, longestWord: 1 } },
  ];
  it.each(cases)("$name", ({ text, shape }) => expect(textShape(text)).toMatchObject(shape));
});

describe("limitIssues", () => {
  const L = ARTICLE_LIMITS;
  const cases: Array<{ name: string; text: string; issues: string[] }> = [
    {
      name: "an ordinary article",
      text: "Iran and Syria signed a military deal on Monday, officials said.",
      issues: [],
    },
    {
      name: `a word of ${L.wordCharacters} characters`,
      text: `It said ${"x".repeat(L.wordCharacters)} today.`,
      issues: [],
    },
    {
      name: `a word of ${L.wordCharacters + 1} characters`,
      text: `It said ${"x".repeat(L.wordCharacters + 1)} today.`,
      issues: [LIMIT_MESSAGES.wordCharacters],
    },
    { name: `${L.words} words`, text: "w ".repeat(L.words), issues: [] },
    { name: `${L.words + 1} words`, text: "w ".repeat(L.words + 1), issues: [LIMIT_MESSAGES.words] },
    { name: `${L.sentences} lines`, text: "A line.\n".repeat(L.sentences), issues: [] },
    { name: `${L.sentences + 1} lines`, text: "A line.\n".repeat(L.sentences + 1), issues: [LIMIT_MESSAGES.sentences] },
    {
      name: `${L.sentences + 1} sentences on one line`,
      text: "It rained. ".repeat(L.sentences + 1),
      issues: [LIMIT_MESSAGES.sentences],
    },
    {
      name: `${L.numbersPerSentence} numbers in a sentence`,
      text: `${Array.from({ length: L.numbersPerSentence }, (_, i) => i).join(", ")}.`,
      issues: [],
    },
    {
      name: `${L.numbersPerSentence + 1} numbers in a sentence`,
      text: `${Array.from({ length: L.numbersPerSentence + 1 }, (_, i) => i).join(", ")}.`,
      issues: [LIMIT_MESSAGES.numbersPerSentence],
    },
    {
      name: `${L.numbersPerSentence + 1} numbers in lines of their own`,
      text: Array.from({ length: L.numbersPerSentence + 1 }, (_, i) => i).join("\n"),
      issues: [],
    },
    {
      name: `${L.numbers} numbers`,
      text: Array.from({ length: L.numbers / 10 }, () => "1 2 3 4 5 6 7 8 9 10.").join(" "),
      issues: [],
    },
    {
      name: `${L.numbers + 1} numbers`,
      text: `${Array.from({ length: L.numbers / 10 }, () => "1 2 3 4 5 6 7 8 9 10.").join(" ")} 11.`,
      issues: [LIMIT_MESSAGES.numbers],
    },
  ];
  it.each(cases)("$name", ({ text, issues }) => expect(limitIssues(text)).toEqual(issues));

  // The limits must not refuse news: every article of the seed and the dev stories stays at a tenth of each or less.
  it("leaves every seed and dev story far within each limit", () => {
    const dev = path.resolve(import.meta.dirname, "../../../shared/eval/dev");
    const files = [
      path.resolve(import.meta.dirname, "../../seeds/iran-syria-2018/bundle.json"),
      ...readdirSync(dev)
        .filter((f) => f.endsWith(".bundle.json"))
        .map((f) => path.join(dev, f)),
    ];
    const most: TextShape = { longestWord: 0, words: 0, sentences: 0, numbers: 0, mostNumbersInASentence: 0 };
    for (const file of files)
      for (const a of storyBundleSchema.parse(JSON.parse(readFileSync(file, "utf8"))).articles) {
        const shape = textShape(a.text);
        for (const k of Object.keys(most) as Array<keyof TextShape>) most[k] = Math.max(most[k], shape[k]);
      }
    expect(files.length).toBeGreaterThan(5);
    expect(most.longestWord * 10).toBeLessThanOrEqual(L.wordCharacters);
    expect(most.words * 10).toBeLessThanOrEqual(L.words);
    expect(most.sentences * 10).toBeLessThanOrEqual(L.sentences);
    expect(most.mostNumbersInASentence * 10).toBeLessThanOrEqual(L.numbersPerSentence);
    expect(most.numbers * 10).toBeLessThanOrEqual(L.numbers);
  });
});
