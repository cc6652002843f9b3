import type { Db } from "../db";

/**
 * Reads of the editors' and admins' pages that are not part of flags, tokens or accounts themselves. Every function
 * takes the client so tests and scripts can pass their own; the pages reach them through ./page-data.ts.
 */

/** The stories that have at least one flag, by title: the review queue's story filter. */
export const listFlaggedStories = (db: Db) =>
  db.story.findMany({
    where: { flags: { some: {} } },
    orderBy: { title: "asc" },
    select: { slug: true, title: true },
  });

/** Audit events newest first, `take` of them, older than `before` when given (the audit page's "Older events"). */
export const listAuditEvents = (db: Db, before: Date | undefined, take: number) =>
  db.auditEvent.findMany({
    where: before && { at: { lt: before } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
  });

/** The story's other active rows, in matrix order, with their first claim's text: what a row can be merged with. */
export const listMergeTargets = (db: Db, storyId: string, groupId: string) =>
  db.claimGroup.findMany({
    where: { storyId, status: "active", id: { not: groupId } },
    orderBy: { position: "asc" },
    select: { id: true, claims: { take: 1, orderBy: { order: "asc" }, select: { text: true } } },
  });
