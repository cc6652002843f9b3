/**
 * Group commit (lib/stories/mutations/ingest.ts): ingests that wait for the writer go together in one round, each story
 * analysed once for all their articles, and each request still gets its own outcome, all of its articles or none.
 * Calls made in one tick share a round, which makes these tests deterministic.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failInserts } from "../../test/faults";
import { createTempDb } from "../../test/temp-db";
import type { ArticleInput } from "../analysis/schema";
import { AnalysisPool, AnalysisTimeout, replaceAnalysisPool, type StoryArticle } from "../analysis-pool";
import { ClientError } from "../errors";
import type { Actor } from "../editors/actor";
import { ingestArticles, MAX_ROUND_ARTICLES, mergeGroups, type IngestOutcome } from "./mutations";
import type { IngestArticle } from "./schema";

const seed = JSON.parse(readFileSync("seeds/iran-syria-2018/bundle.json", "utf8")) as { articles: IngestArticle[] };
const story = { slug: "iran-syria-2018", title: "Iran and Syria sign military cooperation deal" };

/** A short wire report on the seed's event, different for every n. */
const wire = (n: number, extra: Partial<IngestArticle> = {}): IngestArticle => ({
  outlet: `Wire ${n}`,
  url: `https://wire-${n}.example/iran-syria`,
  text: `Iranian Defence Minister Amir Hatami visited Damascus on Sunday and signed a military cooperation deal with Syria, officials said. The deal covers ${n + 10} projects, the ministry said on Monday.`,
  story: story.slug,
  ...extra,
});
const local = (n: number, storyRef: IngestArticle["story"]): IngestArticle => ({
  text: `The council of Riverton said on Tuesday that ${n} libraries would open longer hours. The mayor, Ann Lee, said the plan costs ${n + 3} million dollars.`,
  story: storyRef,
});

