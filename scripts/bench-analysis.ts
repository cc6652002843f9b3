/**
 * npm run bench:analysis [-- --sizes 5,25,50 --reps 3]
 * Times the analysis on synthetic stories of growing size, built deterministically from the seed articles, and
 * writes the figures to bench-results/analysis.json. Targets: doubling the articles at most 2.5x the time, and at
 * least 20,000 words per second end to end.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { storyBundleSchema, type ArticleInput, type StoryBundle } from "../lib/analysis/schema";
import { extractArticle } from "../lib/analysis/extract";
import { analyzeExtractions, analyzeStory, type ArticleWithExtraction } from "../lib/analysis/analyze";

const SEED_CANDIDATES = [
  path.resolve(import.meta.dirname, "../seeds/iran-syria-2018/bundle.json"),
  "/work/shared/eval/dev/iran-syria-2018.bundle.json",
];
const OUT_FILE = path.resolve(import.meta.dirname, "../bench-results/analysis.json");
const PRNG_SEED = 20180828;
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
// Deterministic synthetic stories

/** mulberry32: a tiny seeded PRNG, so every run benchmarks exactly the same text. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
function shuffle<T>(rng: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}
const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

function loadSeeds(): { file: string; bundle: StoryBundle } {
  const file = SEED_CANDIDATES.find((f) => existsSync(f));
  if (!file) throw new Error(`no seed bundle found at ${SEED_CANDIDATES.join(" or ")}`);
  return { file, bundle: storyBundleSchema.parse(JSON.parse(readFileSync(file, "utf8"))) };
}

const SENTENCE_BREAK = /(?<=[.!?]["”’]?)\s+(?=["“]?[A-Z])/;

/**
 * Body paragraphs of every seed, long ones cut into runs of two or three sentences so that articles mix material
 * from several seeds the way rewritten wire copy does. Page furniture (bylines, "2 min read") is left out: it
 * would be cleaned away and only dilute the word count.
 */
function paragraphPool(bundle: StoryBundle, rng: Rng): string[] {
  const pool: string[] = [];
  for (const a of bundle.articles) {
    for (const para of a.text.split(/\n+/).map((p) => p.trim())) {
      if (countWords(para) < 8) continue;
      const sentences = para.split(SENTENCE_BREAK);
      if (countWords(para) <= 80 || sentences.length < 3) {
        pool.push(para);
        continue;
      }
      for (let i = 0; i < sentences.length;) {
        const n = 2 + Math.floor(rng() * 2);
        pool.push(sentences.slice(i, i + n).join(" "));
        i += n;
      }
    }
  }
  return pool;
}

const MIN_WORDS = 300;
const MAX_WORDS = 600;

