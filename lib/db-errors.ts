/**
 * "The database is unavailable or busy": errors that say nothing about the request, only that the database could not
 * serve it right now (locked, unreachable, restarting, out of connections). Route handlers and server actions answer
 * them with 503 and Retry-After instead of a 500 (lib/errors.ts), and GET /api/health reports them, so a client or a
 * load balancer tries again later.
 *
 * The shapes were recorded on these machines (Prisma 6.19 with driver adapters; docs/decisions/003-storage-and-ingest.md):
 * - SQLite (better-sqlite3): a lock held past the busy timeout (5 s) is PrismaClientKnownRequestError P1008 with
 *   meta.driverAdapterError.cause = { kind: "SocketTimeout", originalCode: "SQLITE_BUSY", originalMessage: "database
 *   is locked" }. SQLite codes the adapter does not map come as the error's own code ("SQLITE_CANTOPEN",
 *   "SQLITE_IOERR_…").
 * - PostgreSQL (pg): a stopped server is P1001 (cause kind "DatabaseNotReachable"); a connection the server ended is a
 *   bare DriverAdapterError whose cause is { kind: "postgres", code: "57P01" } ("terminating connection due to
 *   administrator command"), or P2010 for a raw query with the same cause; a connection lost inside a transaction is
 *   a plain Error "Client has encountered a connection error and is not queryable"; a lock wait past lock_timeout is
 *   a DriverAdapterError with code 55P03.
 */

/** Prisma's codes for a database it cannot reach or that did not answer in time. */
const PRISMA_CODES = new Set([
  "P1001", // can't reach database server
  "P1002", // reached, but timed out
  "P1008", // operation timed out (SQLite: busy)
  "P1017", // server closed the connection
  "P2024", // timed out fetching a connection from the pool
  "P2034", // write conflict or deadlock: retry
  "P2037", // too many connections
]);
/** What driver adapters call the same conditions (meta.driverAdapterError.cause.kind). */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TransactionWriteConflict",
]);
/** Node's socket errors, as the pg driver passes them on. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);
/**
 * SQLite: busy and locked (another connection holds the lock), cannot open the file, I/O errors, a full disk, the
 * file moved under the connection. Extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_…) count with their base.
 */
const SQLITE_CODE = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|PROTOCOL|READONLY_DBMOVED)/;
/**
 * PostgreSQL SQLSTATEs: class 08 (connection exceptions), shutting down or starting up (57P01-57P03), a statement
 * cancelled by statement_timeout (57014), too many connections and other resource shortages (53…), a lock not
 * available in time (55P03), a serialization failure or deadlock (40001, 40P01).
 */
const PG_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|57014|53[0-9A-Z]{3}|55P03|40001|40P01)$/;
/** Driver errors that carry no code (pg's pool and client), and the SQLite messages in case only a message survives. */
const MESSAGES =
  /database is locked|database table is locked|unable to open database file|disk I\/O error|Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|terminating connection due to|the database system is (starting up|shutting down|in recovery mode)|too many clients already|Can't reach database server|Server has closed the connection|Timed out fetching a new connection|Unable to start a transaction in the given time/i;

type Node = {
  code?: unknown;
  errorCode?: unknown;
  originalCode?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
};

/** The error, its driver adapter error and their causes, outermost first. */
function* chain(e: unknown, depth = 0): Generator<Node> {
  if (!e || typeof e !== "object" || depth > 6) return;
  const node = e as Node;
  yield node;
  yield* chain(node.meta?.driverAdapterError, depth + 1);
  yield* chain(node.cause, depth + 1);
}

const matches = (code: unknown) =>
  typeof code === "string" &&
  (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLITE_CODE.test(code) || PG_SQLSTATE.test(code));

/** Whether `e` says the database is unavailable or busy, rather than that something is wrong with the request or the code. */
export function isDatabaseUnavailable(e: unknown): boolean {
  for (const node of chain(e)) {
    if (matches(node.code) || matches(node.errorCode) || matches(node.originalCode)) return true;
    if (typeof node.kind === "string" && ADAPTER_KINDS.has(node.kind)) return true;
    if (typeof node.message === "string" && MESSAGES.test(node.message)) return true;
  }
  return false;
}

/**
 * Whether `e` is a unique key taken meanwhile (another writer stored the same article, slug or row id first): P2002
 * from a model query, P2010 with the adapter's kind "UniqueConstraintViolation" from a raw one (the story writes'
 * multi-row INSERTs; shapes recorded on both engines, Prisma 6.19).
 */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === "P2002") return true;
  return code === "P2010" && [...chain(e)].some((node) => node.kind === "UniqueConstraintViolation");
}

/** One line for the log: the innermost message and the codes on the way ("P1008 SQLITE_BUSY: database is locked"). */
export function describeDatabaseError(e: unknown): string {
  const codes: string[] = [];
  let message = "";
  for (const node of chain(e)) {
    for (const c of [node.code, node.errorCode, node.originalCode])
      if (typeof c === "string" && !codes.includes(c)) codes.push(c);
    const own = (node as { originalMessage?: unknown }).originalMessage ?? node.message;
    if (typeof own === "string" && own.trim()) message = own.trim().split("\n").at(-1)!;
  }
  return `${codes.join(" ")}${codes.length ? ": " : ""}${message || String(e)}`;
}

/** Seconds a client should wait before retrying: about one SQLite busy timeout, or a PostgreSQL restart. */
export const RETRY_AFTER_SECONDS = 5;

// An outage fails every request until it ends; one log line when it starts (and one a minute while it lasts) says as
// much as a line per request would, without burying the rest of the log.
const LOG_EVERY_MS = 60_000;
let outage: { since: number; failures: number; loggedAt: number } | null = null;

/** Logs an unavailable database, once per outage (and once a minute while it lasts). */
export function reportDatabaseUnavailable(where: string, e: unknown, now = Date.now()): void {
  if (!outage) {
    outage = { since: now, failures: 1, loggedAt: now };
    console.error(`database unavailable (${where}): ${describeDatabaseError(e)}; answering 503 until it is back`);
    return;
  }
  outage.failures++;
  if (now - outage.loggedAt >= LOG_EVERY_MS) {
    outage.loggedAt = now;
    console.error(
      `database still unavailable after ${Math.round((now - outage.since) / 1000)} s, ${outage.failures} failed requests (${where}): ${describeDatabaseError(e)}`,
    );
  }
}

/** Ends an outage, if one was reported: the database answered again. */
export function reportDatabaseAvailable(now = Date.now()): void {
  if (!outage) return;
  console.info(
    `database available again after ${Math.round((now - outage.since) / 1000)} s (${outage.failures} requests answered 503)`,
  );
  outage = null;
}
