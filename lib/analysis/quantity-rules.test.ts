import { describe, expect, it } from "vitest";
import { splitSentences } from "./nlp";
import { extractQuantities } from "./quantity";
import { MATCH_RULES, READING_RULES, type QuantityRule } from "./quantity-rules";

// Sentences invented for these tests: no story's words.

type Read = [text: string, low: number, high: number, unit: string, event: string];

const read = (s: string): Read[] =>
  extractQuantities(s, 0, splitSentences(s, 0)[0]!.tokens).map((q) => [q.text, q.low, q.high, q.unit, q.event]);

/** For each rule, a sentence whose reading it changes and a neighbouring one it leaves alone. */
const CASES: Array<{ rule: string; changes: boolean; sentence: string; expected: Read[] }> = [
  { rule: "code", changes: true, sentence: "Flight MH 370 vanished over the sea.", expected: [] },
  { rule: "code", changes: false, sentence: "A 12-member crew flew the jet.", expected: [["12", 12, 12, "crew", ""]] },
  { rule: "clock-time", changes: true, sentence: "The ferry left at 6 a.m. on Monday.", expected: [] },
  {
    rule: "clock-time",
    changes: false,
    sentence: "The ferry carried 6 cars on Monday.",
    expected: [["6", 6, 6, "car", ""]],
  },
  { rule: "phone-number", changes: true, sentence: "Anyone with information should call 555-867-5309.", expected: [] },
  { rule: "phone-number", changes: true, sentence: "Anyone with information should call 867-5309.", expected: [] },
  {
    rule: "phone-number",
    changes: false,
    sentence: "The home side won the final 112-104 on Sunday.",
    expected: [["112-104", 112000104, 112000104, "tally", ""]],
  },
  { rule: "calendar-year", changes: true, sentence: "The bridge opened in 1998 after a long delay.", expected: [] },
  {
    rule: "calendar-year",
    changes: false,
    sentence: "About 1900 fans came to the match.",
    expected: [["About 1900", 1850, 1950, "fan", ""]],
  },
  { rule: "lone-article", changes: true, sentence: "A dog barked at the mailman.", expected: [] },
  {
    rule: "lone-article",
    changes: false,
    sentence: "A hundred dogs barked at the mailman.",
    expected: [["A hundred", 100, 100, "dog", ""]],
  },
  { rule: "lone-in-a-name", changes: true, sentence: "Lone Pine residents opened a school.", expected: [] },
  {
    rule: "lone-in-a-name",
    changes: false,
    sentence: "A lone gunman opened fire.",
    expected: [["lone", 1, 1, "gunman", ""]],
  },
  { rule: "month-then-day", changes: true, sentence: "The fair opens on June 12 in the park.", expected: [] },
  {
    rule: "month-then-day",
    changes: false,
    sentence: "The fair opens in June with 12 stalls.",
    expected: [["12", 12, 12, "stall", ""]],
  },
  { rule: "day-then-month", changes: true, sentence: "The fair opens on 12 June in the park.", expected: [] },
  {
    rule: "day-then-month",
    changes: false,
    sentence: "The fair opens with 12 stalls in June.",
    expected: [["12", 12, 12, "stall", ""]],
  },
  { rule: "one-of", changes: true, sentence: "One of the hikers slipped on the ice.", expected: [] },
  { rule: "one-of", changes: false, sentence: "One hiker slipped on the ice.", expected: [["One", 1, 1, "hiker", ""]] },
  { rule: "which-part", changes: true, sentence: "She scored in the third round of the match.", expected: [] },
  {
    rule: "which-part",
    changes: false,
    sentence: "She finished third in the round.",
    expected: [["third", 3, 3, "", ""]],
  },
  { rule: "list", changes: true, sentence: "The teams scored 3 and 2 goals.", expected: [] },
  {
    rule: "list",
    changes: false,
    sentence: "The teams scored 2 and 3 goals.",
    expected: [["2 and 3", 2, 3, "goal", ""]],
  },
  { rule: "bare-no", changes: true, sentence: "The mayor gave no answer on Monday.", expected: [] },
  {
    rule: "bare-no",
    changes: false,
    sentence: "No buildings were damaged in the storm.",
    expected: [["No buildings", 0, 0, "building", "damaged"]],
  },
  {
    rule: "nobody-is-people",
    changes: true,
    sentence: "Nobody was arrested after the match.",
    expected: [["Nobody", 0, 0, "people", "arrested"]],
  },
  {
    rule: "nobody-is-people",
    changes: false,
    sentence: "No students were arrested after the match.",
    expected: [["No students", 0, 0, "student", "arrested"]],
  },
  {
    rule: "no-event-noun",
    changes: true,
    sentence: "No injuries were reported after the flood.",
    expected: [
      ["No injuries", 0, 0, "", "dead"],
      ["No injuries", 0, 0, "", "injured"],
    ],
  },
  {
    rule: "no-event-noun",
    changes: false,
    sentence: "No tourists died after the flood.",
    expected: [["No tourists", 0, 0, "tourist", "dead"]],
  },
  { rule: "age", changes: true, sentence: "The baker, 41, opened the shop.", expected: [["41", 41, 41, "age", ""]] },
  {
    rule: "age",
    changes: true,
    sentence: "The shop was opened by the baker, 41.",
    expected: [["41", 41, 41, "age", ""]],
  },
  {
    rule: "age",
    changes: true,
    sentence: "The baker, 41 and from Lyon, opened the shop.",
    expected: [["41", 41, 41, "age", ""]],
  },
  {
    rule: "age",
    changes: false,
    sentence: "In Lyon, 41 bakers opened shops.",
    expected: [["41", 41, 41, "baker", ""]],
  },
  {
    rule: "lives-saved",
    changes: true,
    sentence: "Lifeguards saved four lives.",
    expected: [["four", 4, 4, "people", ""]],
  },
  {
    rule: "lives-saved",
    changes: false,
    sentence: "The storm claimed four lives.",
    expected: [["four", 4, 4, "people", "dead"]],
  },
  { rule: "aged", changes: true, sentence: "A man aged 45 was arrested.", expected: [["45", 45, 45, "age", ""]] },
  {
    rule: "range-end",
    changes: true,
    sentence: "They received sentences ranging from a suspended term to nine years.",
    expected: [["nine", 0, 9, "year", ""]],
  },
  {
    rule: "range-end",
    changes: false,
    sentence: "He was sentenced to nine years.",
    expected: [["nine", 9, 9, "year", ""]],
  },
  {
    rule: "person-of-years",
    changes: true,
    sentence: "A woman of 29 was pulled out alive.",
    expected: [["29", 29, 29, "age", ""]],
  },
  {
    rule: "person-of-years",
    changes: false,
    sentence: "A group of 29 was pulled out alive.",
    expected: [["29", 29, 29, "group", ""]],
  },
  {
    rule: "aged",
    changes: false,
    sentence: "The engaged 45 guests cheered.",
    expected: [["45", 45, 45, "guest", ""]],
  },
  {
    rule: "event-of-people",
    changes: true,
    sentence: "Fighting killed trade in 3 countries.",
    expected: [["3", 3, 3, "country", ""]],
  },
  {
    rule: "event-of-people",
    changes: false,
    sentence: "Fighting killed 3 villagers.",
    expected: [["3", 3, 3, "villager", "dead"]],
  },
  {
    rule: "casualty-noun",
    changes: true,
    sentence: "The landslide left 200 injured.",
    expected: [["200", 200, 200, "", "injured"]],
  },
  {
    rule: "casualty-noun",
    changes: false,
    sentence: "The landslide injured 200 villagers.",
    expected: [["200", 200, 200, "villager", "injured"]],
  },
  {
    rule: "depth",
    changes: true,
    sentence: "The quake struck at a depth of 8 km.",
    expected: [["8", 8, 8, "km", "depth"]],
  },
  {
    rule: "depth",
    changes: false,
    sentence: "The quake struck 8 km from the coast.",
    expected: [["8", 8, 8, "km", "distance"]],
  },
  {
    rule: "distance",
    changes: true,
    sentence: "The hikers camped 8 km from the lake.",
    expected: [["8", 8, 8, "km", "distance"]],
  },
  {
    rule: "distance",
    changes: false,
    sentence: "The hikers walked 8 km in the rain.",
    expected: [["8", 8, 8, "km", ""]],
  },
];

const RULES: Array<QuantityRule<never>> = [...MATCH_RULES, ...READING_RULES];

/** Runs `f` with the named rule taken out of its table. */
function without<T>(name: string, f: () => T): T {
  const table = (MATCH_RULES.some((r) => r.name === name) ? MATCH_RULES : READING_RULES) as Array<QuantityRule<never>>;
  const at = table.findIndex((r) => r.name === name);
  const [rule] = table.splice(at, 1);
  try {
    return f();
  } finally {
    table.splice(at, 0, rule!);
  }
}

describe("quantity rules", () => {
  it("name each rule once and say why", () => {
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
    for (const r of RULES) expect(r.why).toMatch(/\S.{20,}/);
  });

  it.each(RULES.map((r) => r.name))("%s: changes its sentence, leaves its neighbour", (name) => {
    const cases = CASES.filter((c) => c.rule === name);
    expect(cases.some((c) => c.changes) && cases.some((c) => !c.changes)).toBe(true);
    for (const { sentence, changes, expected } of cases) {
      expect(read(sentence), sentence).toEqual(expected);
      const unruled = without(name, () => read(sentence));
      if (changes) expect(unruled, sentence).not.toEqual(expected);
      else expect(unruled, sentence).toEqual(expected);
    }
  });
});
