/**
 * npm run user:create -- --email ada@example.org --role admin [--name "Ada"] [--password …]
 * Makes an account (reader, editor or admin), migrating the database first. This is how the first admin is made;
 * later accounts can be made at /admin/users. Without --password a strong one is generated and printed once.
 * Bad input prints its field errors and exits with code 2; nothing is written.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";

const USAGE =
  "usage: npm run user:create -- --email <email> --role <reader|editor|admin> [--name <name>] [--password <password>]";

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        password: { type: "string" },
      },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const generated = values.password === undefined;
  const password = values.password ?? randomBytes(18).toString("base64url");
  const { migrate } = await import("../lib/migrate");
  migrate();
  const { db } = await import("../lib/db");
  const { createUser } = await import("../lib/editors/users");
  const { COMMAND_LINE } = await import("../lib/editors/actor");
  const { ClientError } = await import("../lib/errors");
  try {
    const user = await createUser(db, COMMAND_LINE, {
      email: values.email,
      role: values.role,
      name: values.name,
      password,
    });
    console.log(`created ${user.role} ${user.email}`);
    if (generated) console.log(`password (shown once): ${password}`);
  } catch (e) {
    if (!(e instanceof ClientError)) throw e;
    console.error(e.message);
    for (const [field, messages] of Object.entries(e.fieldErrors ?? {}))
      console.error(`  --${field}: ${messages.join("; ")}`);
    console.error(USAGE);
    process.exitCode = 2;
  } finally {
    await db.$disconnect();
  }
}

await main();
