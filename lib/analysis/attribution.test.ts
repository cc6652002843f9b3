import { describe, expect, it } from "vitest";
import { extractAttribution, extractQuotes } from "./attribution";
import { extractEntities } from "./entities";
import { splitSentences } from "./nlp";

const attr = (s: string) => {
  const tokens = splitSentences(s, 0)[0]!.tokens;
  return extractAttribution(s, tokens, extractEntities(tokens));
};

describe("extractAttribution", () => {
  it.each([
    ["IRNA quoted Tehran's military attache to Damascus, Abolqassem Alinejad, as saying.", "IRNA", "Alinejad"],
    ["Iran will help rebuild Syria's army, according to Fars News.", "Fars", null],
    ["Hatami arrived in Damascus on Sunday, Tasnim reported.", "Tasnim", null],
    ["Al-Akhbar reported Tuesday that Iranian advisers had left the south.", "Al-Akhbar", null],
    ['"Syria is entering the reconstruction phase," said Iran\'s Defence Minister Amir Hatami.', null, "Amir Hatami"],
    // The subject of what was said is not its speaker; a coordinated verb's speaker is the sentence's subject.
    [
      'Union head Piotr Sadek called the plan "a betrayal" and said workers would strike on Tuesday.',
      null,
      "Piotr Sadek",
    ],
  ])("%s", (s, channel, speaker) => {
    const a = attr(s);
    if (channel) expect(a.channel?.text).toContain(channel);
    if (speaker) expect(a.speaker?.text).toContain(speaker);
    if (!speaker) expect(a.speaker).toBeNull();
    if (!channel) expect(a.channel).toBeNull();
  });

  // A speaker named beside a title set off by commas, on either side of the verb: the person, named.
  it.each([
    ["Greenline's finance director, Tomas Varga, said the results were strong.", "Tomas Varga"],
    ["Tomas Varga, Greenline's finance director, said the results were strong.", "Tomas Varga"],
    ["Tomas Varga, the finance director of Greenline, said the results were strong.", "Tomas Varga"],
    ["Tomas Varga, a spokesman for the union, said talks had failed.", "Tomas Varga"],
    ['"The results are strong," said the company\'s finance director, Dr Tomas Varga.', "Tomas Varga"],
    ['"The results are strong," said a spokesman, Tomas Varga, in a statement.', "Tomas Varga"],
  ])("names the speaker set off by commas: %s", (s, name) => {
    const a = attr(s);
    expect(a.speaker?.named).toBe(true);
    expect(a.speaker?.text).toContain(name);
  });

  // A person named before "of" the body they belong to is the speaker, not the body.
  it.each([
    ['"The port is safe," Inspector Ana Ruiz of the harbour police said on Monday.', "Ana Ruiz", "an rz"],
    ["Tomas Varga from the union said talks had failed.", "Tomas Varga", "tms vrg"],
    ["A spokesman for the harbour police said the road was closed.", "harbour police", null],
    // …and a person named before a relative clause set off by commas.
    ['Inspector Ana Ruiz, who leads the inquiry, said more arrests were "likely".', "Inspector Ana Ruiz", "an rz"],
    ["Brandt, who leads the talks for the union, said the offer was poor.", "Brandt", "brndt"],
  ])("%s", (s, text, key) => {
    const a = attr(s);
    expect(a.speaker?.text).toContain(text);
    if (key) expect(a.speaker?.key).toBe(key);
  });

  it.each([
    // The last of a list is not the speaker, nor is a clause set off read as a title.
    ["Norway, Sweden and Finland, the three neighbours, said they would meet."],
    ["The union, which represents 600 workers, said it would strike."],
  ])("finds no named speaker in %s", (s) => {
    expect(attr(s).speaker?.named ?? false).toBe(false);
  });

  it("a plain statement has no attribution", () => {
    expect(attr("Iran and Syria signed a defence agreement in Damascus.")).toEqual({ speaker: null, channel: null });
  });
});

describe("extractQuotes", () => {
  it.each([
    ['Iran wants to receive "a share” of Syrian oil.', ["a share"]],
    ["He said “we will stay” and “we will help”.", ["we will stay", "we will help"]],
    ['"Syria is getting out of crisis," the minister said.', ["Syria is getting out of crisis"]],
    ["No quotation here.", []],
    // A token corpus closes with two apostrophes and sets the marks apart.
    ["Lorne sits on the \"Ring of Fire'' where plates collide.", ["Ring of Fire"]],
    ['" We could have lost the block , " the chief said .', ["We could have lost the block"]],
    // An opening mark left unclosed (the quotation runs on to the next paragraph) does not pair with the next one.
    ["\u201cWe will stay. \u201cWe will help,\u201d she said.", ["We will help"]],
    ['The paper wrote: ""We won," he said.', ["We won"]],
  ])("%s", (s, expected) => {
    const qs = extractQuotes(s, 10);
    expect(qs.map((x) => x.text)).toEqual(expected);
    for (const x of qs) expect(s.slice(x.start - 10, x.end - 10)).toBe(x.text);
  });
});
