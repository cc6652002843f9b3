import { describe, expect, it } from "vitest";
import { analyzeExtractions, type Analysis, type GroupOverride } from "./analyze";
import { extractArticle } from "./extract";
import type { ArticleInput } from "./schema";

const PUB = "2018-08-28";

const blast = [
  { text: "The blast killed at least 12 people in the market, police said." },
  { text: "The death toll from the market blast rose to 15, officials said." },
  { text: "A dozen people were killed in the market blast, police said." },
];
const names = [
  { text: "Hatami visited Damascus on Saturday.", publishedAt: PUB },
  {
    text: "Hatami praised the steadfastness of the army in the fight against terrorism in Damascus.",
    publishedAt: PUB,
  },
];
const claimAt = (articles: ArticleInput[], article: number) => ({
  article,
  key: extractArticle(articles[article]!).claims[0]!.key,
});
const cases: Array<{
  name: string;
  articles: ArticleInput[];
  overrides: (c: (article: number) => { article: number; key: string }) => GroupOverride[];
  rows: number[][];
  conflicts: number;
}> = [
  // Alignment pairs 12 with "a dozen"; the lone 15 joins their row as its fact is theirs.
  { name: "none", articles: blast, overrides: () => [], rows: [[0, 1, 2]], conflicts: 1 },
  // Split off, the 15 stays alone, and its conflict moves to a fact row instead of vanishing.
  {
    name: "a split claim is not moved back by its fact",
    articles: blast,
    overrides: (c) => [{ kind: "split", claim: c(1) }],
    rows: [[0, 2], [1]],
    conflicts: 1,
  },
  {
    name: "a split undone by a later merge",
    articles: blast,
    overrides: (c) => [
      { kind: "split", claim: c(1) },
      { kind: "merge", claim: c(1), target: c(0) },
    ],
    rows: [[0, 1, 2]],
    conflicts: 1,
  },
  {
    name: "splitting a lone claim changes nothing",
    articles: names,
    overrides: (c) => [{ kind: "split", claim: c(0) }],
    rows: [[0], [1]],
    conflicts: 0,
  },
  {
    name: "a merge of rows that share only names",
    articles: names,
    overrides: (c) => [{ kind: "merge", claim: c(1), target: c(0) }],
    rows: [[0, 1]],
    conflicts: 0,
  },
  {
    name: "a merge naming a claim the story lacks",
    articles: names,
    overrides: (c) => [{ kind: "merge", claim: { article: 1, key: "nope" }, target: c(0) }],
    rows: [[0], [1]],
    conflicts: 0,
  },
];

