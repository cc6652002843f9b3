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
 *
 * Here: the run as a whole and bench-results/bench.json. The flags are in scripts/bench/options.ts, the database, build
 * and server in server.ts, one database's run in run.ts, its measures in measure.ts, the table and targets in
 * report.ts.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fmt } from "./bench/figures";
import { WARMUP_SECONDS } from "./bench/measure";
import { options, type Options } from "./bench/options";
import { report, TARGETS, type Verdict } from "./bench/report";
import { runDatabase, type Built, type DatabaseRun } from "./bench/run";
import { BenchError } from "./bench/server";
import { ROOT } from "./next-app";

const OUT_FILE = path.join(ROOT, "bench-results", "bench.json");

const loads = (l: number[]) => l.map((x) => x.toFixed(2)).join(" ");

function printHeader(opts: Options, loadBefore: number[]) {
  const cpus = os.cpus();
  console.log("npm run bench");
  console.log(
    `  node ${process.version}, ${cpus.length} CPU(s) (${cpus[0]?.model.trim() ?? "unknown"}), load average ${loads(loadBefore)}`,
  );
  console.log(
    `  databases ${opts.databases.map(([k]) => k).join(", ")}; stories of ${opts.sizes.join(", ")} articles; pages ${opts.duration} s at ${opts.connections.join(", ")} connection(s); wire feed of ${opts.feedArticles} articles into ${opts.feedStories} stories with ${opts.feedClients.join(" and ")} client(s)`,
  );
  console.log(
    "  The machine may be shared and noisy, and autocannon runs on the same cores as the server: compare ratios from runs made alike.",
  );
}

/** Every database in turn; a later one failing (PostgreSQL not reachable, say) still reports what was measured. */
async function runAll(opts: Options, distDir: string, built: Built): Promise<DatabaseRun[]> {
  const runs: DatabaseRun[] = [];
  try {
    for (const [kind, serverUrl] of opts.databases) runs.push(await runDatabase(kind, serverUrl, opts, distDir, built));
  } catch (e) {
    if (runs.length === 0) throw e;
    console.error(`\n${e instanceof BenchError ? e.message : String((e as Error).stack ?? e)}`);
    process.exitCode = 1;
  }
  return runs;
}

interface Measured {
  opts: Options;
  distDir: string;
  built: Built;
  runs: DatabaseRun[];
  verdicts: Verdict[];
  loadBefore: number[];
  loadAfter: number[];
  wallStarted: number;
}

function writeResults({ opts, distDir, built, runs, verdicts, loadBefore, loadAfter, wallStarted }: Measured) {
  const cpus = os.cpus();
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

async function main() {
  const opts = options();
  const wallStarted = performance.now();
  const distDir = process.env.NEXT_DIST_DIR || ".next-bench";
  const loadBefore = os.loadavg();
  printHeader(opts, loadBefore);
  const built: Built = { done: false, ms: null };
  const runs = await runAll(opts, distDir, built);
  const verdicts = report(runs, opts);
  const loadAfter = os.loadavg();
  console.log(`Load average before ${loads(loadBefore)}, after ${loads(loadAfter)} (${os.cpus().length} CPUs)`);
  writeResults({ opts, distDir, built, runs, verdicts, loadBefore, loadAfter, wallStarted });
}

main().catch((e) => {
  console.error(e instanceof BenchError ? `bench failed: ${e.message}` : e);
  process.exitCode = 1;
});
