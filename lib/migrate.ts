import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseUrl, fileOfUrl, providerOf } from "./env";

const root = path.resolve(import.meta.dirname, "..");

/**
 * Applies the pending migrations to DATABASE_URL's database, or to another given as a URL, without seeding: SQLite
 * with `prisma migrate deploy` (creating the file's folder), PostgreSQL with lib/postgres-admin.ts (the CLI's deploy
 * fails through the PostgreSQL adapter, ../shared/STACK.md). Throws with the tool's output when a migration fails.
 * For scripts and tests only (db:setup, ingest, the benchmarks, throwaway test databases): it runs tools from
 * node_modules as child processes, from the project root, so that the call stays synchronous and a relative SQLite
 * URL names the same file for the tool as for the caller whatever the caller's working directory.
 */
export function migrate(url: string = databaseUrl()): void {
  if (providerOf(url) === "postgresql") {
    postgresTool(["migrate", url], url, `migrating ${redact(url)}`);
    return;
  }
  const file = fileOfUrl(url);
  mkdirSync(path.dirname(file), { recursive: true });
  run(
    [path.join(root, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"],
    `file:${file}`,
    `migrating ${file}`,
  );
}

/**
 * scripts/postgres.ts (migrate, create, drop) run synchronously as a child process; returns what it printed. For
 * synchronous callers of lib/postgres-admin.ts: this module and the test helpers.
 */
export function postgresTool(
  args: string[],
  url: string = databaseUrl(),
  what = `scripts/postgres.ts ${args[0]}`,
): string {
  return run(
    [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), path.join(root, "scripts", "postgres.ts"), ...args],
    url,
    what,
  );
}

function run(args: string[], url: string, what: string): string {
  try {
    return execFileSync(process.execPath, args, {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
  } catch (e) {
    // The tools' chatter ("Loaded Prisma config…") is only worth showing when the command failed.
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    const output = [stdout, stderr]
      .map((b) => b?.trim())
      .filter(Boolean)
      .join("\n");
    throw new Error(`${what} failed:\n${output}`, { cause: e });
  }
}

/** A database URL without its password, for messages and logs. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return url;
  }
}
