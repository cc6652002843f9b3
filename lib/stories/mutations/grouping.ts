import { randomUUID } from "node:crypto";
import { hashId } from "../../analysis/text";
import type { Db } from "../../db";
import type { Actor } from "../../editors/actor";
import { audit } from "../../editors/audit";
import { ClientError, parseInput } from "../../errors";
import type { Decision, LoadedRow, LoadedStory } from "../loaded-story";
import { dismissFactRowSchema, mergeGroupsSchema, splitClaimSchema } from "../schema";
import { analyse, builtRow } from "../story-analysis";
import { retried } from "../write-queue";
import { loadStory, remember } from "./load-story";
import { writeStory, WRITE_TX } from "./write-story";

// Editors' grouping decisions: merge two rows, split a claim out of its row, take a statement out of a fact row,
// dismiss a fact row. Each runs alone in the write queue (retried) and is stored as a GroupOverride that every later
// analysis of the story re-applies; undoing one is in ./undo-decision.ts.

export interface GroupingOutcome {
  overrideId: string;
  storySlug: string;
  /** The row to show next: the row merged into, the split claim's own row, or the row an undo gave back. */
  groupId: string;
}

/** A decision is recorded under its editor's account, which the command line does not have. */
function editorId(actor: Actor): string {
  if (actor.id === null)
    throw new ClientError(422, "grouping decisions are recorded under an editor's account; sign in to make one");
  return actor.id;
}

/** The story an active row belongs to, loaded for re-analysis, and the row as that load sees it. */
async function storyWithRow(db: Db, groupId: string): Promise<{ story: LoadedStory; row: LoadedRow }> {
  const found = await db.claimGroup.findUnique({
    where: { id: groupId },
    select: { storyId: true, status: true, mergedIntoId: true },
  });
  if (!found) throw new ClientError(404, `no such row: ${groupId}`);
  if (found.status !== "active") throw gone(groupId, found.mergedIntoId);
  const story = await loadStory(db, found.storyId, new Map());
  const row = story.rows.find((g) => g.id === groupId);
  // Another process re-analysed the story between the two reads.
  if (!row) throw new ClientError(409, `row ${groupId} changed meanwhile; reload the page`);
  return { story, row };
}

const gone = (id: string, mergedIntoId: string | null) =>
  new ClientError(
    409,
    mergedIntoId ? `row ${id} has been merged into ${mergedIntoId}` : `row ${id} is no longer in the story`,
  );

// A fact row is derived from the claim rows around it and rebuilt by each analysis: a merge would have nothing to hold
// on to (its statements are taken out one by one, or the row dismissed, instead).
function claimRow(row: LoadedRow): LoadedRow {
  if (row.kind !== "claim")
    throw new ClientError(
      422,
      "a fact row cannot be merged: it is built from the claim rows' sentences; merge those, or take a statement out of the fact",
    );
  return row;
}

const DECISION_EVENT = {
  merge: "group.merge",
  split: "group.split",
  dismiss: "group.dismiss",
  leave: "group.leave",
} as const;

/** The override row, the re-analysed story and the audit event: all three or none. */
async function decide(db: Db, actor: Actor, story: LoadedStory, decision: Decision, createdById: string) {
  story.decisions.push(decision);
  const analysis = await analyse(story);
  const written = await db.$transaction(async (tx) => {
    await tx.groupOverride.create({ data: { ...decision, storyId: story.id!, createdById } });
    const out = await writeStory(tx, story, analysis);
    const { id, ...audited } = decision;
    await audit(tx, actor, DECISION_EVENT[decision.kind], { type: "override", id }, { story: story.slug, ...audited });
    return out;
  }, WRITE_TX);
  remember(db, written);
}

/**
 * Merges one row into another: every later analysis puts the source row's claims with the target's. The merged row
 * keeps the target's id; the source's permalink redirects there.
 */
export async function mergeGroups(db: Db, actor: Actor, input: unknown): Promise<GroupingOutcome> {
  const { sourceGroupId, targetGroupId } = parseInput(mergeGroupsSchema, input, "merge");
  const createdById = editorId(actor);
  if (sourceGroupId === targetGroupId)
    throw new ClientError(422, "a row cannot be merged into itself", { targetGroupId: ["choose another row"] });
  return retried(async () => {
    const { story, row } = await storyWithRow(db, sourceGroupId);
    const source = claimRow(row);
    const target = claimRow(await mergeTarget(db, story, targetGroupId));
    const decision: Decision = {
      id: randomUUID(),
      kind: "merge",
      claimId: source.claims[0]!,
      targetClaimId: target.claims[0]!,
      groupId: source.id,
      targetGroupId: target.id,
      measure: null,
    };
    await decide(db, actor, story, decision, createdById);
    return { overrideId: decision.id, storySlug: story.slug, groupId: target.id };
  });
}

/** The active row of the story a merge names as its target, or why there is none. */
async function mergeTarget(db: Db, story: LoadedStory, targetGroupId: string): Promise<LoadedRow> {
  const found = story.rows.find((g) => g.id === targetGroupId);
  if (found) return found;
  const other = await db.claimGroup.findUnique({
    where: { id: targetGroupId },
    select: { storyId: true, mergedIntoId: true },
  });
  if (!other) throw new ClientError(404, `no such row: ${targetGroupId}`, { targetGroupId: ["no such row"] });
  if (other.storyId !== story.id)
    throw new ClientError(422, "rows of different stories cannot be merged", {
      targetGroupId: ["a row of another story"],
    });
  throw gone(targetGroupId, other.mergedIntoId);
}

