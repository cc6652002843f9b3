import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";
import { actVerbOf, lightVerbAct, scheduledAct } from "./light-verbs";
import { splitSentences } from "./nlp";

/** The act the first light verb of a sentence names with its object, or "". */
function act(sentence: string): string {
  const tokens = splitSentences(sentence, 0)[0]!.tokens;
  const k = tokens.findIndex((t) => t.pos === "VERB");
  return lightVerbAct(tokens, k);
}

/** The discrepancies of a story of two one-sentence articles, as "kind: values". */
function flags(a: string, b: string): string[] {
  return analyzeStory({
    articles: [a, b].map((text, i) => ({ outlet: i ? "Beta" : "Alpha", publishedAt: "2024-03-14", text })),
  }).groups.flatMap((g) => g.discrepancies.map((d) => `${d.kind}: ${d.values.map((v) => v.value).join(" / ")}`));
}

describe("the act a light verb names with its object (light-verbs.ts)", () => {
  it.each([
    ["The pilot made an emergency landing near the coast.", "land"],
    ["The board held a vote on the merger.", "vote"],
    ["Militants carried out an attack on the base.", "attack"],
    ["The minister paid a visit to the capital.", "visit"],
    ["The two leaders held talks in the capital.", "talk"],
    ["The court made its decision after a week.", "decide"],
    // An amount of acts: the acts; a noun of acts of a group: the noun's.
    ["The air force carried out scores of air strikes last year.", "strike"],
    ["The envoys held a meeting of ministers in June.", "meet"],
    // Objects that are no acts: the verb is the act.
    ["The company made a profit last year.", ""],
    ["The robbers took the money from the safe.", ""],
    ["She has a car and a bicycle.", ""],
    ["The veteran took office in January.", ""],
    // Not a light verb, or not one in news: "have" and "give" keep their own sense.
    ["The pilot attempted an emergency landing near the coast.", ""],
    ["The team had a chance to tie the game.", ""],
    ["Given the large number of appearances, he was tired.", ""],
    // A count is no act.
    ["The guard made 10 plays in the second half.", ""],
  ])("%s → %s", (sentence, expected) => {
    expect(act(sentence)).toBe(expected);
  });

  it("derives an act's verb only from the noun's senses that are acts, and only a verb spelled like it", () => {
    expect(actVerbOf("landing")).toBe("land");
    expect(actVerbOf("announcement")).toBe("announce");
    expect(actVerbOf("office")).toBe("");
    expect(actVerbOf("car")).toBe("");
  });

  it.each([
    [
      "a date of a light verb's act against the verb's",
      "The pilot made an emergency landing on Sunday.",
      "The pilot landed on Monday.",
      ["date: Sunday 2024-03-10 / Monday 2024-03-11"],
    ],
    [
      "a place of a light verb's act against the verb's",
      "The pilot made an emergency landing at Gatwick on Sunday.",
      "The pilot landed at Heathrow on Sunday.",
      ["entity: Gatwick / Heathrow"],
    ],
    [
      "the same act on the same day",
      "The board held a vote on the merger on Tuesday.",
      "The board voted on the merger on Tuesday.",
      [],
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(flags(a, b)).toEqual(expected);
  });
});

describe("the act a scheduling verb puts on the calendar (light-verbs.ts scheduledAct)", () => {
  /** The act the first scheduling verb of a sentence puts on the calendar, or "". */
  function scheduled(sentence: string): string {
    const tokens = splitSentences(sentence, 0)[0]!.tokens;
    return tokens.map((_, k) => scheduledAct(tokens, k)).find((a) => a) ?? "";
  }

  it.each([
    ["Sentencing was set for September 18.", "sentence"],
    ["His sentencing hearing is scheduled for May 2.", "sentence"],
    ["The vote was moved to Tuesday.", "vote"],
    ["The council postponed the vote until June.", "vote"],
    // A gerund WordNet lists as a noun of its own is a thing: its hearing is no act of hearing.
    ["A bail hearing was scheduled for Wednesday.", ""],
    // No act put on the calendar: a target, or a date not opened by "for", "until" or "to".
    ["The company set a target for 2030.", ""],
    ["The board planned the merger in secret.", ""],
  ])("%s → %s", (sentence, expected) => {
    expect(scheduled(sentence)).toBe(expected);
  });

  it("dates the scheduled act against the act told by its verb, and names the row after it", () => {
    const story = analyzeStory({
      articles: [
        "Sentencing was set for September 18, the court said.",
        "Lang will be sentenced on September 19, the court said.",
      ].map((text, i) => ({ outlet: i ? "Beta" : "Alpha", publishedAt: "2024-06-21", text })),
    });
    const d = story.groups.flatMap((g) => g.discrepancies);
    expect(d.map((x) => `${x.subject}: ${x.values.map((v) => v.value).join(" / ")}`)).toEqual([
      "Date of the sentence: Wednesday 2024-09-18 / Thursday 2024-09-19",
    ]);
  });
});
