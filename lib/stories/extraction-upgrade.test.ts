/**
 * A database written by the previous extractor, brought up to the code by reextractStories (decision 016): its
 * articles' extractions without fact units, lemmas or values' facts and holders, recorded as version 0, analysed
 * from those, with an editor's merge, split and flags on it. Runs on SQLite, or on PostgreSQL under TEST_POSTGRES_URL.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failInserts } from "../../test/faults";
import { createTempDb } from "../../test/temp-db";
import { analyzeExtractions, type GroupOverride } from "../analysis/analyze";
import { extractArticle, type ArticleExtraction } from "../analysis/extract";
import type { ArticleInput } from "../analysis/schema";
import { EXTRACTION_VERSION } from "../analysis/version";
import { AnalysisPool, analysisPool, replaceAnalysisPool } from "../analysis-pool";
import type { Db } from "../db";
import type { Actor } from "../editors/actor";
import { openFlag } from "../editors/flags";
import { getClaimGroup } from "./data";
import { forgetRecentStories, ingestArticles, mergeGroups, reextractStories, splitClaim } from "./mutations";
import type { CoverageJson } from "./json";
import type { IngestArticle } from "./schema";

const seed = JSON.parse(readFileSync("seeds/iran-syria-2018/bundle.json", "utf8")) as { articles: IngestArticle[] };
const story = { slug: "iran-syria-2018", title: "Iran and Syria sign military cooperation deal" };
const other: IngestArticle = {
  outlet: "City Desk",
  text: "The city council approved a new budget for public libraries on Tuesday, adding three branches and longer opening hours. The mayor said 12 staff would be hired.",
  story: { slug: "library-budget", title: "Library budget" },
};
const NOTHING = { articles: 0, analysed: false, claims: { kept: 0, added: 0, lost: 0 }, lostDecisions: 0 };
const editor: Actor = { id: "u-upgrade", label: "upgrade@example.org", role: "editor" };

/** What the previous extractor stored: claims without units or lemmas, dates and amounts without fact or holder. */
function previousExtraction(e: ArticleExtraction): ArticleExtraction {
  const unbound = <V extends { fact?: number; holder?: string }>({ fact: _f, holder: _h, ...v }: V) => v;
  return {
    ...e,
    claims: e.claims.map(({ units: _u, lemmas: _l, ...c }) => ({
      ...c,
      times: c.times.map(unbound),
      quantities: c.quantities.map(unbound),
    })),
  } as unknown as ArticleExtraction;
}

/** The pool as the previous version's: its workers extract as they did then. */
class PreviousPool extends AnalysisPool {
  override async extract(article: ArticleInput): Promise<ArticleExtraction> {
    return previousExtraction(await super.extract(article));
  }
}

const asJson = <T>(x: T) => JSON.parse(JSON.stringify(x)) as T;

/** The stored story: articles in position order with their claims, active rows in order with members and discrepancies. */
async function stored(db: Db, slug: string) {
  const s = await db.story.findUniqueOrThrow({
    where: { slug },
    select: {
      id: true,
      version: true,
      summary: true,
      articles: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          text: true,
          url: true,
          title: true,
          publishedAt: true,
          label: true,
          extraction: true,
          extractionVersion: true,
          outlet: { select: { name: true } },
          claims: { orderBy: { start: "asc" }, select: { id: true, key: true, start: true, end: true, text: true } },
        },
      },
      groups: {
        where: { status: "active" },
        orderBy: { position: "asc" },
        select: {
          id: true,
          kind: true,
          soleSource: true,
          coverage: true,
          claims: { orderBy: { order: "asc" }, select: { claimId: true, start: true, end: true } },
          discrepancies: { orderBy: { order: "asc" }, select: { kind: true, detail: true } },
        },
      },
      overrides: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          claimId: true,
          targetClaimId: true,
          groupId: true,
          targetGroupId: true,
          undoneAt: true,
        },
      },
      flags: {
        orderBy: { id: "asc" },
        select: { id: true, groupId: true, articleId: true, reason: true, status: true },
      },
    },
  });
  return s;
}

/** The rows without their ids: what two analyses of the same articles must agree on. */
const rowShapes = (s: Awaited<ReturnType<typeof stored>>) =>
  s.groups.map((g) => ({
    kind: g.kind,
    soleSource: g.soleSource,
    coverage: g.coverage,
    claims: g.claims,
    discrepancies: g.discrepancies,
  }));

