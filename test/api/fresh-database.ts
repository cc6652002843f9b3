import { createDatabaseSync } from "../databases";

/**
 * Points DATABASE_URL at a new, migrated database (SQLite, or PostgreSQL under TEST_POSTGRES_URL). Call before
 * importing anything that imports lib/db: the client reads the URL once, when it is created. Returns a function that
 * deletes the database.
 */
export function createTestDatabase(): () => Promise<void> {
  const { url, drop } = createDatabaseSync();
  process.env.DATABASE_URL = url;
  return drop;
}
