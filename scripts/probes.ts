/**
 * npm run probes [-- --verbose]
 * Runs the invented two-outlet stories of scripts/probes/two-outlet.txt through the analysis and prints which hold:
 * a conflict flagged with the wanted values, agreeing statements left unflagged, or a paraphrase aligned in one row.
 * The stories check capabilities on text no part of the analysis was fitted to (the guide: "check every rule on
 * sentences you invent"); a miss is a capability to build, not a sentence to match. Not a test: misses are expected
 * and listed, and the counts are reported in docs/benchmarks/evaluation.md.
 */
import { analyzeStory, type Analysis } from "../lib/analysis/analyze";
import { probeBundle, readProbes, type Probe } from "./probes/stories";

const VERBOSE = process.argv.includes("--verbose");

const analyse = (p: Probe): Analysis => analyzeStory(probeBundle(p));

/** Whether the story does what the probe wants, and what it flagged. */
function check(p: Probe): { ok: boolean; flags: string[] } {
  const a = analyse(p);
  const flags = [
    ...a.groups.flatMap((g) =>
      g.discrepancies.map((d) => `${d.kind}: ${JSON.stringify(d.values.map((v) => v.value))}`),
    ),
    ...a.variants.map((v) => `variant: ${JSON.stringify(Object.keys(v.forms))}`),
  ];
  if (p.want === "agree") return { ok: a.groups.every((g) => !g.discrepancies.length), flags };
  if (p.want === "aligned") {
    const holds = (c: { article: number; text: string }, article: number, sentence: string) =>
      c.article === article && sentence.includes(c.text.slice(0, 20));
    const ok = a.groups.some((g) => g.claims.some((c) => holds(c, 0, p.a)) && g.claims.some((c) => holds(c, 1, p.b)));
    return { ok, flags };
  }
  const wanted = p.want;
  return { ok: flags.some((f) => wanted.every((r) => r.test(f))), flags };
}

const probes = readProbes();
const byGroup = new Map<string, { pass: number; total: number }>();
for (const p of probes) {
  const { ok, flags } = check(p);
  const g = byGroup.get(p.group) ?? { pass: 0, total: 0 };
  byGroup.set(p.group, { pass: g.pass + (ok ? 1 : 0), total: g.total + 1 });
  if (!ok || VERBOSE)
    console.log(`${ok ? "pass" : "MISS"}  ${p.group} / ${p.name}${flags.length ? `: ${flags.join("; ")}` : ""}`);
}
console.log("");
let pass = 0;
for (const [group, g] of byGroup) {
  console.log(`${String(g.pass).padStart(3)}/${g.total}  ${group}`);
  pass += g.pass;
}
console.log(`${String(pass).padStart(3)}/${probes.length}  all`);
