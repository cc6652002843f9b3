import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { distinctSentenceArticles } from "../../test/distinct-sentences";
import { failInserts } from "../../test/faults";
import { storyProblems } from "../../test/system/story-check";
import { createTempDb } from "../../test/temp-db";
import { COMMAND_LINE, type Actor } from "../editors/actor";
import { storyFlags } from "../editors/flags";
import { getAttributions, getClaimGroup, getStoryMatrix, type ClaimGroupPage } from "./data";
import {
  canonicalUrl,
  dismissFactRow,
  forgetRecentStories,
  ingestArticles,
  listOverrides,
  mergeGroups,
  ROW_WRITES,
  splitClaim,
  undoOverride,
} from "./mutations";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { IngestArticle } from "./schema";

const seed = JSON.parse(readFileSync("seeds/iran-syria-2018/bundle.json", "utf8")) as { articles: IngestArticle[] };
const story = { slug: "iran-syria-2018", title: "Iran and Syria sign military cooperation deal" };
const sixth: IngestArticle = {
  outlet: "Test Wire",
  url: "https://example.org/iran-syria?utm_source=feed",
  text: "Iranian Defence Minister Amir Hatami visited Damascus on Sunday for talks with Syrian President Bashar al-Assad. He signed a deal for military cooperation with his Syrian counterpart, the ministry said.",
  story: "iran-syria-2018",
};

describe("ingestArticles", () => {
  const t = createTempDb();
  const db = t.db;
  const counts = async () => ({
    articles: await db.article.count(),
    claims: await db.claim.count(),
    groups: await db.claimGroup.count(),
    members: await db.groupClaim.count(),
    discrepancies: await db.discrepancy.count(),
  });

  beforeAll(async () => {
    await ingestArticles(
      db,
      seed.articles.map((a) => ({ ...a, story })),
    );
  });
  afterAll(() => t.cleanup());

  it("stores the seed story with its analysis", async () => {
    const m = (await getStoryMatrix(db, "iran-syria-2018"))!;
    expect(m.articles.map((a) => a.label)).toEqual([
      "Source A",
      "Dispatches (Tehran/London)",
      "Source C",
      "Source D",
      "Source E",
    ]);
    const date = m.groups.find((g) => g.discrepancies.some((d) => d.kind === "date" && d.values.length === 3))!;
    expect(date.discrepancies[0]!.values.map((v) => v.value)).toEqual(["Saturday", "Sunday", "Monday"]);
    // Every value is located in the text of a claim it names.
    for (const v of date.discrepancies[0]!.values)
      for (const s of v.spans) {
        const cell = date.cells.find((c) => c.claimId === s.claim)!;
        expect(cell.text.slice(s.start - cell.start, s.end - cell.start)).toBe(v.value);
      }
  });

  it("stores what each discrepancy is about, how sure the analysis is and what it rests on", async () => {
    const m = (await getStoryMatrix(db, "iran-syria-2018"))!;
    const all = m.groups.flatMap((g) => g.discrepancies);
    expect(all.length).toBeGreaterThan(0);
    for (const d of all) {
      expect(d.subject, d.detail).toMatch(/\w/);
      expect(d.confidence, d.detail).toBeGreaterThan(0);
      expect(d.confidence, d.detail).toBeLessThanOrEqual(1);
      expect(Object.keys(d.basis?.signals ?? {}).length, d.detail).toBeGreaterThan(0);
    }
    const date = all.find((d) => d.kind === "date" && d.values.length === 3)!;
    expect(date.subject).toMatch(/^Date/);
    expect(date.basis?.signals.date).toBe(1);
  });

  it("stores each row's subject, as the analysis names it", async () => {
    const story = (await db.story.findUnique({ where: { slug: "iran-syria-2018" }, select: { id: true } }))!;
    const rows = await db.claimGroup.findMany({
      where: { storyId: story.id, status: "active" },
      select: { id: true, subject: true },
    });
    const analysis = await db.discrepancy.findMany({
      where: { group: { storyId: story.id, status: "active" } },
      select: { groupId: true, subject: true },
      orderBy: { order: "asc" },
    });
    // A row with a discrepancy is named after its first one.
    for (const d of analysis) expect(rows.find((r) => r.id === d.groupId)!.subject).toMatch(/\w/);
    expect(rows.filter((r) => r.subject).length).toBeGreaterThanOrEqual(new Set(analysis.map((d) => d.groupId)).size);
  });

  it("keeps each claim's attribution for the permalink", async () => {
    const claims = await db.claim.findMany({ where: { text: { contains: "Tasnim" } }, select: { id: true } });
    const credits = await getAttributions(
      db,
      claims.map((c) => c.id),
    );
    expect([...credits.values()].some((a) => a.channel?.text.includes("Tasnim"))).toBe(true);
  });

  it("is idempotent: the same text or the same canonical URL stores nothing", async () => {
    const before = await counts();
    const again = await ingestArticles(db, [{ ...seed.articles[2]!, text: `  ${seed.articles[2]!.text}\n` }]);
    expect(again[0]!.status).toBe("existing");
    expect(await counts()).toEqual(before);
  });

  it("keeps permalinks when a sixth article re-analyses the story", async () => {
    const before = (await getStoryMatrix(db, "iran-syria-2018"))!;
    const [r] = await ingestArticles(db, [sixth]);
    expect(r!.status).toBe("created");
    const after = (await getStoryMatrix(db, "iran-syria-2018"))!;
    expect(after.articles).toHaveLength(6);
    for (const g of before.groups) {
      const found = await getClaimGroup(db, g.id);
      expect(found, g.id).not.toBeNull();
      if (found && "redirect" in found) expect(after.groups.some((x) => x.id === found.redirect)).toBe(true);
    }
    const sameUrl = await ingestArticles(db, [
      { ...sixth, url: "https://www.example.org/iran-syria/", text: "A different text entirely about something." },
    ]);
    expect(sameUrl[0]).toMatchObject({ status: "existing", article: { id: r!.article.id } });
  });

  it("leaves the story as it was when storing the analysis fails, and a retry succeeds", async () => {
    const before = await counts();
    const matrix = await getStoryMatrix(db, "iran-syria-2018");
    const repair = await failInserts(db, t.url, "Discrepancy");
    const late: IngestArticle = {
      ...sixth,
      url: null,
      outlet: "Late Wire",
      text: "Hatami visited Damascus on Monday and met President Bashar al-Assad, the agency reported.",
    };
    await expect(ingestArticles(db, [late])).rejects.toThrow();
    expect(await counts()).toEqual(before);
    expect(await getStoryMatrix(db, "iran-syria-2018")).toEqual(matrix);
    await repair();
    expect((await ingestArticles(db, [late]))[0]!.status).toBe("created");
  });

  it("starts a new story for an unrelated article that names none", async () => {
    const [r] = await ingestArticles(db, [
      {
        text: "The city council approved a new budget for public libraries on Tuesday, adding three branches and longer opening hours.",
      },
    ]);
    expect(r!.story.slug).not.toBe("iran-syria-2018");
    expect(await db.story.count()).toBe(2);
  });
});

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

