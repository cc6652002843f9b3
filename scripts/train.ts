/**
 * npm run train [-- --cv]
 * Fits the analysis's learned weights to the evaluation kit's references (../shared/eval/dev), from the seed story
 * and the development stories only: the five held-back stories (test/eval-sets.ts) are never read. Writes
 * lib/analysis/model/*.ts; the same references give the same weights (deterministic fitting, sorted inputs).
 *
 * - align: the probability that two sentences of two outlets report the same claim (lib/analysis/pair-features.ts).
 *   A pair is positive when one reference item (a shared claim or a discrepancy) has a mention in each sentence,
 *   negative when both sentences carry reference items and none is common to them; other pairs are not used.
 *
 * With --cv it also prints leave-one-story-out figures: each story scored by a model fitted to the others.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { storyBundleSchema } from "../lib/analysis/schema";
import { extractArticle, type Claim } from "../lib/analysis/extract";
import { vectorize } from "../lib/analysis/align";
import { PAIR_FEATURES, pairFeatures, profileOf, unitProfileOf, type PairFeature } from "../lib/analysis/pair-features";
import { predict, train, type LogisticModel } from "../lib/analysis/logistic";
import { HELD_OUT } from "../test/eval-sets";
import { analyzeStory } from "../lib/analysis/analyze";

const ROOT = path.resolve(import.meta.dirname, "..");
const dev = path.resolve(ROOT, "../shared/eval/dev");

interface Mention {
  article: number;
  evidence: string;
}
interface Gold {
  shared?: Array<{ id: string; mentions: Mention[] }>;
  discrepancies?: Array<{ id: string; mentions: Array<Mention & { value: string }> }>;
  unique?: Mention[];
}

// The scorer's own test of whether a claim holds a reference quote (../shared/eval/score.mjs).
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const tokens = (s: string) => norm(s).split(" ").filter(Boolean);
function covers(claimText: string, evidence: string): boolean {
  const ct = new Set(tokens(claimText));
  const et = tokens(evidence);
  return et.length > 0 && et.filter((t) => ct.has(t)).length / et.length >= 0.8;
}

interface Row {
  story: string;
  x: Record<PairFeature, number>;
  y: 0 | 1;
}

/** Labelled pairs from one story: sentence pairs ("align") or clause pairs ("clause"). */
function labelledRows(story: string, level: "align" | "clause"): Row[] {
  const bundle = storyBundleSchema.parse(JSON.parse(readFileSync(path.join(dev, `${story}.bundle.json`), "utf8")));
  const gold = JSON.parse(readFileSync(path.join(dev, `${story}.gold.json`), "utf8")) as Gold;
  const claims: Claim[][] = bundle.articles.map((a) => extractArticle(a).claims);
  const vectors = vectorize(claims);
  const flat =
    level === "align"
      ? vectors.refs.map((r, i) => ({
          article: r.article,
          text: claims[r.article]![r.claim]!.text,
          profile: profileOf(claims[r.article]![r.claim]!, r.claim, vectors.vecs[i]!, vectors.idf),
        }))
      : vectors.refs.flatMap((r) => {
          const c = claims[r.article]![r.claim]!;
          return c.units.map((u, k) => ({
            article: r.article,
            text: c.text.slice(u.start - c.start, u.end - c.start),
            profile: unitProfileOf(c, r.claim, k, vectors.idf),
          }));
        });
  // Reference items each sentence carries.
  const items = new Map<number, Set<string>>();
  // A mention belongs to the sentence that covers it, or at clause level to the shortest clause that does.
  const note = (id: string, m: Mention) => {
    const covering = flat
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.article === m.article && covers(c.text, m.evidence));
    const chosen =
      level === "align" ? covering : covering.sort((a, b) => a.c.text.length - b.c.text.length).slice(0, 1);
    for (const { i } of chosen) {
      let s = items.get(i);
      if (!s) items.set(i, (s = new Set()));
      s.add(id);
    }
  };
  for (const s of gold.shared ?? []) for (const m of s.mentions) note(`s:${s.id}`, m);
  for (const d of gold.discrepancies ?? []) for (const m of d.mentions) note(`d:${d.id}`, m);
  (gold.unique ?? []).forEach((u, i) => note(`u:${i}`, u));
  const rows: Row[] = [];
  const labelled = [...items.keys()].sort((a, b) => a - b);
  for (const i of labelled)
    for (const j of labelled) {
      if (j <= i || flat[i]!.article === flat[j]!.article) continue;
      const a = items.get(i)!;
      const b = items.get(j)!;
      const y = [...a].some((id) => b.has(id)) ? 1 : 0;
      rows.push({ story, x: pairFeatures(flat[i]!.profile, flat[j]!.profile), y });
    }
  return rows;
}

const stories = readdirSync(dev)
  .filter((f) => f.endsWith(".bundle.json"))
  .map((f) => f.replace(".bundle.json", ""))
  .filter((s) => !HELD_OUT.includes(s))
  .sort();
