/**
 * npm run db:generate (and postinstall): generates both Prisma clients, SQLite's (lib/generated/prisma) and
 * PostgreSQL's (lib/generated/postgres); lib/db.ts picks one by DATABASE_URL. prisma.config.ts chooses the schema from
 * DATABASE_URL, so the second run names a PostgreSQL URL (nothing connects to it: generating needs no database).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const prisma = path.join(root, "node_modules", "prisma", "build", "index.js");
for (const url of ["file:./data/generate.db", "postgresql://generate@localhost/generate"]) {
  execFileSync(process.execPath, [prisma, "generate"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
}
