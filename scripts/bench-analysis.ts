/**
 * npm run bench:analysis [-- --sizes 50,100,200,400 --reps 3]
 * Times the whole analysis (extraction and alignment) on mixed stories of growing size, built deterministically from
 * every article of the evaluation kit's dev stories (scripts/synthetic-story.ts mixedStory; the seed story alone when
 * ../shared/eval/dev is missing), and writes the figures to bench-results/analysis.json.
 *
 * Time is the process's CPU time (user + system, every thread: what the analysis costs on one core), not wall time:
 * the machine is shared, and under load the wall clock counts the time other processes held the core. The wall time
 * and the main thread's own CPU time are printed beside it.
 *
 * The sizes are interleaved (decision 045): every round runs every size, so that a slow spell of the shared machine
 * falls on all of them alike rather than on whichever size was being timed.
 *
 * Targets (issue "facts, not sentences"): at least 20,000 words per second at every size, and at most 2.3x the time
 * per doubling of the articles from 50 to 400. Figures: README.md, "Benchmark".
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { extractArticle } from "../lib/analysis/extract";
import { analyzeExtractions, analyzeStory, type ArticleWithExtraction } from "../lib/analysis/analyze";
import { countWords, loadSourceStories, mixedStory, mulberry32, PRNG_SEED, type SourceStory } from "./synthetic-story";

const OUT_FILE = path.resolve(import.meta.dirname, "../bench-results/analysis.json");
const TARGET_DOUBLING = 2.3;
// Each size is warmed up the same way, until its runs stop getting faster, within SIZE_WARMUP (decision 042): with one
// warm-up run, the 100-article story was timed while the JIT still optimised for the articles it adds to the
// 50-article one. Its runs fell from 2.4 s to 1.8 s of CPU over eight runs in a row, and extraction alone, which is
// linear work, grew x2.6 to x2.8 from 50 to 100 articles in three runs of this benchmark.
const SIZE_WARMUP = { minRuns: 3, maxMs: 40_000, settledRuns: 2 };
// Compiling the hot paths runs on helper threads, which CPU time counts, and the lexicon's tables are decoded on first
// use: both would land in the first size's figures. The process is warmed up on the smallest story first, until the
// JIT has settled: with --trace-opt, V8 optimised 254 functions during the second run of the 50-article story and
// still 38 during the twelfth, while a run's CPU time fell from 1,285 ms to 690 ms. A warm-up of a fixed 5 s (four
// runs) left the smallest size measuring the compiler. So warming goes on until no run in the last few has been
// clearly faster than the best before it, between the bounds below.
const PROCESS_WARMUP_MS = { min: 5_000, max: 40_000 };
/** Warm-up runs in a row that must not beat the best run before them by more than `settledGain` to stop warming. */
const SETTLED_RUNS = 5;
const SETTLED_GAIN = 0.03;
const TARGET_WORDS_PER_SECOND = 20_000;

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const SIZES = (argValue("sizes") ?? "50,100,200,400").split(",").map(Number);
const MAX_REPS = Number(argValue("reps") ?? 5);

// ---------------------------------------------------------------------------------------------------------------
// Timing

const memory = { peakRss: 0, peakHeapUsed: 0 };
function sampleMemory() {
  const m = process.memoryUsage();
  memory.peakRss = Math.max(memory.peakRss, m.rss);
  memory.peakHeapUsed = Math.max(memory.peakHeapUsed, m.heapUsed);
}

// A collection is forced once per size, before its warm-up, so that the garbage of the size before does not land in
// this one's runs. Not before each timed run, as it was: a forced full collection shrinks the heap, and the run
// that follows grows it again through more collections than a run in a steady state makes (V8's helper threads spent
// 357 ms of CPU in each run of the 50-article story after one, 115 ms without: a sixth of the run's CPU; decision
// 032). A server analyses story after story with no forced collection: after the warm-up, each timed run pays its
// share of the collections of the runs around it. `npm run` gives us no way to pass --expose-gc: turned on here.
v8.setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

