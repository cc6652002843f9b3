import { z } from "zod";
import { storable } from "../analysis/schema";
import type { Db } from "../db";
import { inChunks } from "../db-chunks";
import { ClientError, parseInput } from "../errors";
import { coverageSchema, storedValue } from "../stories/json";
import { verdictOfFlags } from "../stories/verdicts";
import type { Actor } from "./actor";
import { audit } from "./audit";
import {
  FLAG_REASONS,
  FLAG_STATUSES,
  type FlagMark,
  type FlagReason,
  type FlagStatus,
  type GroupFlags,
} from "./flag-labels";

export * from "./flag-labels";

// Every string is checked with `storable`: a NUL would be stored on SQLite and refused by PostgreSQL, an unpaired
// surrogate refused by Prisma on both (a server action's arguments are JSON a client can write by hand).
const note = z
  .string()
  .trim()
  .max(4000, "at most 4,000 characters")
  .check(...storable)
  .optional()
  .transform((n) => n || null);

export const openFlagSchema = z.object({
  groupId: z
    .string()
    .min(1, "which row?")
    .max(100)
    .check(...storable),
  /** One outlet's cell of the row; absent: the whole row. */
  articleId: z
    .string()
    .min(1)
    .max(100)
    .check(...storable)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  reason: z.enum(FLAG_REASONS, "choose a reason"),
  note,
});

export const updateFlagSchema = z.object({
  flagId: z
    .string()
    .min(1, "which flag?")
    .max(100)
    .check(...storable),
  status: z.enum(FLAG_STATUSES, "choose a status"),
  note,
});

/** The row a (possibly merged-away) group id names now: a merged row's flags follow its claims. */
async function currentGroup(db: Db, id: string) {
  const row = await db.claimGroup.findUnique({
    where: { id },
    select: { id: true, status: true, mergedIntoId: true, storyId: true, coverage: true },
  });
  if (row?.status === "merged" && row.mergedIntoId) return currentGroup(db, row.mergedIntoId);
  return row?.status === "active" ? row : null;
}

export async function openFlag(db: Db, actor: Actor, input: unknown) {
  const { groupId, articleId, reason, note } = parseInput(openFlagSchema, input, "flag");
  const group = await currentGroup(db, groupId);
  if (!group) throw new ClientError(404, "no such claim row");
  const coverage = storedValue(coverageSchema, group.coverage, {
    table: "ClaimGroup",
    column: "coverage",
    id: group.id,
  });
  if (articleId && !coverage.articles.includes(articleId)) {
    throw new ClientError(422, "that outlet does not carry this claim", {
      articleId: ["that outlet does not carry this claim"],
    });
  }
  return db.$transaction(async (tx) => {
    const flag = await tx.flag.create({
      data: {
        storyId: group.storyId,
        groupId: group.id,
        articleId: articleId ?? null,
        reason,
        createdById: actor.id!,
        events: { create: { actorId: actor.id!, action: "opened", status: "open", reason, note } },
      },
      select: { id: true, groupId: true, story: { select: { slug: true } } },
    });
    await audit(
      tx,
      actor,
      "flag.open",
      { type: "flag", id: flag.id },
      { groupId: group.id, articleId: articleId ?? null, reason },
    );
    return { id: flag.id, groupId: flag.groupId, storySlug: flag.story.slug };
  });
}

/** A status change, or a note on the same status; either way one more step in the flag's history. */
export async function updateFlag(db: Db, actor: Actor, input: unknown) {
  const { flagId, status, note } = parseInput(updateFlagSchema, input, "change");
  const flag = await db.flag.findUnique({
    where: { id: flagId },
    select: { status: true, reason: true, groupId: true, story: { select: { slug: true } } },
  });
  if (!flag) throw new ClientError(404, "no such flag");
  if (flag.status === status && !note)
    throw new ClientError(422, "nothing to change: choose another status or write a note", {
      note: ["write a note or change the status"],
    });
  const action = flag.status === status ? "note" : "status";
  await db.$transaction(async (tx) => {
    await tx.flag.update({
      where: { id: flagId },
      data: { status, events: { create: { actorId: actor.id!, action, status, reason: flag.reason, note } } },
    });
    await audit(
      tx,
      actor,
      action === "note" ? "flag.note" : "flag.status",
      { type: "flag", id: flagId },
      { from: flag.status, to: status },
    );
  });
  return { id: flagId, groupId: flag.groupId, storySlug: flag.story.slug };
}

