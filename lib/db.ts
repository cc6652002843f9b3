import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl, fileOfUrl } from "./env";

export type Db = PrismaClient;

/** A client of its own for `url` (DATABASE_URL's database unless given another): scripts, tests, benchmarks. */
export function createClient(url: string = databaseUrl()): PrismaClient {
  mkdirSync(path.dirname(fileOfUrl(url)), { recursive: true });
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

// One client per process; in development Next.js re-evaluates modules on every edit, so the client lives on
// globalThis to avoid opening a new connection each time (create-t3-app's src/server/db.ts does the same).
const globalForDb = globalThis as unknown as { db?: PrismaClient };

export const db: PrismaClient = globalForDb.db ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.db = db;
