/**
 * What the lexicon costs a fresh process (docs/decisions/014-lexical-resources.md): `npm run bench:lexicon`.
 *
 * Each run is a new Node process that imports lib/analysis/lexicon, makes the first calls that decode the vector
 * table and the WordNet table, then times a batch of lookups. Two ways of loading are measured:
 *
 * - `tsx`, as the CLI scripts run (tsx compiles every module, the 11 MB of JSON included, on a hooks thread);
 * - `bundled`, as the web app runs: the lexicon and its JSON bundled into one ES module by esbuild (a dependency of
 *   tsx and vite, not of the project: this mode is skipped when it cannot be imported), the way Next.js bundles
 *   the server code, then run by plain Node.
 *
 * Wall time on a shared machine depends on the neighbours; CPU time (user + system, all threads) less so, and both
 * are printed. Each figure is the median of `--runs` processes (default 3).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), "..");

interface Sample {
  importMs: number;
  importCpuMs: number;
  vectorsMs: number;
  wordnetMs: number;
  loadCpuMs: number;
  rssStartMb: number;
  rssLoadedMb: number;
  heapLoadedMb: number;
  perCallUs: Record<string, number>;
}

const PAIRS: Array<[string, string]> = [
  ["kill", "slay"],
  ["buy", "acquire"],
  ["acquisition", "acquire"],
  ["death", "die"],
  ["visit", "travel"],
  ["say", "tell"],
  ["arrest", "detain"],
  ["win", "lose"],
  ["run", "paint"],
  ["explode", "blast"],
];
const NOUNS = "soldier kilometre dollar silver march police earthquake rifle hospital salary village statement".split(
  " ",
);

async function child(): Promise<void> {
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const mb = (n: number) => Math.round(n / 1e5) / 10;
  const rssStart = process.memoryUsage().rss;
  const c0 = cpu();
  const t0 = performance.now();
  const lexicon = await import("../lib/analysis/lexicon/index");
  const t1 = performance.now();
  const c1 = cpu();
  lexicon.similarity("kill", "slay");
  const t2 = performance.now();
  lexicon.category("soldier");
  lexicon.predicateSimilarity("death", "die");
  lexicon.antonyms("win");
  const t3 = performance.now();
  const c3 = cpu();
  const memory = process.memoryUsage();

  // Steady state: a tenth of the calls first, so the figures leave out the JIT's warm-up and the caches' misses
  // (the first calls above have paid for decoding).
  const time = (n: number, f: (i: number) => unknown) => {
    for (let i = 0; i < n / 10; i++) f(i);
    const start = performance.now();
    for (let i = 0; i < n; i++) f(i);
    return Math.round(((performance.now() - start) * 1000) / n) / 1000;
  };
  const perCallUs = {
    similarity: time(100_000, (i) => lexicon.similarity(...PAIRS[i % PAIRS.length]!)) * 1000,
    predicateSimilarity: time(10_000, (i) => lexicon.predicateSimilarity(...PAIRS[i % PAIRS.length]!)) * 1000,
    "category (cached)": time(100_000, (i) => lexicon.category(NOUNS[i % NOUNS.length]!)) * 1000,
    isA: time(10_000, (i) => lexicon.isA(NOUNS[i % NOUNS.length]!, "n", "person")) * 1000,
    synsetsOf: time(10_000, (i) => lexicon.synsetsOf(NOUNS[i % NOUNS.length]!, "n")) * 1000,
  };
  const sample: Sample = {
    importMs: Math.round(t1 - t0),
    importCpuMs: Math.round(c1 - c0),
    vectorsMs: Math.round(t2 - t1),
    wordnetMs: Math.round(t3 - t2),
    loadCpuMs: Math.round(c3 - c1),
    rssStartMb: mb(rssStart),
    rssLoadedMb: mb(memory.rss),
    heapLoadedMb: mb(memory.heapUsed),
    perCallUs: Object.fromEntries(Object.entries(perCallUs).map(([k, v]) => [k, Math.round(v * 100) / 100])),
  };
  process.stdout.write(JSON.stringify(sample) + "\n");
}

interface Esbuild {
  build(options: Record<string, unknown>): Promise<unknown>;
}

async function bundle(): Promise<string | undefined> {
  let esbuild: Esbuild;
  try {
    // A variable specifier: esbuild comes with tsx and vite, and the type-check must not depend on that.
    const name = "esbuild";
    esbuild = (await import(name)) as Esbuild;
  } catch {
    return undefined;
  }
  const dir = path.join(root, "tmp", "bench-lexicon");
  mkdirSync(dir, { recursive: true });
  const out = path.join(dir, "child.mjs");
  await esbuild.build({
    entryPoints: [self],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: out,
    logLevel: "warning",
  });
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function run(label: string, args: string[], runs: number): void {
  const samples: Sample[] = [];
  for (let r = 0; r < runs; r++) {
    const res = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
    if (res.status !== 0) throw new Error(`${label}: ${res.stderr}`);
    samples.push(JSON.parse(res.stdout.trim().split("\n").pop()!) as Sample);
  }
  const m = (f: (s: Sample) => number) => median(samples.map(f));
  console.log(`\n${label} (median of ${runs} fresh processes)`);
  console.log(
    `  import the module (JSON strings in memory)  ${m((s) => s.importMs)} ms wall, ${m((s) => s.importCpuMs)} ms CPU`,
  );
  console.log(`  first similarity (decodes the vectors)       ${m((s) => s.vectorsMs)} ms wall`);
  console.log(`  first WordNet calls (decode the graph)       ${m((s) => s.wordnetMs)} ms wall`);
  console.log(`  decoding, both tables                        ${m((s) => s.loadCpuMs)} ms CPU`);
  console.log(
    `  import + decoding                            ${m((s) => s.importMs + s.vectorsMs + s.wordnetMs)} ms wall, ` +
      `${m((s) => s.importCpuMs + s.loadCpuMs)} ms CPU`,
  );
  console.log(
    `  RSS: ${m((s) => s.rssStartMb)} MB at start, ${m((s) => s.rssLoadedMb)} MB loaded ` +
      `(+${Math.round(m((s) => s.rssLoadedMb - s.rssStartMb))} MB); heap ${m((s) => s.heapLoadedMb)} MB`,
  );
  for (const k of Object.keys(samples[0]!.perCallUs))
    console.log(`  ${k.padEnd(22)} ${m((s) => s.perCallUs[k]!)} µs a call`);
}

async function main(): Promise<void> {
  if (process.argv.includes("--child")) return child();
  const at = process.argv.indexOf("--runs");
  const runs = at >= 0 ? Number(process.argv[at + 1]) : 3;
  run("tsx", [...process.execArgv, self, "--child"], runs);
  const bundled = await bundle();
  if (bundled) run("bundled, plain node", [bundled, "--child"], runs);
  else console.log("\nbundled: skipped (esbuild cannot be imported)");
}

await main();