/** CPU time of this process so far (all threads), in ms. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/**
 * On-CPU time of the main thread so far, in ms, from Linux's schedstat (nanoseconds), or null elsewhere. It leaves
 * out the helper threads (garbage collection, compilation) that the process's CPU time includes.
 */
const MAIN_THREAD_SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
const mainThreadMs = (): number | null => {
  try {
    return Number(readFileSync(MAIN_THREAD_SCHEDSTAT, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return null;
  }
};

interface Timing {
  cpu: number;
  wall: number;
  main: number | null;
}

function time(fn: () => unknown): Timing {
  const main0 = mainThreadMs();
  const cpu0 = cpuMs();
  const t0 = performance.now();
  const result = fn();
  const wall = performance.now() - t0;
  const cpu = cpuMs() - cpu0;
  const main1 = mainThreadMs();
  sampleMemory(); // before `result` can be collected, so the peak includes the analysis itself
  void result;
  return { cpu, wall, main: main0 === null || main1 === null ? null : main1 - main0 };
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
  warmupCpuMs: number;
  /** Runs before the timed ones, until they stopped getting faster (SIZE_WARMUP). */
  warmupRuns: number;
  /** Medians over the timed runs: CPU time (all threads), then wall and main-thread time of the whole analysis. */
  totalMs: number;
  extractMs: number;
  alignMs: number;
  wallMs: number;
  mainThreadMs: number | null;
  totalRuns: Timing[];
  wordsPerSecond: number;
  /** The fastest timed run's CPU time: the one that met the least of the machine's other work. */
  minTotalMs: number;
  /** The heap in use right after this size's whole analysis (median over rounds), in bytes. */
  heapUsed: number;
  growth: {
    articles: number;
    time: number;
    perDoubling: number;
    extractPerDoubling: number;
    alignPerDoubling: number;
  } | null;
}

/** One size's story, its word count, and the CPU times of its runs so far. */
interface SizeRuns {
  size: number;
  bundle: ReturnType<typeof mixedStory>;
  words: number;
  summary: { claims: number; groups: number };
  warmup: number[];
  total: Timing[];
  extract: number[];
  align: number[];
  heap: number[];
}

/**
 * Every size, interleaved (decision 045): warm-up rounds run each size once in turn until every size's runs have stopped
 * getting faster (SIZE_WARMUP), then each timed round runs each size's whole analysis, extraction and alignment once.
 * Timed size by size, as before, a slow spell of the shared machine landed on whichever size was running: the same
 * code measured one doubling at x1.79 and the next at x2.63 within one run. Interleaved, each size meets the machine's
 * spells alike, and the median over rounds leaves out a round that met one.
 */
function benchSizes(stories: SourceStory[], started: number): SizeResult[] {
  const sizes: SizeRuns[] = SIZES.map((size) => {
    const bundle = mixedStory(stories, size);
    return {
      size,
      bundle,
      words: bundle.articles.reduce((s, a) => s + countWords(a.text), 0),
      summary: { claims: 0, groups: 0 },
      warmup: [],
      total: [],
      extract: [],
      align: [],
      heap: [],
    };
  });
  collect();
  const warming = (r: SizeRuns) =>
    r.warmup.reduce((a, b) => a + b, 0) < SIZE_WARMUP.maxMs &&
    (r.warmup.length < SIZE_WARMUP.minRuns || !settled(r.warmup, SIZE_WARMUP.settledRuns));
  while (sizes.some(warming))
    for (const r of sizes) {
      if (!warming(r)) continue;
      r.warmup.push(
        time(() => {
          const a = analyzeStory(r.bundle);
          r.summary = { claims: a.summary.claims, groups: a.summary.groups };
          return a;
        }).cpu,
      );
    }
  console.log(
    `  warmed up each size: ${sizes.map((r) => `${r.size}: ${r.warmup.length} runs`).join(", ")} (${fmt((performance.now() - started) / 1000, 1)} s), load average ${loadAverage()}`,
  );
  for (let round = 0; round < MAX_REPS; round++) {
    for (const r of sizes) {
      r.total.push(time(() => analyzeStory(r.bundle)));
      r.heap.push(process.memoryUsage().heapUsed);
      let items: ArticleWithExtraction[] = [];
      r.extract.push(
        time(() => (items = r.bundle.articles.map((input) => ({ input, extraction: extractArticle(input) })))).cpu,
      );
      r.align.push(time(() => analyzeExtractions(items)).cpu);
    }
    console.log(
      `  round ${round + 1} of ${MAX_REPS} done in ${fmt((performance.now() - started) / 1000, 1)} s, load average ${loadAverage()}`,
    );
  }
  const results: SizeResult[] = [];
  for (const r of sizes) {
    const totalMs = median(r.total.map((t) => t.cpu));
    const mains = r.total.map((t) => t.main);
    const result: Omit<SizeResult, "growth"> = {
      articles: r.size,
      words: r.words,
      ...r.summary,
      reps: r.total.length,
      warmupCpuMs: r.warmup.reduce((a, b) => a + b, 0),
      warmupRuns: r.warmup.length,
      totalMs,
      minTotalMs: Math.min(...r.total.map((t) => t.cpu)),
      extractMs: median(r.extract),
      alignMs: median(r.align),
      wallMs: median(r.total.map((t) => t.wall)),
      mainThreadMs: mains.every((m) => m !== null) ? median(mains as number[]) : null,
      totalRuns: r.total,
      wordsPerSecond: r.words / (totalMs / 1000),
      heapUsed: median(r.heap),
    };
    const prev = results.at(-1);
    results.push({ ...result, growth: prev ? growth(prev, result) : null });
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mb = (bytes: number) => `${fmt(bytes / 1024 / 1024, 1)} MB`;
const pad = (s: string, n: number) => s.padStart(n);
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

type Source = ReturnType<typeof loadSourceStories>;

function printIntro({ source, fallback, stories }: Source) {
  const articles = stories.reduce((n, s) => n + s.bundle.articles.length, 0);
  const paragraphs = stories.reduce((n, s) => n + s.pool.length, 0);
  const cpus = os.cpus();
  console.log("Analysis benchmark");
  console.log(
    `  source: ${source}: ${stories.length} ${fallback ? "story" : "dev stories"}, ${articles} articles, ${paragraphs} paragraphs in the pools; PRNG seed ${PRNG_SEED}`,
  );
  if (fallback)
    console.log(
      "  No evaluation kit at ../shared/eval/dev: the stories retell the seed story only, so figures are not comparable with a mixed story's.",
    );
  console.log(
    `  node ${process.version}, ${cpus.length} CPU(s) (${cpus[0]?.model.trim() ?? "unknown"}), load average ${loadAverage()}`,
  );
  console.log(
    "  Time is CPU time of this process (every thread): what the analysis costs on one core, whatever else runs on the machine.",
  );
  console.log(
    `  Sizes interleaved: warm-up rounds until each size's runs stop getting faster (at least ${SIZE_WARMUP.minRuns}, at most ${fmt(SIZE_WARMUP.maxMs)} ms of CPU a size), then ${MAX_REPS} timed rounds, each running every size's analysis, extraction and alignment once; medians shown.\n`,
  );
}

/** The process warm-up on the smallest story, until its runs stop getting faster (see PROCESS_WARMUP_MS). */
/** Whether none of the last `last` runs beat the best run before them by more than SETTLED_GAIN. */
function settled(runs: number[], last: number): boolean {
  if (runs.length <= last) return false;
  const before = Math.min(...runs.slice(0, -last));
  return runs.slice(-last).every((ms) => ms > before * (1 - SETTLED_GAIN));
}

function warmUp(stories: SourceStory[]) {
  const smallest = mixedStory(stories, Math.min(...SIZES));
  const runs: number[] = [];
  let warmed = 0;
  while (warmed < PROCESS_WARMUP_MS.max && (warmed < PROCESS_WARMUP_MS.min || !settled(runs, SETTLED_RUNS))) {
    runs.push(time(() => analyzeStory(smallest)).cpu);
    warmed += runs.at(-1)!;
  }
  console.log(
    `  warmed up on the ${smallest.articles.length}-article story: ${runs.length} runs, ${fmt(warmed)} ms of CPU ` +
      `(first run ${fmt(runs[0]!)} ms, last ${fmt(runs.at(-1)!)} ms, best ${fmt(Math.min(...runs))} ms)`,
  );
}

function growth(prev: SizeResult, r: Omit<SizeResult, "growth">): SizeResult["growth"] {
  const sizeRatio = r.articles / prev.articles;
  // Normalise steps that are not exact doublings (50 → 150) to the growth per doubling.
  const perDoubling = (ratio: number) => ratio ** (1 / Math.log2(sizeRatio));
  return {
    articles: sizeRatio,
    time: r.totalMs / prev.totalMs,
    perDoubling: perDoubling(r.totalMs / prev.totalMs),
    extractPerDoubling: perDoubling(r.extractMs / prev.extractMs),
    alignPerDoubling: perDoubling(r.alignMs / prev.alignMs),
  };
}

function printTable(results: SizeResult[]) {
  const header = [
    "articles",
    "words",
    "claims",
    "cpu ms",
    "extract ms",
    "align ms",
    "wall ms",
    "main ms",
    "words/s",
    "heap",
    "growth vs previous (cpu)",
  ];
  const widths = [8, 8, 7, 9, 10, 9, 9, 9, 8, 10, 0];
  const rows = results.map((r) => [
    fmt(r.articles),
    fmt(r.words),
    fmt(r.claims),
    fmt(r.totalMs),
    fmt(r.extractMs),
    fmt(r.alignMs),
    fmt(r.wallMs),
    r.mainThreadMs === null ? "-" : fmt(r.mainThreadMs),
    fmt(r.wordsPerSecond),
    mb(r.heapUsed),
    r.growth
      ? `x${fmt(r.growth.articles, 1)} articles → x${fmt(r.growth.time, 2)} time (x${fmt(r.growth.perDoubling, 2)} per doubling)`
      : "",
  ]);
  console.log("\n" + header.map((h, i) => (widths[i] ? pad(h, widths[i]!) : h)).join("  "));
  for (const row of rows) console.log(row.map((c, i) => (widths[i] ? pad(c, widths[i]!) : c)).join("  "));
}

/** The figures the targets are judged on. */
function judge(results: SizeResult[]) {
  const steps = results.filter((r) => r.growth);
  const worst = steps.reduce<SizeResult | null>(
    (w, r) => (!w || r.growth!.perDoubling > w.growth!.perDoubling ? r : w),
    null,
  );
  const worstDoubling = worst?.growth?.perDoubling ?? null;
  const first = results[0]!;
  const biggest = results.at(-1)!;
  // The growth over the whole range, as a mean per doubling: less noisy than any one step.
  const overallDoubling =
    results.length > 1 ? (biggest.totalMs / first.totalMs) ** (1 / Math.log2(biggest.articles / first.articles)) : null;
  const minWps = Math.min(...results.map((r) => r.wordsPerSecond));
  const meetsDoubling = worstDoubling === null || worstDoubling <= TARGET_DOUBLING;
  const meetsWps = minWps >= TARGET_WORDS_PER_SECOND;
  return { steps, worst, worstDoubling, first, biggest, overallDoubling, minWps, meetsDoubling, meetsWps };
}
type Judged = ReturnType<typeof judge>;

function printVerdict(results: SizeResult[], j: Judged) {
  const { steps, worst, worstDoubling, first, biggest, overallDoubling, minWps, meetsDoubling, meetsWps } = j;
  console.log("");
  if (worst && worstDoubling !== null) {
    const prev = results[results.indexOf(worst) - 1]!;
    console.log(
      `Worst growth per doubling: x${fmt(worstDoubling, 2)} (${prev.articles} → ${worst.articles} articles), x${fmt(overallDoubling!, 2)} over ${first.articles} → ${biggest.articles}; target ≤ x${TARGET_DOUBLING} at every step: ${meetsDoubling ? "MET" : "NOT MET"}`,
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
  const minGrowth = steps.map((r) => {
    const prev = results[results.indexOf(r) - 1]!;
    return `x${fmt((r.minTotalMs / prev.minTotalMs) ** (1 / Math.log2(r.articles / prev.articles)), 2)}`;
  });
  if (steps.length) console.log(`The same growth from each size's fastest run: ${minGrowth.join(", ")}`);
  console.log(
    `Slowest throughput: ${fmt(minWps)} words/s; at ${biggest.articles} articles ${fmt(biggest.wordsPerSecond)} words/s; target ≥ ${fmt(TARGET_WORDS_PER_SECOND)} words/s at every size: ${meetsWps ? "MET" : "NOT MET"}`,
  );
  console.log(
    `Where time goes at ${biggest.articles} articles: extraction ${fmt((100 * biggest.extractMs) / (biggest.extractMs + biggest.alignMs))}%, alignment ${fmt((100 * biggest.alignMs) / (biggest.extractMs + biggest.alignMs))}%`,
  );
}

interface Run {
  source: Source;
  results: SizeResult[];
  judged: Judged;
  maxRss: number;
  loadBefore: number[];
  started: number;
}

function writeReport({ source: { source, fallback, stories }, results, judged, maxRss, loadBefore, started }: Run) {
  const cpus = os.cpus();
  mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  const report = {
    generatedAt: new Date().toISOString(),
    environment: {
      node: process.version,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? null,
      loadAverage: { start: loadBefore, end: os.loadavg() },
      note: "CPU time of one Node process (every thread); shared, noisy machine",
    },
    source: {
      path: source,
      fallback,
      stories: stories.map((s) => s.name),
      articles: stories.reduce((n, s) => n + s.bundle.articles.length, 0),
      poolParagraphs: stories.reduce((n, s) => n + s.pool.length, 0),
      prngSeed: PRNG_SEED,
    },
    targets: { maxGrowthPerDoubling: TARGET_DOUBLING, minWordsPerSecond: TARGET_WORDS_PER_SECOND },
    results,
    verdict: {
      worstGrowthPerDoubling: judged.worstDoubling,
      overallGrowthPerDoubling: judged.overallDoubling,
      meetsDoubling: judged.meetsDoubling,
      minWordsPerSecond: judged.minWps,
      meetsWordsPerSecond: judged.meetsWps,
    },
    memory: {
      peakRssBytes: maxRss,
      sampledPeakHeapUsedBytes: memory.peakHeapUsed,
    },
    wallSeconds: (performance.now() - started) / 1000,
  };
  writeFileSync(OUT_FILE, JSON.stringify(report, null, 2) + "\n");
  console.log(`Wrote ${path.relative(process.cwd(), OUT_FILE)}`);
}

function main() {
  const started = performance.now();
  const source = loadSourceStories(mulberry32(PRNG_SEED));
  const loadBefore = os.loadavg();
  printIntro(source);
  warmUp(source.stories);
  const results = benchSizes(source.stories, started);
  printTable(results);
  const judged = judge(results);
  sampleMemory();
  const maxRss = process.resourceUsage().maxRSS * 1024; // kernel's own peak, between our samples too
  printVerdict(results, judged);
  console.log(
    `Memory: peak RSS ${mb(maxRss)} (sampled ${mb(memory.peakRss)}), peak heapUsed sampled after runs ${mb(memory.peakHeapUsed)}`,
  );
  console.log(
    `Load average ${loadBefore.map((l) => l.toFixed(2)).join(" ")} at the start, ${loadAverage()} at the end; benchmark wall time ${fmt((performance.now() - started) / 1000, 1)} s`,
  );
  writeReport({ source, results, judged, maxRss, loadBefore, started });
}

main();
