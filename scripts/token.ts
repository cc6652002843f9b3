/**
 * npm run token:create -- --name <client>   makes an ingest token and prints it (once: only its hash is kept)
 * npm run token:revoke -- --id <token id>   revokes one; its client gets 401 from then on
 * npm run token:list                        lists tokens with their last use
 * The command line acts as an admin and is recorded as "command line" in the audit trail.
 */
import { parseArgs } from "node:util";

const USAGE =
  "usage: npm run token:create -- --name <client> | npm run token:revoke -- --id <token id> | npm run token:list";

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { name: { type: "string" }, id: { type: "string" } } });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const [command] = parsed.positionals;
  if (!["create", "revoke", "list"].includes(command ?? "")) {
    console.error(USAGE);
    process.exit(2);
  }
  const { migrate } = await import("../lib/migrate");
  migrate();
  const { db } = await import("../lib/db");
  const tokens = await import("../lib/editors/tokens");
  const { COMMAND_LINE } = await import("../lib/editors/actor");
  const { ClientError } = await import("../lib/errors");
  try {
    if (command === "create") {
      const created = await tokens.createToken(db, COMMAND_LINE, { name: parsed.values.name });
      console.log(
        `created token ${created.id} (${created.name}). Send it as "Authorization: Bearer <token>"; it is shown only now:`,
      );
      console.log(created.token);
    } else if (command === "revoke") {
      await tokens.revokeToken(db, COMMAND_LINE, parsed.values.id);
      console.log(`revoked ${parsed.values.id}`);
    } else {
      for (const t of await tokens.listTokens(db)) {
        const state = t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : "live";
        console.log(`${t.id}  ${t.prefix}…  ${t.name}  ${state}  last used ${t.lastUsedAt?.toISOString() ?? "never"}`);
      }
    }
  } catch (e) {
    if (!(e instanceof ClientError)) throw e;
    console.error(e.message);
    for (const [field, messages] of Object.entries(e.fieldErrors ?? {}))
      console.error(`  --${field}: ${messages.join("; ")}`);
    process.exitCode = 2;
  } finally {
    await db.$disconnect();
  }
}

await main();
