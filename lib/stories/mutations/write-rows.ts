import { randomUUID } from "node:crypto";
import { inChunks } from "../../db-chunks";
import { insertRows } from "../../db-rows";
import { Prisma } from "../../generated/prisma/client";
import type { CoverageJson } from "../json";
import { planRowWrites, type RowToWrite, type RowWrites, type StoredRow } from "../story-rows";

type Tx = Prisma.TransactionClient;

/** ClaimGroup's columns as the story's write inserts them (every one: see AGENTS.md). */
export const GROUP_COLUMNS = [
  "id",
  "storyId",
  "kind",
  "status",
  "mergedIntoId",
  "position",
  "soleSource",
  "coverage",
  "subject",
  "createdAt",
  "updatedAt",
] as const;
const MEMBER_COLUMNS = ["groupId", "claimId", "start", "end", "text", "order"] as const;
const DISCREPANCY_COLUMNS = [
  "id",
  "groupId",
  "kind",
  "detail",
  "order",
  "values",
  "diff",
  "basis",
  "confidence",
  "subject",
] as const;

/**
 * Stores a story's rows. Rows that no longer name a group stay as redirects to where their claims went (`merged`),
 * and earlier redirects to them are pointed one step further, so no permalink needs more than one hop.
 *
 * `before`, the active rows as this process last wrote them (the story's version has not moved since), lets it write
 * only what changed: an article joins a few dozen rows of a wide story, while a rewrite of every row and member
 * (9,200 members in a 500-article story) was a quarter of its ingest and grew with the story (decision 010).
 * Without it, every active row is replaced. Every list here grows with the story: in slices.
 */
export async function writeRows(
  tx: Tx,
  storyId: string,
  rows: RowToWrite[],
  merged: Map<string, string | null>,
  now: Date,
  before?: Map<string, StoredRow>,
) {
  const plan = planRowWrites(rows, before);
  await deleteRows(tx, storyId, plan.deleted, !before);
  await insertRowsAndRedirects(tx, storyId, plan.written, merged, now);
  await updateKeptRows(tx, plan, now);
  await writeMembers(tx, plan);
  await writeDiscrepancies(tx, plan);
}

/**
 * Away, with their members and discrepancies: rows written anew, active rows no longer in the story (they become
 * redirects) and redirects whose id a row takes back; with `all`, every active row of the story first. (Their
 * GroupClaim and Discrepancy rows go with them: ON DELETE CASCADE.)
 */
async function deleteRows(tx: Tx, storyId: string, ids: string[], all: boolean) {
  if (all) await tx.claimGroup.deleteMany({ where: { storyId, status: "active" } });
  await inChunks(ids, (some) => tx.$executeRaw`DELETE FROM "ClaimGroup" WHERE "id" IN (${Prisma.join(some)})`, {
    raw: true,
  });
}

/** The rows written whole, and the redirects of rows that left the story, in multi-row INSERTs. */
async function insertRowsAndRedirects(
  tx: Tx,
  storyId: string,
  written: RowToWrite[],
  merged: Map<string, string | null>,
  now: Date,
) {
  const redirect = JSON.stringify({ articles: [], independent: 0, copies: [] } satisfies CoverageJson);
  await insertRows(tx, "ClaimGroup", GROUP_COLUMNS, [
    ...written.map((r) => ({
      id: r.id,
      storyId,
      kind: r.columns.kind,
      status: "active",
      mergedIntoId: null,
      position: r.columns.position,
      soleSource: r.columns.soleSource,
      coverage: JSON.stringify(r.columns.coverage),
      subject: r.columns.subject,
      createdAt: now,
      updatedAt: now,
    })),
    ...[...merged].map(([id, to]) => ({
      id,
      storyId,
      kind: "claim",
      status: to ? "merged" : "gone",
      mergedIntoId: to,
      position: null,
      soleSource: false,
      coverage: redirect,
      subject: null,
      createdAt: now,
      updatedAt: now,
    })),
  ]);
  for (const [id, to] of merged)
    await tx.claimGroup.updateMany({
      where: { mergedIntoId: id },
      data: { mergedIntoId: to, status: to ? "merged" : "gone" },
    });
}

/** Kept rows whose columns changed, one UPDATE each; those whose place alone changed, one UPDATE for them all. */
async function updateKeptRows(tx: Tx, { updated, moved }: RowWrites, now: Date) {
  for (const r of updated)
    await tx.$executeRaw`UPDATE "ClaimGroup" SET "kind" = ${r.columns.kind}, "position" = ${r.columns.position}, "soleSource" = ${r.columns.soleSource}, "coverage" = ${JSON.stringify(r.columns.coverage)}, "subject" = ${r.columns.subject}, "updatedAt" = ${now} WHERE "id" = ${r.id}`;
  await inChunks(
    moved,
    (some) => {
      // CAST: PostgreSQL types the CASE's parameters as text otherwise.
      const cases = some.map((r) => Prisma.sql`WHEN ${r.id} THEN CAST(${r.columns.position} AS INTEGER)`);
      return tx.$executeRaw`UPDATE "ClaimGroup" SET "position" = CASE "id" ${Prisma.join(cases, " ")} END WHERE "id" IN (${Prisma.join(some.map((r) => r.id))})`;
    },
    { each: 3, raw: true },
  );
}

/** Members: all of a written row's; of a kept row, those whose clause changed, after deleting the old ones. */
async function writeMembers(tx: Tx, { membersOut, membersIn }: RowWrites) {
  for (const { rowId, claimIds } of membersOut)
    await inChunks(claimIds, (some) => tx.groupClaim.deleteMany({ where: { groupId: rowId, claimId: { in: some } } }));
  // Multi-row INSERTs: createMany costs about 0.13 ms a row through the driver adapter, five times as much (tmp
  // measurement, 2026-11).
  await insertRows(tx, "GroupClaim", MEMBER_COLUMNS, membersIn);
}

/** Discrepancies: a kept row's list is replaced when any of it changed; a written row's is written. */
async function writeDiscrepancies(tx: Tx, { written, discrepanciesStale }: RowWrites) {
  await inChunks(
    discrepanciesStale.map((r) => r.id),
    (some) => tx.$executeRaw`DELETE FROM "Discrepancy" WHERE "groupId" IN (${Prisma.join(some)})`,
    { raw: true },
  );
  // A UUID where Prisma made a cuid: nothing orders by a discrepancy's id or shows it.
  await insertRows(
    tx,
    "Discrepancy",
    DISCREPANCY_COLUMNS,
    [...written, ...discrepanciesStale].flatMap((r) =>
      r.discrepancies.map((d) => ({
        id: randomUUID(),
        groupId: r.id,
        kind: d.kind,
        detail: d.detail,
        order: d.order,
        values: JSON.stringify(d.values),
        // SQL NULL, as Prisma.DbNull was: the column is empty, not a JSON null.
        diff: d.diff === null ? null : JSON.stringify(d.diff),
        basis: d.basis === null ? null : JSON.stringify(d.basis),
        confidence: d.confidence,
        subject: d.subject,
      })),
    ),
  );
}
