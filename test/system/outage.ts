/**
 * Making the database unavailable to a running server, and available again, per kind of database.
 */
import { createRequire } from "node:module";
import { fileOfUrl } from "../../lib/env";

// better-sqlite3 ships no types (and @types/better-sqlite3 is not installed); these few members are all that is used.
interface SqliteConnection {
  exec(sql: string): void;
  close(): void;
  readonly inTransaction: boolean;
}
const SqliteDatabase = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => SqliteConnection;

export interface Outage {
  /** What happens, for the test's log. */
  what: string;
  start(): Promise<void>;
  end(): Promise<void>;
}

/**
 * SQLite: another connection holds an exclusive lock (`BEGIN EXCLUSIVE`): the server's reads and writes wait out
 * their busy timeout (5 s) and fail with SQLITE_BUSY. Rolling back ends it.
 */
function sqliteLock(url: string): Outage {
  let holder: SqliteConnection | null = null;
  return {
    what: "another process holds an exclusive lock on the SQLite file",
    async start() {
      holder = new SqliteDatabase(fileOfUrl(url));
      holder.exec("BEGIN EXCLUSIVE");
    },
    async end() {
      if (holder?.inTransaction) holder.exec("ROLLBACK");
      holder?.close();
      holder = null;
    },
  };
}

/**
 * PostgreSQL: the server stopped and started again. Not wired yet: the lead's PostgreSQL test setup (test/databases.ts
 * for postgresql:// URLs) owns the server, so it is the one that can stop and start it. Wire it here; the test
 * (database-outage.test.ts) needs nothing else.
 */
export function postgresOutage(url: string): Outage {
  return {
    what: `the PostgreSQL server of ${new URL(url).host} stopped`,
    async start() {
      throw new Error("postgresOutage (test/system/outage.ts) is not wired yet: stop the test PostgreSQL server here");
    },
    async end() {
      throw new Error("postgresOutage (test/system/outage.ts) is not wired yet: start the test PostgreSQL server again here");
    },
  };
}

export function databaseOutage(url: string): Outage {
  if (url.startsWith("file:")) return sqliteLock(url);
  if (/^postgres(ql)?:\/\//.test(url)) return postgresOutage(url);
  throw new Error(`no way to take ${url.split(":")[0]} databases away`);
}
