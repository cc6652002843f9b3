import { inChunks } from "./db-chunks";
import { Prisma } from "./generated/prisma/client";

// Beside db-chunks.ts rather than in it: that module reaches client components (through lib/stories/data.ts), which
// cannot bundle Prisma's client.

/** A value a raw statement binds as it is: JSON columns take their text (JSON.stringify), dates a Date. */
export type SqlValue = string | number | boolean | Date | null;

/**
 * Inserts `rows` into `table` as multi-row INSERTs, in slices under RAW_STATEMENT_PARAMS, and returns how many were
 * inserted. Through Prisma's createMany the request thread spends several times as long on the same rows (the
 * query is serialised, compiled and every JSON value walked; decisions 010 and 015), and SQLite holds that thread
 * for the whole write. What Prisma would fill in is the caller's to give: ids (`@default(cuid())`), timestamps
 * (`@default(now())`, `@updatedAt`; a bound Date is stored as Prisma stores it, on both engines) and JSON as its
 * text, which both engines store as they store Prisma's (PostgreSQL's JSONB takes the untyped parameter).
 */
export async function insertRows<C extends string>(
  tx: Pick<Prisma.TransactionClient, "$executeRaw">,
  table: string,
  columns: readonly C[],
  rows: ReadonlyArray<Record<C, SqlValue>>,
): Promise<number> {
  const into = Prisma.raw(`"${table}" (${columns.map((c) => `"${c}"`).join(", ")})`);
  const counts = await inChunks(
    rows,
    (some) =>
      tx.$executeRaw`INSERT INTO ${into} VALUES ${Prisma.join(some.map((r) => Prisma.sql`(${Prisma.join(columns.map((c) => r[c]))})`))}`,
    { each: columns.length, raw: true },
  );
  return counts.reduce((n, k) => n + k, 0);
}
