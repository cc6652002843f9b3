import { afterAll, describe, expect, it } from "vitest";
import { createTempDb } from "../../../test/temp-db";
import type { Db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { getStoryMatrix } from "../data";
import type { IngestArticle } from "../schema";
import { ingestArticles } from "./ingest";
import { forgetRecentStories } from "./load-story";

describe("the writer's memory of the stories it wrote", () => {
  const t = createTempDb();
  const db = t.db;
  const report = (n: number, day: string): IngestArticle => ({
    outlet: `Memory Wire ${n}`,
    // The first article's last sentence is its own: a row that no later article joins, which the writer keeps.
    text: `Iranian Defence Minister Amir Hatami visited Damascus on ${day} and signed a military deal with Syria, officials said. The deal covers ${n + 4} projects.${n === 1 ? " Tehran will also train Syrian pilots at its academies." : ""}`,
    story: "memory-story",
  });
  /**
   * Every active row as stored, with its members and discrepancies, ids replaced by what they name (an article by
   * its outlet, a claim by its outlet and key): ids differ between databases, the rows must not. Read from the
   * tables, not through getStoryMatrix, whose cache once answered both databases with the same matrix (issue 17).
   * `written`: when each row was inserted, which tells a row the writer kept from one written anew.
   */
  async function rowsOf(of: Db) {
    const where = { story: { slug: "memory-story" } };
    const names = new Map<string, string>();
    for (const a of await of.article.findMany({ where, select: { id: true, label: true, claims: true } })) {
      names.set(a.id, a.label);
      for (const c of a.claims) names.set(c.id, `${a.label}/${c.key}`);
    }
    const stored = await of.claimGroup.findMany({
      where: { ...where, status: "active" },
      orderBy: { position: "asc" },
      select: {
        createdAt: true,
        kind: true,
        position: true,
        soleSource: true,
        coverage: true,
        subject: true,
        claims: {
          orderBy: { order: "asc" },
          select: { claimId: true, start: true, end: true, text: true, order: true },
        },
        discrepancies: {
          orderBy: { order: "asc" },
          select: {
            kind: true,
            detail: true,
            order: true,
            values: true,
            diff: true,
            basis: true,
            confidence: true,
            subject: true,
          },
        },
      },
    });
    const rows = stored.map(({ createdAt: _, ...row }) => row);
    return {
      rows: JSON.parse(JSON.stringify(rows), (_, v: unknown) =>
        typeof v === "string" ? (names.get(v) ?? v) : v,
      ) as Array<{ claims: unknown[] }>,
      written: stored.map((r) => r.createdAt.getTime()),
    };
  }
  afterAll(() => t.cleanup());

  it("stores what a full read would have: the same rows with or without it", async () => {
    // The same five articles into two databases: the first writer works from memory, the second forgets before
    // each write and reads the story in full (and so replaces every row).
    const other = createTempDb();
    try {
      const days = [
        [1, "Sunday"],
        [2, "Monday"],
        [3, "Saturday"],
        [4, "Sunday"],
        [5, "Tuesday"],
      ] as const;
      for (const [n, day] of days) await ingestArticles(db, [report(n, day)]);
      for (const [n, day] of days) {
        forgetRecentStories();
        await ingestArticles(other.db, [report(n, day)]);
      }
      const [remembered, replaced] = [await rowsOf(db), await rowsOf(other.db)];
      // Both ways were taken: the full read wrote every row in its last write; from memory, some row stayed as an
      // earlier write had left it.
      expect(new Set(replaced.written).size).toBe(1);
      expect(Math.min(...remembered.written)).toBeLessThan(Math.max(...remembered.written));
      // Rows with cells in them, which each way must have written alike.
      expect(replaced.rows.length).toBeGreaterThanOrEqual(3);
      expect(replaced.rows.flatMap((r) => r.claims).length).toBeGreaterThanOrEqual(10);
      expect(remembered.rows).toEqual(replaced.rows);
    } finally {
      await other.cleanup();
    }
  });

  it("reads the story afresh when another process wrote it meanwhile (its version moved)", async () => {
    await ingestArticles(db, [report(6, "Sunday")]);
    // Another process's write: a label changed and the version bumped. A stale memory would keep "Tampered".
    const first = await db.article.findFirstOrThrow({
      where: { story: { slug: "memory-story" } },
      orderBy: { position: "asc" },
    });
    await db.article.update({ where: { id: first.id }, data: { label: "Tampered" } });
    await db.story.update({ where: { slug: "memory-story" }, data: { version: { increment: 1 } } });
    await ingestArticles(db, [report(7, "Monday")]);
    expect((await db.article.findUniqueOrThrow({ where: { id: first.id } })).label).toBe("Memory Wire 1");
  });
});

// Issue 17: the caches of read matrices and of the stories the writer wrote were keyed by slug and story id alone, so
// a process with two databases answered getStoryMatrix(a, slug) with B's matrix, and wrote into one database from
// the story it remembered of the other.
describe("two databases in one process", () => {
  const [a, b] = [createTempDb(), createTempDb()];
  const report = (outlet: string, day: string, slug: string): IngestArticle => ({
    outlet,
    text: `Iranian Defence Minister Amir Hatami visited Damascus on ${day} and signed a military deal with Syria, ${outlet} said.`,
    story: slug,
  });
  const outletsOf = async (db: Db, slug: string) => (await getStoryMatrix(db, slug))?.articles.map((x) => x.label);
  afterAll(async () => {
    await a.cleanup();
    await b.cleanup();
  });

  it("reads each database's own story under the same slug", async () => {
    // One ingest each: both stories are at version 1, which is all a cache keyed by slug compared.
    await ingestArticles(a.db, [report("Wire A", "Sunday", "same-slug")]);
    await ingestArticles(b.db, [report("Wire B", "Monday", "same-slug")]);
    const cases = [
      { db: a.db, outlets: ["Wire A"] },
      { db: b.db, outlets: ["Wire B"] },
      { db: a.db, outlets: ["Wire A"] },
    ];
    for (const [n, c] of cases.entries()) expect(await outletsOf(c.db, "same-slug"), `read ${n}`).toEqual(c.outlets);
  });

  it("writes into each database from its own story, though both have one under the same id", async () => {
    // The writer remembers A's story. B gets a story under the same id and version (as a copy of A's database would
    // have it), but without A's article: an ingest into B must read B's story, not reuse A's. (Other outlets than
    // above: the same text would be the same article.)
    const [created] = await ingestArticles(a.db, [report("Wire D", "Sunday", "same-id")]);
    const row = await a.db.story.findUniqueOrThrow({
      where: { id: created!.story.id },
      select: { id: true, slug: true, title: true, version: true, terms: true, summary: true, variants: true },
    });
    const json = (v: unknown) => v as Prisma.InputJsonValue;
    await b.db.story.create({
      data: { ...row, terms: json(row.terms), summary: json(row.summary), variants: json(row.variants) },
    });
    const [r] = await ingestArticles(b.db, [report("Wire E", "Monday", "same-id")]);
    expect(r).toMatchObject({ status: "created", story: { id: created!.story.id } });
    expect(await outletsOf(b.db, "same-id")).toEqual(["Wire E"]);
    expect(await outletsOf(a.db, "same-id")).toEqual(["Wire D"]);
    // And back: the writer's memory of A's story, still at A's version, is A's and not what it last wrote into B.
    await ingestArticles(a.db, [report("Wire F", "Tuesday", "same-id")]);
    expect(await outletsOf(a.db, "same-id")).toEqual(["Wire D", "Wire F"]);
    expect(await outletsOf(b.db, "same-id")).toEqual(["Wire E"]);
  });
});