/** Group ids that now stand for `ids`: each id itself, or the row it was merged into. */
async function redirects(db: Db, ids: string[]): Promise<Map<string, string>> {
  const merged = (
    await inChunks(ids, (some) =>
      db.claimGroup.findMany({
        where: { id: { in: some }, status: "merged" },
        select: { id: true, mergedIntoId: true },
      }),
    )
  ).flat();
  return new Map(merged.filter((m) => m.mergedIntoId).map((m) => [m.id, m.mergedIntoId!]));
}

const reasonSchema = z.enum(FLAG_REASONS);
const statusSchema = z.enum(FLAG_STATUSES);

/** A flag row's reason and status, checked: they are columns of text, and only these actions write them. */
function storedMark(f: { id: string; reason: string; status: string }): { reason: FlagReason; status: FlagStatus } {
  return {
    reason: storedValue(reasonSchema, f.reason, { table: "Flag", column: "reason", id: f.id }),
    status: storedValue(statusSchema, f.status, { table: "Flag", column: "status", id: f.id }),
  };
}

/** Every flag of a story by the row it sits on now; for the matrix. Public: reasons and statuses, no notes. */
export async function storyFlags(db: Db, storyId: string): Promise<Map<string, GroupFlags>> {
  const flags = await db.flag.findMany({
    where: { storyId },
    orderBy: { createdAt: "desc" },
    select: { id: true, groupId: true, articleId: true, reason: true, status: true, updatedAt: true },
  });
  const to = await redirects(db, [...new Set(flags.map((f) => f.groupId))]);
  const out = new Map<string, GroupFlags>();
  for (const f of flags) {
    const gid = to.get(f.groupId) ?? f.groupId;
    const entry: GroupFlags = out.get(gid) ?? { row: [], cells: new Map() };
    const mark: FlagMark = {
      id: f.id,
      ...storedMark(f),
      articleId: f.articleId,
      updatedAt: f.updatedAt,
    };
    if (f.articleId) entry.cells.set(f.articleId, [...(entry.cells.get(f.articleId) ?? []), mark]);
    else entry.row.push(mark);
    out.set(gid, entry);
  }
  return out;
}

const publicFlag = { id: true, articleId: true, reason: true, status: true, createdAt: true, updatedAt: true } as const;

/** Flags read in slices (a row's redirects grow with the story), put in the order one read would have given. */
const newestFirst = <T extends { createdAt: Date }>(flags: T[]) =>
  flags.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());

/** Flags on one row, and on rows merged into it (their flags followed their claims). */
async function rowIds(db: Db, groupId: string): Promise<string[]> {
  const mergedHere = await db.claimGroup.findMany({ where: { mergedIntoId: groupId }, select: { id: true } });
  return [groupId, ...mergedHere.map((m) => m.id)];
}

/** What a reader sees of the flags on a row, newest first: reason, status and when. No notes, no names. */
export async function publicGroupFlags(db: Db, groupId: string) {
  return publicRowFlags(db, await rowIds(db, groupId));
}

/**
 * publicGroupFlags for a row whose merged rows are known: `ids` is the row's id and those of the rows merged into it
 * (lib/stories/data.ts ClaimGroupPage.rowIds, read with the row).
 */
export async function publicRowFlags(db: Db, ids: string[]) {
  const flags = newestFirst(
    (await inChunks(ids, (some) => db.flag.findMany({ where: { groupId: { in: some } }, select: publicFlag }))).flat(),
  );
  return flags.map((f) => ({ ...f, ...storedMark(f) }));
}

/** What an editor sees: also who flagged, and the whole history with its notes. Only ever call it for an editor. */
export async function editorGroupFlags(db: Db, groupId: string) {
  const read = (some: string[]) =>
    db.flag.findMany({
      where: { groupId: { in: some } },
      select: {
        ...publicFlag,
        createdBy: { select: { name: true, email: true } },
        events: {
          orderBy: { at: "asc" },
          select: {
            id: true,
            action: true,
            status: true,
            note: true,
            at: true,
            actor: { select: { name: true, email: true } },
          },
        },
      },
    });
  const flags = newestFirst((await inChunks(await rowIds(db, groupId), read)).flat());
  return flags.map((f) => ({ ...f, ...storedMark(f) }));
}

