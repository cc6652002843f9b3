/**
 * The browser tests' server (playwright.config.ts runs it): a fresh, migrated and seeded database (SQLite, or
 * PostgreSQL under TEST_POSTGRES_URL), a production build in its own folder, then `npm start`'s server on loopback.
 * The tests' accounts and ingest token are made in that database (e2e/accounts.ts). DATABASE_URL, NEXT_DIST_DIR and
 * PORT come from the config's webServer.env.
 */
import { execFileSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { databaseUrl, fileOfUrl, providerOf } from "../lib/env";
import { createPostgresDatabase, databaseOn, dropPostgresDatabase } from "../lib/postgres-admin";
import { buildNext } from "../scripts/next-app";

const port = process.env.PORT ?? "3200";
const distDir = process.env.NEXT_DIST_DIR;
if (!distDir || distDir === ".next") throw new Error("set NEXT_DIST_DIR to a build folder of the tests' own");
// The database is deleted below: never the developers' own (lib/env.ts's default).
const url = databaseUrl();
if (
  !process.env.DATABASE_URL ||
  (providerOf(url) === "sqlite"
    ? fileOfUrl(url).startsWith(path.resolve("data"))
    : !/^\/nc_e2e_\w+$/.test(new URL(url).pathname))
) {
  throw new Error(
    "set DATABASE_URL to a database of the tests' own: a file outside data/, or a PostgreSQL database named nc_e2e_…",
  );
}

const run = (args: string[]) => execFileSync("npx", ["--no-install", ...args], { stdio: "inherit" });

if (providerOf(url) === "postgresql") {
  const name = new URL(url).pathname.slice(1);
  const server = databaseOn(url, "postgres");
  await dropPostgresDatabase(server, name);
  await createPostgresDatabase(server, name);
} else {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(fileOfUrl(url) + suffix, { force: true });
}
run(["tsx", "scripts/setup-db.ts"]);
run(["tsx", "e2e/setup-accounts.ts"]);

// Into the tests' own folder, which tsconfig.json does not keep (scripts/next-app.ts).
buildNext(process.env, "inherit");

// `npm start`'s server (scripts/start.ts), not bare `next start`: the sign-in limits count the connection's address
// only there (e2e/sign-in.spec.ts).
const server = spawn("npx", ["--no-install", "tsx", "scripts/start.ts", "--hostname", "127.0.0.1", "--port", port], {
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
