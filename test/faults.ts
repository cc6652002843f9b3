import type { PrismaClient } from "../lib/generated/prisma/client";
import { providerOf } from "../lib/env";

/**
 * Makes INSERTs into `table` fail with `message` until the returned function is called: a write that breaks half-way
 * through a transaction, on either engine. `when` limits it to some rows (an SQL condition on NEW, the same on both
 * engines, e.g. `NEW."title" = 'poison'`). `url` says which engine `db` talks to.
 */
export async function failInserts(
  db: PrismaClient,
  url: string,
  table: string,
  { when, message = "disk on fire" }: { when?: string; message?: string } = {},
): Promise<() => Promise<void>> {
  const name = `fail_${table.toLowerCase()}`;
  if (providerOf(url) === "postgresql") {
    const raise = `RAISE EXCEPTION '${message}';`;
    await db.$executeRawUnsafe(
      `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${when ? `IF ${when} THEN ${raise} END IF;` : raise} RETURN NEW; END; $$`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${name}()`,
    );
    return async () => {
      await db.$executeRawUnsafe(`DROP TRIGGER ${name} ON "${table}"`);
      await db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
    };
  }
  await db.$executeRawUnsafe(
    `CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" ${when ? `WHEN ${when} ` : ""}BEGIN SELECT RAISE(ABORT, '${message}'); END`,
  );
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER ${name}`);
  };
}