describe("group commit", () => {
  const t = createTempDb();
  const db = t.db;
  const version = async (slug = story.slug) =>
    (await db.story.findUniqueOrThrow({ where: { slug }, select: { version: true } })).version;
  const articles = () => db.article.count();
  const ids = (out: IngestOutcome[]) => out.map((o) => [o.status, o.article.id]);

  beforeAll(async () => {
    await ingestArticles(
      db,
      seed.articles.map((a) => ({ ...a, story })),
    );
  });
  afterAll(() => t.cleanup());

  it("analyses a story once for requests that wait together, and answers each request for its own articles", async () => {
    const [v, n] = [await version(), await articles()];
    const [a, b, c, retryOfA] = await Promise.all([
      ingestArticles(db, [wire(1)]),
      // b repeats a's article (by URL, under other whitespace) and brings one of its own
      ingestArticles(db, [{ ...wire(1), text: `  ${wire(1).text}\n` }, wire(2)]),
      ingestArticles(db, [wire(3), wire(3)]),
      ingestArticles(db, [wire(1)]),
    ]);
    expect(a!.map((o) => o.status)).toEqual(["created"]);
    expect(ids(b!)).toEqual([
      ["existing", a![0]!.article.id],
      ["created", expect.any(String)],
    ]);
    // A repeat within one request gets its first occurrence's outcome, as before group commit.
    expect(ids(c!)).toEqual([
      ["created", c![0]!.article.id],
      ["created", c![0]!.article.id],
    ]);
    // The same request sent again in the same round: what it would get a moment later, the stored article.
    expect(retryOfA).toEqual([{ ...a![0]!, status: "existing" }]);
    expect(await articles()).toBe(n + 3);
    expect(await version()).toBe(v + 1);
    expect(new Set([a, b, c].flat().map((o) => o!.story.slug))).toEqual(new Set([story.slug]));
  });

  it("writes several stories in one round, each once, and one new story named twice is one story", async () => {
    const v = await version();
    const [x, y, z] = await Promise.all([
      ingestArticles(db, [wire(4)]),
      ingestArticles(db, [local(1, { slug: "riverton", title: "Riverton libraries" })]),
      ingestArticles(db, [local(2, "Riverton libraries"), wire(5)]),
    ]);
    expect([x, y, z].flat().map((o) => o!.status)).toEqual(["created", "created", "created", "created"]);
    expect(z![0]!.story).toEqual(y![0]!.story);
    expect(y![0]!.story.slug).toBe("riverton");
    expect(await version()).toBe(v + 1);
    expect(await version("riverton")).toBe(1);
    expect(await db.article.count({ where: { story: { slug: "riverton" } } })).toBe(2);
  });

  it("stores a request's articles all or none: one that cannot be stored fails alone, the others are stored", async () => {
    const [v, n] = [await version(), await articles()];
    const repair = await failInserts(db, t.url, "Article", {
      when: `NEW."title" = 'poison'`,
      message: "poisoned article",
    });
    try {
      const [good, bad, alsoGood] = await Promise.allSettled([
        ingestArticles(db, [wire(6)]),
        ingestArticles(db, [wire(7), wire(8, { title: "poison" })]),
        ingestArticles(db, [wire(9)]),
      ]);
      expect(good).toMatchObject({ status: "fulfilled", value: [{ status: "created" }] });
      expect(alsoGood).toMatchObject({ status: "fulfilled", value: [{ status: "created" }] });
      expect(bad.status).toBe("rejected");
      expect(JSON.stringify((bad as PromiseRejectedResult).reason)).toContain("poisoned article");
      expect(await db.article.count({ where: { url: { in: [wire(7).url!, wire(8).url!] } } })).toBe(0);
      expect(await articles()).toBe(n + 2);
      // The combined round failed and rolled back; its requests then ran one by one.
      expect(await version()).toBe(v + 2);
    } finally {
      await repair();
    }
    expect((await ingestArticles(db, [wire(7), wire(8)])).map((o) => o.status)).toEqual(["created", "created"]);
  });

  it(`takes at most ${MAX_ROUND_ARTICLES} articles a round (whole requests), the rest in the next`, async () => {
    const v = await version("riverton");
    const requests = Array.from({ length: 5 }, (_, r) =>
      Array.from({ length: 50 }, (_, i) => local(100 + r * 50 + i, "riverton")),
    );
    const out = await Promise.all(requests.map((articles) => ingestArticles(db, articles)));
    expect(out.flat().every((o) => o.status === "created")).toBe(true);
    expect(await version("riverton")).toBe(v + 2);
  });

  it("runs an editor's decision alone in its turn, between the ingests queued before and after it", async () => {
    const editor: Actor = { id: "u-editor", label: "editor@example.org", role: "editor" };
    await db.user.create({ data: { id: editor.id!, name: "Ed Itor", email: editor.label, role: "editor" } });
    const rows = await db.claimGroup.findMany({
      where: { status: "active", kind: "claim", story: { slug: story.slug } },
      orderBy: { position: "asc" },
      select: { id: true, _count: { select: { claims: true } } },
    });
    const [target, source] = rows.filter((r) => r._count.claims >= 3);
    const v = await version();
    const [before, merged, after] = await Promise.all([
      ingestArticles(db, [wire(10)]),
      mergeGroups(db, editor, { sourceGroupId: source!.id, targetGroupId: target!.id }),
      ingestArticles(db, [wire(11)]),
    ]);
    expect([before![0]!.status, after![0]!.status]).toEqual(["created", "created"]);
    expect(merged.groupId).toBe(target!.id);
    expect(await version()).toBe(v + 3);
    // The ingest after the decision kept it: the source row still redirects to the target.
    expect(
      await db.claimGroup.findUniqueOrThrow({
        where: { id: source!.id },
        select: { status: true, mergedIntoId: true },
      }),
    ).toEqual({ status: "merged", mergedIntoId: target!.id });
  });
});

