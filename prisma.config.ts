import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./lib/env";

// The CLI resolves the schema's env("DATABASE_URL") even though the adapter supplies the connection; left unset, it
// falls back to downloading a query engine (seen: ENOTFOUND binaries.prisma.sh). Give it the same default as the app.
process.env.DATABASE_URL ||= databaseUrl();

// Prisma 6.19 with the JS (Wasm) engine and a driver adapter: the only combination that migrates offline on these
// machines (../shared/STACK.md, docs/decisions/003-storage.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => new PrismaBetterSQLite3({ url: databaseUrl() }),
});
