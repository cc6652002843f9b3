/**
 * npm run invented
 * Analyses the invented multi-outlet stories of scripts/invented/ (a footbridge collapse, a takeover, a court case, a
 * cup final, a mayoral election, a ferry sinking, a vigil, a storm, a health study, an obituary, a wildfire, a bus
 * crash, job cuts, a minister's resignation, a mine collapse, an emergency landing, a plant explosion, a mayor's
 * arrest, a flood, a football transfer, a hospital outbreak, freed hostages, a freight train derailment, a fraud
 * verdict, a car recall, a hospital ransomware attack, an airport strike, a landslide, a tanker oil spill, a concert
 * crowd crush, a rate rise, an art theft, a rocket failure, a council vote, a volcano eruption, a marathon, a data
 * breach, an avalanche, a drug seizure, job cuts with quarterly results, a heatwave, a corruption trial, a bank
 * merger, an earthquake, a mayor's recall vote, a privacy class action, a road tunnel fire, an airline's strike-hit
 * quarter, a cave rescue; invented text, nothing of the evaluation kit) and counts, per story, the planted conflicts the analysis shows (a discrepancy, or a name variant,
 * whose values match both sides of one planted pair: scripts/invented/planted.json) and the discrepancies that match
 * no planted pair (false ones). What `npm run probes` does for one sentence pair, for a story read as a user reads it
 * (decision 043).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzeStory } from "../lib/analysis/analyze";
import { storyBundleSchema } from "../lib/analysis/schema";

const DIR = path.resolve(import.meta.dirname, "invented");
const planted = JSON.parse(readFileSync(path.join(DIR, "planted.json"), "utf8")) as Record<string, unknown>;
const allowed = planted._allowed as string[][];

/** Whether some value matches each side of a planted pair. */
const matches = (pair: string[], values: string[]) =>
  pair.every((side) => values.some((v) => new RegExp(side).test(v)));

let found = 0;
let total = 0;
let falses = 0;
for (const name of Object.keys(planted).filter((k) => !k.startsWith("_"))) {
  const pairs = planted[name] as string[][];
  const bundle = storyBundleSchema.parse(JSON.parse(readFileSync(path.join(DIR, `${name}.json`), "utf8")));
  const analysis = analyzeStory(bundle);
  const flags = analysis.groups.flatMap((g) => g.discrepancies.map((d) => d.values.map((v) => v.value)));
  const variants = analysis.variants.map((v) => Object.keys(v.forms));
  const shown = pairs.filter((p) => flags.some((f) => matches(p, f)) || variants.some((f) => matches(p, f)));
  const missed = pairs.filter((p) => !shown.includes(p));
  const wrong = flags.filter((f) => !pairs.some((p) => matches(p, f)) && !allowed.some((p) => matches(p, f)));
  found += shown.length;
  total += pairs.length;
  falses += wrong.length;
  console.log(`${name.padEnd(10)} ${shown.length}/${pairs.length} planted conflicts shown, ${wrong.length} false`);
  for (const p of missed) console.log(`    missed: ${p.join(" / ")}`);
  for (const f of wrong) console.log(`    false:  ${f.join(" / ")}`);
}
console.log(`\nall        ${found}/${total} planted conflicts shown, ${falses} false`);