/**
 * Analyses that take longer than their budget (the real pool's timeouts are tested in lib/analysis-pool.test.ts):
 * here a pool whose extraction of an article that says SLOW-ARTICLE, and whose analysis of a story with an article
 * that says SLOW-STORY, time out at once.
 */
class SlowFor extends AnalysisPool {
  override extract(article: ArticleInput) {
    return article.text.includes("SLOW-ARTICLE")
      ? Promise.reject(new AnalysisTimeout("extract", 20_000))
      : super.extract(article);
  }
  override analyse(articles: StoryArticle[]) {
    return articles.some((a) => a.input.text.includes("SLOW-STORY"))
      ? Promise.reject(new AnalysisTimeout("analyse", 60_000))
      : super.analyse(articles);
  }
}

describe("group commit with an analysis that takes too long", () => {
  const t = createTempDb();
  const db = t.db;
  const slow = new SlowFor({
    size: 1,
    extractBudgetMs: 20_000,
    analyseBudgetMs: 60_000,
    maxWaiting: 100,
    keptArticles: 100,
  });
  let before: AnalysisPool | null = null;
  const version = async (slug = story.slug) =>
    (await db.story.findUnique({ where: { slug }, select: { version: true } }))?.version;
  const stored = (...articles: IngestArticle[]) =>
    db.article.count({ where: { url: { in: articles.map((a) => a.url!) } } });

  beforeAll(async () => {
    before = replaceAnalysisPool(slow);
    await ingestArticles(
      db,
      seed.articles.map((a) => ({ ...a, story })),
    );
  });
  afterAll(async () => {
    replaceAnalysisPool(before);
    await slow.close();
    await t.cleanup();
  });

  it("fails the request whose article took too long, naming its field, and stores the others of its round", async () => {
    const v = await version();
    const late = { ...wire(31), text: `${wire(31).text} SLOW-ARTICLE` };
    const [a, b, c] = await Promise.allSettled([
      ingestArticles(db, [wire(30)]),
      ingestArticles(db, [wire(32), late]),
      ingestArticles(db, [wire(33)]),
    ]);
    expect(a).toMatchObject({ status: "fulfilled", value: [{ status: "created" }] });
    expect(c).toMatchObject({ status: "fulfilled", value: [{ status: "created" }] });
    expect(b.status).toBe("rejected");
    const e = (b as PromiseRejectedResult).reason as ClientError;
    expect(e).toBeInstanceOf(ClientError);
    expect([e.status, e.fieldErrors]).toEqual([422, { "articles.1.text": ["took longer than 20 s to analyse"] }]);
    expect(await stored(wire(32), late)).toBe(0);
    // One round for the two requests that were stored: the failed one was taken out and the round run again.
    expect(await version()).toBe(v! + 1);
  });

  it("fails the requests that add to a story whose analysis took too long, and stores the others of its round", async () => {
    const v = await version();
    const slowStory = { slug: "slow-story", title: "Slow story" };
    const first = {
      ...local(40, slowStory),
      url: "https://slow.example/1",
      text: `${local(40, slowStory).text} SLOW-STORY`,
    };
    const second = { ...local(41, slowStory), url: "https://slow.example/2" };
    const [x, y, z] = await Promise.allSettled([
      ingestArticles(db, [first]),
      ingestArticles(db, [wire(34)]),
      ingestArticles(db, [second]),
    ]);
    expect(y).toMatchObject({ status: "fulfilled", value: [{ status: "created" }] });
    for (const r of [x, z]) {
      expect(r.status).toBe("rejected");
      expect((r as PromiseRejectedResult).reason).toMatchObject({
        status: 422,
        message: expect.stringContaining('the story "slow-story" took longer than 60 s to analyse'),
      });
    }
    expect(await stored(first, second)).toBe(0);
    expect(await version("slow-story")).toBeUndefined();
    expect(await version()).toBe(v! + 1);
  });
});
