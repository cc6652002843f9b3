/**
 * npm run bench [-- --quick] [-- --postgres postgresql://user@127.0.0.1:5432/postgres]
 *
 * Load-tests the production server (`next start` on 127.0.0.1) on a fresh database of each kind: SQLite always,
 * PostgreSQL as well when given a server (--postgres <url> or BENCH_POSTGRES_URL; the bench makes a database of its
 * own there and drops it afterwards). On each, through POST /api/articles as a client would, it loads the seed story
 * (5 articles) and synthetic stories of 100 and 500 (scripts/synthetic-story.ts), then measures:
 *
 *  - pages: each story's matrix (default view) and its widest permalink at 1, 10 and 50 connections with autocannon:
 *    p50/p95 latency, requests per second, bytes per response;
 *  - ingest cost: the median time to ingest one article into each story, and how it grows with the story's size;
 *  - ingest throughput: a wire feed of single-article requests, each naming its story, spread over several stories,
 *    sent by 1 client and by 20 concurrent clients: articles per second over the whole feed;
 *  - pages under ingest: while 20 clients keep ingesting single articles into 5 stories (as the wire feed), the
 *    100-article story's cached matrix and then a filtered view of it (rendered per request) at 10 connections:
 *    p50/p95 latency.
 *
 * Prints one table and whether each target is met, writes bench-results/bench.json. Targets (issue 5): matrix p95
 * under 150 ms at 50 connections for the 100-article story; ingest of at least 20 articles/s with 20 clients on
 * PostgreSQL; ingest cost per article that grows no faster than linearly with the story's size. Hardening issue,
 * finding 1: the cached matrix's p95 under 150 ms while 20 clients ingest for 30 s.
 *
 * The machine may be shared and noisy, and autocannon runs on the same cores as the server: the load average is
 * printed and stored with every measurement; compare runs made under the same conditions, and ratios over figures.
 * The build goes to NEXT_DIST_DIR (default .next-bench), made once for every database; --no-build reuses it.
 */
import { spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createClient } from "../lib/db";
import { redact } from "../lib/migrate";
import { createPostgresDatabase, dropPostgresDatabase } from "../lib/postgres-admin";
import { COMMAND_LINE } from "../lib/editors/actor";
import { createToken } from "../lib/editors/tokens";
import type { IngestOutcome } from "../lib/stories/mutations";
import type { IngestArticle } from "../lib/stories/schema";
import { buildNext, ROOT, signalGroup, spawnNextStart, stopGroup } from "./next-app";
import { loadSeedBundle, mulberry32, paragraphPool, PRNG_SEED, syntheticArticle, type Rng } from "./synthetic-story";

const USAGE = `usage: npm run bench -- [--quick] [--duration <s>] [--connections 1,10,50] [--sizes 5,100,500]
       [--cost-reps <n>] [--feed-articles <n>] [--feed-stories <n>] [--feed-clients 1,20]
       [--under-ingest <s>] [--under-ingest-clients <n>] [--under-ingest-stories <n>] [--under-ingest-connections <n>]
       [--measures pages,cost,feed,under-ingest] [--accept-encoding <header>] [--postgres <server url>] [--sqlite-only]
       [--port <3300>] [--no-build] [--keep]`;

const OUT_FILE = path.join(ROOT, "bench-results", "bench.json");
const SEED_SLUG = "iran-syria-2018";
const SEED_SIZE = 5;
/** The route takes at most 50 articles per request (MAX_BATCH): the synthetic stories are loaded in such batches. */
const BATCH = 50;
const WARMUP_SECONDS = 1;
/** 503 answers (database busy) are retried after Retry-After, as a well-behaved client would, at most this often. */
const MAX_RETRIES = 20;

const TARGETS = {
  matrixP95Ms: 150,
  matrixConnections: 50,
  matrixStorySize: 100,
  ingestPerSecond: 20,
  ingestClients: 20,
  ingestDatabase: "postgresql" as Kind,
  /** Per-article cost against story size, on a log-log scale: 1 is linear. */
  costExponent: 1,
  /** The cached matrix of the 100-article story while 20 clients ingest (hardening issue, finding 1). */
  underIngestP95Ms: 150,
  underIngestClients: 20,
};

const MEASURES = ["pages", "cost", "feed", "under-ingest"] as const;
type Measure = (typeof MEASURES)[number];

