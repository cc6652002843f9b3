import type { PrismaClient } from "../lib/generated/prisma/client";
import { createClient } from "../lib/db";
import { createDatabaseSync } from "./databases";

/** A migrated database of the test's own (SQLite, or PostgreSQL under TEST_POSTGRES_URL), for tests that need the real schema. */
export function createTempDb(): { db: PrismaClient; url: string; cleanup: () => Promise<void> } {
  const { url, drop } = createDatabaseSync();
  const db = createClient(url);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      await drop();
    },
  };
}
