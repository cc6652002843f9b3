import "server-only";
import { db } from "../db";
import type { ClaimGroupPage } from "../stories/data";
import { listOverrides } from "../stories/mutations";
import { listAuditEvents, listFlaggedStories, listMergeTargets } from "./data";
import { editorGroupFlags, flagEditors, reviewQueue, type ReviewFilters } from "./flags";
import { listTokens } from "./tokens";
import { listUsers } from "./users";

/**
 * The editors' and admins' pages' reads, on the app's client. Each page checks the role before it calls one of these
 * (viewerWithRole, lib/editors/session.ts): notes and editors' names are private.
 */

/** The review queue's flags under `filters`, and what its filters offer: the stories with flags and who flagged. */
export async function reviewQueueForPage(filters: ReviewFilters) {
  const [flags, stories, editors] = await Promise.all([
    reviewQueue(db, filters),
    listFlaggedStories(db),
    flagEditors(db),
  ]);
  return { flags, stories, editors };
}

export const auditEventsForPage = (before: Date | undefined, take: number) => listAuditEvents(db, before, take);

export const usersForPage = () => listUsers(db);

export const tokensForPage = () => listTokens(db);

/** An editor's tools for one row (components/editors/editor-panel.tsx): its flags, merge targets and corrections. */
export async function editorToolsForPage({ group, story }: Pick<ClaimGroupPage, "group" | "story">) {
  const [flags, rows, overrides] = await Promise.all([
    editorGroupFlags(db, group.id),
    listMergeTargets(db, story.id, group.id),
    listOverrides(db, story.id),
  ]);
  return { flags, rows, overrides };
}

export type EditorTools = Awaited<ReturnType<typeof editorToolsForPage>>;
