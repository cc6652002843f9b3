import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/generated/prisma/client";
import { migrate } from "../lib/migrate";

/** A migrated SQLite database in a temp folder, for tests that need the real schema. */
export function createTempDb(): { db: PrismaClient; url: string; cleanup: () => Promise<void> } {
  const dir = mkdtempSync(path.join(tmpdir(), "newscompare-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  migrate(url);
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
