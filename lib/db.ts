import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { databaseUrl, fileOfUrl, providerOf } from "./env";

/**
 * The app's database client. Its type is the SQLite client's: both are generated from one schema
 * (prisma/postgres/schema.prisma is generated from prisma/schema.prisma, scripts/db-schemas.ts), so their model APIs
 * are the same; only the query compiler inside differs.
 */
export type Db = PrismaClient;

/** A client of its own for `url` (DATABASE_URL's database unless given another): scripts, tests, benchmarks. */
export function createClient(url: string = databaseUrl()): PrismaClient {
  if (providerOf(url) === "postgresql") {
    // An idle connection the server dropped (a restart, a failover) is logged and replaced, not a crash.
    const onPoolError = (e: Error) => console.warn(`database connection lost: ${e.message}`);
    return new PostgresClient({
      adapter: new PrismaPg(poolConfig(url), { onPoolError, onConnectionError: onPoolError }),
    }) as unknown as PrismaClient;
  }
  mkdirSync(path.dirname(fileOfUrl(url)), { recursive: true });
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

/**
 * node-postgres' pool for a PostgreSQL URL. `connection_limit` (Prisma's name for it) sets the pool's size per app
 * process, 10 by default: keep servers × connection_limit under the server's max_connections (README).
 */
export function poolConfig(url: string): { connectionString: string; max?: number } {
  const u = new URL(url);
  const limit = u.searchParams.get("connection_limit");
  u.searchParams.delete("connection_limit");
  const max = limit === null ? undefined : Number(limit);
  if (max !== undefined && !(Number.isInteger(max) && max > 0))
    throw new Error(`connection_limit must be a positive whole number, not "${limit}"`);
  return { connectionString: u.toString(), ...(max && { max }) };
}

// One client per process; in development Next.js re-evaluates modules on every edit, so the client lives on
// globalThis to avoid opening a new connection each time (create-t3-app's src/server/db.ts does the same).
const globalForDb = globalThis as unknown as { db?: PrismaClient };

export const db: PrismaClient = globalForDb.db ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.db = db;
