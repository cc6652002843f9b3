import { describe, expect, it } from "vitest";
import { analyzeStory, type Analysis } from "./analyze";
import type { ArticleInput } from "./schema";
import { entityConflict, nearlyNamed } from "./name-conflicts";
import { extractArticle, type Claim } from "./extract";
import type { Located } from "./compare";
import { entityKey, sameEntity } from "./entities";

const run = (...articles: Array<Partial<ArticleInput> & { text: string }>): Analysis => analyzeStory({ articles });
const groupWith = (a: Analysis, ...articles: number[]) =>
  a.groups.filter((g) => articles.every((i) => g.claims.some((c) => c.article === i)));

describe("names in one role", () => {
  it.each([
    [
      "Chief Justice John G. Roberts Jr. wrote the opinion for the court's majority in the pay case on Monday.",
      "Chief Justice John Roberts wrote the opinion for the court's majority in the pay case on Monday.",
      false,
    ],
    [
      "Fire Chief Dana Kessler said the blaze at the old cannery started in the loading bay.",
      "Fire Chief Marcus Obi said the blaze at the old cannery started in the loading bay.",
      true,
    ],
    // A title after the name, or before it set off by commas.
    [
      "The company's chief executive, Laura Chen, resigned on Friday after the accounting scandal.",
      "Maria Lopez, the company's chief executive, resigned on Friday after the accounting scandal.",
      true,
    ],
    // One name spelled two ways is a name variant, not two captains.
    [
      "The ferry's captain, Mirko Dravic, said the engines failed shortly after midnight.",
      "Mirko Dravich, the ferry's captain, said the engines failed shortly after midnight.",
      false,
    ],
    [
      "A friend, John Smith, said she was kind and loved her garden.",
      "A friend, Mary Jones, said she was kind and loved her garden.",
      false,
    ],
  ])("%s / %s: a name conflict %s", (a, b, conflict) => {
    const { groups } = run({ outlet: "A", text: a }, { outlet: "B", text: b });
    const both = groups.filter((g) => new Set(g.claims.map((c) => c.article)).size === 2);
    expect(both.length).toBeGreaterThan(0);
    expect(both.some((g) => g.discrepancies.some((d) => d.kind === "entity"))).toBe(conflict);
  });
});

