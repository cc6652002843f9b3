/**
 * npm run bench:analysis [-- --sizes 5,25,50 --reps 3]
 * Times the analysis on synthetic stories of growing size, built deterministically from the seed articles, and
 * writes the figures to bench-results/analysis.json. Targets: doubling the articles at most 2.5x the time, and at
 * least 20,000 words per second end to end.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { extractArticle } from "../lib/analysis/extract";
import { analyzeExtractions, analyzeStory, type ArticleWithExtraction } from "../lib/analysis/analyze";
import { countWords, loadSeedBundle, mulberry32, paragraphPool, PRNG_SEED, syntheticStory } from "./synthetic-story";

const OUT_FILE = path.resolve(import.meta.dirname, "../bench-results/analysis.json");
const TARGET_DOUBLING = 2.5;
const WARMUP_MS = 1_000;
const TARGET_WORDS_PER_SECOND = 20_000;

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const SIZES = (argValue("sizes") ?? "5,25,50,100,200").split(",").map(Number);
const MAX_REPS = Number(argValue("reps") ?? 5);

// ---------------------------------------------------------------------------------------------------------------
// Timing

const memory = { peakRss: 0, peakHeapUsed: 0 };
function sampleMemory() {
  const m = process.memoryUsage();
  memory.peakRss = Math.max(memory.peakRss, m.rss);
  memory.peakHeapUsed = Math.max(memory.peakHeapUsed, m.heapUsed);
}

// A collection left over from the previous run would otherwise land in this one's timing; `npm run` gives us no
// way to pass --expose-gc, so turn it on from inside.
v8.setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

function time(fn: () => unknown): number {
  collect();
  const t0 = performance.now();
  const result = fn();
  const ms = performance.now() - t0;
  sampleMemory(); // before `result` can be collected, so the peak includes the analysis itself
  void result;
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

interface SizeResult {
  articles: number;
  words: number;
  claims: number;
  groups: number;
  reps: number;
  warmupMs: number;
  totalMs: number;
  extractMs: number;
  alignMs: number;
  totalRunsMs: number[];
  wordsPerSecond: number;
  growth: {
    articles: number;
    time: number;
    perDoubling: number;
    extractPerDoubling: number;
    alignPerDoubling: number;
  } | null;
}

function benchSize(pool: string[], size: number): Omit<SizeResult, "growth"> {
  const bundle = syntheticStory(pool, size);
  const words = bundle.articles.reduce((s, a) => s + countWords(a.text), 0);

  let summary = { claims: 0, groups: 0 };
  const warmupMs = time(() => {
    const a = analyzeStory(bundle);
    summary = { claims: a.summary.claims, groups: a.summary.groups };
    return a;
  });
  // One warm-up run of a small story is over before the JIT has optimised the hot paths; keep warming for a second.
  for (let spent = warmupMs, i = 1; spent < WARMUP_MS && i < 20; i++) spent += time(() => analyzeStory(bundle));
  // Keep the whole run within a few minutes: a size whose single run is slow gets fewer repetitions.
  const reps = Math.max(1, Math.min(MAX_REPS, warmupMs < 5_000 ? MAX_REPS : warmupMs < 20_000 ? 3 : 1));

  const totalRuns: number[] = [];
  const extractRuns: number[] = [];
  const alignRuns: number[] = [];
  let items: ArticleWithExtraction[] = [];
  for (let r = 0; r < reps; r++) {
    totalRuns.push(time(() => analyzeStory(bundle)));
    extractRuns.push(
      time(() => (items = bundle.articles.map((input) => ({ input, extraction: extractArticle(input) })))),
    );
    alignRuns.push(time(() => analyzeExtractions(items)));
  }
  const totalMs = median(totalRuns);
  return {
    articles: size,
    words,
    ...summary,
    reps,
    warmupMs,
    totalMs,
    extractMs: median(extractRuns),
    alignMs: median(alignRuns),
    totalRunsMs: totalRuns,
    wordsPerSecond: words / (totalMs / 1000),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mb = (bytes: number) => `${fmt(bytes / 1024 / 1024, 1)} MB`;
const pad = (s: string, n: number) => s.padStart(n);

function main() {
  const started = performance.now();
  const { file, bundle } = loadSeedBundle();
  const pool = paragraphPool(bundle, mulberry32(PRNG_SEED));
  const cpus = os.cpus();
  console.log("Analysis benchmark");
  console.log(
    `  seeds: ${file} (${bundle.articles.length} articles, ${pool.length} paragraphs in the pool), PRNG seed ${PRNG_SEED}`,
  );
  console.log(
    `  node ${process.version}, ${cpus.length} CPU(s) (${cpus[0]?.model.trim() ?? "unknown"}), load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  console.log(
    "  One core: the analysis runs single-threaded in this one Node process; extra cores do not change the figures.",
  );
  console.log(
    "  The machine is shared and noisy: read differences under ~20% as noise, and compare runs on the same host.",
  );
  console.log(
    `  Each size: warm-up runs (at least one, at least ${fmt(WARMUP_MS)} ms), then up to ${MAX_REPS} timed runs of each phase; medians shown.\n`,
  );

  const results: SizeResult[] = [];
  for (const size of SIZES) {
    const r = benchSize(pool, size);
    const prev = results.at(-1);
    let growth: SizeResult["growth"] = null;
    if (prev) {
      const sizeRatio = r.articles / prev.articles;
      const timeRatio = r.totalMs / prev.totalMs;
      // Normalise steps that are not exact doublings (5 → 25) to the growth per doubling.
      const perDoubling = (ratio: number) => ratio ** (1 / Math.log2(sizeRatio));
      growth = {
        articles: sizeRatio,
        time: timeRatio,
        perDoubling: perDoubling(timeRatio),
        extractPerDoubling: perDoubling(r.extractMs / prev.extractMs),
        alignPerDoubling: perDoubling(r.alignMs / prev.alignMs),
      };
    }
    results.push({ ...r, growth });
    console.log(
      `  ${pad(String(size), 3)} articles done in ${fmt((performance.now() - started) / 1000, 1)} s (${r.reps} rep${r.reps > 1 ? "s" : ""})`,
    );
  }

  const header = ["articles", "words", "claims", "total ms", "extract ms", "align ms", "words/s", "growth vs previous"];
  const widths = [8, 8, 7, 10, 11, 10, 9, 0];
  const rows = results.map((r) => [
    fmt(r.articles),
    fmt(r.words),
    fmt(r.claims),
    fmt(r.totalMs, 1),
    fmt(r.extractMs, 1),
    fmt(r.alignMs, 1),
    fmt(r.wordsPerSecond),
    r.growth
      ? `x${fmt(r.growth.articles, 1)} articles → x${fmt(r.growth.time, 2)} time (x${fmt(r.growth.perDoubling, 2)} per doubling)`
      : "",
  ]);
  console.log("\n" + header.map((h, i) => (widths[i] ? pad(h, widths[i]!) : h)).join("  "));
  for (const row of rows) console.log(row.map((c, i) => (widths[i] ? pad(c, widths[i]!) : c)).join("  "));

  const steps = results.filter((r) => r.growth);
  const worst = steps.reduce<SizeResult | null>(
    (w, r) => (!w || r.growth!.perDoubling > w.growth!.perDoubling ? r : w),
    null,
  );
  const worstDoubling = worst?.growth?.perDoubling ?? null;
  const minWps = Math.min(...results.map((r) => r.wordsPerSecond));
  const biggest = results.at(-1)!;
  const meetsDoubling = worstDoubling === null || worstDoubling <= TARGET_DOUBLING;
  const meetsWps = minWps >= TARGET_WORDS_PER_SECOND;
  sampleMemory();
  const maxRss = process.resourceUsage().maxRSS * 1024; // kernel's own peak, between our samples too

  console.log("");
  if (worst && worstDoubling !== null) {
    const prev = results[results.indexOf(worst) - 1]!;
    console.log(
      `Worst growth per doubling: x${fmt(worstDoubling, 2)} (${prev.articles} → ${worst.articles} articles); target ≤ x${TARGET_DOUBLING}: ${meetsDoubling ? "MET" : "NOT MET"}`,
    );
  }
  if (steps.length) {
    const phase = (k: "extractPerDoubling" | "alignPerDoubling") =>
      steps.map((r) => `x${fmt(r.growth![k], 2)}`).join(", ");
    // The total can hide a superlinear phase behind a linear one; show each on its own.
    console.log(
      `Per doubling, step by step: extraction ${phase("extractPerDoubling")}; alignment ${phase("alignPerDoubling")}`,
    );
  }
  console.log(
    `Slowest throughput: ${fmt(minWps)} words/s; at ${biggest.articles} articles ${fmt(biggest.wordsPerSecond)} words/s; target ≥ ${fmt(TARGET_WORDS_PER_SECOND)} words/s at every size: ${meetsWps ? "MET" : "NOT MET"}`,
  );
  console.log(
    `Where time goes at ${biggest.articles} articles: extraction ${fmt((100 * biggest.extractMs) / (biggest.extractMs + biggest.alignMs))}%, alignment ${fmt((100 * biggest.alignMs) / (biggest.extractMs + biggest.alignMs))}%`,
  );
  console.log(
    `Memory: peak RSS ${mb(maxRss)} (sampled ${mb(memory.peakRss)}), peak heapUsed sampled after runs ${mb(memory.peakHeapUsed)}`,
  );
  console.log(`Benchmark wall time ${fmt((performance.now() - started) / 1000, 1)} s`);

  mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  const report = {
    generatedAt: new Date().toISOString(),
    environment: {
      node: process.version,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? null,
      loadAverage: os.loadavg(),
      note: "single-threaded Node process (one core); shared, noisy machine",
    },
    seeds: { file, articles: bundle.articles.length, poolParagraphs: pool.length, prngSeed: PRNG_SEED },
    targets: { maxGrowthPerDoubling: TARGET_DOUBLING, minWordsPerSecond: TARGET_WORDS_PER_SECOND },
    results,
    verdict: {
      worstGrowthPerDoubling: worstDoubling,
      meetsDoubling,
      minWordsPerSecond: minWps,
      meetsWordsPerSecond: meetsWps,
    },
    memory: {
      peakRssBytes: maxRss,
      sampledPeakRssBytes: memory.peakRss,
      sampledPeakHeapUsedBytes: memory.peakHeapUsed,
    },
    wallSeconds: (performance.now() - started) / 1000,
  };
  writeFileSync(OUT_FILE, JSON.stringify(report, null, 2) + "\n");
  console.log(`Wrote ${path.relative(process.cwd(), OUT_FILE)}`);
}

main();
