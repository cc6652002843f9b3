import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";

/** The discrepancies of one measure of a story of two one-sentence articles, as their values. */
const discrepanciesOf = (measure: string) => (a: string, b: string) =>
  analyzeStory({
    articles: [a, b].map((text, i) => ({ outlet: i ? "Beta" : "Alpha", publishedAt: "2024-03-14", text })),
  }).groups.flatMap((g) =>
    g.discrepancies.filter((d) => d.basis?.measure === measure).map((d) => d.values.map((v) => v.value)),
  );
/** Two kinds of relative of one anchor for one person (`KIN`). */
const relations = discrepanciesOf("relation");
/** One relative named two ways (`relativeNameConflict`). */
const relativesNamed = discrepanciesOf("relative");

describe("how a named person is related to someone (kin.ts)", () => {
  it.each<[string, string, string, string[][]]>([
    [
      "two relations of one anchor, before the name",
      "The victim's brother, Omar, told reporters he was shocked.",
      "The victim's cousin, Omar, told reporters he was shocked.",
      [["brother", "cousin"]],
    ],
    [
      "a possessive pronoun against a noun",
      "The victim's mother, Rosa Mendez, said her son had no enemies.",
      "His aunt, Rosa Mendez, said the young man had no enemies.",
      [["mother", "aunt"]],
    ],
    [
      "after the name",
      "Omar Haddad, the victim's brother, said he was shocked by the verdict.",
      "Omar Haddad, the victim's nephew, said he was shocked by the verdict.",
      [["brother", "nephew"]],
    ],
    [
      "relations with words that describe them",
      "The victim's older brother, Omar, told reporters he was shocked.",
      "Omar, the victim's 19-year-old cousin, told reporters he was shocked.",
      [["brother", "cousin"]],
    ],
    [
      "one relation written before and after the name",
      "Rosa Mendez, the boy's mother, said he had no enemies.",
      "The boy's mother, Rosa Mendez, said he had no enemies.",
      [],
    ],
    [
      "relatives of two different people",
      "Omar, the victim's brother, said he was shocked.",
      "Omar, the suspect's cousin, said he was shocked.",
      [],
    ],
    [
      "descriptions that are no relations",
      "The victim's neighbour, Omar Haddad, said he heard shots.",
      "The victim's friend, Omar Haddad, said he heard shots.",
      [],
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(relations(a, b)).toEqual(expected);
  });

  it("names the row after the person's relation", () => {
    const { groups } = analyzeStory({
      articles: [
        "The victim's brother, Omar, told reporters he was shocked.",
        "The victim's cousin, Omar, told reporters he was shocked.",
      ].map((text) => ({ text, publishedAt: "2024-03-14" })),
    });
    expect(groups.flatMap((g) => g.discrepancies.map((d) => d.subject))).toEqual(["Relation of Omar"]);
  });
});

describe("one relative named two ways (kin.relativeNameConflict)", () => {
  it.each<[string, string, string, string[][]]>([
    [
      "a wife, her husband named in one outlet",
      "Mr. Hale's wife, Sandi, also accompanied him to the hearing on Wednesday.",
      "His wife, Sandra, also accompanied him to the hearing on Wednesday.",
      [["Sandi", "Sandra"]],
    ],
    [
      "a mother of one named anchor",
      "The victim's mother, Ann Reyes, spoke at the vigil on Monday.",
      "The victim's mother, Mary Reyes, spoke at the vigil on Monday.",
      [["Ann Reyes", "Mary Reyes"]],
    ],
    [
      "a brother: a person may have two",
      "The victim's brother, Omar, spoke at the vigil on Monday.",
      "The victim's brother, Ali, spoke at the vigil on Monday.",
      [],
    ],
    [
      "a former wife is another wife",
      "Mr. Hale's wife, Sandra, attended the hearing on Wednesday.",
      "Mr. Hale's former wife, Linda, attended the hearing on Wednesday.",
      [],
    ],
    [
      "two pronouns, which may be two people's",
      "His wife, Sandra, attended the hearing on Wednesday.",
      "His wife, Linda, attended the hearing on Wednesday.",
      [],
    ],
    [
      "a name and the same name in full",
      "Mr. Hale's wife, Sandra Hale, attended the hearing on Wednesday.",
      "His wife, Sandra, attended the hearing on Wednesday.",
      [],
    ],
    [
      "wives of two people",
      "Mr. Hale's wife, Sandra, attended the hearing on Wednesday.",
      "Mr. Ortiz's wife, Linda, attended the hearing on Wednesday.",
      [],
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(relativesNamed(a, b)).toEqual(expected);
  });
});