describe("places in one slot of a clause", () => {
  it.each([
    // Two of a kind: two hospitals the victims were taken to.
    [
      "The injured were taken to Kestrel Vale Hospital after the explosion at the depot.",
      "The injured were taken to Ormond Street Hospital after the explosion at the depot.",
      true,
    ],
    // Two places WordNet knows neither of: two towns.
    [
      "The light aircraft crashed near Dunmore Ridge shortly after take-off, the airline said.",
      "The light aircraft crashed near Pellham Cross shortly after take-off, the airline said.",
      true,
    ],
    // One act in other words: WordNet's "come down" is a "crash".
    [
      "The light aircraft crashed near Dunmore Ridge shortly after take-off, the airline said.",
      "The light aircraft came down near Pellham Cross shortly after take-off, the airline said.",
      true,
    ],
    // Two acts: taken to one hospital, released from another.
    [
      "The injured were taken to Kestrel Vale Hospital after the explosion at the depot.",
      "The injured were released from Ormond Street Hospital after the explosion at the depot.",
      false,
    ],
    // Two cities WordNet knows: neither holds the other.
    [
      "The suspect was arrested in Leeds on Monday, police said.",
      "The suspect was arrested in Manchester on Monday, police said.",
      true,
    ],
    // A known city and a region that may hold it.
    [
      "She had lived in Cardiff for four years before the attack, her neighbours said.",
      "She had lived in South Wales for four years before the attack, her neighbours said.",
      false,
    ],
    // Moving away and moving back are two acts.
    [
      "The family moved to Dunmore Ridge six weeks ago, her neighbours said.",
      "The family moved back to Pellham Cross six weeks ago, her neighbours said.",
      false,
    ],
    // "Near" and "outside" a town place an act alike.
    [
      "The prisoners escaped from a transport van near Dunmore Ridge on Tuesday, officials said.",
      "The prisoners escaped from a transport van outside Pellham Cross on Tuesday, officials said.",
      true,
    ],
    // One act after its object, in the active and in the passive: the verb and the preposition.
    [
      "The council approved the bypass plan on Friday in Leeds, officials said.",
      "The bypass plan was approved by the council on Friday in Manchester, officials said.",
      true,
    ],
    // A town whose name WordNet knows only as a person's (a sculptor's) is a town it does not know.
    [
      "The boy died at a hospital in Calder on Sunday, his family said.",
      "The boy died at a hospital in Merrow on Sunday, his family said.",
      true,
    ],
    // A city WordNet knows and one whose name says it is a city: neither holds the other.
    [
      "The boy died at a hospital in Cedar Rapids on Sunday, his family said.",
      "The boy died at a hospital in Merton City on Sunday, his family said.",
      true,
    ],
    // A city and the state it is in.
    [
      "The man had lived in Kansas City for years, his family said.",
      "The man had lived in Missouri for years, his family said.",
      false,
    ],
    // A place beside no verb fills no slot ("the blast in X" against "the blast in Y" is the row's own business).
    [
      "Officials from Dunmore Ridge said the blast damaged the depot.",
      "Officials in Pellham Cross said the blast damaged the depot.",
      false,
    ],
  ])("%s / %s: a place conflict %s", (a, b, conflict) => {
    const { groups } = run({ outlet: "A", text: a }, { outlet: "B", text: b });
    const both = groups.filter((g) => new Set(g.claims.map((c) => c.article)).size === 2);
    expect(both.length).toBeGreaterThan(0);
    const slots = both.flatMap((g) =>
      g.discrepancies.filter((d) => d.kind === "entity" && d.basis?.measure === "slot"),
    );
    expect(slots.length > 0).toBe(conflict);
    // The flag names the slot as the sentence writes it, and the row reads "Named after" it.
    for (const d of slots) {
      expect(d.detail).toMatch(
        /^(taken to|crashed near|came down near|arrested in|approved … in|escaped … near|died … in): /,
      );
      expect(d.subject).toMatch(
        /^Named after “(taken to|crashed near|came down near|arrested in|approved … in|escaped … near|died … in)”$/,
      );
    }
  });
});

describe("names a letter or two apart in one claim", () => {
  it.each([
    ["Norwalk", "Norfolk", true],
    ["Dana Kessler", "Dana Kesler", false], // one key: a spelling variant, reported as one
    ["North Korea", "South Korea", false],
    ["Syria", "Syrian", false],
    ["Iran", "Iraq", false],
    ["Austin Hartley", "Austin Hartney", true],
    ["Brandon", "Brendan", false], // vowels aside, one key: a spelling variant
  ])("%s / %s: nearly the same name %s", (a, b, near) => {
    expect(nearlyNamed(a, b) && !sameEntity(entityKey(a), entityKey(b))).toBe(near);
  });

  it.each([
    ["Mark Ellis", "Mark Ellison", true],
    ["Ana Ruiz", "Ana Ruizes", false], // too short a word to tell
    ["Mark Ellis", "Mark Ellis", false],
  ])("%s / %s: two people's names, one word beginning the other, nearly the same %s", (a, b, near) => {
    expect(nearlyNamed(a, b, true) && !sameEntity(entityKey(a), entityKey(b))).toBe(near);
  });

  it("flags a person two outlets of one claim name with surnames one of which begins the other", () => {
    const g = analyzeStory({
      articles: [
        {
          outlet: "Alpha",
          publishedAt: "2024-03-14",
          text: "The gunman was identified as Mark Ellis, 34, of Dayton. Officials gave few other details on Wednesday. The investigation is continuing, a spokesman said.",
        },
        {
          outlet: "Beta",
          publishedAt: "2024-03-14",
          text: "Police named the gunman as Mark Ellison, 34, of Dayton. Residents described scenes of confusion. More information is expected later in the week.",
        },
      ],
    }).groups.flatMap((x) => x.discrepancies.map((d) => d.detail));
    expect(g).toEqual(["named differently: Mark Ellis (Alpha) vs Mark Ellison (Beta)"]);
  });

  it("flags the town two outlets name a letter or two apart in one claim, not its adjective", () => {
    const a = run(
      { outlet: "A", text: "The senator told veterans at a 2008 rally in Hartley that he had served overseas." },
      { outlet: "B", text: "The senator told veterans at a 2008 rally in Hartley that he had served overseas." },
      { outlet: "C", text: "The senator told veterans at a 2008 rally in Hartney that he had served overseas." },
    );
    const row = groupWith(a, 0, 1, 2)[0]!;
    expect(row.discrepancies.map((d) => d.kind)).toEqual(["entity"]);
    const b = run(
      { outlet: "A", text: "Syrian troops moved into the town of Qusair on Tuesday, the army said." },
      { outlet: "B", text: "Syria moved troops into the town of Qusair on Tuesday, the army said." },
    );
    expect(b.groups.flatMap((g) => g.discrepancies)).toEqual([]);
  });
});

