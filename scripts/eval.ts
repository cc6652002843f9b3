/**
 * npm run eval [-- --verbose] [--only <name,…>] [--misses]
 * Analyses every story of the evaluation kit's dev set (../shared/eval/dev) in this process, scores each with the
 * kit's own scorer, and prints a table with the totals of three groups: the seed story, the 11 development stories
 * and the 5 held back (docs/decisions/013-facts-not-sentences.md). The held-back stories are scored, never read.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { storyBundleSchema } from "../lib/analysis/schema";
import { analyzeStory } from "../lib/analysis/analyze";
import { HELD_OUT, SEED_STORY } from "../test/eval-sets";

const evalDir = path.resolve(import.meta.dirname, "../../shared/eval");
const dev = path.join(evalDir, "dev");
if (!existsSync(path.join(evalDir, "score.mjs"))) {
  console.error(`no evaluation kit at ${evalDir}`);
  process.exit(2);
}
const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1]!.split(",") : null;
const showMisses = args.includes("--misses");
const work = mkdtempSync(path.join(tmpdir(), "eval-"));

interface Report {
  discrepancies_hard: string;
  discrepancies_soft: string;
  conflict_pairs: string;
  alignment_pairs: string;
  unique: string;
  false_alarms: string;
  false_merges: number;
  flagged_groups: number;
  flagged_real: number;
  groups: number;
}
const frac = (s: string) => s.split("/").map(Number) as [number, number];

const stories = readdirSync(dev)
  .filter((f) => f.endsWith(".bundle.json"))
  .map((f) => f.replace(".bundle.json", ""))
  .filter((s) => !only || only.includes(s));

type Totals = Record<"hard" | "soft" | "pairs" | "aligned" | "alarms" | "flagged", [number, number]>;
const zero = (): Totals => ({
  hard: [0, 0],
  soft: [0, 0],
  pairs: [0, 0],
  aligned: [0, 0],
  alarms: [0, 0],
  flagged: [0, 0],
});
const totals = { seed: zero(), dev: zero(), held: zero(), all: zero() };
const add = (t: Totals, k: keyof Totals, [a, b]: [number, number]) => {
  t[k][0] += a;
  t[k][1] += b;
};
const pct = ([a, b]: [number, number]) => (b ? (a / b).toFixed(2) : "  - ");

console.log(["story".padEnd(42), "hard", "soft", "pairs", "align", "alarms", "prec", "merges", "groups"].join("\t"));
for (const s of stories) {
  const held = HELD_OUT.includes(s);
  const bundle = storyBundleSchema.parse(JSON.parse(readFileSync(path.join(dev, `${s}.bundle.json`), "utf8")));
  const out = path.join(work, `${s}.json`);
  const t0 = performance.now();
  writeFileSync(out, JSON.stringify(analyzeStory(bundle)));
  const ms = performance.now() - t0;
  const json = execFileSync(
    "node",
    [path.join(evalDir, "score.mjs"), path.join(dev, `${s}.gold.json`), out, "--json"],
    {
      encoding: "utf8",
    },
  );
  const { report: r, misses } = JSON.parse(json) as { report: Report; misses: string[] };
  const row: Totals = {
    hard: frac(r.discrepancies_hard),
    soft: frac(r.discrepancies_soft),
    pairs: frac(r.conflict_pairs),
    aligned: frac(r.alignment_pairs),
    alarms: frac(r.false_alarms),
    flagged: [r.flagged_real, r.flagged_groups],
  };
  for (const t of [s === SEED_STORY ? totals.seed : held ? totals.held : totals.dev, totals.all])
    for (const k of Object.keys(row) as Array<keyof Totals>) add(t, k, row[k]);
  console.log(
    [
      `${held ? "* " : "  "}${s}`.padEnd(42),
      r.discrepancies_hard,
      r.discrepancies_soft,
      r.conflict_pairs,
      r.alignment_pairs,
      r.false_alarms,
      `${r.flagged_real}/${r.flagged_groups}`,
      r.false_merges,
      `${r.groups} (${Math.round(ms)} ms)`,
    ].join("\t"),
  );
  if (showMisses && !held) for (const m of misses) console.log(`      ${m}`);
}
console.log("\n" + ["group".padEnd(42), "hard", "hard+soft", "pairs", "align", "alarms", "precision"].join("\t"));
for (const [name, t] of Object.entries(totals)) {
  const both: [number, number] = [t.hard[0] + t.soft[0], t.hard[1] + t.soft[1]];
  console.log(
    [
      name.padEnd(42),
      `${pct(t.hard)} ${t.hard.join("/")}`,
      pct(both),
      pct(t.pairs),
      `${pct(t.aligned)} ${t.aligned.join("/")}`,
      pct(t.alarms),
      `${pct(t.flagged)} ${t.flagged.join("/")}`,
    ].join("\t"),
  );
}
