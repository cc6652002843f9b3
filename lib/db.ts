import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseFile, databaseUrl } from "./env";

export type Db = PrismaClient;

function createClient(): PrismaClient {
  mkdirSync(path.dirname(databaseFile()), { recursive: true });
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl() }) });
}

// One client per process; in development Next.js re-evaluates modules on every edit, so the client lives on
// globalThis to avoid opening a new connection each time (create-t3-app's src/server/db.ts does the same).
const globalForDb = globalThis as unknown as { db?: PrismaClient };

export const db: PrismaClient = globalForDb.db ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.db = db;