describe("analyzeExtractions with editors' overrides", () => {
  it.each(cases)("$name", ({ articles, overrides, rows, conflicts }) => {
    const items = articles.map((input) => ({ input, extraction: extractArticle(input) }));
    const a = analyzeExtractions(items, { overrides: overrides((article) => claimAt(articles, article)) });
    const claimRows = a.groups.filter((g) => g.kind === "claim");
    expect(claimRows.map((g) => g.claims.map((c) => c.article).sort()).sort()).toEqual(rows);
    for (const g of claimRows) expect(g.coverage.articles).toEqual([...new Set(g.claims.map((c) => c.article))].sort());
    expect(a.groups.filter((g) => g.discrepancies.some((d) => d.kind === "number"))).toHaveLength(conflicts);
  });

  it("gives the same analysis as none when no override applies", () => {
    const items = blast.map((input) => ({ input, extraction: extractArticle(input) }));
    expect(
      analyzeExtractions(items, {
        overrides: [{ kind: "merge", claim: claimAt(blast, 0), target: claimAt(blast, 2) }],
      }),
    ).toEqual(analyzeExtractions(items));
  });

  it("does not build a dismissed fact row, and gives every other row the id it had", () => {
    const items = blast.map((input) => ({ input, extraction: extractArticle(input) }));
    const split: GroupOverride = { kind: "split", claim: claimAt(blast, 1) };
    const before = analyzeExtractions(items, { overrides: [split] });
    const fact = before.groups.find((g) => g.kind === "fact" && g.discrepancies.length)!;
    expect(fact).toBeDefined();
    const after = analyzeExtractions(items, { overrides: [split, { kind: "dismiss", row: fact.id }] });
    expect(after.groups.map((g) => g.id)).toEqual(before.groups.map((g) => g.id).filter((id) => id !== fact.id));
    expect(after.groups.flatMap((g) => g.discrepancies)).toEqual([]);
    expect(after.summary.discrepancies).toBe(before.summary.discrepancies - 1);
    // A dismissal naming no row of the story changes nothing.
    expect(analyzeExtractions(items, { overrides: [split, { kind: "dismiss", row: "fnope" }] })).toEqual(before);
  });

  describe("a statement taken out of a fact row", () => {
    const four = [...blast, { text: "Twenty people died in the market blast on Tuesday, a hospital said." }];
    const items = four.map((input) => ({ input, extraction: extractArticle(input) }));
    const at = (article: number) => claimAt(four, article);
    // Each toll in a row of its own but the two of 12, so the toll is a fact row across rows.
    const splits: GroupOverride[] = [
      { kind: "split", claim: at(1) },
      { kind: "split", claim: at(3) },
    ];
    const before = analyzeExtractions(items, { overrides: splits });
    const fact = before.groups.find((g) => g.kind === "fact")!;
    const values = (a: Analysis) =>
      a.groups.flatMap((g) => g.discrepancies.flatMap((d) => d.values.map((v) => v.value)));

    it("builds the row from the other statements, under its id, and leaves every other row as it was", () => {
      expect(fact.measure).toBe("n:dead");
      expect(values(before)).toContain("15");
      const after = analyzeExtractions(items, {
        overrides: [...splits, { kind: "leave", claim: at(1), measure: "n:dead" }],
      });
      const rebuilt = after.groups.find((g) => g.id === fact.id)!;
      expect(rebuilt.claims.map((c) => c.article)).toEqual([0, 2, 3]);
      expect(values(after)).not.toContain("15");
      expect(rebuilt.discrepancies).toHaveLength(1);
      expect(after.groups.filter((g) => g.kind === "claim")).toEqual(before.groups.filter((g) => g.kind === "claim"));
    });

    it("drops the row when the statements left agree", () => {
      const three = analyzeExtractions(items.slice(0, 3), { overrides: [splits[0]!] });
      expect(three.groups.some((g) => g.kind === "fact" && g.discrepancies.length)).toBe(true);
      const after = analyzeExtractions(items.slice(0, 3), {
        overrides: [splits[0]!, { kind: "leave", claim: at(1), measure: "n:dead" }],
      });
      expect(after.groups.flatMap((g) => g.discrepancies)).toEqual([]);
      expect(after.summary.discrepancies).toBe(0);
    });

    it("changes nothing for another measure or a claim the story lacks", () => {
      for (const leave of [
        { kind: "leave" as const, claim: at(1), measure: "n:injured" },
        { kind: "leave" as const, claim: { article: 1, key: "nope" }, measure: "n:dead" },
      ])
        expect(analyzeExtractions(items, { overrides: [...splits, leave] })).toEqual(before);
    });

    it("still applies when taken before lengths in miles and in kilometres became one measure", () => {
      const bridge = [
        { text: "The new bridge over the bay, which opened on Monday, is 12 miles long, officials said." },
        { text: "Officials said the bridge over the bay, which opened on Monday, is 10 kilometres long." },
      ];
      const two = bridge.map((input) => ({ input, extraction: extractArticle(input) }));
      const flags = (overrides: GroupOverride[]) =>
        analyzeExtractions(two, { overrides }).groups.flatMap((g) => g.discrepancies.map((d) => d.detail));
      expect(flags([])).toEqual(["length: 12 miles (Source A) vs 10 kilometres (Source B)"]);
      for (const measure of ["n:|mile", "n:|length"])
        expect(flags([{ kind: "leave", claim: claimAt(bridge, 0), measure }])).toEqual([]);
    });

    it("applies to every measure key, a dimension's and a count's of words of one meaning", () => {
      const pairs: Array<[ArticleInput[], string[]]> = [
        [
          [
            { text: "The strike at the port, which ended on Monday, lasted three weeks, the union said." },
            { text: "The union said the strike at the port, which ended on Monday, lasted five weeks." },
          ],
          ["n:|week", "n:|duration"],
        ],
        [
          [
            { text: "The school by the harbour, which reopened on Monday, has 1,200 students, its head said." },
            { text: "Its head said the school by the harbour, which reopened on Monday, has 800 pupils." },
          ],
          ["n:|student", "n:|educatee,pupil,student"],
        ],
      ];
      for (const [articles, measures] of pairs) {
        const two = articles.map((input) => ({ input, extraction: extractArticle(input) }));
        const flags = (overrides: GroupOverride[]) =>
          analyzeExtractions(two, { overrides }).groups.flatMap((g) => g.discrepancies);
        expect(flags([])).toHaveLength(1);
        for (const measure of measures)
          expect(flags([{ kind: "leave", claim: claimAt(articles, 0), measure }])).toEqual([]);
      }
    });
  });
});