describe("writing only the rows that changed", () => {
  const editor: Actor = { id: "u-editor", label: "editor@example.org", role: "editor" };
  const more: IngestArticle[] = [
    { ...sixth, url: null },
    { outlet: "Copy Wire", text: seed.articles[3]!.text.replace("ranking", "senior"), story: story.slug },
    {
      outlet: "Late Wire",
      text: "Hatami visited Damascus on Monday and met President Bashar al-Assad, the agency reported. Syria will rebuild its army, he said.",
      story: story.slug,
    },
  ];

  /**
   * Every row of the story, redirects included, with its members and discrepancies, ids replaced by what they name
   * (article ids by position, claim ids by position and key, `aliases` for ids made at random): the two databases
   * must store the same.
   */
  async function dump(db: Db, aliases: Map<string, string>) {
    const articles = await db.article.findMany({
      where: { story: { slug: story.slug } },
      orderBy: { position: "asc" },
      select: {
        id: true,
        position: true,
        label: true,
        claims: { orderBy: { key: "asc" }, select: { id: true, key: true } },
      },
    });
    const names = new Map(aliases);
    for (const a of articles) {
      names.set(a.id, `article ${a.position}`);
      for (const c of a.claims) names.set(c.id, `claim ${a.position}/${c.key}`);
    }
    const groups = await db.claimGroup.findMany({
      where: { story: { slug: story.slug } },
      select: {
        id: true,
        kind: true,
        status: true,
        mergedIntoId: true,
        position: true,
        soleSource: true,
        coverage: true,
        subject: true,
        claims: { select: { claimId: true, start: true, end: true, text: true, order: true } },
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
    const named = JSON.parse(JSON.stringify({ articles, groups }), (_, v: unknown) =>
      typeof v === "string" ? (names.get(v) ?? v) : v,
    ) as {
      articles: unknown[];
      groups: Array<{
        id: string;
        position: number | null;
        subject: string | null;
        claims: Array<{ claimId: string }>;
      }>;
    };
    for (const g of named.groups) g.claims.sort((a, b) => (a.claimId < b.claimId ? -1 : 1));
    named.groups.sort((a, b) => (a.id < b.id ? -1 : 1));
    return named;
  }

  afterAll(() => {
    ROW_WRITES.updateMembers = 50;
  });

  // With 0, every row whose columns changed is updated in place rather than written anew.
  it.each([50, 0])(
    "stores what replacing every row stores, through new articles and editors' decisions (rows of over %i members updated in place)",
    async (updateMembers) => {
      ROW_WRITES.updateMembers = updateMembers;
      // The same steps on two databases: on the first the writer remembers what it wrote and writes the difference;
      // on the second the story's version moves before each step, as when another process writes, so the writer reads
      // the story in full and replaces every row.
      const runs = [createTempDb(), createTempDb()];
      const aliases = runs.map(() => new Map<string, string>());
      const rowsWithClaims = (db: Db) =>
        db.claimGroup.findMany({
          where: { status: "active", kind: "claim", story: { slug: story.slug } },
          orderBy: { position: "asc" },
          select: { id: true, claims: { orderBy: { order: "asc" }, select: { claimId: true } } },
        });
      const steps: Array<[string, (db: Db, run: number) => Promise<unknown>]> = [
        ...seed.articles.map((a, n): [string, (db: Db) => Promise<unknown>] => [
          `seed article ${n}`,
          (db) => ingestArticles(db, [{ ...a, story }]),
        ]),
        [
          "a merge",
          async (db, run) => {
            const multi = (await rowsWithClaims(db)).filter((r) => r.claims.length >= 3);
            const r = await mergeGroups(db, editor, { sourceGroupId: multi[1]!.id, targetGroupId: multi[0]!.id });
            aliases[run]!.set(r.overrideId, "the merge");
          },
        ],
        ["an article", (db) => ingestArticles(db, [more[0]!])],
        [
          "a split",
          async (db, run) => {
            const row = (await rowsWithClaims(db)).filter((r) => r.claims.length >= 3)[1]!;
            const r = await splitClaim(db, editor, { groupId: row.id, claimId: row.claims[1]!.claimId });
            aliases[run]!.set(r.groupId, "the split row").set(r.overrideId, "the split");
          },
        ],
        ["a reprint", (db) => ingestArticles(db, [more[1]!])],
        [
          "undoing the merge",
          (db, run) =>
            undoOverride(db, editor, { overrideId: [...aliases[run]!].find(([, v]) => v === "the merge")![0] }),
        ],
        ["a late article", (db) => ingestArticles(db, [more[2]!])],
        [
          "undoing the split",
          (db, run) =>
            undoOverride(db, editor, { overrideId: [...aliases[run]!].find(([, v]) => v === "the split")![0] }),
        ],
      ];
      try {
        for (const { db } of runs)
          await db.user.create({ data: { id: editor.id!, name: "Ed Itor", email: editor.label, role: "editor" } });
        let redirects = 0;
        let subjects = 0;
        for (const [step, run] of steps) {
          await run(runs[0]!.db, 0);
          await runs[1]!.db.story.updateMany({ where: { slug: story.slug }, data: { version: { increment: 1 } } });
          await run(runs[1]!.db, 1);
          const [remembered, replaced] = [await dump(runs[0]!.db, aliases[0]!), await dump(runs[1]!.db, aliases[1]!)];
          expect(remembered, step).toEqual(replaced);
          redirects = replaced.groups.filter((g) => g.position === null).length;
          subjects = replaced.groups.filter((g) => g.subject !== null).length;
        }
        // The steps did move rows about: some rows became redirects on the way.
        expect(redirects).toBeGreaterThan(0);
        // Rows' subjects are stored (so compared above), not left null.
        expect(subjects).toBeGreaterThan(0);
      } finally {
        for (const r of runs) await r.cleanup();
      }
    },
  );
});

describe("dismissing a fact row", () => {
  const t = createTempDb();
  const db = t.db;
  const editor: Actor = { id: "u-editor", label: "editor@example.org", role: "editor" };
  const factRows = () =>
    db.claimGroup.findMany({
      where: { status: "active", kind: "fact", story: { slug: story.slug } },
      select: { id: true, discrepancies: { select: { subject: true } } },
    });
  const conflicts = async () => (await db.story.findUniqueOrThrow({ where: { slug: story.slug } })).summary;
  let row: string;

  beforeAll(async () => {
    await ingestArticles(
      db,
      seed.articles.map((a) => ({ ...a, story })),
    );
    await db.user.create({ data: { id: editor.id!, name: "Ed Itor", email: editor.label, role: "editor" } });
    // The seed's fact row setting a "seven-year-long" war against one "in its eight year".
    row = (await factRows()).find((r) => r.discrepancies.some((d) => /years/.test(d.subject ?? "")))!.id;
  });
  afterAll(() => t.cleanup());

  it("refuses a claim row: its conflict is dismissed by a verdict, not by dropping the row", async () => {
    const claim = await db.claimGroup.findFirstOrThrow({ where: { status: "active", kind: "claim" } });
    await expect(dismissFactRow(db, editor, { groupId: claim.id })).rejects.toMatchObject({ status: 422 });
  });

  it("leaves the row out of the story, its permalink and its flags with it", async () => {
    const story0 = await db.story.findUniqueOrThrow({ where: { slug: story.slug } });
    // A verdict on the fact row must not become the verdict of a claim row once the fact row is gone.
    await db.flag.create({
      data: {
        storyId: story0.id,
        groupId: row,
        reason: "not-a-contradiction",
        status: "resolved",
        createdById: editor.id!,
      },
    });
    const before = (await conflicts()) as { discrepancies: number };
    const r = await dismissFactRow(db, editor, { groupId: row });
    expect(r.storySlug).toBe(story.slug);
    expect(await db.claimGroup.findUniqueOrThrow({ where: { id: r.groupId } })).toMatchObject({
      status: "active",
      kind: "claim",
    });
    expect((await factRows()).map((f) => f.id)).not.toContain(row);
    expect(await db.claimGroup.findUniqueOrThrow({ where: { id: row } })).toMatchObject({
      status: "gone",
      mergedIntoId: null,
    });
    expect(await getClaimGroup(db, row)).toEqual({ redirect: null });
    expect(((await conflicts()) as { discrepancies: number }).discrepancies).toBe(before.discrepancies - 1);
    expect([...(await storyFlags(db, story0.id)).keys()]).not.toContain(r.groupId);
    const events = await db.auditEvent.findMany({ where: { action: "group.dismiss" } });
    expect(events.map((e) => e.subjectId)).toEqual([r.overrideId]);
  });

  it("holds when an article arrives, and an undo builds the row again under its id", async () => {
    const more: IngestArticle = { ...sixth, url: "https://example.org/dismissal-sixth" };
    expect((await ingestArticles(db, [more]))[0]!.status).toBe("created");
    expect((await factRows()).map((f) => f.id)).not.toContain(row);
    const [decision] = await listOverrides(db, (await db.story.findUniqueOrThrow({ where: { slug: story.slug } })).id);
    expect(decision).toMatchObject({ kind: "dismiss", groupId: row, undoneAt: null });
    await undoOverride(db, editor, { overrideId: decision!.id });
    const back = (await factRows()).find((f) => f.id === row);
    expect(back?.discrepancies.map((d) => d.subject)).toEqual([expect.stringMatching(/years/)]);
  });
});

describe("taking a statement out of a fact row", () => {
  const t = createTempDb();
  const db = t.db;
  const editor: Actor = { id: "u-editor", label: "editor@example.org", role: "editor" };
  const slug = "port-blast";
  const blast: IngestArticle[] = [
    "The blast killed at least 12 people in the market, police said.",
    "The death toll from the market blast rose to 15, officials said.",
    "A dozen people were killed in the market blast, police said.",
    "Twenty people died in the market blast on Tuesday, a hospital said.",
  ].map((text, i) => ({ outlet: `Wire ${i + 1}`, url: `https://example.org/blast-${i + 1}`, text }));
  const rows = () =>
    db.claimGroup.findMany({
      where: { status: "active", story: { slug } },
      select: {
        id: true,
        kind: true,
        claims: { orderBy: { order: "asc" }, select: { claimId: true } },
        discrepancies: { select: { values: true } },
      },
    });
  const values = (r: Awaited<ReturnType<typeof rows>>[number]) =>
    r.discrepancies.flatMap((d) => (d.values as Array<{ value: string }>).map((v) => v.value));
  const claimOf = async (outlet: string) =>
    (await db.claim.findFirstOrThrow({ where: { article: { outlet: { name: outlet } } }, select: { id: true } })).id;
  let fact: string;

  beforeAll(async () => {
    await ingestArticles(
      db,
      blast.map((a) => ({ ...a, story: { slug, title: "Port blast" } })),
    );
    await db.user.create({ data: { id: editor.id!, name: "Ed Itor", email: editor.label, role: "editor" } });
    // Each toll in a row of its own, but the two of 12: the toll is then a fact row across rows.
    for (const outlet of ["Wire 2", "Wire 4"]) {
      const claimId = await claimOf(outlet);
      const row = (await rows()).find((r) => r.kind === "claim" && r.claims.some((c) => c.claimId === claimId))!;
      await splitClaim(db, editor, { groupId: row.id, claimId });
    }
    fact = (await rows()).find((r) => r.kind === "fact")!.id;
  });
  afterAll(() => t.cleanup());

  it("refuses a claim that is not in the row, and a merge into a fact row", async () => {
    await expect(splitClaim(db, editor, { groupId: fact, claimId: "c-not-in-this-row" })).rejects.toMatchObject({
      status: 422,
    });
    const claim = (await rows()).find((r) => r.kind === "claim")!;
    await expect(mergeGroups(db, editor, { sourceGroupId: claim.id, targetGroupId: fact })).rejects.toMatchObject({
      status: 422,
    });
  });

  it("builds the fact from the other statements, keeps the statement in its claim row, and audits it", async () => {
    const before = (await rows()).find((r) => r.id === fact)!;
    expect(values(before)).toContain("15");
    const claimId = await claimOf("Wire 2");
    const r = await splitClaim(db, editor, { groupId: fact, claimId });
    expect(r.groupId).toBe(fact);
    const after = (await rows()).find((x) => x.id === fact)!;
    expect(after.claims.map((c) => c.claimId)).not.toContain(claimId);
    expect(after.claims).toHaveLength(before.claims.length - 1);
    expect(values(after)).not.toContain("15");
    // Twenty still against twelve: the fact still disagrees without the fifteen.
    expect(values(after).some((v) => /twenty/i.test(v))).toBe(true);
    // The statement is still the claim row it was.
    expect((await rows()).some((x) => x.kind === "claim" && x.claims.some((c) => c.claimId === claimId))).toBe(true);
    const [decision] = await listOverrides(db, (await db.story.findUniqueOrThrow({ where: { slug } })).id);
    expect(decision).toMatchObject({ kind: "leave", groupId: fact, measure: "n:dead", undoneAt: null });
    expect((await db.auditEvent.findMany({ where: { action: "group.leave" } })).map((e) => e.subjectId)).toEqual([
      r.overrideId,
    ]);
  });

  it("holds when an article arrives, and an undo puts the statement back", async () => {
    const claimId = await claimOf("Wire 2");
    const more: IngestArticle = {
      outlet: "Wire 5",
      url: "https://example.org/blast-5",
      text: "Officials said 12 people were killed in the blast at the market.",
      story: slug,
    };
    expect((await ingestArticles(db, [more]))[0]!.status).toBe("created");
    const held = (await rows()).filter((x) => x.kind === "fact");
    expect(held.flatMap((x) => x.claims.map((c) => c.claimId))).not.toContain(claimId);
    expect(held.flatMap(values)).not.toContain("15");
    const decision = (await listOverrides(db, (await db.story.findUniqueOrThrow({ where: { slug } })).id)).find(
      (o) => o.kind === "leave",
    )!;
    await undoOverride(db, editor, { overrideId: decision.id });
    const back = (await rows()).find((x) => x.id === fact)!;
    expect(back.claims.map((c) => c.claimId)).toContain(claimId);
    expect(values(back)).toContain("15");
  });

  it("drops the row when the statements left agree", async () => {
    const claimId = await claimOf("Wire 4");
    const wire2 = await claimOf("Wire 2");
    await splitClaim(db, editor, { groupId: fact, claimId: wire2 });
    const r = await splitClaim(db, editor, { groupId: fact, claimId });
    // Only 12s are left: no fact row to show, so the editor lands on the statement's claim row.
    expect((await rows()).filter((x) => x.discrepancies.length)).toEqual([]);
    expect((await rows()).find((x) => x.id === r.groupId)?.claims.map((c) => c.claimId)).toContain(claimId);
  });
});

describe("canonicalUrl", () => {
  it("drops tracking parameters, fragments, www and trailing slashes", () => {
    expect(canonicalUrl("http://www.Example.org/a/?utm_source=x&b=2&a=1#top")).toBe("https://example.org/a?a=1&b=2");
    expect(canonicalUrl(null)).toBeNull();
  });
});

describe("editors' grouping decisions", () => {
  const t = createTempDb();
  const db = t.db;
  const editor: Actor = { id: "u-editor", label: "editor@example.org", role: "editor" };
  // A reprint of the fourth seed article with one word changed: its claims join the existing rows.
  const copy = (n: number): IngestArticle => ({
    outlet: `Copy Wire ${n}`,
    url: `https://example.org/copy-${n}`,
    text: seed.articles[3]!.text.replace("ranking", n === 1 ? "senior" : "high-level"),
    story: story.slug,
  });
  const claimRows = () =>
    db.claimGroup.findMany({
      where: { status: "active", kind: "claim", story: { slug: story.slug } },
      orderBy: { position: "asc" },
      select: { id: true, claims: { orderBy: { order: "asc" }, select: { claimId: true } } },
    });
  const rowOf = async (claimId: string) => {
    const row = (await claimRows()).find((r) => r.claims.some((c) => c.claimId === claimId))!;
    return { id: row.id, claims: row.claims.map((c) => c.claimId) };
  };
  const status = (id: string) =>
    db.claimGroup.findUniqueOrThrow({ where: { id }, select: { status: true, mergedIntoId: true } });
  const audited = (action: string) =>
    db.auditEvent.findMany({ where: { action }, select: { actorId: true, subjectId: true } });
  const counts = async () => ({
    overrides: await db.groupOverride.count(),
    events: await db.auditEvent.count(),
    groups: await db.claimGroup.count(),
    members: await db.groupClaim.count(),
    version: (await db.story.findUniqueOrThrow({ where: { slug: story.slug } })).version,
  });
  // The rows the decisions are taken on, chosen once from the seed's analysis.
  let source: { id: string; claims: string[] };
  let target: { id: string; claims: string[] };
  let split: { id: string; claims: string[] };
  const decisions: Record<string, string> = {};

  beforeAll(async () => {
    await ingestArticles(
      db,
      seed.articles.map((a) => ({ ...a, story })),
    );
    await db.user.create({ data: { id: editor.id!, name: "Ed Itor", email: editor.label, role: "editor" } });
    // Another story, whose rows no decision on this one may name.
    await ingestArticles(db, [
      { text: "The city council approved a new budget for public libraries on Tuesday, adding three branches." },
    ]);
    const rows = (await claimRows()).map((r) => ({ id: r.id, claims: r.claims.map((c) => c.claimId) }));
    const multi = rows.filter((r) => r.claims.length >= 3);
    [target, source, split] = [multi[0]!, multi[1]!, multi[2]!];
  });
  afterAll(() => t.cleanup());

  it("merges a row into another: one row under the target's id, the source's id redirects there", async () => {
    // The target's permalink as read before the merge (getClaimGroup keeps it until the story's version moves).
    expect(((await getClaimGroup(db, target.id)) as ClaimGroupPage).rowIds).toEqual([target.id]);
    const r = await mergeGroups(db, editor, { sourceGroupId: source.id, targetGroupId: target.id });
    decisions.merge = r.overrideId;
    expect(r).toMatchObject({ storySlug: story.slug, groupId: target.id });
    const merged = await rowOf(source.claims[0]!);
    expect(merged.id).toBe(target.id);
    expect(merged.claims).toEqual(expect.arrayContaining([...source.claims, ...target.claims]));
    expect(await status(source.id)).toEqual({ status: "merged", mergedIntoId: target.id });
    expect(await getClaimGroup(db, source.id)).toEqual({ redirect: target.id });
    // …and after it, the merged row: the source's claims among its cells, its id among the rows whose flags it shows.
    const page = (await getClaimGroup(db, target.id)) as ClaimGroupPage;
    expect(page.group.cells.map((c) => c.claimId)).toEqual(expect.arrayContaining(source.claims));
    expect(page.rowIds[0]).toBe(target.id);
    expect(page.rowIds).toContain(source.id);
    expect(await audited("group.merge")).toEqual([{ actorId: editor.id, subjectId: r.overrideId }]);
  });

  it("keeps the merge and its ids when an article arrives", async () => {
    const before = (await claimRows()).map((r) => r.id);
    expect((await ingestArticles(db, [copy(1)]))[0]!.status).toBe("created");
    // The new analysis may align other claims differently; the decision's claims stay together, joined by the copy's.
    const merged = await rowOf(source.claims[0]!);
    expect(merged.id).toBe(target.id);
    expect(merged.claims).toContain(target.claims[0]);
    const copied = await db.claim.findMany({ where: { article: { url: copy(1).url } }, select: { id: true } });
    expect(copied.filter((c) => merged.claims.includes(c.id)).length).toBeGreaterThanOrEqual(2);
    expect((await claimRows()).map((r) => r.id)).toEqual(expect.arrayContaining(before));
    expect(await status(source.id)).toEqual({ status: "merged", mergedIntoId: target.id });
  });

  it("splits a claim into a row of its own, which survives another article", async () => {
    // The row's first claim: the analysis names a row after it, so alone it would take the row's id but for the pin.
    const claim = split.claims[0]!;
    const r = await splitClaim(db, editor, { groupId: split.id, claimId: claim });
    decisions.split = r.overrideId;
    expect(r.groupId).toMatch(/^s/);
    expect(await rowOf(claim)).toEqual({ id: r.groupId, claims: [claim] });
    const rest = await rowOf(split.claims[1]!);
    expect(rest.id).toBe(split.id);
    expect(rest.claims).not.toContain(claim);
    await ingestArticles(db, [copy(2)]);
    expect(await rowOf(claim)).toEqual({ id: r.groupId, claims: [claim] });
    expect((await rowOf(split.claims[1]!)).id).toBe(split.id);
    expect((await rowOf(source.claims[0]!)).id).toBe(target.id);
    expect(await audited("group.split")).toEqual([{ actorId: editor.id, subjectId: r.overrideId }]);
  });

  it("lists the decisions newest first with their editor and claims", async () => {
    const storyId = (await db.story.findUniqueOrThrow({ where: { slug: story.slug } })).id;
    const list = await listOverrides(db, storyId);
    expect(list.map((o) => [o.id, o.kind, o.createdBy.email, o.undoneAt])).toEqual([
      [decisions.split, "split", editor.label, null],
      [decisions.merge, "merge", editor.label, null],
    ]);
    expect(list[1]!.claim?.id).toBe(source.claims[0]);
    expect(list[1]!.targetClaim?.id).toBe(target.claims[0]);
    expect(list[0]!.claim?.text.length).toBeGreaterThan(0);
  });

  it("undoes the merge: two rows again, the source's id active once more", async () => {
    const r = await undoOverride(db, editor, { overrideId: decisions.merge });
    expect(r.groupId).toBe(source.id);
    expect((await rowOf(source.claims[0]!)).id).toBe(source.id);
    expect((await rowOf(target.claims[0]!)).id).toBe(target.id);
    expect((await rowOf(source.claims[0]!)).claims).not.toContain(target.claims[0]);
    expect(await status(source.id)).toEqual({ status: "active", mergedIntoId: null });
    // The split made before is still applied.
    expect((await rowOf(split.claims[0]!)).claims).toEqual([split.claims[0]]);
  });

  it("gives a merged-away row its id back on undo though the analysis now names it otherwise", async () => {
    // Without its first claim (split off above) the row's analysis id is another than the one it carries.
    const { overrideId } = await mergeGroups(db, editor, { sourceGroupId: split.id, targetGroupId: target.id });
    expect((await rowOf(split.claims[1]!)).id).toBe(target.id);
    await undoOverride(db, editor, { overrideId });
    expect((await rowOf(split.claims[1]!)).id).toBe(split.id);
    expect((await rowOf(target.claims[0]!)).id).toBe(target.id);
  });

  it("undoes the split: the claim is back in its row, its own row redirects there", async () => {
    const own = (await rowOf(split.claims[0]!)).id;
    await undoOverride(db, editor, decisions.split!);
    const row = await rowOf(split.claims[0]!);
    expect(row.id).toBe(split.id);
    expect(row.claims).toEqual(expect.arrayContaining(split.claims));
    expect(await status(own)).toEqual({ status: "merged", mergedIntoId: split.id });
    expect((await audited("group.undo")).map((e) => e.subjectId)).toEqual([
      decisions.merge,
      expect.any(String),
      decisions.split,
    ]);
    const undone = await db.groupOverride.findMany({ select: { undoneAt: true, undoneById: true } });
    for (const o of undone) expect(o).toMatchObject({ undoneAt: expect.any(Date), undoneById: editor.id });
  });

  it.each([
    ["a row into itself", () => mergeGroups(db, editor, { sourceGroupId: target.id, targetGroupId: target.id }), 422],
    [
      "an unknown source row",
      () => mergeGroups(db, editor, { sourceGroupId: "g-nope", targetGroupId: target.id }),
      404,
    ],
    [
      "an unknown target row",
      () => mergeGroups(db, editor, { sourceGroupId: source.id, targetGroupId: "g-nope" }),
      404,
    ],
    [
      "a row merged away",
      async () =>
        mergeGroups(db, editor, {
          sourceGroupId: (await db.claimGroup.findFirstOrThrow({ where: { status: "merged" } })).id,
          targetGroupId: target.id,
        }),
      409,
    ],
    [
      "a fact row",
      async () =>
        mergeGroups(db, editor, {
          sourceGroupId: (await db.claimGroup.findFirstOrThrow({ where: { kind: "fact", status: "active" } })).id,
          targetGroupId: target.id,
        }),
      422,
    ],
    [
      "a row of another story",
      async () =>
        mergeGroups(db, editor, {
          sourceGroupId: source.id,
          targetGroupId: (await db.claimGroup.findFirstOrThrow({ where: { story: { slug: { not: story.slug } } } })).id,
        }),
      422,
    ],
    ["no input", () => mergeGroups(db, editor, {}), 422],
    [
      "the command line, which has no account",
      () => mergeGroups(db, COMMAND_LINE, { sourceGroupId: source.id, targetGroupId: target.id }),
      422,
    ],
    ["a claim not in the row", () => splitClaim(db, editor, { groupId: source.id, claimId: target.claims[0] }), 422],
    [
      "a claim alone in its row",
      async () => {
        const lone = (await claimRows()).find((r) => r.claims.length === 1)!;
        return splitClaim(db, editor, { groupId: lone.id, claimId: lone.claims[0]!.claimId });
      },
      409,
    ],
    ["an unknown decision", () => undoOverride(db, editor, { overrideId: "nope" }), 404],
    ["a decision undone already", () => undoOverride(db, editor, { overrideId: decisions.merge }), 409],
  ] as const)("refuses %s and writes nothing", async (_name, act, code) => {
    const before = await counts();
    await expect(act()).rejects.toMatchObject({ name: "ClientError", status: code });
    expect(await counts()).toEqual(before);
  });
});

// Hardening finding 2: on SQLite Prisma caps a statement at 999 parameters, and the writes listed every row id in
// one. Each step is a way a story's rows get written; each wrote more than 999 ids in one statement before.
describe("a story of more than a thousand rows", () => {
  const t = createTempDb();
  const db = t.db;
  const editor: Actor = { id: "u-large", label: "large@example.org", role: "editor" };
  const large = { slug: "large-story", title: "Large story" };
  const SENTENCES = 350;
  const [first, second] = [0, 1].map((n) =>
    distinctSentenceArticles(3, SENTENCES, `https://large.example/${n}`, n * 5 * 3 * SENTENCES).map((a) => ({
      ...a,
      story: large,
    })),
  );
  const late = distinctSentenceArticles(1, 10, "https://large.example/late", 99 * 5 * 3 * SENTENCES)[0]!;
  const activeRows = () =>
    db.claimGroup.findMany({
      where: { status: "active", story: { slug: large.slug } },
      orderBy: { position: "asc" },
      select: { id: true },
    });
  let merge = "";
  let rows: Array<{ id: string }> = [];

  beforeAll(async () => {
    await db.user.create({ data: { id: editor.id!, name: "Large Editor", email: editor.label, role: "editor" } });
  });
  afterAll(() => t.cleanup());

  const steps: Array<{ name: string; restart: boolean; write: () => Promise<unknown>; rows: number }> = [
    {
      name: "a new story of three articles in one request (its first write)",
      restart: false,
      write: () => ingestArticles(db, first!),
      rows: 3 * SENTENCES,
    },
    {
      name: "three more in one request, from the writer's memory",
      restart: false,
      write: () => ingestArticles(db, second!),
      rows: 6 * SENTENCES,
    },
    {
      name: "an article after a restart (the story read back, every row replaced)",
      restart: true,
      write: () => ingestArticles(db, [{ ...late, story: large }]),
      rows: 6 * SENTENCES + 10,
    },
    {
      name: "an editor's merge after a restart",
      restart: true,
      write: async () => {
        rows = await activeRows();
        merge = (await mergeGroups(db, editor, { sourceGroupId: rows[0]!.id, targetGroupId: rows[1]!.id })).overrideId;
      },
      rows: 6 * SENTENCES + 9,
    },
    {
      name: "undoing the merge after a restart",
      restart: true,
      write: () => undoOverride(db, editor, merge),
      rows: 6 * SENTENCES + 10,
    },
  ];
  for (const s of steps)
    it(`writes ${s.name}`, { timeout: 60_000 }, async () => {
      if (s.restart) forgetRecentStories();
      await s.write();
      expect(await activeRows()).toHaveLength(s.rows);
    });

  it("holds the analysis of its articles, every row id kept", async () => {
    const story = await db.story.findUniqueOrThrow({ where: { slug: large.slug }, select: { id: true } });
    expect(await storyProblems(db, story.id)).toEqual([]);
    expect(rows).toHaveLength(6 * SENTENCES + 10);
    expect(new Set((await activeRows()).map((r) => r.id))).toEqual(new Set(rows.map((r) => r.id)));
  });
});
