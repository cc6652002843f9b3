/**
 * npm run db:schemas [-- --check]: writes prisma/postgres/schema.prisma from prisma/schema.prisma, the one schema
 * developers edit. A Prisma schema names one provider, so PostgreSQL needs a file of its own (../shared/STACK.md); it
 * is generated rather than kept by hand so the two cannot drift. --check writes nothing and fails when the file is
 * not what the generator would write (CI runs it; docs/decisions/007-postgresql.md).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { postgresSchema } from "../lib/db-schema";

const root = path.resolve(import.meta.dirname, "..");
const source = path.join(root, "prisma", "schema.prisma");
const target = path.join(root, "prisma", "postgres", "schema.prisma");

const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
const want = postgresSchema(readFileSync(source, "utf8"));
let have: string | null = null;
try {
  have = readFileSync(target, "utf8");
} catch {
  // not written yet
}
if (values.check) {
  if (have !== want) {
    console.error(
      `${path.relative(root, target)} is out of date with prisma/schema.prisma: run npm run db:schemas, then make a PostgreSQL migration (README, "Changing the schema").`,
    );
    process.exit(1);
  }
  console.log(`${path.relative(root, target)} is in sync with prisma/schema.prisma`);
} else if (have !== want) {
  writeFileSync(target, want);
  console.log(`wrote ${path.relative(root, target)}`);
}
