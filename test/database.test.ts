import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { poolConfig } from "../lib/db";
import { postgresSchema, POSTGRES_HEADER } from "../lib/db-schema";
import { providerOf } from "../lib/env";
import {
  createPostgresDatabase,
  dropPostgresDatabase,
  migratePostgres,
  POSTGRES_MIGRATIONS,
} from "../lib/postgres-admin";
import { testPostgresServer } from "./databases";
import { createTempDb } from "./temp-db";

describe("choosing the database", () => {
  it("reads the engine from DATABASE_URL", () => {
    expect(providerOf("file:./data/app.db")).toBe("sqlite");
    expect(providerOf("postgresql://u:p@db.example.org:5432/news?sslmode=require")).toBe("postgresql");
    expect(providerOf("postgres://localhost/news")).toBe("postgresql");
  });

  it("sizes the PostgreSQL pool from connection_limit and keeps the other options", () => {
    expect(poolConfig("postgresql://u:p@h:5432/db?sslmode=require&connection_limit=25")).toEqual({
      connectionString: "postgresql://u:p@h:5432/db?sslmode=require",
      max: 25,
    });
    expect(poolConfig("postgresql://h/db")).toEqual({ connectionString: "postgresql://h/db" });
    expect(() => poolConfig("postgresql://h/db?connection_limit=lots")).toThrow(/connection_limit/);
  });
});

describe("the PostgreSQL schema", () => {
  const sqlite = `generator client {\n  provider = "prisma-client"\n  output   = "../lib/generated/prisma"\n}\n\ndatasource db {\n  provider = "sqlite"\n  url      = env("DATABASE_URL")\n}\n\nmodel A {\n  id String @id\n  provider String\n}\n`;

  it("is the SQLite schema with PostgreSQL's provider and client folder, marked as generated", () => {
    const pg = postgresSchema(sqlite);
    expect(pg.startsWith(POSTGRES_HEADER)).toBe(true);
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain('output   = "../../lib/generated/postgres"');
    // Only the datasource's provider changes, not a field that happens to be called "provider".
    expect(pg).toContain("  provider String\n");
    expect(
      pg
        .replace(POSTGRES_HEADER, "")
        .replace("postgresql", "sqlite")
        .replace("../../lib/generated/postgres", "../lib/generated/prisma"),
    ).toBe(sqlite);
  });

  it("refuses a source it does not recognise rather than guess", () => {
    expect(() => postgresSchema(sqlite.replace('"sqlite"', '"mysql"'))).toThrow(/provider = "sqlite"/);
  });
});

describe("the audit trail", () => {
  const t = createTempDb();
  afterAll(() => t.cleanup());

  it("is append-only on this engine: no update, no delete", async () => {
    const event = await t.db.auditEvent.create({
      data: { actor: "command line", action: "token.create", subjectType: "token", subjectId: "t1", data: {} },
    });
    // The trigger's own message as the driver reported it: SQLite's arrives inside Prisma's P2003, PostgreSQL's as the
    // adapter's own error. (Matching Prisma's whole message would also match its quote of the calling source line,
    // which once held this very pattern.)
    type Refused = {
      name?: string;
      message: string;
      meta?: { driverAdapterError?: { cause?: { originalMessage?: string } } };
    };
    const refusal = (write: Promise<unknown>) =>
      write.then(
        () => "written",
        (e: Refused) =>
          e.meta?.driverAdapterError?.cause?.originalMessage ??
          (e.name === "DriverAdapterError" ? e.message : `another error: ${e.message}`),
      );
    const edit = t.db.auditEvent.update({ where: { id: event.id }, data: { action: "token.revoke" } });
    expect(await refusal(edit)).toMatch(/AuditEvent is append-only/);
    expect(await refusal(t.db.auditEvent.deleteMany({}))).toMatch(/AuditEvent is append-only/);
    expect(await t.db.auditEvent.findUnique({ where: { id: event.id } })).toMatchObject({ action: "token.create" });
  });
});

const server = testPostgresServer();
describe.skipIf(!server)("PostgreSQL migrations (lib/postgres-admin.ts)", () => {
  const name = `nc_test_mig_${randomBytes(4).toString("hex")}`;
  const folder = mkdtempSync(path.join(tmpdir(), "newscompare-migrations-"));
  afterAll(async () => {
    await dropPostgresDatabase(server!, name);
    rmSync(folder, { recursive: true, force: true });
  });

  it("applies each migration once, records it as Prisma does, and refuses an edited one", async () => {
    cpSync(POSTGRES_MIGRATIONS, folder, { recursive: true });
    const url = await createPostgresDatabase(server!, name);
    const first = await migratePostgres(url, folder);
    expect(first.length).toBeGreaterThan(0);
    // Two servers starting at once: the advisory lock makes the second wait, then find nothing to do.
    expect(await Promise.all([migratePostgres(url, folder), migratePostgres(url, folder)])).toEqual([[], []]);

    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT "migration_name", "checksum", "finished_at" FROM "_prisma_migrations" ORDER BY 1`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(first);
      expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum) && r.finished_at)).toBe(true);

      appendFileSync(path.join(folder, first[0]!, "migration.sql"), "\n-- edited afterwards\n");
      await expect(migratePostgres(url, folder)).rejects.toThrow(/changed after it was applied/);
    } finally {
      await client.end();
    }
  });

  it("rolls a failing migration back whole and applies nothing after it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "newscompare-migrations-"));
    cpSync(POSTGRES_MIGRATIONS, dir, { recursive: true });
    const write = (migration: string, sql: string) => {
      mkdirSync(path.join(dir, migration));
      writeFileSync(path.join(dir, migration, "migration.sql"), sql);
    };
    write("29990101000000_broken", `CREATE TABLE "Half" ("id" TEXT);\nSELECT no_such_function();\n`);
    write("29990101000001_after", `CREATE TABLE "After" ("id" TEXT);\n`);
    const other = `${name}_b`;
    const url = await createPostgresDatabase(server!, other);
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    try {
      await expect(migratePostgres(url, dir)).rejects.toThrow(/29990101000000_broken failed and was rolled back/);
      await client.connect();
      const { rows } = await client.query(
        `SELECT to_regclass('"Half"') AS half, to_regclass('"After"') AS after, to_regclass('"Story"') IS NOT NULL AS story, (SELECT count(*) FROM "_prisma_migrations" WHERE "migration_name" LIKE '2999%') AS recorded`,
      );
      expect(rows[0]).toEqual({ half: null, after: null, story: true, recorded: "0" });
    } finally {
      await client.end();
      await dropPostgresDatabase(server!, other);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
