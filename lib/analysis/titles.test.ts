import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";
import { titlesConflict } from "./titles";

describe("titlesConflict", () => {
  it.each([
    ["defense secretary", "deputy defense secretary", true],
    ["police chief", "acting police chief", true],
    ["sen", "rep", true],
    ["governor", "lieutenant governor", true],
    ["sen", "senator", false],
    ["secretary", "defense secretary", false],
    ["gen", "commander", false],
    ["defence minister", "defense minister", false],
    // Two posts of one kind: the same head, other words before it.
    ["fire chief", "battalion chief", true],
    ["finance minister", "defense minister", true],
    // Ranks are told apart by a rank word only.
    ["deputy health minister", "junior health minister", false],
    ["health minister", "junior health minister", true],
    // Posts in charge of different fields, or of a field and of the whole.
    ["operations director", "chief executive", true],
    ["chief safety officer", "head of quality", true],
    ["medical director", "president", true],
    ["chief financial officer", "head of marketing", true],
    // Posts of the whole, held together ("president and chief executive"); a field's noun and its adjective.
    ["president", "chief executive", false],
    ["chairman", "chief executive officer", false],
    ["chief financial officer", "finance director", false],
    ["chief operating officer", "operations director", false],
    ["director", "operations director", false],
    // Two grades of a police or armed force's ladder; an office called "general".
    ["deputy commissioner", "chief superintendent", true],
    ["sgt", "lt", true],
    ["det sgt", "det insp", true],
    ["maj", "col", true],
    ["det insp", "insp", false],
    ["attorney general", "commissioner", false],
    // A rank or a role beside a post.
    ["gen", "chief of staff", false],
    ["founder", "chief executive", false],
    ["spokeswoman", "head of communications", false],
  ])("%s / %s → %s", (a, b, expected) => {
    expect(titlesConflict(a, b)).toBe(expected);
    expect(titlesConflict(b, a)).toBe(expected);
  });
});

describe("different titles for one person across outlets", () => {
  const flags = (...texts: string[]) =>
    analyzeStory({ articles: texts.map((text) => ({ text, publishedAt: "2024-03-06" })) }).groups.flatMap((g) =>
      g.discrepancies.map((d) => `${d.subject}: ${d.values.map((v) => `${v.value} ${v.articles}`).join(" vs ")}`),
    );

  it("flags 'Sen.' against 'Rep.' for one person, 'Senator' being 'Sen.'", () => {
    expect(
      flags(
        "Sen. Ann Ruiz voted against the bill on Monday.",
        "Rep. Ann Ruiz voted against the bill on Monday.",
        "Senator Ann Ruiz voted against the bill on Monday.",
      ),
    ).toEqual(["Title of Ann Ruiz: sen 0,2 vs rep 1"]);
  });

  it("flags a speaker's 'chief executive' against 'chief technology officer', and a committee's chair against the council's president", () => {
    expect(
      flags(
        '"We will find the cause," Halvard chief executive Mira Solberg said on Friday.',
        "Halvard's chief technology officer, Mira Solberg, told reporters the data was being studied.",
      ),
    ).toEqual(["Title of Mira Solberg: chief executive 0 vs chief technology officer 1"]);
    expect(
      flags(
        "Budget committee chair Ana Ruiz said the club would bear the risk of cost overruns.",
        "Council president Ana Ruiz said the club, not the city, would bear the risk of overruns.",
      ),
    ).toEqual(["Title of Ana Ruiz: budget committee chair 0 vs council president 1"]);
  });

  it("flags a deputy against the secretary, and leaves two titles of other kinds alone", () => {
    expect(
      flags(
        "Defense Secretary Mark Hale visited the base on Monday.",
        "Deputy Defense Secretary Mark Hale visited the base on Monday.",
      ),
    ).toEqual(["Title of Mark Hale: defense secretary 0 vs deputy defense secretary 1"]);
    expect(
      flags("Gen. Ann Ruiz visited the base on Monday.", "Commander Ann Ruiz visited the base on Monday."),
    ).toEqual([]);
  });

  it("reads what an office is of as part of its title, not as a name ('Finance Minister', 'Fire Chief')", () => {
    expect(
      flags(
        "Finance Minister Ravi Patel announced the budget on Monday.",
        "Deputy Finance Minister Ravi Patel announced the budget on Monday.",
      ),
    ).toEqual(["Title of Ravi Patel: finance minister 0 vs deputy finance minister 1"]);
    expect(
      flags(
        "Fire Chief Dana Kessler said the blaze began in the kitchen.",
        "Acting Fire Chief Dana Kessler said the blaze began in the kitchen.",
      ),
    ).toEqual(["Title of Dana Kessler: fire chief 0 vs acting fire chief 1"]);
    // A place before a title stays a name of its own: "Syria" is no common word.
    const [entities] = analyzeStory({
      articles: [{ text: "Syria Defense Minister Ali Ayoub met the envoy." }],
    }).articles.map((a) => a.claims[0]!.entities.map((e) => [e.text, e.role ?? ""]));
    expect(entities).toContainEqual(["Syria", ""]);
    // …and so does a name that is a word for a thing ("trump", a card): no office is of a thing.
    const [advised] = analyzeStory({
      articles: [{ text: "The Trump adviser Stephen Miller defended the plan." }],
    }).articles.map((a) => a.claims[0]!.entities.map((e) => e.text));
    expect(advised).toContain("Trump");
  });

  it("flags two posts of other fields for one speaker named beside a title, and leaves two posts of the whole", () => {
    expect(
      flags(
        "Greenline's finance director, Tomas Varga, said the results were strong on Tuesday.",
        '"We had a difficult year," said Tomas Varga, the company\'s head of marketing.',
      ),
    ).toEqual(["Title of Tomas Varga: finance director 0 vs head of marketing 1"]);
    expect(
      flags(
        "Greenline's chief executive, Tomas Varga, said the results were strong on Tuesday.",
        '"We had a difficult year," said Tomas Varga, the company\'s president.',
      ),
    ).toEqual([]);
  });

  it("flags the titles two outlets give one quoted speaker in two rows", () => {
    expect(
      flags(
        "Fire Chief Dana Kessler said crews were battling strong winds on Tuesday.",
        '"We are throwing everything we have at it," said Battalion Chief Dana Kessler.',
      ),
    ).toEqual(["Title of Dana Kessler: fire chief 0 vs battalion chief 1"]);
  });
});
