import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb } from "../../../test/temp-db";
import { COMMAND_LINE, type Actor } from "../../editors/actor";
import { getClaimGroup, type ClaimGroupPage } from "../data";
import type { IngestArticle } from "../schema";
import { mergeGroups, splitClaim } from "./grouping";
import { ingestArticles } from "./ingest";
import { listOverrides, undoOverride } from "./undo-decision";

const seed = JSON.parse(readFileSync("seeds/iran-syria-2018/bundle.json", "utf8")) as { articles: IngestArticle[] };
const story = { slug: "iran-syria-2018", title: "Iran and Syria sign military cooperation deal" };

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
