/**
 * The PostgreSQL schema as a function of the SQLite one (prisma/schema.prisma, the source of truth). Only the
 * datasource provider and the generated client's folder differ: every type the schema uses (String, Int, BigInt,
 * Boolean, DateTime, Json) maps to a native PostgreSQL column. A SQLite-only construct in the source would make the
 * generated schema fail `prisma validate`, which CI runs (scripts/db-schemas.ts, scripts/check-db.ts).
 */
export const POSTGRES_HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:schemas`: do not edit; edit prisma/schema.prisma instead.\n";

export function postgresSchema(sqlite: string): string {
  let providers = 0;
  let outputs = 0;
  const out = sqlite
    .replace(/(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/, (_, head: string) => {
      providers++;
      return `${head}"postgresql"`;
    })
    // The schema file moves one folder down (prisma/postgres/), and the client gets a folder of its own.
    .replace(/(generator\s+client\s*\{[^}]*?output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, (_, head: string) => {
      outputs++;
      return `${head}"../../lib/generated/postgres"`;
    });
  if (providers !== 1 || outputs !== 1) {
    throw new Error(
      'prisma/schema.prisma must have one datasource with provider = "sqlite" and one generator with output = "../lib/generated/prisma"',
    );
  }
  return POSTGRES_HEADER + out;
}
