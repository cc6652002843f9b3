/**
 * The analysis against the hand-made references in ../shared/eval: the seed story's targets one by one, and the
 * dev set as a whole (conflicts shown, agreeing claims left alone). Runs the eval kit's own scorer.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { storyBundleSchema } from "../lib/analysis/schema";
import { analyzeStory } from "../lib/analysis/analyze";

const evalDir = path.resolve(__dirname, "../../shared/eval");
const dev = path.join(evalDir, "dev");
const hasEval = existsSync(path.join(evalDir, "score.mjs"));
const work = mkdtempSync(path.join(tmpdir(), "eval-"));

interface Report {
  discrepancies_hard: string;
  discrepancies_soft: string;
  alignment_pairs: string;
  unique: string;
  false_alarms: string;
  false_merges: number;
  variants: string;
  junk_claims: number;
  repeated_claims: number;
  flagged_groups: number;
  flagged_real: number;
}

function score(story: string): Report {
  const bundle = storyBundleSchema.parse(JSON.parse(readFileSync(path.join(dev, `${story}.bundle.json`), "utf8")));
  const out = path.join(work, `${story}.json`);
  writeFileSync(out, JSON.stringify(analyzeStory(bundle)));
  const json = execFileSync(
    "node",
    [path.join(evalDir, "score.mjs"), path.join(dev, `${story}.gold.json`), out, "--json"],
    { encoding: "utf8" },
  );
  return (JSON.parse(json) as { report: Report }).report;
}

const frac = (s: string) => s.split("/").map(Number) as [number, number];

describe.skipIf(!hasEval)("evaluation against the references", () => {
  it("shows the seed story as a careful reader would", () => {
    const r = score("iran-syria-2018");
    expect(r.discrepancies_hard).toBe("3/3");
    expect(r.discrepancies_soft).toBe("1/1");
    expect(frac(r.alignment_pairs)[0]).toBeGreaterThanOrEqual(20);
    expect(frac(r.unique)[0]).toBeGreaterThanOrEqual(13);
    expect(frac(r.false_alarms)[0]).toBe(0);
    expect(r.false_merges).toBeLessThanOrEqual(1);
    expect(r.variants).toBe("2/2");
    expect(r.junk_claims).toBe(0);
    expect(r.repeated_claims).toBe(0);
  });

  // Written for the first five dev stories, the ones the analysis was tuned on. The dev set has grown to 17; until the
  // analysis issue replaces this with targets for all of them, it holds the first five to the same bar.
  it("shows at least 70% of the original five stories' conflicts and flags at most 20% of their agreeing claims", () => {
    const stories = [
      "iran-syria-2018",
      "aceh-earthquake-2013",
      "ins-sukanya-pirates-2011",
      "jesse-jackson-jr-plea-2013",
      "korea-joint-olympic-march-2018",
    ].filter((s) => existsSync(path.join(dev, `${s}.bundle.json`)));
    let shown = 0;
    let conflicts = 0;
    let alarms = 0;
    let agreeing = 0;
    for (const s of stories) {
      const r = score(s);
      const [h, H] = frac(r.discrepancies_hard);
      const [o, O] = frac(r.discrepancies_soft);
      const [a, A] = frac(r.false_alarms);
      shown += h + o;
      conflicts += H + O;
      alarms += a;
      agreeing += A;
    }
    expect(stories).toHaveLength(5);
    expect(shown / conflicts).toBeGreaterThanOrEqual(0.7);
    expect(alarms / agreeing).toBeLessThanOrEqual(0.2);
  });

  // The analysis issue's dev-set targets, all 17 stories: hard conflicts shown ≥ 0.75 (46/61 on 2026-12-06), agreeing
  // pairs aligned ≥ 0.70 (276/393), flag precision ≥ 0.70 (45/57), agreeing claims flagged ≤ 0.08 (0.05). A change
  // that loses ground on the stories it was not written for fails here.
  it("holds the whole dev set to the analysis issue's targets: conflicts shown, pairs aligned, precision, false alarms", () => {
    const stories = readdirSync(dev)
      .filter((f) => f.endsWith(".bundle.json"))
      .map((f) => f.slice(0, -".bundle.json".length));
    const t = { shown: 0, hard: 0, alarms: 0, agreeing: 0, flagged: 0, real: 0, aligned: 0, pairs: 0 };
    for (const s of stories) {
      const r = score(s);
      const [h, H] = frac(r.discrepancies_hard);
      const [a, A] = frac(r.false_alarms);
      const [p, P] = frac(r.alignment_pairs);
      t.aligned += p;
      t.pairs += P;
      t.shown += h;
      t.hard += H;
      t.alarms += a;
      t.agreeing += A;
      t.flagged += r.flagged_groups;
      t.real += r.flagged_real;
    }
    expect(stories.length).toBeGreaterThanOrEqual(17);
    expect(t.shown / t.hard).toBeGreaterThanOrEqual(0.75);
    expect(t.aligned / t.pairs).toBeGreaterThanOrEqual(0.7);
    expect(t.real / t.flagged).toBeGreaterThanOrEqual(0.7);
    expect(t.alarms / t.agreeing).toBeLessThanOrEqual(0.08);
  }, 120_000);
});