type Kind = "sqlite" | "postgresql";

// ---------------------------------------------------------------------------------------------------------------
// Options

function options() {
  let parsed;
  try {
    parsed = parseArgs({
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
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const v = parsed.values;
  if (v.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const num = (name: string, raw: string, min: number, max: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      console.error(`--${name} takes whole numbers from ${min} to ${max}, not "${raw}"\n${USAGE}`);
      process.exit(2);
    }
    return n;
  };
  const list = (name: string, raw: string, min: number, max: number) =>
    raw.split(",").map((c) => num(name, c.trim(), min, max));
  // --quick: a few minutes instead of a quarter of an hour, for checking the bench itself or a rough comparison.
  const q = v.quick;
  const sizes = list("sizes", v.sizes ?? (q ? "5,100" : "5,100,500"), SEED_SIZE, 2000);
  if (!sizes.includes(SEED_SIZE)) sizes.unshift(SEED_SIZE);
  const postgres = v["sqlite-only"] ? undefined : (v.postgres ?? process.env.BENCH_POSTGRES_URL) || undefined;
  if (postgres && !/^postgres(ql)?:\/\//.test(postgres)) {
    console.error(
      `--postgres takes a postgresql:// URL of a server the bench may create a database on, not "${postgres}"`,
    );
    process.exit(2);
  }
  const measures = (v.measures ?? MEASURES.join(",")).split(",").map((m) => m.trim());
  const unknown = measures.filter((m) => !(MEASURES as readonly string[]).includes(m));
  if (unknown.length) {
    console.error(`--measures takes ${MEASURES.join(", ")}, not "${unknown.join(", ")}"\n${USAGE}`);
    process.exit(2);
  }
  return {
    measures: new Set(measures as Measure[]),
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
type Options = ReturnType<typeof options>;

// ---------------------------------------------------------------------------------------------------------------
// A fresh database: the only part of the bench that knows one provider from the other. Everything after it (schema,
// seed, the server, the reads below) goes through the app's own code with nothing but the URL.

interface BenchDatabase {
  kind: Kind;
  url: string;
  /** The URL with any password left out, for the report. */
  shown: string;
  drop: () => Promise<void>;
}

async function freshDatabase(kind: Kind, server: string | undefined, keep: boolean): Promise<BenchDatabase> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bench-"));
    const url = `file:${path.join(dir, "bench.db")}`;
    return {
      kind,
      url,
      shown: url,
      drop: async () => (keep ? console.log(`  kept ${dir}`) : rmSync(dir, { recursive: true, force: true })),
    };
  }
  const name = `newscompare_bench_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const url = await createPostgresDatabase(server!, name);
  return {
    kind,
    url,
    shown: redact(url),
    drop: async () => (keep ? console.log(`  kept database ${name}`) : dropPostgresDatabase(server!, name)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The server and its cleanup

class BenchError extends Error {}

let server: ChildProcess | null = null;
let serverLog: string[] = [];

/** Stops the server's whole process group (next start may fork), first politely. */
async function stopServer(): Promise<void> {
  const s = server;
  server = null;
  if (s) await stopGroup(s);
}

// Last resort when the process ends some other way (an uncaught error): no waiting is possible in 'exit'.
process.on("exit", () => {
  if (server?.pid && server.exitCode === null) signalGroup(server.pid, "SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the server`);
    void stopServer().finally(() => process.exit(130));
  });
}

const portInUse = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

