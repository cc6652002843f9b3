import { describe, expect, it } from "vitest";
import { analyzeStory, type Analysis } from "./analyze";
import type { ArticleInput } from "./schema";

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
      { text: "Four people died when the quake flattened more than 300 houses in Lorne, officials said." },
      { text: "The quake in Lorne killed four people and flattened more than 300 buildings, officials said." },
      { text: "The quake in Lorne killed 10 people and flattened more than 300 buildings, officials said." },
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

describe("an outlet that states one fact twice", () => {
  const a = run(
    {
      text: "Fire destroyed the Linden Hall theatre in Carvale early on Friday, the fire service said. Nobody was inside the building at the time.",
    },
    {
      text: "The Linden Hall theatre in Carvale was destroyed by fire early on Friday. The Linden Hall theatre in Carvale was built in 1911 by a shipping merchant. The fire service said flames destroyed the Linden Hall theatre in the early hours of Friday.",
    },
    { text: "A fire early on Friday destroyed Carvale's Linden Hall theatre, officials said." },
  );
  const second = "The fire service said flames destroyed";

  it("shows both of its sentences in the fact's row, not the second one alone", () => {
    const rows = a.groups.filter((g) => g.claims.some((c) => c.text.startsWith(second)));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(new Set(row.claims.map((c) => c.article))).toEqual(new Set([0, 1, 2]));
    expect(rows[0]!.claims.filter((c) => c.article === 1)).toHaveLength(2);
  });

  it("keeps its other sentence about the same theatre in a row of its own", () => {
    const built = a.groups.filter((g) => g.claims.some((c) => c.text.includes("built in 1911")));
    expect(built.map((g) => g.claims.length)).toEqual([1]);
  });
});
