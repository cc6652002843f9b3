import { describe, expect, it } from "vitest";
import { matchQuotes, quoteDiff, quoteWords } from "./quotes";
import type { Quote } from "./attribution";
import { analyzeStory } from "./analyze";

const match = (a: string, b: string) => matchQuotes(quoteWords(a), quoteWords(b));

describe("quoteWords", () => {
  it.each([
    ["It ’ s a total loss", "it's a total loss"],
    ["this eleventh-hour rule", "this 11th hour rule"],
    ["our defence of the harbour", "our defense of the harbor"],
    ["these (local) managers have too much say", "these managers have too much say"],
    ["the [state] board will decide", "the board will decide"],
    ["whatever we call it 'a crisis or a war', we must act", "whatever we call it — a crisis or a war — we must act"],
    ["they ’ re sure we don ’ t know", "they're sure we don't know"],
    // A contraction is its words.
    ["We're throwing everything we have", "We are throwing everything we have"],
    ["we won't stop and can't stop", "we will not stop and can not stop"],
    ["I'm sure they'll say we've won", "I am sure they will say we have won"],
  ])("reads %j as %j", (a, b) => {
    expect(quoteWords(a)).toEqual(quoteWords(b));
  });
});

describe("matchQuotes", () => {
  it.each([
    [
      "a word added",
      "We have learned something important since those days",
      "We have learned something very important since those days",
      false,
    ],
    [
      "a phrase reworded",
      "The city is getting out of the crisis and entering a new phase",
      "The city is passing through the crisis and entering a new phase",
      false,
    ],
    [
      "an excerpt of a longer quote",
      "are alleged to be victims of the policy",
      "this group includes managers who are alleged to be victims of the policy",
      true,
    ],
    ["the same quote", "We will rebuild the bridge by next spring", "We will rebuild the bridge by next spring", true],
    [
      "the second sentence of a quote, whose first word is also one of the first sentence",
      "It kept the water away from the people who were trapped",
      "The pump did what it was built to do. It kept the water away from the people who were trapped",
      true,
    ],
    [
      "words replaced by words of the same sense (WordNet: a house is a home)",
      "We will rebuild every home that was lost",
      "We will rebuild every house that was destroyed",
      false,
    ],
    [
      "a long quote of few content words, its pronoun named",
      "We are throwing everything we have at it",
      "We're throwing everything we have at this fire",
      false,
    ],
    [
      "words of one sense lining up where the words differ most",
      "Within one minute or two the whole hall was ablaze",
      "Within a moment or two the entire hall was engulfed in flames",
      false,
    ],
  ])("%s: one statement (excerpt: %s)", (_name, a, b, excerpt) => {
    const m = match(a, b as string);
    expect(m).not.toBeNull();
    expect(m!.excerpt).toBe(excerpt);
  });

  it.each([
    [
      "two statements sharing a few words",
      "We will rebuild the bridge by next spring",
      "The bridge was closed by the council last spring after the flood",
    ],
    ["too short to tell", "a total loss", "a total disaster"],
    ["the same function words in order", "it is what it is and we will see", "it was who it was and they did leave"],
    [
      "words only related, not of one sense",
      "Our city will never forget the victims",
      "Our country will never forget the dead",
    ],
  ])("%s: different statements", (_name, a, b) => {
    expect(match(a, b)).toBeNull();
  });
});

describe("quote rows", () => {
  it("flags one statement quoted two ways by outlets whose sentences sit in different rows", () => {
    const a = analyzeStory({
      articles: [
        {
          text: '"We have learned something important since the days that I served overseas," the mayor told a rally in Leeds in 2008.',
        },
        {
          text: 'At that event, which was filmed, the mayor clearly says, "We have learned something very important since the days that I served overseas."',
        },
      ],
    });
    const flagged = a.groups.filter((g) => g.discrepancies.some((d) => d.kind === "quote"));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.claims.map((c) => c.article)).toEqual([0, 1]);
  });

  it("flags one statement quoted in other words of the same sense", () => {
    const a = analyzeStory({
      articles: [
        {
          text: 'The theatre burned on Friday night. "In less than a minute the whole stage was ablaze and the crowd ran for the doors," the manager said.',
        },
        {
          text: 'Nobody died in the fire. The manager told reporters that "in less than a moment the entire stage was in flames and the crowd ran for the exits."',
        },
      ],
    });
    const quoted = a.groups.flatMap((g) => g.discrepancies.filter((d) => d.kind === "quote"));
    expect(quoted).toHaveLength(1);
    expect(quoted[0]!.detail).toContain("whole stage was ablaze");
    expect(quoted[0]!.detail).toContain("entire stage was in flames");
  });

  it("flags a sentence of two quotes worded two ways, though the quotes go on differently", () => {
    const a = analyzeStory({
      articles: [
        {
          text: '"We do not expect a larger flood in the coming days, but the river remains high and we are watching it closely," said Ana Reis, the agency\'s director.',
        },
        {
          text: '"We cannot rule out a larger flood in the coming days. The ground is still saturated and more rain is due," said Ana Reis, the agency\'s director.',
        },
      ],
    });
    const quoted = a.groups.flatMap((g) => g.discrepancies.filter((d) => d.kind === "quote"));
    expect(quoted).toHaveLength(1);
    expect(quoted[0]!.diff!.filter(([op]) => op !== 0).map(([, text]) => text.trim())).toEqual([
      "do not expect",
      "cannot rule out",
    ]);
  });

  it("does not flag an excerpt", () => {
    const a = analyzeStory({
      articles: [
        {
          text: 'He said the class "includes at least 544 store managers who are alleged to be discriminators and victims."',
        },
        { text: 'The lawyer noted that the managers "are alleged to be discriminators and victims."' },
      ],
    });
    expect(a.groups.filter((g) => g.discrepancies.some((d) => d.kind === "quote"))).toEqual([]);
  });
});

describe("quoteDiff", () => {
  it("shows a contraction as no change, and a changed word as one", () => {
    const diff = quoteDiff(
      { text: "We are throwing everything we have at it" } as Quote,
      { text: "We're throwing everything we have at this fire" } as Quote,
    );
    expect(diff.filter(([op]) => op !== 0)).toEqual([
      [-1, "it"],
      [1, "this fire"],
    ]);
  });
});