export const reviewFiltersSchema = z.object({
  status: z.enum(FLAG_STATUSES).catch("open").default("open"),
  reason: z.enum(FLAG_REASONS).optional().catch(undefined),
  story: z
    .string()
    .max(200)
    .check(...storable)
    .optional()
    .catch(undefined),
  editor: z
    .string()
    .max(100)
    .check(...storable)
    .optional()
    .catch(undefined),
});
export type ReviewFilters = z.infer<typeof reviewFiltersSchema>;

/** The review queue: flags across stories, newest first, with the row's claim as the story's first outlet says it. */
export async function reviewQueue(db: Db, f: ReviewFilters, take = 200) {
  const flags = await db.flag.findMany({
    where: {
      status: f.status,
      ...(f.reason && { reason: f.reason }),
      ...(f.story && { story: { slug: f.story } }),
      ...(f.editor && { createdById: f.editor }),
    },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      groupId: true,
      articleId: true,
      reason: true,
      status: true,
      createdAt: true,
      story: { select: { slug: true, title: true } },
      createdBy: { select: { id: true, name: true, email: true } },
      events: { where: { note: { not: null } }, orderBy: { at: "desc" }, take: 1, select: { note: true } },
    },
  });
  const to = await redirects(db, [...new Set(flags.map((x) => x.groupId))]);
  const rowIds = [...new Set(flags.map((x) => to.get(x.groupId) ?? x.groupId))];
  const firstClaims = (
    await inChunks(rowIds, (some) =>
      db.groupClaim.findMany({ where: { groupId: { in: some }, order: 0 }, select: { groupId: true, text: true } }),
    )
  ).flat();
  const textOf = new Map(firstClaims.map((c) => [c.groupId, c.text]));
  const articleIds = [...new Set(flags.flatMap((x) => (x.articleId ? [x.articleId] : [])))];
  const labels = new Map(
    (
      await inChunks(articleIds, (some) =>
        db.article.findMany({ where: { id: { in: some } }, select: { id: true, label: true } }),
      )
    )
      .flat()
      .map((a) => [a.id, a.label]),
  );
  return flags.map((x) => {
    const groupId = to.get(x.groupId) ?? x.groupId;
    return {
      ...x,
      ...storedMark(x),
      groupId,
      claim: textOf.get(groupId) ?? null,
      outlet: x.articleId ? (labels.get(x.articleId) ?? null) : null,
      note: x.events[0]?.note ?? null,
    };
  });
}

export const flagEditors = (db: Db) =>
  db.user.findMany({
    where: { flags: { some: {} } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });

/**
 * Rows with discrepancies that editors dismissed, counted by story: what the story list takes off the analysis's count
 * of discrepancies (lib/stories/verdicts.ts says what a dismissal is). Reads only resolved row flags of the reasons
 * that judge a discrepancy, and the rows they sit on now (a merged row's flags followed its claims).
 */
export async function dismissedConflictsByStory(db: Db): Promise<Map<string, number>> {
  const flags = await db.flag.findMany({
    where: {
      articleId: null,
      status: "resolved",
      reason: { in: ["not-a-contradiction", "extraction-error", "contradiction-confirmed"] },
    },
    select: { id: true, storyId: true, groupId: true, articleId: true, reason: true, status: true, updatedAt: true },
  });
  const to = await redirects(db, [...new Set(flags.map((f) => f.groupId))]);
  const byRow = new Map<string, typeof flags>();
  for (const f of flags) {
    const gid = to.get(f.groupId) ?? f.groupId;
    byRow.set(gid, [...(byRow.get(gid) ?? []), f]);
  }
  const rows = (
    await inChunks([...byRow.keys()], (some) =>
      db.claimGroup.findMany({
        where: { id: { in: some } },
        select: { id: true, storyId: true, status: true, _count: { select: { discrepancies: true } } },
      }),
    )
  ).flat();
  const out = new Map<string, number>();
  for (const r of rows) {
    if (r.status !== "active" || !r._count.discrepancies) continue;
    const marks = byRow.get(r.id)!.map((f) => ({ ...f, ...storedMark(f) }));
    if (verdictOfFlags(marks).state === "dismissed") out.set(r.storyId, (out.get(r.storyId) ?? 0) + 1);
  }
  return out;
}
