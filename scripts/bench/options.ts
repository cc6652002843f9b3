/** `npm run bench`'s command line: its flags, their defaults (plain and --quick) and their limits. */
import { parseArgs } from "node:util";

export const USAGE = `usage: npm run bench -- [--quick] [--duration <s>] [--connections 1,10,50] [--sizes 5,100,500]
       [--cost-reps <n>] [--feed-articles <n>] [--feed-stories <n>] [--feed-clients 1,20]
       [--under-ingest <s>] [--under-ingest-clients <n>] [--under-ingest-stories <n>] [--under-ingest-connections <n>]
       [--measures pages,cost,feed,under-ingest] [--accept-encoding <header>] [--postgres <server url>] [--sqlite-only]
       [--port <3300>] [--no-build] [--keep]`;

/** The seed story's size: every run measures it, whatever --sizes says. */
export const SEED_SIZE = 5;

export const MEASURES = ["pages", "cost", "feed", "under-ingest"] as const;
export type Measure = (typeof MEASURES)[number];

export type Kind = "sqlite" | "postgresql";

function parse() {
  try {
    return parseArgs({
      options: {
        quick: { type: "boolean", default: false },
        duration: { type: "string" },
        connections: { type: "string" },
        sizes: { type: "string" },
        "cost-reps": { type: "string" },
        "feed-articles": { type: "string" },
        "feed-stories": { type: "string" },
        "feed-clients": { type: "string" },
        "under-ingest": { type: "string" },
        "under-ingest-clients": { type: "string" },
        "under-ingest-stories": { type: "string" },
        "under-ingest-connections": { type: "string" },
        measures: { type: "string" },
        "accept-encoding": { type: "string", default: "" },
        postgres: { type: "string" },
        "sqlite-only": { type: "boolean", default: false },
        port: { type: "string", default: "3300" },
        "no-build": { type: "boolean", default: false },
        keep: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}
type Values = ReturnType<typeof parse>;

function num(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`--${name} takes whole numbers from ${min} to ${max}, not "${raw}"\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

const list = (name: string, raw: string, min: number, max: number) =>
  raw.split(",").map((c) => num(name, c.trim(), min, max));

function postgresServer(v: Values): string | undefined {
  const postgres = v["sqlite-only"] ? undefined : (v.postgres ?? process.env.BENCH_POSTGRES_URL) || undefined;
  if (postgres && !/^postgres(ql)?:\/\//.test(postgres)) {
    console.error(
      `--postgres takes a postgresql:// URL of a server the bench may create a database on, not "${postgres}"`,
    );
    process.exit(2);
  }
  return postgres;
}

function measures(v: Values): Set<Measure> {
  const names = (v.measures ?? MEASURES.join(",")).split(",").map((m) => m.trim());
  const unknown = names.filter((m) => !(MEASURES as readonly string[]).includes(m));
  if (unknown.length) {
    console.error(`--measures takes ${MEASURES.join(", ")}, not "${unknown.join(", ")}"\n${USAGE}`);
    process.exit(2);
  }
  return new Set(names as Measure[]);
}

export function options() {
  const v = parse();
  if (v.help) {
    console.log(USAGE);
    process.exit(0);
  }
  // --quick: a few minutes instead of a quarter of an hour, for checking the bench itself or a rough comparison.
  const q = v.quick;
  const sizes = list("sizes", v.sizes ?? (q ? "5,100" : "5,100,500"), SEED_SIZE, 2000);
  if (!sizes.includes(SEED_SIZE)) sizes.unshift(SEED_SIZE);
  const postgres = postgresServer(v);
  return {
    measures: measures(v),
    duration: num("duration", v.duration ?? (q ? "2" : "5"), 1, 120),
    connections: list("connections", v.connections ?? "1,10,50", 1, 500),
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    costReps: num("cost-reps", v["cost-reps"] ?? (q ? "3" : "7"), 1, 50),
    feedArticles: num("feed-articles", v["feed-articles"] ?? (q ? "40" : "100"), 1, 5000),
    feedStories: num("feed-stories", v["feed-stories"] ?? "5", 1, 100),
    feedClients: list("feed-clients", v["feed-clients"] ?? "1,20", 1, 200),
    underIngest: num("under-ingest", v["under-ingest"] ?? (q ? "10" : "30"), 1, 600),
    underIngestClients: num("under-ingest-clients", v["under-ingest-clients"] ?? "20", 1, 200),
    underIngestStories: num("under-ingest-stories", v["under-ingest-stories"] ?? "5", 1, 200),
    underIngestConnections: num("under-ingest-connections", v["under-ingest-connections"] ?? "10", 1, 500),
    acceptEncoding: v["accept-encoding"],
    databases: [["sqlite", undefined], ...(postgres ? [["postgresql", postgres]] : [])] as Array<
      [Kind, string | undefined]
    >,
    port: num("port", v.port, 1024, 65535),
    build: !v["no-build"],
    keep: v.keep,
  };
}
export type Options = ReturnType<typeof options>;
