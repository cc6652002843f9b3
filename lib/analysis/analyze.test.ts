import { describe, expect, it } from "vitest";
import { analyzeExtractions, analyzeStory, type Analysis, type GroupOverride } from "./analyze";
import { extractArticle } from "./extract";
import { ALIGN } from "./align";
import { FACTS } from "./fact-values";
import type { ArticleInput } from "./schema";
import { nearlyNamed } from "./name-conflicts";
import { entityKey, sameEntity } from "./entities";

const run = (...articles: Array<Partial<ArticleInput> & { text: string }>): Analysis => analyzeStory({ articles });
const groupWith = (a: Analysis, ...articles: number[]) =>
  a.groups.filter((g) => articles.every((i) => g.claims.some((c) => c.article === i)));
const PUB = "2018-08-28";

describe("analyzeStory", () => {
  it("(a) aligns a paraphrase and flags the date conflict", () => {
    const a = run(
      {
        text: "Iranian Defence Minister Amir Hatami visited Damascus on Saturday for talks with Syrian President Bashar al-Assad and senior military officials.",
        publishedAt: PUB,
      },
      {
        text: "Iranian Defense Minister Amir Hatami travelled to Damascus on Sunday for a two-day visit, meeting Syrian President Bashar Assad and senior military officials, Tasnim reported.",
        publishedAt: PUB,
      },
    );
    const gs = groupWith(a, 0, 1);
    expect(gs.length).toBeGreaterThan(0);
    expect(gs.some((g) => g.discrepancies.some((d) => d.kind === "date"))).toBe(true);
  });

  it.each([
    [
      "different people in one office",
      "Syrian Defense Minister Fahd Jassem al-Freij met Hatami in Damascus on Sunday to discuss military cooperation.",
      true,
    ],
    [
      "one person spelled another way",
      "Syrian Defense Minister Ali Abdullah Ayoub met Hatami in Damascus on Sunday to discuss military cooperation.",
      false,
    ],
  ])("(a') entity conflict for %s: %s", (_name, other, flagged) => {
    const a = run(
      {
        text: "Syrian Defense Minister Ali Abdullah Ayyoub met Hatami in Damascus on Sunday to discuss military cooperation.",
        publishedAt: PUB,
      },
      { text: other as string, publishedAt: PUB },
    );
    const gs = groupWith(a, 0, 1);
    expect(gs).toHaveLength(1);
    const entity = gs[0]!.discrepancies.find((d) => d.kind === "entity");
    expect(!!entity).toBe(flagged);
    if (entity)
      expect(entity.values.map((v) => v.value).sort()).toEqual(["Ali Abdullah Ayyoub", "Fahd Jassem al-Freij"]);
  });

  it("(b) does not group sentences that merely share names", () => {
    const a = run(
      { text: "Hatami visited Damascus on Saturday.", publishedAt: PUB },
      {
        text: "Hatami praised the steadfastness of the army in the fight against terrorism in Damascus.",
        publishedAt: PUB,
      },
    );
    expect(groupWith(a, 0, 1)).toEqual([]);
  });

  it("(c) flags differing death tolls", () => {
    const a = run(
      { text: "The blast killed at least 12 people in the market, police said." },
      { text: "The death toll from the market blast rose to 15, officials said." },
      { text: "A dozen were left dead after the blast at the market." },
    );
    const numbered = a.groups.filter((g) => g.discrepancies.some((d) => d.kind === "number"));
    expect(numbered.length).toBeGreaterThan(0);
    const g = numbered[0]!;
    expect(new Set(g.claims.map((c) => c.article)).size).toBeGreaterThanOrEqual(2);
    const d = g.discrepancies.find((x) => x.kind === "number")!;
    expect(d.values.length).toBeGreaterThanOrEqual(2);
  });

  it("(c') shows each amount once, as the articles write it, whatever its case or noun", () => {
    const a = run(
      { text: "Four people died when the quake flattened more than 300 houses in Aceh, officials said." },
      { text: "The quake in Aceh killed four people and flattened more than 300 buildings, officials said." },
      { text: "The quake in Aceh killed 10 people and flattened more than 300 buildings, officials said." },
    );
    const numbers = a.groups.flatMap((g) => g.discrepancies.filter((d) => d.kind === "number"));
    expect(numbers.map((d) => d.values.map((v) => [v.value, v.articles]))).toEqual([
      [
        ["four people", [0, 1]],
        ["10 people", [2]],
      ],
    ]);
  });

  it("(c'') does not set a depth against a distance, but flags two depths", () => {
    const a = run(
      { text: "The earthquake struck six miles beneath the surface, 34 miles west of the town of Bireun." },
      { text: "The earthquake struck at a depth of six miles, 34 miles west of the town of Bireun." },
      { text: "The earthquake struck at a depth of 20 miles, 34 miles west of the town of Bireun." },
    );
    const numbers = a.groups.flatMap((g) => g.discrepancies.filter((d) => d.kind === "number"));
    expect(numbers.map((d) => [d.detail.split(":")[0], d.values.map((v) => v.value)])).toEqual([
      ["depth (mile)", ["six miles", "20 miles"]],
    ]);
  });

  it("(c3) pairs the amounts of two lists by what each prices, though one sentence is dated years back", () => {
    const a = run(
      {
        text: "Records showed that expenses charged to the campaign included $4,272.78 on a cruise, $2,306.08 at Walt Disney World, and $5,687.75 on Martha's Vineyard Holistic Retreat.",
        publishedAt: "2013-02-20",
      },
      {
        text: "In 2008, Mr. Jackson used the money for things like a $466.30 dinner at CityZen in Washington and a $5,587.75 vacation at the Martha\u2019s Vineyard Holistic Retreat, the document said.",
        publishedAt: "2013-02-20",
      },
    );
    const numbers = a.groups.flatMap((g) => g.discrepancies.filter((d) => d.kind === "number"));
    expect(numbers.map((d) => d.values.map((v) => v.value))).toContainEqual(["$5,687.75", "$5,587.75"]);
    expect(numbers.map((d) => d.detail)).toContain("amount (USD): $5,687.75 (Source A) vs $5,587.75 (Source B)");
    expect(numbers.flatMap((d) => d.values.map((v) => v.value))).not.toContain("$466.30");
    expect(new Set(a.groups.map((g) => g.id)).size).toBe(a.groups.length);
  });

  it("(d) flags differing quote wording with a word diff", () => {
    const a = run(
      { text: '"Syria is getting out of crisis and entering the reconstruction phase," the minister said.' },
      { text: '"Syria is passing through the crisis stage and entering the reconstruction phase," said the minister.' },
    );
    const d = a.groups.flatMap((g) => g.discrepancies).find((x) => x.kind === "quote");
    expect(d).toBeDefined();
    expect(Array.isArray(d!.diff)).toBe(true);
    const ops = d!.diff!.map(([op]) => op);
    expect(ops).toContain(-1);
    expect(ops).toContain(1);
    expect(ops).toContain(0);
  });

  it("(e) does not flag agreement between paraphrases", () => {
    const a = run(
      {
        text: "Hatami reiterated Iran's support for the Assad government in its fight against terrorism.",
        publishedAt: PUB,
      },
      { text: "Hatami said Iran supports the Syrian government in its fight against terrorism.", publishedAt: PUB },
    );
    const gs = groupWith(a, 0, 1);
    expect(gs.length).toBeGreaterThan(0);
    for (const g of gs) expect(g.discrepancies).toEqual([]);
  });

  it("(f) detects a word-for-word reprint", () => {
    const body = [
      "Iranian Defence Minister Amir Hatami arrived in Damascus on Sunday for talks with Syrian officials.",
      "The two sides signed an agreement on military and technical cooperation.",
      "Iran will help rebuild the Syrian army and its defence industries, the minister said.",
      "Tehran has backed the government of Bashar al-Assad throughout the civil war.",
      "Israel has repeatedly struck Iranian positions inside Syria over the past year.",
    ].join("\n");
    const a = run(
      { text: body, outlet: "Tasnim", publishedAt: "2018-08-27" },
      { text: body, outlet: "Mehr", publishedAt: "2018-08-28" },
    );
    expect(a.articles[0]!.copyOf).toBeNull();
    expect(a.articles[1]!.copyOf).toBe(0);
    const shared = groupWith(a, 0, 1);
    expect(shared.length).toBeGreaterThanOrEqual(4);
    for (const g of shared) {
      expect(g.coverage.copies).toContainEqual({ article: 1, of: 0 });
      expect(g.coverage.independent).toBeLessThan(g.coverage.articles.length);
    }
  });

  it("(f') independent reporting is not a copy", () => {
    const a = run(
      { text: "Hatami visited Damascus on Saturday for talks with Syrian officials.", publishedAt: PUB },
      { text: "Hatami travelled to Damascus on Saturday to hold talks with Syrian officials.", publishedAt: PUB },
    );
    expect(a.articles.map((x) => x.copyOf)).toEqual([null, null]);
    for (const g of a.groups) expect(g.coverage.independent).toBe(g.coverage.articles.length);
  });

  it("(g) labels articles", () => {
    const a = run(
      { text: "Hatami visited Damascus on Saturday for talks." },
      { text: "Iran's defence minister held talks in the Syrian capital." },
      { text: "WASHINGTON (Reuters) - The United States said it was watching the visit closely." },
      { text: "Tehran has backed Assad throughout the war.", outlet: "Al Jazeera" },
    );
    expect(a.articles.map((x) => x.outlet).slice(0, 2)).toEqual(["Source A", "Source B"]);
    expect(a.articles[2]!.outlet).toContain("Reuters");
    expect(a.articles[3]!.outlet).toBe("Al Jazeera");
  });

  it("(h) is deterministic and keeps claim offsets", () => {
    const articles = [
      {
        text: "2 min read\nIranian Defence Minister Amir Hatami visited Damascus on Saturday for talks with Syrian President Bashar al-Assad.\nThe two sides signed a military cooperation agreement, Tasnim reported.",
        publishedAt: PUB,
      },
      {
        text: "TEHRAN (Dispatches) -- Iranian Defense Minister Amir Hatami travelled to Damascus on Sunday, meeting Syrian President Bashar Assad.\nThe countries signed a deal on military cooperation.",
        publishedAt: PUB,
      },
    ];
    const a = analyzeStory({ articles });
    const b = analyzeStory({ articles });
    expect(a.groups.map((g) => g.id)).toEqual(b.groups.map((g) => g.id));
    expect(a.groups.length).toBeGreaterThan(0);
    for (const g of a.groups)
      for (const c of g.claims) expect(articles[c.article]!.text.slice(c.start, c.end)).toBe(c.text);
    for (const art of a.articles)
      for (const c of art.claims) expect(articles[art.index]!.text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe("analyzeExtractions with editors' overrides", () => {
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
  });
});

describe("a wide story", () => {
  // 150 outlets: most print one of two wordings of a death toll of 12, a few print 15. The candidate search and the
  // fact pairing read only part of so many claims (ALIGN.postingCap, FACTS.pairsPerRow); they must lose no conflict.
  const wordings = [
    (i: number) => `The blast killed at least 12 people in the market on Tuesday, police told reporter ${i}.`,
    (i: number) => `At least 12 people died when a bomb went off in the crowded market, officials told reporter ${i}.`,
    (i: number) => `The death toll from the market blast rose to 15 on Tuesday, hospital staff told reporter ${i}.`,
  ];
  const items = Array.from({ length: 150 }, (_, i) => {
    const input: ArticleInput = {
      outlet: `Outlet ${i + 1}`,
      url: `https://outlet-${i + 1}.example/blast`,
      title: null,
      publishedAt: PUB,
      text: wordings[i % 10 === 9 ? 2 : i % 2]!(i),
    };
    return { input, extraction: extractArticle(input) };
  });
  const conflicts = (a: Analysis) =>
    a.groups.flatMap((g) =>
      g.discrepancies
        .filter((d) => d.kind === "number")
        .map((d) => d.values.map((v) => [v.value, v.articles.length].join(":")).sort()),
    );

  it("finds the conflict as an unbounded search does", () => {
    const bounded = analyzeExtractions(items);
    const [cap, perRow] = [ALIGN.postingCap, FACTS.pairsPerRow];
    try {
      ALIGN.postingCap = FACTS.pairsPerRow = Number.MAX_SAFE_INTEGER;
      const full = analyzeExtractions(items);
      expect(conflicts(bounded)).toEqual(conflicts(full));
    } finally {
      [ALIGN.postingCap, FACTS.pairsPerRow] = [cap, perRow];
    }
    // One conflict, 12 against 15, naming every outlet.
    const [toll, ...others] = conflicts(bounded);
    expect(others).toEqual([]);
    expect(toll!.some((v) => v.startsWith("15:"))).toBe(true);
    expect(toll!.reduce((n, v) => n + Number(v.split(":").at(-1)), 0)).toBe(150);
  });
});

describe("zero as a value across outlets", () => {
  it.each([
    [
      "No one was hurt when the footbridge collapsed over the river on Monday, officials said.",
      "Eight people were killed when the footbridge collapsed over the river on Monday, officials said.",
      true,
    ],
    [
      "Nobody was arrested during the march through the capital on Friday, police said.",
      "Police arrested 12 people during the march through the capital on Friday.",
      true,
    ],
    [
      "No one was hurt when the footbridge collapsed over the river on Monday, officials said.",
      "Nobody was injured when the footbridge collapsed over the river on Monday, officials said.",
      false,
    ],
  ])("%s / %s: a number conflict %s", (a, b, conflict) => {
    const { groups } = run({ outlet: "A", text: a }, { outlet: "B", text: b });
    const both = groups.filter((g) => new Set(g.claims.map((c) => c.article)).size === 2);
    expect(both.length).toBeGreaterThan(0);
    expect(both.some((g) => g.discrepancies.some((d) => d.kind === "number"))).toBe(conflict);
  });
});

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
  ])("%s / %s: a name conflict %s", (a, b, conflict) => {
    const { groups } = run({ outlet: "A", text: a }, { outlet: "B", text: b });
    const both = groups.filter((g) => new Set(g.claims.map((c) => c.article)).size === 2);
    expect(both.length).toBeGreaterThan(0);
    expect(both.some((g) => g.discrepancies.some((d) => d.kind === "entity"))).toBe(conflict);
  });
});

describe("months compared for the same act on the same thing", () => {
  it.each([
    [
      "The county will hold its budget hearing in mid-May, the clerk's office said on Tuesday.",
      "The budget hearing would be held on April 30, according to a county notice.",
      true,
    ],
    [
      "The county will hold its budget hearing in mid-May, the clerk's office said on Tuesday.",
      "The county held a parade for its veterans on April 30, according to a county notice.",
      false,
    ],
  ])("%s / %s: a date conflict %s", (a, b, conflict) => {
    const { groups } = run(
      { outlet: "A", text: a, publishedAt: "2019-03-05" },
      { outlet: "B", text: b, publishedAt: "2019-03-05" },
    );
    expect(groups.some((g) => g.discrepancies.some((d) => d.kind === "date"))).toBe(conflict);
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
