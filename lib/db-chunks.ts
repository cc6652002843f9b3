/**
 * Lists that grow with a story (its rows, claims, members, redirects, flags) go to the database in slices: a
 * statement's bound parameters are capped, and a story of a thousand rows went past the cap (hardening finding 2).
 * What fails, measured with Prisma 6.19 on both engines (2026-11):
 *
 * - Prisma refuses a statement it builds with more than 999 parameters on SQLite and 32,766 on PostgreSQL (P2029,
 *   "The query parameter limit supported by your database is exceeded"). 999 is its default for SQLite, whatever
 *   the build allows, since the better-sqlite3 adapter does not say. Prisma splits a read by itself only when its
 *   whole filter is one `in` list (no other condition, no order, no take), and splits createMany; a deleteMany or
 *   updateMany with `in`, or an `in` beside anything else, is one statement.
 * - Raw SQL reaches the driver as written: SQLite (better-sqlite3's build) takes 32,766 parameters ("too many SQL
 *   variables"), PostgreSQL 65,535 (past it the 16-bit count wraps: "bind message has 2 parameter formats but 0
 *   parameters").
 */

/** Parameters of one Prisma statement: under SQLite's 999, with room for the statement's other conditions. */
export const STATEMENT_PARAMS = 900;
/**
 * Parameters of one raw statement (Prisma.sql): far under both engines' limits. Larger than STATEMENT_PARAMS because
 * a multi-row INSERT of 500 rows is measurably cheaper than of 150 (decision 010).
 */
export const RAW_STATEMENT_PARAMS = 3_000;

export interface ChunkOptions {
  /** Bound parameters each item adds to the statement (a row's columns; 1 for an id in an `in` list). */
  each?: number;
  /** The statement is raw SQL, which Prisma does not cap (RAW_STATEMENT_PARAMS). */
  raw?: boolean;
}

/** `items` in slices small enough for one statement each. */
export function chunks<T>(items: readonly T[], { each = 1, raw = false }: ChunkOptions = {}): T[][] {
  const size = Math.max(1, Math.floor((raw ? RAW_STATEMENT_PARAMS : STATEMENT_PARAMS) / each));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * One statement per slice of `items`, one after another (so inside a transaction they all belong to it), and what
 * each returned, in order; none for an empty list. For reads, `.flat()` the result; a read that orders or takes must
 * order the merged rows itself.
 */
export async function inChunks<T, R>(
  items: readonly T[],
  statement: (slice: T[]) => Promise<R>,
  options?: ChunkOptions,
): Promise<R[]> {
  const out: R[] = [];
  for (const slice of chunks(items, options)) out.push(await statement(slice));
  return out;
}
