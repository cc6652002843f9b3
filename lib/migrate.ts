import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseUrl, fileOfUrl } from "./env";

const root = path.resolve(import.meta.dirname, "..");

/**
 * Creates the database file's folder and applies the pending migrations (`prisma migrate deploy`), without seeding;
 * DATABASE_URL's database unless given another `file:` URL. Throws with the CLI's output when a migration fails. For
 * scripts and tests only (db:setup, ingest, the benchmarks, throwaway test databases): it runs
 * the Prisma CLI from node_modules. The CLI runs from the project root, where prisma.config.ts is, and gets the
 * database as an absolute path, so a relative DATABASE_URL names the same file for it as for the caller whatever the
 * caller's working directory.
 */
export function migrate(url: string = databaseUrl()): void {
  const file = fileOfUrl(url);
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    execFileSync(
      process.execPath,
      [path.join(root, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: `file:${file}` },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
  } catch (e) {
    // The CLI's chatter ("Loaded Prisma config…") is only worth showing when the migration failed.
    const { stdout, stderr } = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(
      `prisma migrate deploy failed for ${file}:\n${[stdout, stderr]
        .map((b) => b?.toString().trim())
        .filter(Boolean)
        .join("\n")}`,
      { cause: e },
    );
  }
}