async function startServer(port: number, env: NodeJS.ProcessEnv): Promise<string> {
  if (await portInUse(port))
    throw new BenchError(`port ${port} is already in use; pick another with --port (3300-3399)`);
  const base = `http://127.0.0.1:${port}`;
  serverLog = [];
  // Its own process group, so stopServer reaches anything it forks.
  server = spawnNextStart(port, env);
  for (const stream of [server.stdout!, server.stderr!]) stream.on("data", (d: Buffer) => serverLog.push(d.toString()));
  const started = performance.now();
  while (performance.now() - started < 60_000) {
    if (server.exitCode !== null)
      throw new BenchError(`next start exited with code ${server.exitCode}:\n${serverLog.join("")}`);
    try {
      const r = await fetch(`${base}/`);
      await r.arrayBuffer();
      if (r.ok) return base;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new BenchError(`the server did not answer GET / with 200 within 60 s:\n${serverLog.join("")}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------------------------
// Build and setup

function runStep(what: string, args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new BenchError(`${what} failed (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return performance.now() - started;
}

/** The Prisma clients, as `npm run build` makes them first, then the app into its own folder (scripts/next-app.ts). */
function build(env: NodeJS.ProcessEnv): number {
  const generateMs = runStep("npm run db:generate", ["--import", "tsx", "scripts/db-generate.ts"], env);
  try {
    return generateMs + buildNext(env);
  } catch (e) {
    throw new BenchError((e as Error).message);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring

const load1 = () => Number(os.loadavg()[0]!.toFixed(2));

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

interface PageResult {
  database: Kind;
  page: "matrix" | "permalink";
  size: number;
  url: string;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Mean size of a 2xx response body as sent (compressed when --accept-encoding asks for it), in bytes. */
  bytes: number;
  non2xx: number;
  /** Connection errors and timeouts (autocannon's 10 s). */
  errors: number;
  /**
   * Requests still in flight when the time was up (autocannon drops them). Up to one per connection is normal; a run
   * with fewer responses than connections measured a page slower than the run is long.
   */
  inFlightAtEnd: number;
  loadAverage: number;
}

/**
 * autocannon's result has p50, p90, p97.5 and p99 but no p95, and its histogram keeps whole milliseconds; the
 * 'response' event gives every response time, so the percentiles here are exact (2xx responses only).
 */
async function measure(url: string, connections: number, duration: number, headers: Record<string, string>) {
  const times: number[] = [];
  let non2xx = 0;
  let bytes = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, headers }, (err, r) => (err ? reject(err) : resolve(r)));
    instance.on("response", (_client, status, size, ms) => {
      if (status >= 200 && status < 300) {
        times.push(ms);
        bytes += size;
      } else non2xx++;
    });
  });
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    requestsPerSecond: times.length / result.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times.at(-1) ?? NaN,
    bytes: times.length ? bytes / times.length : NaN,
    non2xx,
    errors: result.errors + result.timeouts,
    inFlightAtEnd: Math.max(0, result.requests.sent - result.requests.total - result.errors - result.timeouts),
  };
}

async function timedGet(url: string): Promise<number> {
  const started = performance.now();
  const r = await fetch(url);
  await r.arrayBuffer();
  return performance.now() - started;
}

/**
 * Waits until the server is idle again. When autocannon stops it drops its connections, but the server finishes the
 * renders it has started, so the next measurement would pay for the last one. Idle: two story-list requests in a row
 * about as fast as at rest.
 */
async function settle(base: string, restMs: number): Promise<void> {
  const started = performance.now();
  const limit = Math.max(30, 3 * restMs);
  for (let fast = 0; fast < 2 && performance.now() - started < 60_000;)
    fast = (await timedGet(`${base}/`)) <= limit ? fast + 1 : 0;
}

/** POST /api/articles; a 503 (the database busy) is retried after its Retry-After, and the retries counted. */
async function post(
  base: string,
  token: string,
  body: unknown,
): Promise<{ ms: number; status: number; retries: number; json: { articles?: IngestOutcome[]; error?: string } }> {
  const started = performance.now();
  for (let retries = 0; ; retries++) {
    const r = await fetch(`${base}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    const json = (await r.json()) as { articles?: IngestOutcome[]; error?: string };
    if (r.status !== 503 || retries >= MAX_RETRIES)
      return { ms: performance.now() - started, status: r.status, retries, json };
    await sleep(1000 * Math.min(5, Number(r.headers.get("retry-after")) || 1));
  }
}

/** One new article into `slug`, or an error that says what the route answered instead. */
async function ingestOne(base: string, token: string, article: IngestArticle, slug: string) {
  const r = await post(base, token, article);
  const outcome = r.json.articles?.[0];
  if (r.status !== 201 || outcome?.status !== "created")
    throw new BenchError(
      `POST /api/articles answered ${r.status} (${outcome?.status ?? r.json.error}); expected a new article in ${slug}\n${serverLog.slice(-20).join("")}`,
    );
  if (outcome.story.slug !== slug) throw new BenchError(`the article went to ${outcome.story.slug}, not ${slug}`);
  return r;
}

// ---------------------------------------------------------------------------------------------------------------
// Articles: deterministic streams, so every run sends the same text. Every article gets a URL of its own story, as
// two stories never share an article (the same URL is the same article).

function articleStream(seed: number): (slug: string, index: number) => IngestArticle {
  const { bundle } = loadSeedBundle();
  const pool = paragraphPool(bundle, mulberry32(PRNG_SEED));
  const rng: Rng = mulberry32(seed);
  let n = 0;
  return (slug, index) => {
    const a = syntheticArticle(rng, pool, n++);
    return { ...a, outlet: `Outlet ${index + 1}`, url: `https://outlet-${index + 1}.example/${slug}/${n}` };
  };
}

// ---------------------------------------------------------------------------------------------------------------
// One database, start to finish

interface StoryInfo {
  slug: string;
  size: number;
  articles: number;
  rows: number;
  permalink: { id: string; cells: number };
}

interface FeedResult {
  database: Kind;
  clients: number;
  articles: number;
  stories: number;
  seconds: number;
  articlesPerSecond: number;
  p50: number;
  p95: number;
  retries: number;
  loadAverage: number;
}

interface UnderIngestResult {
  database: Kind;
  view: "cached matrix" | "filtered matrix";
  url: string;
  connections: number;
  clients: number;
  stories: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  /** Articles stored meanwhile, and the ingest requests' p95. */
  ingested: number;
  ingestP95: number;
  ingestFailures: number;
  loadAverage: number;
}

interface CostResult {
  database: Kind;
  size: number;
  articlesBefore: number;
  samplesMs: number[];
  medianMs: number;
  loadAverage: number;
}

async function runDatabase(
  kind: Kind,
  serverUrl: string | undefined,
  opts: Options,
  distDir: string,
  built: { done: boolean; ms: number | null },
) {
  const db0 = await freshDatabase(kind, serverUrl, opts.keep);
  console.log(`\n${kind}: ${db0.shown}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: db0.url,
  };
  // next build and next start set NODE_ENV themselves; an inherited "development" breaks both.
  delete (env as Record<string, unknown>).NODE_ENV;
  const db = createClient(db0.url);
  const headers: Record<string, string> = opts.acceptEncoding ? { "accept-encoding": opts.acceptEncoding } : {};
  try {
    // Migrated and seeded by the app's own setup, as `npm start` does.
    const setupMs = runStep("npm run db:setup", ["--import", "tsx", "scripts/setup-db.ts"], env);
    console.log(`  migrated, seed story loaded in ${fmt(setupMs / 1000, 1)} s`);
    const token = (await createToken(db, COMMAND_LINE, { name: "npm run bench" })).token;
    if (!built.done) {
      if (opts.build || !existsSync(path.join(ROOT, distDir, "BUILD_ID"))) {
        console.log(`  building into ${distDir}…`);
        built.ms = build(env);
        console.log(`  built in ${fmt(built.ms / 1000, 1)} s`);
      } else console.log(`  --no-build: reusing ${distDir}`);
      built.done = true;
    }
    const base = await startServer(opts.port, env);
    console.log(`  server up at ${base}`);

    // The synthetic stories, through the route in batches.
    const loading: Array<{ size: number; ms: number }> = [];
    const next = articleStream(PRNG_SEED + 1_000);
    for (const size of opts.sizes.filter((s) => s !== SEED_SIZE)) {
      const story = { slug: `synthetic-${size}`, title: `Synthetic story (${size} articles)` };
      const started = performance.now();
      for (let i = 0; i < size; i += BATCH) {
        const batch = Array.from({ length: Math.min(BATCH, size - i) }, (_, j) => next(story.slug, i + j));
        const r = await post(base, token, { story, articles: batch });
        const created = r.json.articles?.filter((a) => a.status === "created").length ?? 0;
        if (r.status !== 201 || created !== batch.length)
          throw new BenchError(
            `loading ${story.slug}: the route answered ${r.status} with ${created} of ${batch.length} created: ${r.json.error ?? ""}\n${serverLog.join("")}`,
          );
      }
      loading.push({ size, ms: performance.now() - started });
      console.log(
        `  ${story.slug}: ${size} articles through the route in ${fmt((performance.now() - started) / 1000, 1)} s`,
      );
    }

    // Each story's widest row: the heaviest permalink a reader can open.
    const stories: StoryInfo[] = [];
    for (const size of opts.sizes) {
      const slug = size === SEED_SIZE ? SEED_SLUG : `synthetic-${size}`;
      const groups = await db.claimGroup.findMany({
        where: { story: { slug }, status: "active" },
        select: { id: true, _count: { select: { claims: true } } },
      });
      const widest = groups.sort((a, b) => b._count.claims - a._count.claims || a.id.localeCompare(b.id))[0];
      if (!widest) throw new BenchError(`story ${slug} has no claim rows`);
      const articles = await db.article.count({ where: { story: { slug } } });
      stories.push({
        slug,
        size,
        articles,
        rows: groups.length,
        permalink: { id: widest.id, cells: widest._count.claims },
      });
      console.log(
        `  ${slug}: ${articles} articles, ${groups.length} rows; permalink ${widest.id} (${widest._count.claims} cells)`,
      );
    }

    const rest: number[] = [];
    for (let i = 0; i < 15; i++) rest.push(await timedGet(`${base}/`));
    const restMs = median(rest.slice(5)); // after five to warm up

    // Pages.
    const pages: PageResult[] = [];
    for (const s of opts.measures.has("pages") ? stories : [])
      for (const [page, pathname] of [
        ["matrix", `/stories/${s.slug}`],
        ["permalink", `/claims/${s.permalink.id}`],
      ] as const) {
        const url = base + pathname;
        const first = await fetch(url, { headers });
        await first.arrayBuffer();
        if (first.status !== 200) throw new BenchError(`GET ${pathname} answered ${first.status}`);
        // The first requests pay for module loading, cold caches and the cached view's first render.
        await measure(url, 10, WARMUP_SECONDS, headers);
        for (const c of opts.connections) {
          await settle(base, restMs);
          const r: PageResult = {
            database: kind,
            page,
            size: s.size,
            url: pathname,
            connections: c,
            ...(await measure(url, c, opts.duration, headers)),
            loadAverage: load1(),
          };
          pages.push(r);
          const trouble = [
            r.non2xx && `${r.non2xx} non-2xx`,
            r.errors && `${r.errors} errors or timeouts`,
            r.requests < c && `only ${r.requests} responses in ${opts.duration} s`,
          ].filter(Boolean);
          console.log(
            `  ${page} (${s.size}) at ${c}: p50 ${fmt(r.p50, 1)} ms, p95 ${fmt(r.p95, 1)} ms, ${fmt(r.requestsPerSecond, 1)} req/s, ${fmt(r.bytes / 1024)} KB${trouble.length ? ` (${trouble.join(", ")})` : ""}`,
          );
        }
      }

    // Ingest cost by story size, after the pages (the stories grow by --cost-reps articles each). The sizes take
    // turns, one article each per round, so a slow spell of a shared machine weighs on every size alike rather than
    // on whichever size it fell on.
    const fresh = articleStream(PRNG_SEED + 2_000);
    const samples = stories.map((): number[] => []);
    for (let i = 0; i < (opts.measures.has("cost") ? opts.costReps : 0); i++)
      for (const [k, s] of stories.entries()) {
        await settle(base, restMs);
        samples[k]!.push(
          (await ingestOne(base, token, { ...fresh(s.slug, s.articles + i), story: s.slug }, s.slug)).ms,
        );
      }
    const costs = (opts.measures.has("cost") ? stories : []).map((s, k): CostResult => {
      console.log(
        `  ingest one article into ${s.slug} (${s.articles} articles): median ${fmt(median(samples[k]!))} ms`,
      );
      return {
        database: kind,
        size: s.size,
        articlesBefore: s.articles,
        samplesMs: samples[k]!,
        medianMs: median(samples[k]!),
        loadAverage: load1(),
      };
    });

    // Ingest throughput: a wire feed. Article i goes to story i mod n, so every story grows at the same pace, and each
    // client takes the next article as soon as its last one is answered. Each run has stories of its own, so both
    // start from the same sizes.
    const feeds: FeedResult[] = [];
    for (const clients of opts.measures.has("feed") ? opts.feedClients : []) {
      await settle(base, restMs);
      const slugs = Array.from({ length: opts.feedStories }, (_, i) => `wire-${clients}c-${i + 1}`);
      const feedNext = articleStream(PRNG_SEED + 3_000 + clients);
      const feed = Array.from({ length: opts.feedArticles }, (_, i) => {
        const slug = slugs[i % slugs.length]!;
        return {
          slug,
          article: { ...feedNext(slug, Math.floor(i / slugs.length)), story: { slug, title: `Wire story ${slug}` } },
        };
      });
      const times: number[] = [];
      let retries = 0;
      let at = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (at < feed.length) {
            const item = feed[at++]!;
            const r = await ingestOne(base, token, item.article, item.slug);
            times.push(r.ms);
            retries += r.retries;
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      times.sort((a, b) => a - b);
      const f: FeedResult = {
        database: kind,
        clients,
        articles: feed.length,
        stories: slugs.length,
        seconds,
        articlesPerSecond: feed.length / seconds,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        retries,
        loadAverage: load1(),
      };
      feeds.push(f);
      console.log(
        `  wire feed, ${clients} client(s): ${f.articles} articles into ${f.stories} stories in ${fmt(seconds, 1)} s, ${fmt(f.articlesPerSecond, 1)} articles/s (p95 ${fmt(f.p95)} ms${retries ? `, ${retries} retries after 503` : ""})`,
      );
    }

    // Pages under ingest: the clients ingest one article after another, spread over a few stories as the wire feed
    // is, while a reader loads the cached matrix of the 100-article story for the given time, then a filtered view
    // of it (rendered per request). The analysis used to run on the request thread: 20 ingesting clients took the cached matrix's p95
    // from 12 ms to 689 ms (hardening issue, finding 1).
    const underIngest: UnderIngestResult[] = [];
    if (opts.measures.has("under-ingest")) {
      const story =
        stories.find((s) => s.size === TARGETS.matrixStorySize) ?? stories.reduce((a, b) => (b.size > a.size ? b : a));
      await settle(base, restMs);
      const busyNext = articleStream(PRNG_SEED + 4_000);
      const state = { stop: false, ingested: 0, failures: 0, times: [] as number[] };
      let sent = 0;
      const clients = Array.from({ length: opts.underIngestClients }, async () => {
        while (!state.stop) {
          const n = sent++;
          const s = (n % opts.underIngestStories) + 1;
          const slug = `busy-${s}`;
          const article = busyNext(slug, Math.floor(n / opts.underIngestStories));
          const r = await post(base, token, { ...article, story: { slug, title: `Busy story ${s}` } });
          if (r.status === 201) {
            state.ingested++;
            state.times.push(r.ms);
          } else state.failures++;
        }
      });
      await sleep(2_000); // every client has a request in flight
      for (const [view, pathname] of [
        ["cached matrix", `/stories/${story.slug}`],
        ["filtered matrix", `/stories/${story.slug}?show=discrepancies`],
      ] as const) {
        const before = { ingested: state.ingested, times: state.times.length, failures: state.failures };
        const m = await measure(base + pathname, opts.underIngestConnections, opts.underIngest, headers);
        const times = state.times.slice(before.times).sort((a, b) => a - b);
        const r: UnderIngestResult = {
          database: kind,
          view,
          url: pathname,
          connections: opts.underIngestConnections,
          clients: opts.underIngestClients,
          stories: opts.underIngestStories,
          requests: m.requests,
          p50: m.p50,
          p95: m.p95,
          p99: m.p99,
          max: m.max,
          non2xx: m.non2xx,
          errors: m.errors,
          ingested: state.ingested - before.ingested,
          ingestP95: percentile(times, 95),
          ingestFailures: state.failures - before.failures,
          loadAverage: load1(),
        };
        underIngest.push(r);
        console.log(
          `  ${view} (${story.size}) at ${r.connections} while ${r.clients} clients ingest into ${r.stories} stories: p50 ${fmt(r.p50, 1)} ms, p95 ${fmt(r.p95, 1)} ms, ${fmt(r.requests / opts.underIngest, 1)} req/s; ${r.ingested} articles stored meanwhile (ingest p95 ${fmt(r.ingestP95)} ms${r.ingestFailures ? `, ${r.ingestFailures} failed` : ""})`,
        );
      }
      state.stop = true;
      await Promise.all(clients);
    }
    return { database: kind, url: db0.shown, setupMs, loading, stories, pages, costs, feeds, underIngest };
  } finally {
    await stopServer();
    await db.$disconnect();
    await db0.drop();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : "-";

function table(rows: string[][], header: string[], left = 3): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < left || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** How per-article cost grows with story size, on a log-log scale: 1 is linear, 2 quadratic, 0 flat. */
const exponent = (a: CostResult, b: CostResult) =>
  Math.log(b.medianMs / a.medianMs) / Math.log(b.articlesBefore / a.articlesBefore);

type Run = Awaited<ReturnType<typeof runDatabase>>;

function report(runs: Run[], opts: Options) {
  const rows: string[][] = [];
  for (const run of runs) {
    for (const p of run.pages)
      rows.push([
        run.database,
        p.page,
        `${p.size} articles`,
        String(p.connections),
        fmt(p.p50, 1),
        fmt(p.p95, 1),
        `${fmt(p.requestsPerSecond, 1)} req/s`,
        fmt(p.bytes / 1024, 1),
        fmt(p.loadAverage, 2),
        [
          p.non2xx + p.errors ? `${p.non2xx + p.errors} failed` : "",
          p.requests < p.connections ? "too slow to measure" : "",
        ]
          .filter(Boolean)
          .join(", "),
      ]);
    run.costs.forEach((c, i) => {
      const prev = run.costs[i - 1];
      rows.push([
        run.database,
        "ingest cost",
        `${c.articlesBefore} articles`,
        "1",
        fmt(c.medianMs, 1),
        fmt(Math.max(...c.samplesMs), 1),
        "-",
        "-",
        fmt(c.loadAverage, 2),
        prev
          ? `×${fmt(c.medianMs / prev.medianMs, 2)} per article for ×${fmt(c.articlesBefore / prev.articlesBefore, 1)} articles (exponent ${fmt(exponent(prev, c), 2)})`
          : "median of one-article ingests (p95 column: slowest)",
      ]);
    });
    for (const f of run.feeds)
      rows.push([
        run.database,
        "ingest feed",
        `${f.articles} into ${f.stories} stories`,
        String(f.clients),
        fmt(f.p50, 1),
        fmt(f.p95, 1),
        `${fmt(f.articlesPerSecond, 1)} articles/s`,
        "-",
        fmt(f.loadAverage, 2),
        f.retries ? `${f.retries} retries after 503` : "",
      ]);
    for (const u of run.underIngest)
      rows.push([
        run.database,
        `${u.view}, ingesting`,
        `${TARGETS.matrixStorySize} articles`,
        String(u.connections),
        fmt(u.p50, 1),
        fmt(u.p95, 1),
        `${fmt(u.requests / opts.underIngest, 1)} req/s`,
        "-",
        fmt(u.loadAverage, 2),
        `${u.clients} clients stored ${u.ingested} articles into ${u.stories} stories meanwhile${u.ingestFailures ? `, ${u.ingestFailures} failed` : ""}${u.non2xx + u.errors ? `; ${u.non2xx + u.errors} pages failed` : ""}`,
      ]);
  }
  console.log(
    "\n" + table(rows, ["db", "measure", "story", "conns", "p50 ms", "p95 ms", "rate", "KB", "load", "note"]),
  );

  const verdicts: Array<{ target: string; database: Kind; value: number | null; met: boolean | null }> = [];
  for (const run of runs) {
    const m = run.pages.find(
      (p) => p.page === "matrix" && p.size === TARGETS.matrixStorySize && p.connections === TARGETS.matrixConnections,
    );
    verdicts.push({
      target: `matrix p95 < ${TARGETS.matrixP95Ms} ms at ${TARGETS.matrixConnections} connections, ${TARGETS.matrixStorySize}-article story`,
      database: run.database,
      value: m?.p95 ?? null,
      met: m ? m.p95 < TARGETS.matrixP95Ms && m.non2xx + m.errors === 0 && m.requests >= m.connections : null,
    });
    const f = run.feeds.find((x) => x.clients === TARGETS.ingestClients);
    verdicts.push({
      target: `ingest ≥ ${TARGETS.ingestPerSecond} articles/s with ${TARGETS.ingestClients} clients${run.database === TARGETS.ingestDatabase ? "" : ` (the target is for ${TARGETS.ingestDatabase})`}`,
      database: run.database,
      value: f?.articlesPerSecond ?? null,
      met: f ? f.articlesPerSecond >= TARGETS.ingestPerSecond : null,
    });
    const busy = run.underIngest.find((u) => u.view === "cached matrix" && u.clients === TARGETS.underIngestClients);
    verdicts.push({
      target: `cached matrix p95 < ${TARGETS.underIngestP95Ms} ms while ${TARGETS.underIngestClients} clients ingest`,
      database: run.database,
      value: busy?.p95 ?? null,
      met: busy ? busy.p95 < TARGETS.underIngestP95Ms && busy.non2xx + busy.errors === 0 : null,
    });
    const steps = run.costs.slice(1).map((c, i) => exponent(run.costs[i]!, c));
    verdicts.push({
      target: `ingest cost per article grows no faster than linearly with story size (largest exponent ≤ ${TARGETS.costExponent})`,
      database: run.database,
      value: steps.length ? Math.max(...steps) : null,
      met: steps.length ? steps.every((e) => e <= TARGETS.costExponent) : null,
    });
  }
  if (!runs.some((r) => r.database === TARGETS.ingestDatabase))
    verdicts.push({
      target: `ingest ≥ ${TARGETS.ingestPerSecond} articles/s with ${TARGETS.ingestClients} clients`,
      database: TARGETS.ingestDatabase,
      value: null,
      met: null,
    });
  console.log("");
  for (const v of verdicts)
    console.log(
      `${v.met === null ? "NOT MEASURED" : v.met ? "MET    " : "NOT MET"}  ${v.database}: ${v.target}${v.value === null ? (v.database === TARGETS.ingestDatabase && !runs.some((r) => r.database === v.database) ? " (give --postgres <url>)" : "") : `: ${fmt(v.value, 2)}`}`,
    );
  if (opts.acceptEncoding) console.log(`Pages were requested with Accept-Encoding: ${opts.acceptEncoding}`);
  return verdicts;
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const opts = options();
  const wallStarted = performance.now();
  const distDir = process.env.NEXT_DIST_DIR || ".next-bench";
  const cpus = os.cpus();
  const loadBefore = os.loadavg();
  console.log("npm run bench");
  console.log(
    `  node ${process.version}, ${cpus.length} CPU(s) (${cpus[0]?.model.trim() ?? "unknown"}), load average ${loadBefore.map((l) => l.toFixed(2)).join(" ")}`,
  );
  console.log(
    `  databases ${opts.databases.map(([k]) => k).join(", ")}; stories of ${opts.sizes.join(", ")} articles; pages ${opts.duration} s at ${opts.connections.join(", ")} connection(s); wire feed of ${opts.feedArticles} articles into ${opts.feedStories} stories with ${opts.feedClients.join(" and ")} client(s)`,
  );
  console.log(
    "  The machine may be shared and noisy, and autocannon runs on the same cores as the server: compare ratios from runs made alike.",
  );

  const built = { done: false, ms: null as number | null };
  const runs: Run[] = [];
  try {
    for (const [kind, serverUrl] of opts.databases) runs.push(await runDatabase(kind, serverUrl, opts, distDir, built));
  } catch (e) {
    if (runs.length === 0) throw e;
    // A later database failing (PostgreSQL not reachable, say) still reports what was measured.
    console.error(`\n${e instanceof BenchError ? e.message : String((e as Error).stack ?? e)}`);
    process.exitCode = 1;
  }
  const verdicts = report(runs, opts);
  const loadAfter = os.loadavg();
  console.log(
    `Load average before ${loadBefore.map((l) => l.toFixed(2)).join(" ")}, after ${loadAfter.map((l) => l.toFixed(2)).join(" ")} (${cpus.length} CPUs)`,
  );

  mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  const out = {
    generatedAt: new Date().toISOString(),
    environment: {
      node: process.version,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? null,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAfter,
    },
    options: { ...opts, databases: opts.databases.map(([k]) => k), distDir, warmupSeconds: WARMUP_SECONDS },
    targets: TARGETS,
    buildMs: built.ms,
    runs,
    verdicts,
    wallSeconds: (performance.now() - wallStarted) / 1000,
  };
  writeFileSync(OUT_FILE, JSON.stringify(out, null, 2) + "\n");
  console.log(`Wrote ${path.relative(process.cwd(), OUT_FILE)}; wall time ${fmt(out.wallSeconds)} s`);
}

main().catch((e) => {
  console.error(e instanceof BenchError ? `bench failed: ${e.message}` : e);
  process.exitCode = 1;
});
