import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb } from "../../../test/temp-db";
import type { Actor } from "../../editors/actor";
import { storyFlags } from "../../editors/flags";
import { getClaimGroup } from "../data";
import type { IngestArticle } from "../schema";
import { dismissFactRow, mergeGroups, splitClaim } from "./grouping";
import { ingestArticles } from "./ingest";
import { listOverrides, undoOverride } from "./undo-decision";

const seed = JSON.parse(readFileSync("seeds/iran-syria-2018/bundle.json", "utf8")) as { articles: IngestArticle[] };
const story = { slug: "iran-syria-2018", title: "Iran and Syria sign military cooperation deal" };
const sixth: IngestArticle = {
  outlet: "Test Wire",
  url: "https://example.org/iran-syria?utm_source=feed",
  text: "Iranian Defence Minister Amir Hatami visited Damascus on Sunday for talks with Syrian President Bashar al-Assad. He signed a deal for military cooperation with his Syrian counterpart, the ministry said.",
  story: "iran-syria-2018",
};

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
