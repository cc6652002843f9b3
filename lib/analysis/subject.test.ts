import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";
import { extractArticle } from "./extract";
import { agreedSubject, eventNoun } from "./subject";

describe("a row's subject", () => {
  const cases: Array<{ name: string; texts: string[]; subjects: Array<string | undefined> }> = [
    {
      name: "a toll the outlets state alike",
      texts: [
        "Five people died when the quake struck the province on Tuesday, officials said.",
        "The quake killed five people in the province on Tuesday, officials said.",
      ],
      subjects: ["Death toll"],
    },
    {
      name: "a sum of money, with its holder (the currency kept in capitals)",
      texts: [
        "Jesse Jackson spent $750,000 of campaign money on Tuesday, prosecutors said.",
        "Prosecutors said Jesse Jackson spent $750,000 of campaign money on Tuesday.",
      ],
      subjects: ["Jesse Jackson's amount (USD)"],
    },
    {
      name: "a discrepancy: its subject",
      texts: ["Hatami visited Damascus on Saturday for talks.", "Hatami visited Damascus on Sunday for talks."],
      subjects: ["Date of Hatami's visit"],
    },
    {
      name: "an age in a sentence about something else is not what the row is about",
      texts: [
        "Ruth Okafor, 59, had just parked her car on Friday when she was hit.",
        "Ruth Okafor, 59, had just parked her car on Friday when a driver hit her.",
      ],
      subjects: [undefined],
    },
    {
      name: "a date and an event word are not named: too often the wrong ones",
      texts: [
        "The council met on Monday to discuss the budget.",
        "The council met on Monday to discuss the budget plan.",
      ],
      subjects: [undefined],
    },
    {
      name: "a state one outlet denies: whether it holds, not a deed",
      texts: [
        "The suspect was armed when officers arrived, police said.",
        "Police said the suspect was not armed when officers arrived.",
      ],
      subjects: ["Whether the suspect was armed"],
    },
    {
      name: "two compass points: the direction",
      texts: [
        "A passenger ferry caught fire 8 miles north of the cape on Wednesday.",
        "A passenger ferry caught fire 8 miles south of the cape on Wednesday.",
      ],
      subjects: ["Direction (A passenger ferry)"],
    },
    {
      name: "a count of people: their number",
      texts: [
        "Nearly 2,000 supporters rallied in the square on Saturday.",
        "About 800 people rallied in the square on Saturday.",
      ],
      subjects: ["Number of people"],
    },
    {
      name: "a value one outlet of three states is not the row's",
      texts: [
        "Five people died when the quake struck the province on Tuesday, officials said.",
        "The quake struck the province on Tuesday, officials said.",
        "The quake struck the province on Tuesday, officials said in a statement.",
      ],
      subjects: [undefined],
    },
  ];
  it.each(cases)("$name", ({ texts, subjects }) => {
    const a = analyzeStory({ articles: texts.map((text) => ({ text })) });
    expect(a.groups.map((g) => g.subject)).toEqual(subjects);
  });
});

describe("agreedSubject", () => {
  const statements = ["Okafor, 49, is serving a life sentence.", "Officials said Okafor, 49, escaped."].map(
    (text, article) => {
      const claim = extractArticle({ text }).claims[0]!;
      return { article, claim, start: claim.start, end: claim.end };
    },
  );
  it.each([
    ["a fact row, built around the value: the age", true, "Okafor's age"],
    ["a sentence row: not", false, undefined],
  ])("%s", (_name, factRow, expected) => {
    expect(agreedSubject(statements, factRow)).toBe(expected);
  });

  it("looks only at the part of each sentence the row shows", () => {
    const clipped = statements.map((s) => ({ ...s, end: s.start + 3 }));
    expect(agreedSubject(clipped, true)).toBeUndefined();
  });
});

describe("eventNoun", () => {
  it.each([
    ["visit", "visit"],
    ["go down", "going down"],
    ["step down", "stepping down"],
    ["quit", "quitting"],
  ])("%s → %s", (verb, noun) => {
    expect(eventNoun(verb)).toBe(noun);
  });

  it("heads the date of a phrasal verb's act in words a reader knows", () => {
    const subjects = analyzeStory({
      articles: [
        "The ship went down off the coast on July 12, the coast guard said.",
        "The ship sank off the coast on July 11, the coast guard said.",
      ].map((text) => ({ text, publishedAt: "2026-07-14" })),
    }).groups.flatMap((g) => g.discrepancies.map((d) => d.subject));
    expect(subjects).toEqual(["Date of the going down"]);
  });
});
