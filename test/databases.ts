import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrate, postgresTool } from "../lib/migrate";
import { dropPostgresDatabase } from "../lib/postgres-admin";

/** A migrated, empty database of the tests' own, and how to get rid of it. */
export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

/**
 * The PostgreSQL server the tests use when they run on PostgreSQL: a URL of any database on it (the maintenance
 * database "postgres" will do), from which each test file makes a database of its own. Unset: SQLite files.
 * `.ci/run` and `npm run test:postgres` set it (scripts/with-postgres.sh starts a throwaway server).
 */
export const testPostgresServer = (): string | undefined => process.env.TEST_POSTGRES_URL || undefined;

/**
 * A fresh, migrated database for a test file or a spawned server: a SQLite file in a temp folder, or a new database
 * on TEST_POSTGRES_URL's server. Synchronous, so a test file can make one at the top, before importing modules that
 * read DATABASE_URL.
 */
export function createDatabaseSync(): TestDatabase {
  const server = testPostgresServer();
  if (server) {
    const name = `nc_test_${randomBytes(6).toString("hex")}`;
    const url = postgresTool(["create", server, name], server).trim();
    migrate(url);
    return { url, drop: () => dropPostgresDatabase(server, name) };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "newscompare-db-"));
  const url = `file:${path.join(dir, "test.db")}`;
  migrate(url);
  return { url, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** createDatabaseSync for callers that can wait. */
export const createDatabase = async (): Promise<TestDatabase> => createDatabaseSync();