const OPTIONS = { l2: 1, iterations: 50, positiveWeight: 1 };

for (const level of ["align", "clause"] as const) {
  const all = stories.flatMap((s) => labelledRows(s, level));
  console.log(
    `${level}: ${all.length} labelled pairs from ${stories.length} stories, ${all.filter((r) => r.y).length} positive`,
  );
  if (process.argv.includes("--cv")) crossValidate(all, PAIR_FEATURES);
  const model: LogisticModel<PairFeature> = train(PAIR_FEATURES, all, OPTIONS);
  const name = level === "align" ? "ALIGN_MODEL" : "CLAUSE_MODEL";
  const file = path.join(ROOT, `lib/analysis/model/${level}.ts`);
  writeFileSync(
    file,
    `// Written by scripts/train.ts (npm run train) from the evaluation kit's dev references; do not edit by hand.\n` +
      `import type { LogisticModel } from "../logistic";\nimport type { PairFeature } from "../pair-features";\n\n` +
      `export const ${name}: LogisticModel<PairFeature> = ${JSON.stringify(model)};\n`,
  );
  execFileSync("npx", ["prettier", "--write", file], { cwd: ROOT, stdio: "ignore" });
  console.log(
    `wrote ${path.relative(ROOT, file)}: ${model.features.map((f, i) => `${f} ${model.weights[i]}`).join(", ")}, bias ${model.bias}`,
  );
}

interface FlagRow {
  story: string;
  p: number;
  y: 0 | 1;
}

/**
 * Every discrepancy the analysis finds in a story, labelled real when the claims it sets against each other hold two
 * mentions of one reference discrepancy with different values (the scorer's test of a flagged row, per flag).
 */
function flagRows(story: string): FlagRow[] {
  const bundle = storyBundleSchema.parse(JSON.parse(readFileSync(path.join(dev, `${story}.bundle.json`), "utf8")));
  const gold = JSON.parse(readFileSync(path.join(dev, `${story}.gold.json`), "utf8")) as Gold;
  const analysis = analyzeStory(bundle);
  const rows: FlagRow[] = [];
  for (const g of analysis.groups)
    for (const d of g.discrepancies) {
      const keys = new Set(d.values.flatMap((v) => v.claims));
      const texts = g.claims.filter((c) => keys.has(c.key));
      const real = (gold.discrepancies ?? []).some(
        (r) =>
          new Set(
            r.mentions
              .filter((m) => texts.some((c) => c.article === m.article && covers(c.text, m.evidence)))
              .map((m) => m.value),
          ).size >= 2,
      );
      rows.push({ story, p: d.confidence ?? 0, y: real ? 1 : 0 });
    }
  return rows;
}

// Flags are too few to fit a model (lib/analysis/confidence.ts sets its weights as priors); this checks how well the
// confidence ranks real flags above false ones on the dev stories: the area under the ROC curve.
{
  const all = stories.flatMap(flagRows);
  const real = all.filter((r) => r.y).map((r) => r.p);
  const bogus = all.filter((r) => !r.y).map((r) => r.p);
  let wins = 0;
  for (const a of real) for (const b of bogus) wins += a > b ? 1 : a === b ? 0.5 : 0;
  console.log(
    `flag: ${all.length} discrepancies from ${stories.length} stories, ${real.length} real; confidence AUC ${(wins / (real.length * bogus.length || 1)).toFixed(2)}`,
  );
  for (const t of [0.3, 0.4, 0.5, 0.6])
    console.log(
      `  confidence ≥ ${t}: ${all.filter((r) => r.p >= t).length} flags, ${all.filter((r) => r.p >= t && r.y).length} real`,
    );
}

/** Leave-one-story-out: each story's pairs scored by a model fitted to the other stories. */
function crossValidate<F extends string>(
  all: Array<{ story: string; x: Record<F, number>; y: 0 | 1 }>,
  features: readonly F[],
) {
  const at = [0.3, 0.4, 0.5, 0.6, 0.7];
  const tp = at.map(() => 0);
  const fp = at.map(() => 0);
  let positives = 0;
  for (const s of stories) {
    const model = train(
      features,
      all.filter((r) => r.story !== s),
      OPTIONS,
    );
    for (const r of all.filter((r) => r.story === s)) {
      const p = predict(model, r.x);
      if (r.y) positives++;
      at.forEach((t, k) => {
        if (p >= t) (r.y ? tp : fp)[k]!++;
      });
    }
  }
  console.log(`  all: precision ${(positives / all.length).toFixed(2)}`);
  at.forEach((t, k) =>
    console.log(
      `  p ≥ ${t}: recall ${(tp[k]! / positives).toFixed(2)}, precision ${(tp[k]! / (tp[k]! + fp[k]! || 1)).toFixed(2)}`,
    ),
  );
}