const wordSets = new Map<string, Set<string>>();
function wordSet(s: string): Set<string> {
  let set = wordSets.get(s);
  if (!set) wordSets.set(s, (set = new Set(s.toLowerCase().match(/[a-z]+/g) ?? [])));
  return set;
}
/** Share of the smaller paragraph's words that the other one also has. */
function overlap(a: string, b: string): number {
  const [x, y] = [wordSet(a), wordSet(b)];
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const SYNONYMS: Array<[RegExp, string[]]> = [
  [/\bvisited\b/g, ["visited", "travelled to", "arrived in"]],
  [/\bsaid\b/g, ["said", "reported", "stated"]],
  [/\ba deal\b/g, ["a deal", "an agreement", "an accord", "a pact"]],
  [/\bthe deal\b/g, ["the deal", "the agreement", "the accord", "the pact"]],
  [/\bsigned\b/g, ["signed", "inked", "concluded"]],
  [/\bofficials\b/g, ["officials", "authorities"]],
  [/\bhelp\b/g, ["help", "assist"]],
  [/\bforces\b/g, ["forces", "troops"]],
  [/\ba meeting\b/g, ["a meeting", "a session"]],
  [/\bsenior\b/g, ["senior", "high-ranking", "top"]],
  [/\bDefen[cs]e Minister\b/g, ["Defence Minister", "Defense Minister", "defence chief"]],
];

function perturbNumber(rng: Rng, raw: string): string {
  const value = Number(raw.replace(/,/g, ""));
  if (!Number.isFinite(value) || rng() < 0.4) return raw;
  // Years move by one at most; counts by up to a third, which is what conflicting reports look like.
  if (/^(19|20)\d\d$/.test(raw)) return rng() < 0.2 ? String(value + (rng() < 0.5 ? -1 : 1)) : raw;
  const decimals = raw.includes(".") ? raw.split(".")[1]!.length : 0;
  const next = Math.max(1, value * (1 + (rng() - 0.5) * 0.66));
  const fixed = decimals ? next.toFixed(decimals) : String(Math.round(next));
  return raw.includes(",") ? Number(fixed).toLocaleString("en-US") : fixed;
}

function vary(rng: Rng, text: string): string {
  let out = text.replace(/\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g, (w) =>
    rng() < 0.5 ? pick(rng, WEEKDAYS) : w,
  );
  out = out.replace(
    /\d[\d,]*(?:\.\d+)?/g,
    (n) => perturbNumber(rng, n.replace(/,$/, "")) + (n.endsWith(",") ? "," : ""),
  );
  for (const [re, options] of SYNONYMS) out = out.replace(re, (w) => (rng() < 0.5 ? pick(rng, options) : w));
  return out;
}

const HEADLINES = [
  "Iran and Syria sign military cooperation deal",
  "Iran to keep military presence in Syria, official says",
  "Tehran and Damascus agree defence pact",
  "Iranian defence minister in Damascus for talks with Assad",
];

function syntheticArticle(rng: Rng, pool: string[], index: number): ArticleInput {
  const target = MIN_WORDS + Math.floor(rng() * (MAX_WORDS - MIN_WORDS + 1));
  const order = shuffle(
    rng,
    pool.map((_, i) => i),
  );
  // The lead stays a lead: open with one of the pool's first paragraphs more often than not.
  if (rng() < 0.7) order.unshift(Math.floor(rng() * Math.min(6, pool.length)));
  const used = new Set<number>();
  const paras: string[] = [];
  let words = 0;
  for (const i of order) {
    if (words >= target) break;
    // The seeds share wire copy almost word for word; one outlet prints such a paragraph once.
    if (used.has(i) || [...used].some((j) => overlap(pool[i]!, pool[j]!) > 0.5)) continue;
    if (words >= MIN_WORDS && words + countWords(pool[i]!) > MAX_WORDS) continue;
    used.add(i);
    let para = vary(rng, pool[i]!);
    const sentences = para.split(SENTENCE_BREAK);
    // Drop a sentence now and then, as an editor cutting to length would.
    if (sentences.length > 2 && rng() < 0.3) sentences.splice(Math.floor(rng() * sentences.length), 1);
    para = sentences.join(" ");
    paras.push(para);
    words += countWords(para);
  }
  const day = 27 + Math.floor(rng() * 5); // 27 August to 31 August 2018
  return {
    outlet: `Outlet ${index + 1}`,
    title: pick(rng, HEADLINES),
    url: `https://outlet-${index + 1}.example/world/iran-syria-${index + 1}`,
    publishedAt: `2018-08-${String(day).padStart(2, "0")}`,
    text: paras.join("\n\n"),
  };
}

function syntheticStory(pool: string[], size: number): StoryBundle {
  // One stream per size, so the 50-article story does not depend on whether the 25-article one was built first.
  const rng = mulberry32(PRNG_SEED + size);
  const articles = Array.from({ length: size }, (_, i) => syntheticArticle(rng, pool, i));
  return storyBundleSchema.parse({ story: { title: `Synthetic story (${size} articles)` }, articles });
}

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
  const { file, bundle } = loadSeeds();
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
