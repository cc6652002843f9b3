import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { sameHolder } from "./units";
import { analyzeStory } from "./analyze";

/** Each number of an article with the holder it was bound to, as the article writes the holder. */
function holdersOf(text: string): Array<[string, string]> {
  const { claims } = extractArticle({ text, publishedAt: "2020-03-10" });
  return claims.flatMap((c) =>
    c.quantities.map(
      (q) => [q.text, q.fact !== undefined ? (c.units[q.fact]!.holderText ?? "") : ""] as [string, string],
    ),
  );
}

describe("fact units: who a value is about", () => {
  it.each<[string, string, Array<[string, string]>]>([
    [
      "the name set off after a subject that describes",
      "A procurement official, Edvin Marsh, was given a three-year suspended sentence.",
      [["three", "Edvin Marsh"]],
    ],
    [
      "each of two coordinated clauses",
      "Maria Lopez scored 21 points and Tom Reed scored 9 points for the visitors.",
      [
        ["21", "Maria Lopez"],
        ["9", "Tom Reed"],
      ],
    ],
    [
      "a subject's relative clause, and the clause it interrupts",
      "The company that hired 300 workers last year was bought by Norland for $40 million.",
      [
        ["300", "company"],
        ["$40 million", "The company"],
      ],
    ],
    [
      "the head of a subject, not a name in its prepositional phrase",
      "A strong quake off the coast of Peru killed 300 people.",
      [["300", "A strong quake"]],
    ],
    [
      "a relative clause with a subject of its own",
      "The race that Ana Ruiz won by 300 votes was held in a storm.",
      [["300", "Ana Ruiz"]],
    ],
    [
      "a pronoun resolved to the last person named",
      "Maria Lopez led the team. She finished with 21 points.",
      [["21", "Maria Lopez"]],
    ],
    [
      "a pronoun resolved past a person a title gives the other gender",
      "Mr. Tom Reed ran the shop. Mrs. Ana Ruiz bought it. He left with $40,000.",
      [["$40,000", "Tom Reed"]],
    ],
    [
      "a pronoun resolved past a person a noun before the name gives the other gender",
      "Tom Reed died on Sunday. His daughter Ana said he was ill. He recorded 14 albums.",
      [["14", "Tom Reed"]],
    ],
    [
      "a pronoun resolved past the organisation an object names after 'the'",
      "Tom Reed died on Sunday. Reed joined the Riverton Symphony in 1968. He recorded 14 albums.",
      [["14", "Tom Reed"]],
    ],
    [
      "a pronoun resolved past a person a description gives the other gender",
      "Tom Reed was arrested. Ana Ruiz, a grandmother, was hurt. He had 3 prior arrests.",
      [["3", "Tom Reed"]],
    ],
    [
      "a surname resolved to the full name",
      "Maria Lopez led the team. Lopez finished with 21 points.",
      [["21", "Maria Lopez"]],
    ],
    [
      "a relative clause, about the name it follows",
      "Grant, who lived two miles away in Elmwood, was taken to hospital.",
      [["two", "Grant"]],
    ],
    [
      "a description resolved to the name it was given",
      "The mayor, Ellen Okafor, opened the meeting. The mayor has served 12 years on the council.",
      [["12", "Ellen Okafor"]],
    ],
    [
      "a pronoun after a one-word subject the article has not typed, not the person named before",
      "Maria Lopez had 21 points. Okoro took over in the second quarter as he scored 9 points.",
      [
        ["21", "Maria Lopez"],
        ["9", "Okoro"],
      ],
    ],
    [
      "a surname two people of the article share stands for the first named, not the relative named after",
      "Doug Okafor scored 20 points. His father, coach Greg Okafor, watched. Okafor now has 2,000 points.",
      [
        ["20", "Doug Okafor"],
        ["2,000", "Doug Okafor"],
      ],
    ],
    [
      "a surname stands for a name with a generational suffix",
      "Tom Reed Jr. won 3 races. His wife, Ana Reed, was there. Reed has won 12 races this year.",
      [
        ["3", "Tom Reed Jr."],
        ["12", "Tom Reed Jr."],
      ],
    ],
    [
      "a pronoun after a place named as an object still finds the person",
      "Maria Lopez flew to Denver. She scored 21 points there.",
      [["21", "Maria Lopez"]],
    ],
    [
      "a pronoun after a sentence that names others as objects finds that sentence's subject",
      "Tom Reed thanked Ana Diaz, who had signed him for the club. He scored 9 goals in May.",
      [["9", "Tom Reed"]],
    ],
    [
      "a copula gives a name the description a later sentence uses",
      "Officials said Ana Ruiz is the new coach of the team. The coach has won 3 titles.",
      [["3", "Ana Ruiz"]],
    ],
    [
      "the items of a list are no one's antecedent",
      "Tom Reed worked at the law firm of Baker, Levin, Cohn, Ferris and Hale. He earned 3 awards there.",
      [["3", "Tom Reed"]],
    ],
    [
      "a pronoun after a speech frame still finds the person it reports on",
      "Police said Tom Reed was arrested at home. He faces 3 charges.",
      [["3", "Tom Reed"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(holdersOf(text)).toEqual(expected);
  });
});

describe("sameHolder", () => {
  it.each([
    ["the same name", "mr lpz", "mr lpz", true],
    ["a surname and the full name", "lpz", "mr lpz", true],
    ["two people", "mr lpz", "tm rd", false],
    ["one first name spelled two ways", "jn smth", "jhn smth", true],
    ["a first name and its initial", "j smth", "jhn smth", true],
    ["a middle initial one name lacks", "rj chn", "rj k chn", true],
    ["a generational suffix", "js l jcksn jr", "jcksn", true],
    ["a family is not one of them", "js l jcksn jr", "jcksns", false],
    ["a surname spelled one letter apart, the first name the same", "lr mnds", "lr mndz", true],
    ["…not with another first name", "lr mnds", "an mndz", false],
    ["…nor a bare surname", "mnds", "mndz", false],
    ["another middle initial is another name", "rj k chn", "rj p chn", false],
    ["two names that share their last word", "andn st", "alns st", false],
    ["two halves of a country", "nrth kr", "sth kr", false],
    ["a common noun says too little", "~storm", "mr lpz", true],
    ["no holder", "", "tm rd", true],
  ])("%s", (_name, a, b, same) => {
    expect(sameHolder(a, b)).toBe(same);
  });
});

describe("values compared only for the same holder", () => {
  it("flags one player's points given two ways, not two players' points", () => {
    const a = analyzeStory({
      articles: [
        { text: "Maria Lopez scored 21 points and Tom Reed scored 9 points in the final on Sunday." },
        { text: "Maria Lopez scored 23 points and Tom Reed added 9 points in Sunday's final." },
      ],
    });
    const numbers = a.groups.flatMap((g) => g.discrepancies.filter((d) => d.kind === "number"));
    expect(numbers).toHaveLength(1);
    expect(numbers[0]!.values.map((v) => v.value).sort()).toEqual(["21 points", "23 points"]);
    expect(numbers[0]!.basis?.holder).toBe("Maria Lopez");
    expect(numbers[0]!.subject).toBe("Maria Lopez's points");
  });

  it("does not set one player's points against another's", () => {
    const a = analyzeStory({
      articles: [
        { text: "Maria Lopez scored 21 points in the final on Sunday." },
        { text: "Tom Reed scored 9 points in the final on Sunday." },
      ],
    });
    expect(a.groups.flatMap((g) => g.discrepancies)).toEqual([]);
  });
});

describe("fact units: a value a possessive names the owner of", () => {
  const keyOf = (text: string, name: string) => {
    const { claims } = extractArticle({ text });
    const e = claims[0]!.entities.find((x) => x.text === name);
    expect(e, name).toBeDefined();
    return e!.key;
  };
  it.each<[string, string, string]>([
    ["Lee broke Ana Ruiz's record of 1,904 points in March.", "1,904", "Ana Ruiz"],
    ["Lee broke Ana Ruiz ’ s school scoring record of 1,904 points in March.", "1,904", "Ana Ruiz"],
    ["Ana Ruiz's 1,904 career points stood as the record for years.", "1,904", "Ana Ruiz"],
    // No possessive before the value: it stays with the clause's holder.
    ["Tom Lee now has 2,129 points after the game in March.", "2,129", "Tom Lee"],
    ["Tom Lee scored 23 points against Ana Ruiz's team on Friday.", "23", "Tom Lee"],
  ])("%s: %s is %s's", (text, value, owner) => {
    const { claims } = extractArticle({ text });
    const q = claims[0]!.quantities.find((x) => x.text === value)!;
    expect(q.holder).toBe(keyOf(text, owner));
  });
});

describe("fact units: the event word past a passive catenative verb", () => {
  const predicates = (text: string) =>
    extractArticle({ text, publishedAt: "2020-03-10" }).claims.flatMap((c) =>
      c.units.map((u) => [u.predicate, u.holder]),
    );
  it.each<[string, string[][]]>([
    ["The trial is expected to begin in March.", [["begin", "~trial"]]],
    ["The trial is scheduled to start in June.", [["start", "~trial"]]],
    // An act of its own: forcing, deploying.
    ["The minister was forced to resign on Monday.", [["force", "~minister"]]],
    ["Troops were deployed to lead the rescue.", [["deploy", "~troops"]]],
    // Not an active verb's complement: struggling is what the rescuers did.
    ["Rescuers struggled to find the children.", [["struggle", "~rescuer"]]],
    // No verb after "to".
    ["The driver was sentenced to 12 years in prison.", [["sentence", "~driver"]]],
  ])("%s", (text, expected) => {
    expect(predicates(text)).toEqual(expected);
  });
});

describe("fact units: a verb of saying followed by 'for' asks for something, reporting nothing", () => {
  const predicates = (text: string) =>
    extractArticle({ text, publishedAt: "2020-03-10" }).claims.flatMap((c) =>
      c.units.map((u) => [u.kind, u.predicate]),
    );
  it.each<[string, string[][]]>([
    [
      "The gang asked for $2 million, investigators said.",
      [
        ["main", "ask"],
        ["frame", "say"],
      ],
    ],
    [
      "The gang asked for $2 million and threatened the family.",
      [
        ["main", "ask"],
        ["coordinate", "threaten"],
      ],
    ],
    // Asked what: the question reported.
    ["The minister asked whether the plan was legal.", [["main", "legal"]]],
  ])("%s", (text, expected) => {
    expect(predicates(text)).toEqual(expected);
  });
});

describe("fact units: the event a clause says only happens (FactUnit.occurs)", () => {
  const occurs = (text: string) =>
    extractArticle({ text, publishedAt: "2020-03-10" }).claims.flatMap((c) => c.units.map((u) => u.occurs ?? null));
  it.each<[string, Array<string | null>]>([
    // A verb of happening, one word or a verb and its noun.
    ["The vote will take place on May 9.", ["vote"]],
    ["The attack occurred shortly after midnight.", ["attack"]],
    // A verb of making, in the passive: the event is made to happen.
    ["The hearing was held behind closed doors.", ["hearing"]],
    // The head of the subject's noun phrase, not the noun of a phrase after it.
    ["The hearing into the blast was held on Monday.", ["hearing"]],
    // In the active, the verb's subject is who holds it; the event word says the rest.
    ["The county held a hearing on the budget.", [null]],
    // A subject that is no event.
    ["The minister was appointed on Monday.", [null]],
    ["The bridge was built in 1932.", [null]],
    // Occasions whose first sense is no event: a gathering, or an abstraction one of whose senses is an act.
    ["The meeting was held in a hotel near the airport.", ["meeting"]],
    ["The summit will be held in the capital.", ["summit"]],
    ["The inquiry into the crash will be held in public.", ["inquiry"]],
    // "take place" makes anything but a living thing an occasion; through a catenative verb in the passive too.
    ["The talks took place behind closed doors.", ["talk"]],
    ["The ceremony is scheduled to take place at noon.", ["ceremony"]],
    ["The inquiry is expected to be held in the town hall.", ["inquiry"]],
    // Not occasions: a thing with an act among its senses, a group of people, a person held, a verb that only
    // chances, a find, an active verb after "to".
    ["The warehouse building was destroyed in the blaze.", [null]],
    ["The crew was formed by volunteers.", [null]],
    ["The suspect was held by police overnight.", [null]],
    ["A patrol car happened to be parked nearby.", [null]],
    ["The victim's body was found in a field.", [null]],
    ["Rescuers were struggling to find the children.", [null]],
  ])("%s", (text, expected) => {
    expect(occurs(text)).toEqual(expected);
  });
});