/**
 * Moves one claim out of its row into a row of its own, which every later analysis keeps apart. On a fact row, takes
 * the outlet's statement out of the fact instead (leaveFactRow).
 */
export async function splitClaim(db: Db, actor: Actor, input: unknown): Promise<GroupingOutcome> {
  const { groupId, claimId } = parseInput(splitClaimSchema, input, "split");
  const createdById = editorId(actor);
  return retried(async () => {
    const { story, row } = await storyWithRow(db, groupId);
    if (!row.claims.includes(claimId))
      throw new ClientError(422, "that claim is not in this row", { claimId: ["not in this row"] });
    if (row.kind === "fact") return leaveFactRow(db, actor, story, row, claimId, createdById);
    if (row.claims.length < 2) throw new ClientError(409, "the claim is alone in its row already");
    const id = randomUUID();
    const decision: Decision = {
      id,
      kind: "split",
      claimId,
      targetClaimId: null,
      groupId,
      targetGroupId: await freshGroupId(db, `s${hashId(id)}`),
      measure: null,
    };
    await decide(db, actor, story, decision, createdById);
    return { overrideId: id, storySlug: story.slug, groupId: decision.targetGroupId };
  });
}

/**
 * Takes one outlet's statement out of a fact row: its value was paired with a value of another fact (another event's
 * toll, another person's age). Every later analysis leaves that statement's values of the row's measure uncompared,
 * so the row is built from the other statements (under its id while its first statement stays), or not at all when
 * they agree or one outlet is left. The statement keeps its claim row. Undone like the other decisions.
 */
async function leaveFactRow(
  db: Db,
  actor: Actor,
  story: LoadedStory,
  row: LoadedRow,
  claimId: string,
  createdById: string,
): Promise<GroupingOutcome> {
  const built = await builtRow(story, row.id);
  if (!built.measure || built.measure === "clause")
    throw new ClientError(422, "this row's statements cannot be taken out one by one; dismiss the row instead");
  const decision: Decision = {
    id: randomUUID(),
    kind: "leave",
    claimId,
    targetClaimId: null,
    groupId: row.id,
    // The analysis's own id for the row, which undo gives back the stored one.
    targetGroupId: built.id,
    measure: built.measure,
  };
  await decide(db, actor, story, decision, createdById);
  // Next, the row again when it is still built, else the claim row of the statement, where the decision is listed.
  const still = await db.claimGroup.findFirst({ where: { id: row.id, status: "active" }, select: { id: true } });
  const home =
    still ??
    (await db.groupClaim
      .findFirst({
        where: { claimId, group: { status: "active", kind: "claim" } },
        select: { groupId: true },
      })
      .then((m) => (m ? { id: m.groupId } : null)));
  return { overrideId: decision.id, storySlug: story.slug, groupId: home?.id ?? row.id };
}

/**
 * Dismisses a fact row: its clauses do not state one fact (two amounts of different things, a date of another event),
 * or what it holds is no fact at all. Every later analysis leaves the row out, so its discrepancy leaves the story's
 * counts, the disagreement list and the exports, and its permalink answers 404 (the row is gone, not moved: its
 * sentences stay in their claim rows, and its flags follow nobody). The decision names the row by the id the analysis
 * derives from its first statement and its measure: it holds while those stay, across new articles, as the row's
 * permalink does. Undone like a merge or a split, which builds the row again under its id.
 */
export async function dismissFactRow(db: Db, actor: Actor, input: unknown): Promise<GroupingOutcome> {
  const { groupId } = parseInput(dismissFactRowSchema, input, "dismiss");
  const createdById = editorId(actor);
  return retried(async () => {
    const { story, row } = await storyWithRow(db, groupId);
    if (row.kind !== "fact")
      throw new ClientError(
        422,
        "only fact rows can be dismissed; a claim row's conflict is dismissed by resolving a 'not a contradiction' flag on it",
      );
    const built = await builtRow(story, groupId);
    const decision: Decision = {
      id: randomUUID(),
      kind: "dismiss",
      // Its first statement and the first of another outlet: what the editors' list of decisions shows.
      claimId: row.claims[0]!,
      targetClaimId: built.claimIds.find((_, i) => built.claims[i]!.article !== built.claims[0]!.article) ?? null,
      groupId,
      targetGroupId: built.id,
      measure: null,
    };
    await decide(db, actor, story, decision, createdById);
    // Next, the claim row of its first statement, where the decision is listed and can be undone.
    const home = await db.groupClaim.findFirst({
      where: { claimId: decision.claimId, group: { status: "active", kind: "claim" } },
      select: { groupId: true },
    });
    return { overrideId: decision.id, storySlug: story.slug, groupId: home?.groupId ?? groupId };
  });
}

/** Group ids are global (permalinks), so a new one must not be any story's row or redirect. */
async function freshGroupId(db: Db, base: string): Promise<string> {
  let id = base;
  for (let k = 2; await db.claimGroup.findUnique({ where: { id }, select: { id: true } }); k++) id = `${base}-${k}`;
  return id;
}
