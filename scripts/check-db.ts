/**
 * npm run db:check: the database definitions agree with each other.
 *   1. prisma/postgres/schema.prisma is what `npm run db:schemas` makes from prisma/schema.prisma.
 *   2. For each engine, the committed migrations build the same tables, columns, indexes and keys as the schema
 *      does from nothing (`prisma migrate diff --from-empty`): nobody changed the schema without a migration, or a
 *      migration without the schema. (Prisma's own checks for this, `migrate diff --from-migrations` and
 *      `--from-schema-datasource`, refuse to run with a driver adapter; docs/decisions/007-postgresql.md.)
 * PostgreSQL is checked on TEST_POSTGRES_URL's server (scripts/with-postgres.sh makes one); without it, that part is
 * skipped with a note. Exits 1 on any difference, naming it.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { postgresSchema } from "../lib/db-schema";
import { migrate } from "../lib/migrate";
import { createPostgresDatabase, databaseOn, dropPostgresDatabase } from "../lib/postgres-admin";

const root = path.resolve(import.meta.dirname, "..");
const problems: string[] = [];

// 1. The generated schema.
const generated = path.join(root, "prisma", "postgres", "schema.prisma");
if (
  readFileSync(generated, "utf8") !== postgresSchema(readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8"))
) {
  problems.push(
    "prisma/postgres/schema.prisma is out of date with prisma/schema.prisma: run npm run db:schemas, then add a PostgreSQL migration",
  );
} else console.log("ok: prisma/postgres/schema.prisma is generated from prisma/schema.prisma");

/** The SQL that builds `schema` from nothing, as Prisma writes it. */
function fromEmpty(schema: string, url: string): string {
  return execFileSync(
    process.execPath,
    [
      path.join(root, "node_modules", "prisma", "build", "index.js"),
      "migrate",
      "diff",
      "--from-empty",
      "--to-schema-datamodel",
      schema,
      "--script",
    ],
    {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}

type Structure = Record<string, unknown>;

function compare(engine: string, migrated: Structure, expected: Structure) {
  const names = new Set([...Object.keys(migrated), ...Object.keys(expected)]);
  let same = true;
  for (const name of [...names].sort()) {
    const [a, b] = [JSON.stringify(migrated[name] ?? null), JSON.stringify(expected[name] ?? null)];
    if (a !== b) {
      same = false;
      problems.push(`${engine}: ${name} differs\n  migrations build: ${a}\n  the schema wants: ${b}`);
    }
  }
  if (same) console.log(`ok: ${engine} migrations build what the schema describes (${names.size} tables)`);
}

// 2a. SQLite.
function sqliteStructure(file: string): Structure {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`,
      )
      .all() as Array<{ name: string }>;
    return Object.fromEntries(
      tables.map(({ name }) => {
        const q = (pragma: string) => db.prepare(`PRAGMA ${pragma}("${name}")`).all() as Array<Record<string, unknown>>;
        const columns = q("table_info")
          .map(({ cid: _cid, ...c }) => c)
          .sort((a, b) => String(a.name).localeCompare(String(b.name)));
        const indexes = q("index_list")
          .map((i) => ({
            name: i.name,
            unique: i.unique,
            columns: (db.prepare(`PRAGMA index_info("${String(i.name)}")`).all() as Array<{ name: string }>).map(
              (c) => c.name,
            ),
          }))
          .sort((a, b) => String(a.name).localeCompare(String(b.name)));
        const keys = q("foreign_key_list")
          .map(({ id: _id, seq: _seq, ...k }) => k)
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
        return [name, { columns, indexes, keys }];
      }),
    );
  } finally {
    db.close();
  }
}

{
  const dir = mkdtempSync(path.join(tmpdir(), "newscompare-check-"));
  try {
    const migratedFile = path.join(dir, "migrated.db");
    migrate(`file:${migratedFile}`);
    const expectedFile = path.join(dir, "expected.db");
    const db = new Database(expectedFile);
    db.exec(fromEmpty(path.join("prisma", "schema.prisma"), `file:${expectedFile}`));
    db.close();
    compare("SQLite", sqliteStructure(migratedFile), sqliteStructure(expectedFile));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// 2b. PostgreSQL.
async function postgresStructure(url: string): Promise<Structure> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows as Array<Record<string, unknown> & { t: string }>;
    const columns = await q(
      `SELECT table_name AS t, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length, numeric_precision, datetime_precision
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`,
    );
    const indexes = await q(
      `SELECT tablename AS t, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
    );
    const constraints = await q(
      `SELECT conrelid::regclass::text AS t, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"') ORDER BY 1, 2`,
    );
    const out: Record<string, { columns: unknown[]; indexes: unknown[]; constraints: unknown[] }> = {};
    const table = (t: string) => (out[t.replace(/^"|"$/g, "")] ??= { columns: [], indexes: [], constraints: [] });
    for (const { t, ...c } of columns) table(t).columns.push(c);
    for (const { t, ...i } of indexes) table(t).indexes.push(i);
    for (const { t, ...c } of constraints) table(t).constraints.push(c);
    return out;
  } finally {
    await client.end();
  }
}

const server = process.env.TEST_POSTGRES_URL;
if (!server) {
  console.log("skipped: PostgreSQL migrations (set TEST_POSTGRES_URL, or run through scripts/with-postgres.sh)");
} else {
  const suffix = randomBytes(4).toString("hex");
  const [migratedName, expectedName] = [`nc_check_m_${suffix}`, `nc_check_e_${suffix}`];
  try {
    const migratedUrl = await createPostgresDatabase(server, migratedName);
    migrate(migratedUrl);
    const expectedUrl = await createPostgresDatabase(server, expectedName);
    const client = new pg.Client({ connectionString: expectedUrl });
    await client.connect();
    await client.query(fromEmpty(path.join("prisma", "postgres", "schema.prisma"), databaseOn(server, expectedName)));
    await client.end();
    compare("PostgreSQL", await postgresStructure(migratedUrl), await postgresStructure(expectedUrl));
  } finally {
    await dropPostgresDatabase(server, migratedName);
    await dropPostgresDatabase(server, expectedName);
  }
}

if (problems.length) {
  console.error(`\n${problems.join("\n\n")}`);
  process.exit(1);
}
