/** Run by e2e/serve.ts after the database is migrated and seeded: the tests' accounts and ingest token. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { db } from "../lib/db";
import { COMMAND_LINE } from "../lib/editors/actor";
import { createToken } from "../lib/editors/tokens";
import { createUser } from "../lib/editors/users";
import { databaseUrl } from "../lib/env";
import { ACCOUNTS, PASSWORD, tokenFile } from "./accounts";

for (const [role, account] of Object.entries(ACCOUNTS))
  await createUser(db, COMMAND_LINE, { ...account, password: PASSWORD, role });
const { token } = await createToken(db, COMMAND_LINE, { name: "e2e fixtures" });
const file = tokenFile(databaseUrl());
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, token, { mode: 0o600 });
await db.$disconnect();
