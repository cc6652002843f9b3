/**
 * The accounts and ingest token of the browser tests' server. e2e/serve.ts makes them in the fresh database before
 * the server starts; the token (made there, shown once) reaches the tests through a file (tokenFile).
 */
import path from "node:path";

export const PASSWORD = "e2e password that is long";
export const ACCOUNTS = {
  editor: { email: "editor@e2e.test", name: "Edith Editor" },
  admin: { email: "admin@e2e.test", name: "Ada Admin" },
} as const;

/** Beside the SQLite file, or in tmp/e2e under the PostgreSQL database's name. */
export const tokenFile = (databaseUrl: string) =>
  databaseUrl.startsWith("file:")
    ? `${path.resolve(databaseUrl.replace(/^file:/, ""))}.ingest-token`
    : path.resolve("tmp/e2e", `${new URL(databaseUrl).pathname.slice(1)}.ingest-token`);
export const storageState = (role: keyof typeof ACCOUNTS) => path.resolve(`tmp/e2e/${role}.storage.json`);
