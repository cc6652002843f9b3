import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl, providerOf } from "./lib/env";

// The CLI resolves the schema's env("DATABASE_URL") even though the adapter supplies the connection; left unset, it
// falls back to downloading a query engine (seen: ENOTFOUND binaries.prisma.sh). Give it the same default as the app.
process.env.DATABASE_URL ||= databaseUrl();
const url = databaseUrl();

// DATABASE_URL picks the engine: SQLite (prisma/schema.prisma, the one developers edit) or PostgreSQL
// (prisma/postgres/, its schema generated from the SQLite one by `npm run db:schemas`, with migrations of its own).
// Prisma 6.19 with the JS (Wasm) engine and a driver adapter: the only combination that migrates offline on these
// machines (../shared/STACK.md, docs/decisions/003-storage-and-ingest.md, 007-postgresql.md). `prisma migrate deploy`
// does not work through the PostgreSQL adapter (prisma/orm#27403): lib/migrate.ts applies those migrations itself.
const folder = providerOf(url) === "postgresql" ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () =>
    providerOf(url) === "postgresql" ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url }),
});
