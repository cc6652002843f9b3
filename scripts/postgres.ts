/**
 * Synchronous callers' way to the PostgreSQL housekeeping in lib/postgres-admin.ts (lib/migrate.ts and the test
 * helpers run it as a child process so their own API stays synchronous, like the SQLite CLI they also call):
 *   tsx scripts/postgres.ts migrate <database-url>
 *   tsx scripts/postgres.ts create <server-url> <name>     prints the new database's URL
 *   tsx scripts/postgres.ts drop <server-url> <name>
 */
import { createPostgresDatabase, dropPostgresDatabase, migratePostgres } from "../lib/postgres-admin";

const [command, url, name] = process.argv.slice(2);
if (!url || (command !== "migrate" && !name)) {
  console.error(
    "usage: tsx scripts/postgres.ts migrate <database-url> | create <server-url> <name> | drop <server-url> <name>",
  );
  process.exit(2);
}
try {
  if (command === "migrate") {
    const applied = await migratePostgres(url);
    if (applied.length)
      console.log(`applied ${applied.length} migration${applied.length === 1 ? "" : "s"}: ${applied.join(", ")}`);
  } else if (command === "create") console.log(await createPostgresDatabase(url, name!));
  else if (command === "drop") await dropPostgresDatabase(url, name!);
  else throw new Error(`unknown command ${command}`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