describe("extracting again after the extractor changed", () => {
  const t = createTempDb();
  const db = t.db;
  let before: Awaited<ReturnType<typeof stored>>;
  /** Every id a permalink could name before the upgrade: active rows and redirects. */
  let permalinks: string[] = [];
  const decisions: { merge?: { source: string; target: string }; split?: { claim: string; row: string } } = {};

  beforeAll(async () => {
    // The previous version writes the database: its extractions, its analyses, its editor's decisions.
    const previous = new PreviousPool({ ...analysisPool().options, size: 1 });
    const current = replaceAnalysisPool(previous);
    try {
      await db.user.create({ data: { id: editor.id!, name: "Up Grader", email: editor.label, role: "editor" } });
      await ingestArticles(
        db,
        seed.articles.map((a) => ({ ...a, story })),
      );
      await ingestArticles(db, [other]);
      const rows = (await stored(db, story.slug)).groups.filter((g) => g.kind === "claim");
      const multi = rows.filter((g) => g.claims.length >= 3);
      const [target, source, split] = [multi[0]!, multi[1]!, multi[2]!];
      const flagged = rows.find((g) => !multi.slice(0, 3).includes(g) && g.claims.length >= 2)!;
      await mergeGroups(db, editor, { sourceGroupId: source.id, targetGroupId: target.id });
      decisions.merge = { source: source.id, target: target.id };
      const claim = split.claims[0]!.claimId;
      const r = await splitClaim(db, editor, { groupId: split.id, claimId: claim });
      decisions.split = { claim, row: r.groupId };
      await openFlag(db, editor, { groupId: flagged.id, reason: "needs-review", note: "check the date" });
      // One outlet's cell, named by the row merged away: the flag follows its claims.
      const cell = (target.coverage as unknown as CoverageJson).articles[0]!;
      await openFlag(db, editor, { groupId: source.id, articleId: cell, reason: "extraction-error" });
      await openFlag(db, editor, { groupId: r.groupId, reason: "misattributed" });
    } finally {
      replaceAnalysisPool(current);
      await previous.close();
    }
    // It recorded no version: the migration gave its rows 0. A restart forgets what the writer remembered.
    await db.article.updateMany({ data: { extractionVersion: 0 } });
    forgetRecentStories();
    before = await stored(db, story.slug);
    permalinks = (await db.claimGroup.findMany({ where: { storyId: before.id }, select: { id: true } })).map(
      (g) => g.id,
    );
  }, 180_000);
  afterAll(() => t.cleanup());

  it("holds what the previous version wrote: extractions without units, version 0, a merge, a split and flags", () => {
    expect(before.articles.map((a) => a.extractionVersion)).toEqual([0, 0, 0, 0, 0]);
    const claims = before.articles.flatMap((a) => (a.extraction as unknown as ArticleExtraction).claims);
    expect(claims.some((c) => "units" in c || "lemmas" in c)).toBe(false);
    expect(before.overrides.map((o) => o.kind)).toEqual(["merge", "split"]);
    expect(before.flags).toHaveLength(3);
    expect(permalinks.length).toBeGreaterThan(before.groups.length); // the merged-away row redirects
  });

  it("extracts every stale article again and re-analyses its story; a story whose write fails is reported and left as it was, the others go on", async () => {
    const library = await stored(db, "library-budget");
    // The library story's claims cannot be written: its transaction fails after the story's row was bumped.
    const repair = await failInserts(db, t.url, "Claim", { when: `NEW."articleId" = '${library.articles[0]!.id}'` });
    try {
      const report = await reextractStories(db);
      expect(report.version).toBe(EXTRACTION_VERSION);
      expect(report.stories.map(({ ms: _ms, ...r }) => r)).toEqual([
        {
          slug: story.slug,
          articles: 5,
          analysed: true,
          claims: { kept: before.articles.reduce((n, a) => n + a.claims.length, 0), added: 0, lost: 0 },
          lostDecisions: 0,
        },
        // The message is Prisma's reading of the trigger's error, which differs between engines.
        { ...NOTHING, slug: "library-budget", error: expect.any(String) },
      ]);
      expect(await stored(db, "library-budget")).toEqual(library);
    } finally {
      await repair();
    }
  });

  it("extracts again what failed, and then finds nothing to do", async () => {
    const report = await reextractStories(db);
    expect(report.stories.map(({ ms: _ms, ...r }) => r)).toEqual([
      {
        slug: "library-budget",
        articles: 1,
        analysed: true,
        claims: { kept: expect.any(Number), added: 0, lost: 0 },
        lostDecisions: 0,
      },
    ]);
    const was = await stored(db, story.slug);
    expect((await reextractStories(db)).stories).toEqual([]);
    expect(await stored(db, story.slug)).toEqual(was);
  });

  it("stores each article's extraction as the code makes it now, at the current version, with the same claim ids", async () => {
    const after = await stored(db, story.slug);
    expect(after.articles.map((a) => a.extractionVersion)).toEqual(seed.articles.map(() => EXTRACTION_VERSION));
    for (const [i, a] of after.articles.entries()) {
      expect(a.extraction).toEqual(asJson(extractArticle(seed.articles[i]!)));
      expect((a.extraction as unknown as ArticleExtraction).claims.every((c) => c.units && c.lemmas)).toBe(true);
      expect(a.claims).toEqual(before.articles[i]!.claims);
    }
  });

  it("stores the analysis a fresh analysis of the same articles gives, with the editors' decisions", async () => {
    const after = await stored(db, story.slug);
    const at = new Map(after.articles.flatMap((a, article) => a.claims.map((c) => [c.id, { article, key: c.key }])));
    const claimId = (article: number, key: string) => after.articles[article]!.claims.find((c) => c.key === key)!.id;
    const articleId = (article: number) => after.articles[article]!.id;
    const overrides = after.overrides.map((o): GroupOverride =>
      o.kind === "merge"
        ? { kind: "merge", claim: at.get(o.claimId)!, target: at.get(o.targetClaimId!)! }
        : { kind: "split", claim: at.get(o.claimId)! },
    );
    const fresh = asJson(
      analyzeExtractions(
        after.articles.map((a) => ({
          input: {
            text: a.text,
            url: a.url,
            title: a.title,
            publishedAt: a.publishedAt,
            outlet: a.outlet?.name ?? null,
          },
          extraction: extractArticle({ text: a.text, publishedAt: a.publishedAt }),
        })),
        { overrides },
      ),
    );
    expect(after.summary).toEqual(fresh.summary);
    expect(after.articles.map((a) => a.label)).toEqual(fresh.articles.map((a) => a.outlet));
    const expected = fresh.groups.map((g) => {
      const members = new Map<string, { claimId: string; start: number; end: number }>();
      for (const c of g.claims) {
        const id = claimId(c.article, c.key);
        if (!members.has(id)) members.set(id, { claimId: id, start: c.start, end: c.end });
      }
      return {
        kind: g.kind,
        soleSource: g.coverage.soleSource,
        coverage: {
          articles: g.coverage.articles.map(articleId),
          independent: g.coverage.independent,
          copies: g.coverage.copies.map((c) => ({ article: articleId(c.article), of: articleId(c.of) })),
        },
        claims: [...members.values()],
        discrepancies: g.discrepancies.map((d) => ({ kind: d.kind, detail: d.detail })),
      };
    });
    expect(rowShapes(after)).toEqual(expected);
    // Not a test of nothing: the previous extractions gave another analysis.
    expect(rowShapes(before)).not.toEqual(expected);
  });

  it("keeps the editors' merge, split and flags", async () => {
    const after = await stored(db, story.slug);
    expect(after.overrides).toEqual(before.overrides);
    expect(after.flags).toEqual(before.flags);
    const rowOf = (claim: string) =>
      after.groups.find((g) => g.kind === "claim" && g.claims.some((c) => c.claimId === claim))!;
    const merge = after.overrides.find((o) => o.kind === "merge")!;
    expect(rowOf(merge.claimId).id).toBe(decisions.merge!.target);
    expect(rowOf(merge.targetClaimId!).id).toBe(decisions.merge!.target);
    expect(await getClaimGroup(db, decisions.merge!.source)).toEqual({ redirect: decisions.merge!.target });
    const split = rowOf(decisions.split!.claim);
    expect({ id: split.id, claims: split.claims.map((c) => c.claimId) }).toEqual({
      id: decisions.split!.row,
      claims: [decisions.split!.claim],
    });
    for (const f of after.flags) {
      const found = await getClaimGroup(db, f.groupId);
      const id = found && "redirect" in found ? found.redirect : found?.group.id;
      expect(
        after.groups.some((g) => g.id === id),
        f.groupId,
      ).toBe(true);
    }
  });

  it("keeps every permalink: each row id of before names a row, or redirects to one", async () => {
    const active = new Set((await stored(db, story.slug)).groups.map((g) => g.id));
    const resolved = await Promise.all(
      permalinks.map(async (id) => {
        const found = await getClaimGroup(db, id);
        return [id, found && "redirect" in found ? found.redirect : found?.group.id] as const;
      }),
    );
    expect(resolved.filter(([, to]) => !to || !active.has(to))).toEqual([]);
  });

  it.each([
    [
      "one story, every article again (--all): nothing changes but the story's version",
      { story: story.slug, all: true },
      [{ slug: story.slug, articles: 5 }],
    ],
    ["every story, again: nothing is stale", {}, []],
    ["an unknown story", { story: "no-such-story" }, "no such story: no-such-story"],
    ["options it does not know", { story: story.slug, every: true }, "the reanalyze is not valid"],
  ] as const)("%s", async (_name, options, outcome) => {
    const was = await stored(db, story.slug);
    if (typeof outcome === "string") {
      await expect(reextractStories(db, options)).rejects.toThrow(outcome);
      expect(await stored(db, story.slug)).toEqual(was);
      return;
    }
    const report = await reextractStories(db, options);
    expect(report.stories).toEqual(outcome.map((o) => expect.objectContaining(o)));
    expect(report.stories.filter((r) => r.error)).toEqual([]);
    const now = await stored(db, story.slug);
    expect({ ...now, version: was.version }).toEqual(was);
  });
});
