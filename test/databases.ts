import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrate } from "../lib/migrate";

/** A migrated, empty database of the tests' own, and how to get rid of it. */
export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

/**
 * A fresh, migrated database for a test file or a spawned server: a SQLite file in a temp folder. (Issue 5 adds
 * PostgreSQL: the same call then makes a new database on the test server; callers need not change.)
 */
export async function createDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "newscompare-db-"));
  const url = `file:${path.join(dir, "test.db")}`;
  migrate(url);
  return { url, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}
