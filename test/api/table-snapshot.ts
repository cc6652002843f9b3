import type { Db } from "../../lib/db";
import { Prisma } from "../../lib/generated/prisma/client";

type Model = Prisma.ModelName;
type Delegate = { findMany: () => Promise<Array<Record<string, unknown>>> };

/** What changes by design on a refused call: bookkeeping of the attempt, not a change the call asked for. */
export interface Volatile {
  tables?: Model[];
  columns?: Partial<Record<Model, string[]>>;
}

/**
 * Every row of every table, as one string to compare before and after a call that must change nothing. Through the
 * Prisma API only (no SQL, no file copies), so it holds for any provider. Rows are sorted by their serialised form:
 * without an `orderBy`, the order of `findMany` is the database's to choose, and not every table has an `id`.
 * `ignore` leaves out what a refused call may still write: an ingest token's `lastUsedAt` records every
 * authenticated request, and better-auth counts sign-in and sign-up attempts in RateLimit.
 */
export async function tableSnapshot(db: Db, ignore: Volatile = {}): Promise<string> {
  const tables: Record<string, string[]> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    if (ignore.tables?.includes(model)) continue;
    const delegate = (db as unknown as Record<string, Delegate>)[model[0]!.toLowerCase() + model.slice(1)]!;
    const skip = new Set(ignore.columns?.[model] ?? []);
    tables[model] = (await delegate.findMany())
      .map((row) =>
        JSON.stringify(
          Object.entries(row).filter(([k]) => !skip.has(k)),
          (_, v: unknown) => (typeof v === "bigint" ? `${v}n` : v),
        ),
      )
      .sort();
  }
  return JSON.stringify(tables);
}
