/**
 * A database whose stories an older analysis wrote, brought up to the code by reextractStories (decision 031): the
 * seed story analysed by a previous analysis that flagged nothing, recorded as analysis version 0, with an editor's
 * merge and flags on it. Its extractions are current: nothing is extracted again, the story is analysed again from
 * them. Runs on SQLite, or on PostgreSQL under TEST_POSTGRES_URL.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb } from "../../test/temp-db";
import type { Analysis, AnalyzeOptions } from "../analysis/analyze";
import { ANALYSIS_VERSION, EXTRACTION_VERSION } from "../analysis/version";
import { AnalysisPool, analysisPool, replaceAnalysisPool, type StoryArticle } from "../analysis-pool";
import type { Db } from "../db";
import type { Actor } from "../editors/actor";
import { openFlag } from "../editors/flags";
import { getClaimGroup } from "./data";
import { forgetRecentStories, ingestArticles, mergeGroups, reextractStories } from "./mutations";
import type { IngestArticle } from "./schema";

const seed = JSON.parse(readFileSync("seeds/iran-syria-2018/bundle.json", "utf8")) as { articles: IngestArticle[] };
const story = { slug: "iran-syria-2018", title: "Iran and Syria sign military cooperation deal" };
const editor: Actor = { id: "u-analysis-upgrade", label: "analysis-upgrade@example.org", role: "editor" };

/** The pool as the previous analysis's: the same rows, not one discrepancy flagged. */
class PreviousAnalysisPool extends AnalysisPool {
  override async analyse(articles: StoryArticle[], options: AnalyzeOptions = {}): Promise<Analysis> {
    const a = await super.analyse(articles, options);
    return { ...a, groups: a.groups.map((g) => ({ ...g, discrepancies: [] })) };
  }
}

async function stored(db: Db) {
  return db.story.findUniqueOrThrow({
    where: { slug: story.slug },
    select: {
      id: true,
      analysisVersion: true,
      articles: {
        orderBy: { position: "asc" },
        select: {
          extraction: true,
          extractionVersion: true,
          claims: { orderBy: { start: "asc" }, select: { id: true, key: true } },
        },
      },
      groups: {
        where: { status: "active" },
        orderBy: { position: "asc" },
        select: { id: true, kind: true, discrepancies: { select: { kind: true } } },
      },
      overrides: { select: { id: true, kind: true, claimId: true, targetClaimId: true, undoneAt: true } },
      flags: { orderBy: { id: "asc" }, select: { id: true, groupId: true, reason: true, status: true } },
    },
  });
}

const flagged = (s: Awaited<ReturnType<typeof stored>>) => s.groups.filter((g) => g.discrepancies.length).length;

describe("analysing again after the analysis changed", () => {
  const t = createTempDb();
  const db = t.db;
  let before: Awaited<ReturnType<typeof stored>>;
  let permalinks: string[] = [];
  const merge = { source: "", target: "" };

  beforeAll(async () => {
    const previous = new PreviousAnalysisPool({ ...analysisPool().options, size: 1 });
    const current = replaceAnalysisPool(previous);
    try {
      await db.user.create({ data: { id: editor.id!, name: "Ana Lyst", email: editor.label, role: "editor" } });
      await ingestArticles(
        db,
        seed.articles.map((a) => ({ ...a, story })),
      );
      const rows = await db.claimGroup.findMany({
        where: { story: { slug: story.slug }, status: "active", kind: "claim" },
        orderBy: { position: "asc" },
        select: { id: true, _count: { select: { claims: true } } },
      });
      const multi = rows.filter((g) => g._count.claims >= 3);
      Object.assign(merge, { source: multi[1]!.id, target: multi[0]!.id });
      await mergeGroups(db, editor, { sourceGroupId: merge.source, targetGroupId: merge.target });
      await openFlag(db, editor, { groupId: multi[2]!.id, reason: "needs-review", note: "check the date" });
      await openFlag(db, editor, { groupId: merge.source, reason: "extraction-error" });
    } finally {
      replaceAnalysisPool(current);
      await previous.close();
    }
    // It recorded no analysis version: the migration gave the story 0. A restart forgets what the writer remembered.
    await db.story.updateMany({ data: { analysisVersion: 0 } });
    forgetRecentStories();
    before = await stored(db);
    permalinks = (await db.claimGroup.findMany({ where: { storyId: before.id }, select: { id: true } })).map(
      (g) => g.id,
    );
  }, 180_000);
  afterAll(() => t.cleanup());

  it("holds what the previous analysis wrote: no flag, version 0, current extractions, a merge and flags", () => {
    expect(before.analysisVersion).toBe(0);
    expect(flagged(before)).toBe(0);
    expect(before.articles.map((a) => a.extractionVersion)).toEqual(seed.articles.map(() => EXTRACTION_VERSION));
    expect(before.overrides.map((o) => o.kind)).toEqual(["merge"]);
    expect(before.flags).toHaveLength(2);
  });

  it("analyses the story again without extracting anything, and then finds nothing to do", async () => {
    const report = await reextractStories(db);
    expect(report.analysisVersion).toBe(ANALYSIS_VERSION);
    expect(report.stories.map(({ ms: _ms, ...r }) => r)).toEqual([
      { slug: story.slug, articles: 0, analysed: true, claims: { kept: 0, added: 0, lost: 0 }, lostDecisions: 0 },
    ]);
    expect((await reextractStories(db)).stories).toEqual([]);
  });

  it("stores the current analysis's flags at the current version, with the same extractions and claim ids", async () => {
    const after = await stored(db);
    expect(after.analysisVersion).toBe(ANALYSIS_VERSION);
    // The seed's conflicts (the day of the visit, the minister's name, …) are flagged now.
    expect(flagged(after)).toBeGreaterThanOrEqual(3);
    expect(after.articles).toEqual(before.articles);
  });

  it("keeps the editor's merge, the flags and every permalink", async () => {
    const after = await stored(db);
    expect(after.overrides).toEqual(before.overrides);
    expect(after.flags).toEqual(before.flags);
    expect(await getClaimGroup(db, merge.source)).toEqual({ redirect: merge.target });
    const active = new Set(after.groups.map((g) => g.id));
    expect(active.has(merge.target)).toBe(true);
    const resolved = await Promise.all(
      permalinks.map(async (id) => {
        const found = await getClaimGroup(db, id);
        return [id, found && "redirect" in found ? found.redirect : found?.group.id] as const;
      }),
    );
    expect(resolved.filter(([, to]) => !to || !active.has(to))).toEqual([]);
  });
});
