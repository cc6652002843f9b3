import type { PrismaClient } from "../lib/generated/prisma/client";
import { providerOf } from "../lib/env";

/**
 * Makes every INSERT into `table` fail ("disk on fire") until the returned function is called: a write that breaks
 * half-way through a transaction, on either engine. `url` says which engine `db` talks to.
 */
export async function failInserts(db: PrismaClient, url: string, table: string): Promise<() => Promise<void>> {
  const name = `fail_${table.toLowerCase()}`;
  if (providerOf(url) === "postgresql") {
    await db.$executeRawUnsafe(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk on fire'; END; $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${name}()`);
    return async () => {
      await db.$executeRawUnsafe(`DROP TRIGGER ${name} ON "${table}"`);
      await db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
    };
  }
  await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER ${name}`);
  };
}