describe("one quote credited to two people (attributionConflict)", () => {
  it("flags a quote credited to the mayor by one outlet and to the city engineer by another, a surname that is a word included", () => {
    const story = run(
      { text: '"The dam is safe and will hold," Mayor Ann Lee said on Monday.' },
      { text: '"The dam is safe and will hold," city engineer Tom Park said on Monday.' },
    );
    expect(
      story.groups.flatMap((g) =>
        g.discrepancies.map((d) => `${d.kind}: ${d.values.map((v) => v.value).join(" vs ")}`),
      ),
    ).toEqual(["attribution: Mayor Ann Lee vs city engineer Tom Park"]);
  });

  it("does not credit one outlet's speaker to another whom the outlet names beside the speaker", () => {
    const story = run(
      {
        text: "Mayor Ann Lee, who negotiated the stadium deal with club owner Tom Park, said homeowners would not pay for it.",
      },
      { text: 'Club owner Tom Park thanked the council for the stadium deal and said the club was "ready to build."' },
      { text: "Club owner Tom Park has promised a fund for the neighbourhood around the stadium, the council said." },
    );
    expect(story.groups.flatMap((g) => g.discrepancies.filter((d) => d.kind === "attribution"))).toEqual([]);
  });

  it("reports one speaker's name spelled two ways as a variant, not as two people", () => {
    const story = run(
      { text: "Coach Dariusz Nowak said the team would recover from the defeat." },
      { text: "Coach Darius Nowak said the team would recover from the defeat." },
    );
    expect(story.groups.flatMap((g) => g.discrepancies)).toEqual([]);
    expect(story.variants.map((v) => Object.keys(v.forms).sort())).toContainEqual(["Darius Nowak", "Dariusz Nowak"]);
  });
});

describe("an outlet that names both (entityConflict)", () => {
  // One outlet's two sentences of a row, a district in each; another outlet names one of the districts.
  const [first, second] = extractArticle({
    outlet: "A",
    text: "Nine people were injured in the Tarn Valley district, officials said. In the neighbouring Upper Tarn district, four people were injured, officials said.",
  }).claims;
  const [other] = extractArticle({
    outlet: "B",
    text: "Four people were injured in the Upper Tarn district, officials said.",
  }).claims;
  const at = (article: number, claim: number, c: Claim): Located => ({ ref: { article, claim }, claim: c });
  const label = (article: number) => "AB"[article]!;

  it("flags two districts in one role from two outlets", () => {
    const d = entityConflict([at(0, 0, first!), at(1, 0, other!)], label);
    expect(d?.detail).toBe("district: Tarn Valley (A) vs Upper Tarn (B)");
  });

  it("does not when the outlet names the other district in its second sentence of the row", () => {
    expect(entityConflict([at(0, 0, first!), at(0, 1, second!), at(1, 0, other!)], label)).toBeNull();
  });
});
