import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrate } from "../../lib/migrate";

/**
 * Points DATABASE_URL at a new SQLite file and migrates it. Call before importing anything that imports lib/db:
 * the client reads the URL once, when it is created. Returns a function that deletes the file.
 */
export function createTestDatabase(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), "newscompare-api-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
  migrate(process.env.DATABASE_URL);
  return () => rmSync(dir, { recursive: true, force: true });
}
