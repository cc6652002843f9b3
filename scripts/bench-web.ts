/**
 * npm run bench:web [-- --duration 5 --connections 1,10,50 --ingest-reps 5 --port 3300 --no-build]
 * Load-tests the production server (`next start` on 127.0.0.1) on a fresh temporary SQLite database: the seed story
 * (5 articles, from `npm run db:setup`) and a synthetic 100-article story ingested through POST /api/articles. For
 * each story's matrix (/stories/<slug>) and one of its permalinks (/claims/<id>), and the story list (/), it measures
 * latency p50/p95 and requests per second with autocannon at each connection count; then the time to ingest one new
 * article into each story through the HTTP route. Prints a table, writes bench-results/web.json and says whether the
 * targets are met: p95 < 100 ms for the seed story's matrix at 10 connections, ingest into the 100-article story
 * < 1 s. A page that does not answer 200 stops the run (--skip-missing measures the others instead).
 *
 * The build goes to NEXT_DIST_DIR (default .next-bench) so it does not overwrite anyone's .next; --no-build reuses
 * it when it exists.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/generated/prisma/client";
import type { IngestArticle } from "../lib/stories/schema";
import type { IngestOutcome } from "../lib/stories/mutations";
import { loadSeedBundle, mulberry32, paragraphPool, PRNG_SEED, syntheticArticle } from "./synthetic-story";
import { COMMAND_LINE } from "../lib/editors/actor";
import { createToken } from "../lib/editors/tokens";

const USAGE =
  "usage: npm run bench:web -- [--duration <s>] [--connections 1,10,50] [--ingest-reps <n>] [--port <3300>] [--no-build] [--skip-missing] [--keep]";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT_FILE = path.join(ROOT, "bench-results", "web.json");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const SEED_SLUG = "iran-syria-2018";
const SYNTHETIC = { slug: "synthetic-100", title: "Synthetic story (100 articles)" };
const SYNTHETIC_ARTICLES = 100;
/** The route takes at most 50 articles per request (MAX_BATCH). */
const BATCH = 50;
const TARGET_MATRIX_P95_MS = 100;
const TARGET_MATRIX_CONNECTIONS = 10;
const TARGET_INGEST_MS = 1_000;
const WARMUP_SECONDS = 1;

