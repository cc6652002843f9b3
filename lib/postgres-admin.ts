import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * PostgreSQL housekeeping the Prisma CLI cannot do here: `prisma migrate deploy` fails through the PostgreSQL driver
 * adapter (prisma/orm#27403, ../shared/STACK.md), so migrations are applied with node-postgres and recorded in
 * Prisma's own `_prisma_migrations` table, in Prisma's format (the checksum is the sha256 of migration.sql). The
 * history stays compatible with `prisma migrate deploy` and `migrate status` for the day the bug is fixed.
 */

export const POSTGRES_MIGRATIONS = path.resolve(import.meta.dirname, "..", "prisma", "postgres", "migrations");

// Prisma's own advisory-lock key for migrations: two app servers starting at once, or Prisma's CLI, wait in turn.
const MIGRATION_LOCK = 72707369;

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

async function connected<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Applies the migrations in `folder` that the database has not had, each in its own transaction, oldest first, and
 * returns their names. Refuses to go on when an applied migration's file has changed since or an earlier one failed
 * half-way: both need a person (README, "Running on PostgreSQL").
 */
export async function migratePostgres(url: string, folder: string = POSTGRES_MIGRATIONS): Promise<string[]> {
  await ensureDatabase(url);
  return connected(url, async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await client.query(MIGRATIONS_TABLE);
      const { rows } = await client.query<{
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
        rolled_back_at: Date | null;
      }>(`SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations"`);
      const names = readdirSync(folder, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
      const done: string[] = [];
      for (const name of names) {
        const sql = readFileSync(path.join(folder, name, "migration.sql"), "utf8");
        const checksum = createHash("sha256").update(sql).digest("hex");
        const records = rows.filter((r) => r.migration_name === name && r.rolled_back_at === null);
        if (records.some((r) => r.finished_at === null))
          throw new Error(
            `migration ${name} failed part-way earlier; repair the database, then mark it with prisma migrate resolve`,
          );
        const applied = records.find((r) => r.finished_at !== null);
        if (applied) {
          if (applied.checksum !== checksum)
            throw new Error(
              `migration ${name} was changed after it was applied; add a new migration instead of editing an applied one`,
            );
          continue;
        }
        await client.query("BEGIN");
        try {
          await client.query(sql);
          await client.query(
            `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count") VALUES ($1, $2, now(), $3, 1)`,
            [randomUUID(), checksum, name],
          );
          await client.query("COMMIT");
        } catch (e) {
          await client.query("ROLLBACK");
          throw new Error(`migration ${name} failed and was rolled back: ${(e as Error).message}`, { cause: e });
        }
        done.push(name);
      }
      return done;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  });
}

/** Creates the URL's database when the server does not have it, as `prisma migrate deploy` does. */
async function ensureDatabase(url: string): Promise<void> {
  try {
    await connected(url, async () => undefined);
  } catch (e) {
    if ((e as { code?: string }).code !== "3D000") throw e; // invalid_catalog_name: no such database
    const name = decodeURIComponent(new URL(url).pathname.slice(1));
    await connected(databaseOn(url, "postgres"), (c) => c.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`));
    console.log(`created database ${name}`);
  }
}

/** The URL of database `name` on the server `serverUrl` names (same host, port, user and options). */
export function databaseOn(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

const quoted = (name: string) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a database name this tool makes: ${name}`);
  return `"${name}"`;
};

/** Creates an empty database on the server `serverUrl` names (any database of it: the connection is only for this). */
export const createPostgresDatabase = (serverUrl: string, name: string) =>
  connected(serverUrl, (c) => c.query(`CREATE DATABASE ${quoted(name)}`)).then(() => databaseOn(serverUrl, name));

/** Drops a database, closing its connections first (PostgreSQL 13+). */
export const dropPostgresDatabase = (serverUrl: string, name: string) =>
  connected(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`)).then(() => undefined);
