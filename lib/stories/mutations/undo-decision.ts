import type { Analysis } from "../../analysis/analyze";
import type { Db } from "../../db";
import { inChunks } from "../../db-chunks";
import type { Actor } from "../../editors/actor";
import { audit } from "../../editors/audit";
import { ClientError, parseInput } from "../../errors";
import type { LoadedStory } from "../loaded-story";
import { undoOverrideSchema } from "../schema";
import { analyse, claimRows, type Restore } from "../story-analysis";
import { retried, StaleStory } from "../write-queue";
import type { GroupingOutcome } from "./grouping";
import { loadStory, remember } from "./load-story";
import { writeStory, WRITE_TX } from "./write-story";

// An editor's grouping decision taken back, and the list of a story's decisions the editors undo them from.

/**
 * Takes back a merge or a split: the story is analysed as if it had never been decided. The claim's row gets its
 * old id back (the merged-away row its permalink, the split claim the row it came from), unless it now shares a
 * row with the other side of the decision or another decision fixes that row's id.
 */
export async function undoOverride(db: Db, actor: Actor, input: unknown): Promise<GroupingOutcome> {
  const { overrideId } = parseInput(undoOverrideSchema, input, "undo");
  return retried(async () => {
    const o = await db.groupOverride.findUnique({
      where: { id: overrideId },
      select: {
        storyId: true,
        kind: true,
        claimId: true,
        targetClaimId: true,
        groupId: true,
        targetGroupId: true,
        undoneAt: true,
      },
    });
    if (!o) throw new ClientError(404, "no such grouping decision");
    if (o.undoneAt) throw new ClientError(409, "the decision has been undone already");
    const story = await loadStory(db, o.storyId, new Map());
    story.decisions = story.decisions.filter((x) => x.id !== overrideId);
    const analysis = await analyse(story);
    const restore = restoreOf(story, analysis, o);
    const written = await db.$transaction(async (tx) => {
      const undone = await tx.groupOverride.updateMany({
        where: { id: overrideId, undoneAt: null },
        data: { undoneAt: new Date(), undoneById: actor.id },
      });
      if (undone.count !== 1) throw new StaleStory();
      const out = await writeStory(tx, story, analysis, restore);
      await audit(
        tx,
        actor,
        "group.undo",
        { type: "override", id: overrideId },
        { story: story.slug, kind: o.kind, groupId: o.groupId, targetGroupId: o.targetGroupId },
      );
      return out;
    }, WRITE_TX);
    remember(db, written);
    return { overrideId, storySlug: story.slug, groupId: o.groupId };
  });
}

/** The row an undone decision gives its old id back, if any (analysed without the decision). */
function restoreOf(
  story: LoadedStory,
  analysis: Analysis,
  o: { kind: string; claimId: string; targetClaimId: string | null; groupId: string; targetGroupId: string },
): Restore | undefined {
  const rows = claimRows(story, analysis);
  const row = rows.get(o.claimId);
  // Not if the analysis puts the claim with the merge's target anyway, nor if a split claim did not rejoin the
  // claims of the row it left: that id stays with them.
  const back =
    o.kind === "merge"
      ? rows.get(o.targetClaimId!) !== row
      : !!story.rows.find((g) => g.id === o.groupId)?.claims.some((c) => rows.get(c) === row);
  // A dismissed fact row, or one a statement left, is built again under the id it had when the analysis makes it.
  const factRow = o.kind === "dismiss" || o.kind === "leave";
  const rebuilt = factRow ? analysis.groups.findIndex((g) => g.id === o.targetGroupId) : -1;
  return factRow
    ? rebuilt >= 0
      ? { row: rebuilt, id: o.groupId }
      : undefined
    : row !== undefined && back
      ? { row, id: o.groupId }
      : undefined;
}

/** A story's grouping decisions for its editors, newest first, undone ones too, with who took them and their claims. */
export async function listOverrides(db: Db, storyId: string) {
  const rows = await db.groupOverride.findMany({
    where: { storyId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      kind: true,
      claimId: true,
      targetClaimId: true,
      groupId: true,
      targetGroupId: true,
      measure: true,
      createdAt: true,
      undoneAt: true,
      createdBy: { select: { name: true, email: true } },
      undoneBy: { select: { name: true, email: true } },
    },
  });
  const ids = [...new Set(rows.flatMap((o) => (o.targetClaimId ? [o.claimId, o.targetClaimId] : [o.claimId])))];
  const found = (
    await inChunks(ids, (some) =>
      db.claim.findMany({
        where: { id: { in: some } },
        select: { id: true, text: true, article: { select: { label: true } } },
      }),
    )
  ).flat();
  const claims = new Map(found.map((c) => [c.id, { id: c.id, text: c.text, outlet: c.article.label }]));
  return rows.map((o) => ({
    ...o,
    kind: o.kind,
    claim: claims.get(o.claimId) ?? null,
    targetClaim: o.targetClaimId ? (claims.get(o.targetClaimId) ?? null) : null,
  }));
}
export type OverrideItem = Awaited<ReturnType<typeof listOverrides>>[number];