// ---------------------------------------------------------------------------------------------------------------
// Options

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        duration: { type: "string", default: "5" },
        connections: { type: "string", default: "1,10,50" },
        "ingest-reps": { type: "string", default: "5" },
        port: { type: "string", default: "3300" },
        "no-build": { type: "boolean", default: false },
        "skip-missing": { type: "boolean", default: false },
        keep: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const v = parsed.values;
  const num = (name: string, raw: string, min: number, max: number) => {
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) {
      console.error(`--${name} must be a number from ${min} to ${max}, not "${raw}"\n${USAGE}`);
      process.exit(2);
    }
    return n;
  };
  return {
    duration: num("duration", v.duration, 1, 120),
    connections: v.connections.split(",").map((c) => num("connections", c, 1, 500)),
    ingestReps: Math.round(num("ingest-reps", v["ingest-reps"], 1, 50)),
    port: Math.round(num("port", v.port, 1024, 65535)),
    build: !v["no-build"],
    skipMissing: v["skip-missing"],
    keep: v.keep,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The server and its cleanup

class BenchError extends Error {}

let server: ChildProcess | null = null;
const serverLog: string[] = [];

/** Stops the server's whole process group (next start may fork), first politely. */
async function stopServer(): Promise<void> {
  const s = server;
  if (!s?.pid || s.exitCode !== null || s.signalCode !== null) return;
  server = null;
  const exited = new Promise((resolve) => s.once("exit", resolve));
  try {
    process.kill(-s.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-s.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

// Last resort when the process ends some other way (an uncaught error): no waiting is possible in 'exit'.
process.on("exit", () => {
  if (server?.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
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
  server = spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    env,
    detached: true, // its own process group, so stopServer reaches anything it forks
    stdio: ["ignore", "pipe", "pipe"],
  });
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
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new BenchError(`the server did not answer GET / with 200 within 60 s:\n${serverLog.join("")}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Build and database

function runStep(what: string, args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new BenchError(`${what} failed (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return performance.now() - started;
}

/**
 * `next build` adds its dist folder's type globs to tsconfig.json's include list; the benchmark's folder is nobody
 * else's business, so the file is put back as it was.
 */
function build(env: NodeJS.ProcessEnv): number {
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  try {
    return runStep("next build", [NEXT_BIN, "build"], env);
  } finally {
    if (readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring

interface PageResult {
  story: string;
  page: string;
  url: string;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** autocannon's own figures, for comparison (it reports p97.5, not p95). */
  autocannon: { p50: number; p97_5: number; p99: number; averageRequestsPerSecond: number };
  non2xx: number;
  /** Connection errors and timeouts (autocannon's 10 s). */
  errors: number;
  /**
   * Requests still in flight when the time was up (autocannon drops them). Up to one per connection is normal; a
   * run with fewer responses than connections measured a page slower than the run is long, and its percentiles
   * describe the few requests that finished.
   */
  inFlightAtEnd: number;
  /** Mean size of a 2xx response body, in bytes. */
  bytes: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * autocannon's result has p50, p90, p97.5 and p99 but no p95, and its histogram keeps whole milliseconds; the
 * 'response' event gives every response time, so the percentiles here are exact (2xx responses only).
 */
async function load(url: string, connections: number, duration: number) {
  const times: number[] = [];
  let non2xx = 0;
  let bytes = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration }, (err, r) => (err ? reject(err) : resolve(r)));
    instance.on("response", (_client, status, size, ms) => {
      if (status >= 200 && status < 300) {
        times.push(ms);
        bytes += size;
      } else non2xx++;
    });
  });
  times.sort((a, b) => a - b);
  return { times, non2xx, bytes: times.length ? bytes / times.length : NaN, result };
}

async function measurePage(
  story: string,
  page: string,
  url: string,
  connections: number,
  duration: number,
): Promise<PageResult> {
  const { times, non2xx, bytes, result } = await load(url, connections, duration);
  return {
    story,
    page,
    url: new URL(url).pathname,
    connections,
    requests: times.length,
    requestsPerSecond: times.length / result.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times.at(-1) ?? NaN,
    autocannon: {
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      averageRequestsPerSecond: result.requests.average,
    },
    non2xx,
    errors: result.errors + result.timeouts,
    inFlightAtEnd: Math.max(0, result.requests.sent - result.requests.total - result.errors - result.timeouts),
    bytes,
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
 * renders it has started (seen: a 4.7 s "ingest" that was queued behind a hundred-article matrix's renders), so the
 * next measurement would pay for the last one. Idle: two story-list requests in a row about as fast as at rest.
 */
async function settle(base: string, restMs: number): Promise<number> {
  const started = performance.now();
  const limit = Math.max(30, 3 * restMs);
  for (let fast = 0; fast < 2 && performance.now() - started < 60_000;)
    fast = (await timedGet(`${base}/`)) <= limit ? fast + 1 : 0;
  return performance.now() - started;
}

async function status(url: string): Promise<number> {
  const r = await fetch(url, { redirect: "manual" });
  await r.arrayBuffer();
  return r.status;
}

/** Made in the benchmark's database once it is set up: POST /api/articles needs one. */
let ingestToken = "";

async function post(
  base: string,
  body: unknown,
): Promise<{ ms: number; status: number; json: { articles?: IngestOutcome[]; error?: string } }> {
  const started = performance.now();
  const r = await fetch(`${base}/api/articles`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${ingestToken}` },
    body: JSON.stringify(body),
  });
  const json = (await r.json()) as { articles?: IngestOutcome[]; error?: string };
  return { ms: performance.now() - started, status: r.status, json };
}

async function ingestNew(base: string, article: IngestArticle, slug: string): Promise<number> {
  const r = await post(base, article);
  const outcome = r.json.articles?.[0];
  if (r.status !== 201 || outcome?.status !== "created")
    throw new BenchError(
      `POST /api/articles answered ${r.status} (${outcome?.status ?? r.json.error}); expected a new article`,
    );
  if (outcome.story.slug !== slug) throw new BenchError(`the article went to ${outcome.story.slug}, not ${slug}`);
  return r.ms;
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : "-";

function table(rows: string[][], header: string[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const opts = options();
  const wallStarted = performance.now();
  const distDir = process.env.NEXT_DIST_DIR || ".next-bench";
  const tmp = mkdtempSync(path.join(os.tmpdir(), "bench-web-"));
  const dbUrl = `file:${path.join(tmp, "bench.db")}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: dbUrl,
  };
  // next build and next start set NODE_ENV themselves; an inherited "development" breaks both.
  delete (env as Record<string, unknown>).NODE_ENV;
  const cpus = os.cpus();
  console.log("Web benchmark");
  console.log(
    `  node ${process.version}, ${cpus.length} CPU(s) (${cpus[0]?.model.trim() ?? "unknown"}), load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  console.log(
    `  database ${dbUrl}, build ${distDir}, ${opts.duration} s per measurement at ${opts.connections.join(", ")} connection(s)`,
  );
  console.log(
    "  The machine is shared and noisy, and autocannon runs on the same cores as the server: compare runs on the same host.\n",
  );

  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: dbUrl }) });
  try {
    // The database first: the build may render pages that read it.
    const setupMs = runStep("npm run db:setup", ["--import", "tsx", "scripts/setup-db.ts"], env);
    console.log(`  database set up with the seed story in ${fmt(setupMs / 1000, 1)} s`);
    ingestToken = (await createToken(db, COMMAND_LINE, { name: "bench:web" })).token;
    let buildMs: number | null = null;
    if (opts.build || !existsSync(path.join(ROOT, distDir, "BUILD_ID"))) {
      console.log(`  building into ${distDir}…`);
      buildMs = build(env);
      console.log(`  built in ${fmt(buildMs / 1000, 1)} s`);
    } else console.log(`  --no-build: reusing ${distDir}`);

    const base = await startServer(opts.port, env);
    console.log(`  server up at ${base}`);

    // The synthetic story: 100 articles about the seed's event, plus fresh ones for the ingest timings, all from one
    // deterministic stream so every run sends the same text.
    const { bundle } = loadSeedBundle();
    const pool = paragraphPool(bundle, mulberry32(PRNG_SEED));
    const rng = mulberry32(PRNG_SEED + 1_000);
    const articles = Array.from({ length: SYNTHETIC_ARTICLES + 2 * opts.ingestReps }, (_, i) =>
      syntheticArticle(rng, pool, i),
    );
    const bulk = articles.slice(0, SYNTHETIC_ARTICLES);
    const fresh = articles.slice(SYNTHETIC_ARTICLES);
    const bulkStarted = performance.now();
    for (let i = 0; i < bulk.length; i += BATCH) {
      const r = await post(base, { story: SYNTHETIC, articles: bulk.slice(i, i + BATCH) });
      const created = r.json.articles?.filter((a) => a.status === "created").length ?? 0;
      if (r.status !== 201 || created !== Math.min(BATCH, bulk.length - i))
        throw new BenchError(
          `bulk ingest answered ${r.status} with ${created} created: ${r.json.error ?? ""}\n${serverLog.join("")}`,
        );
    }
    const bulkMs = performance.now() - bulkStarted;
    console.log(
      `  ${SYNTHETIC_ARTICLES} synthetic articles ingested in ${fmt(bulkMs / 1000, 1)} s (batches of ${BATCH})`,
    );

    // A permalink per story: its widest claim row (most cells), the heaviest permalink page a reader can open.
    const permalink = async (slug: string) => {
      const groups = await db.claimGroup.findMany({
        where: { story: { slug }, status: "active" },
        select: { id: true, _count: { select: { claims: true } } },
      });
      const widest = groups.sort((a, b) => b._count.claims - a._count.claims)[0];
      if (!widest) throw new BenchError(`story ${slug} has no claim groups`);
      return { id: widest.id, cells: widest._count.claims };
    };
    const stories = await Promise.all(
      [SEED_SLUG, SYNTHETIC.slug].map(async (slug) => ({
        slug,
        articles: await db.article.count({ where: { story: { slug } } }),
        groups: await db.claimGroup.count({ where: { story: { slug }, status: "active" } }),
        permalink: await permalink(slug),
      })),
    );
    const targets = [
      { story: "(all)", page: "story list", path: "/" },
      ...stories.flatMap((s) => [
        { story: s.slug, page: "matrix", path: `/stories/${s.slug}` },
        { story: s.slug, page: "permalink", path: `/claims/${s.permalink.id}` },
      ]),
    ];
    for (const s of stories)
      console.log(
        `  ${s.slug}: ${s.articles} articles, ${s.groups} rows; permalink ${s.permalink.id} (${s.permalink.cells} cells)`,
      );

    const missing: string[] = [];
    for (const t of targets) {
      const code = await status(base + t.path);
      if (code !== 200) missing.push(`GET ${t.path} answered ${code}`);
    }
    if (missing.length && !opts.skipMissing)
      throw new BenchError(
        `pages that do not answer 200 (not written yet?); --skip-missing measures the rest:\n  ${missing.join("\n  ")}`,
      );
    for (const m of missing) console.log(`  skipped: ${m}`);
    const live = targets.filter((t) => !missing.some((m) => m.startsWith(`GET ${t.path} `)));

    const rest: number[] = [];
    for (let i = 0; i < 15; i++) rest.push(await timedGet(`${base}/`));
    const restMs = median(rest.slice(5)); // after five to warm up
    console.log(
      `  story list at rest: ${fmt(restMs, 1)} ms (the server counts as idle again when it answers within ${fmt(Math.max(30, 3 * restMs))} ms)`,
    );

    const pages: PageResult[] = [];
    console.log("");
    for (const t of live) {
      // The first requests pay for module loading and cold caches; they are not what a reader waits for.
      await load(base + t.path, 10, WARMUP_SECONDS);
      for (const c of opts.connections) {
        const settleMs = await settle(base, restMs);
        const r = {
          ...(await measurePage(t.story, t.page, base + t.path, c, opts.duration)),
          settleMsBefore: settleMs,
        };
        pages.push(r);
        const trouble = [
          r.non2xx && `${r.non2xx} non-2xx`,
          r.errors && `${r.errors} errors or timeouts`,
          r.requests < c &&
            `only ${r.requests} responses in ${opts.duration} s: too slow to measure at ${c} connections`,
        ].filter(Boolean);
        console.log(
          `  ${t.page} ${t.story} at ${c}: p50 ${fmt(r.p50, 1)} ms, p95 ${fmt(r.p95, 1)} ms, ${fmt(r.requestsPerSecond, 1)} req/s${trouble.length ? ` (${trouble.join(", ")})` : ""}`,
        );
      }
    }

    // Ingest timings after the page measurements, which they would otherwise change (the stories grow).
    const ingest = [];
    for (const [i, s] of stories.entries()) {
      const samples: number[] = [];
      for (const a of fresh.slice(i * opts.ingestReps, (i + 1) * opts.ingestReps)) {
        await settle(base, restMs);
        samples.push(await ingestNew(base, { ...a, story: s.slug }, s.slug));
      }
      ingest.push({ story: s.slug, articlesBefore: s.articles, samplesMs: samples, medianMs: median(samples) });
      console.log(
        `  ingest into ${s.slug} (${s.articles} → ${s.articles + samples.length} articles): median ${fmt(median(samples))} ms`,
      );
    }

    // Report
    console.log(
      "\n" +
        table(
          pages.map((r) => [
            r.page,
            r.story,
            String(r.connections),
            fmt(r.p50, 1),
            fmt(r.p95, 1),
            fmt(r.p99, 1),
            fmt(r.requestsPerSecond, 1),
            fmt(r.requests),
            fmt(r.bytes / 1024),
            String(r.non2xx + r.errors),
          ]),
          ["page", "story", "conns", "p50 ms", "p95 ms", "p99 ms", "req/s", "requests", "KB", "failed"],
        ),
    );
    const slow = pages.filter((r) => r.requests < r.connections);
    if (slow.length)
      console.log(
        `Too slow to measure in ${opts.duration} s (fewer responses than connections; a longer --duration helps): ${slow.map((r) => `${r.page} ${r.story} at ${r.connections}`).join("; ")}`,
      );
    console.log(
      "\n" +
        table(
          ingest.map((r) => [
            `ingest one article`,
            r.story,
            String(r.articlesBefore),
            fmt(r.medianMs),
            r.samplesMs.map((m) => fmt(m)).join(", "),
          ]),
          ["operation", "story", "articles before", "median ms", "samples ms"],
        ),
    );

    const matrix = pages.find(
      (r) => r.story === SEED_SLUG && r.page === "matrix" && r.connections === TARGET_MATRIX_CONNECTIONS,
    );
    const bigIngest = ingest.find((r) => r.story === SYNTHETIC.slug)!;
    const verdict = {
      seedMatrixP95Ms: matrix?.p95 ?? null,
      meetsMatrixP95: matrix
        ? matrix.p95 < TARGET_MATRIX_P95_MS &&
          matrix.non2xx + matrix.errors === 0 &&
          matrix.requests >= matrix.connections
        : null,
      ingest100MedianMs: bigIngest.medianMs,
      meetsIngest: bigIngest.medianMs < TARGET_INGEST_MS,
    };
    const say = (ok: boolean | null) => (ok === null ? "NOT MEASURED" : ok ? "MET" : "NOT MET");
    console.log("");
    console.log(
      `Seed story matrix at ${TARGET_MATRIX_CONNECTIONS} connections: p95 ${matrix ? `${fmt(matrix.p95, 1)} ms` : "-"}; target < ${TARGET_MATRIX_P95_MS} ms: ${say(verdict.meetsMatrixP95)}`,
    );
    console.log(
      `Ingest one article into the ${SYNTHETIC_ARTICLES}-article story: median ${fmt(bigIngest.medianMs)} ms; target < ${fmt(TARGET_INGEST_MS)} ms: ${say(verdict.meetsIngest)}`,
    );

    mkdirSync(path.dirname(OUT_FILE), { recursive: true });
    const report = {
      generatedAt: new Date().toISOString(),
      environment: {
        node: process.version,
        cpus: cpus.length,
        cpuModel: cpus[0]?.model.trim() ?? null,
        loadAverage: os.loadavg(),
        note: "shared, noisy machine; autocannon runs beside the server",
      },
      options: { ...opts, distDir, warmupSeconds: WARMUP_SECONDS },
      setup: { setupMs, buildMs, bulkIngestMs: bulkMs, stories },
      targets: {
        seedMatrixP95Ms: TARGET_MATRIX_P95_MS,
        atConnections: TARGET_MATRIX_CONNECTIONS,
        ingest100Ms: TARGET_INGEST_MS,
      },
      skipped: missing,
      pages,
      ingest,
      verdict,
      wallSeconds: (performance.now() - wallStarted) / 1000,
    };
    writeFileSync(OUT_FILE, JSON.stringify(report, null, 2) + "\n");
    console.log(`Wrote ${path.relative(process.cwd(), OUT_FILE)}; wall time ${fmt(report.wallSeconds)} s`);
  } finally {
    await stopServer();
    await db.$disconnect();
    if (opts.keep) console.log(`  kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof BenchError ? `bench:web failed: ${e.message}` : e);
  process.exitCode = 1;
});
