/**
 * Making the database unavailable to a running server, and available again, per kind of database.
 */
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { fileOfUrl } from "../../lib/env";

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
  let holder: Database.Database | null = null;
  return {
    what: "another process holds an exclusive lock on the SQLite file",
    async start() {
      holder = new Database(fileOfUrl(url));
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
 * PostgreSQL: the server stops (a fast shutdown: connections are cut) and starts again. The test server is the
 * throwaway one scripts/with-postgres.sh made, which leaves its control script in TEST_POSTGRES_CTL; a server given any
 * other way cannot be stopped from here, and the test says so rather than pass without trying.
 */
export function postgresOutage(url: string): Outage {
  const ctl = process.env.TEST_POSTGRES_CTL;
  const run = (action: "stop" | "start") => {
    if (!ctl)
      throw new Error(
        "set TEST_POSTGRES_CTL to a script that stops and starts the test PostgreSQL server (scripts/with-postgres.sh does)",
      );
    execFileSync(ctl, [action], { stdio: "ignore", timeout: 60_000 });
  };
  let stopped = false;
  return {
    what: `the PostgreSQL server at ${new URL(url).host} stopped`,
    async start() {
      run("stop");
      stopped = true;
    },
    async end() {
      if (!stopped) return;
      run("start");
      stopped = false;
    },
  };
}

export function databaseOutage(url: string): Outage {
  if (url.startsWith("file:")) return sqliteLock(url);
  if (/^postgres(ql)?:\/\//.test(url)) return postgresOutage(url);
  throw new Error(`no way to take ${url.split(":")[0]} databases away`);
}
