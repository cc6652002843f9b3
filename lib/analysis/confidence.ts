import type { DiscrepancyBasis } from "./compare";

/**
 * How sure a flag is, 0..1: the chance that the values set against each other state one fact and disagree. A product
 * of the evidence, each factor a general reason for doubt, not a fit to any story:
 *
 * - the kind: a quote's words are compared as written, a number or a day must first be bound to its fact, a name in
 *   a role or a credit rests on reading who holds it;
 * - where the statements sit: in one sentence row they were aligned as one claim; spread over rows, only as close as
 *   the weakest link that joined them;
 * - how the values were read: a day known by its weekday alone, or as "yesterday", was resolved against the article's
 *   own date; a month or a year dates many acts;
 * - what they are about: two values of one named holder are likelier one fact; an outlet that gives a measure several
 *   values ("14 points off the bench", "10 in the first half") states several facts;
 * - how far apart amounts are: 12 and 14 points are a disagreement, 11 and 2,129 points two different facts;
 * - how many outlets stand on each side.
 *
 * The dev references are too few flags (about fifty) to fit these weights, so they are set as priors and their
 * ranking is checked against the references by `npm run train` (which prints the area under the ROC curve).
 */
export function confidenceOf(signals: DiscrepancyBasis["signals"]): number {
  const s = (k: keyof typeof signals) => signals[k] ?? 0;
  let c = s("quote") ? 0.6 + 0.35 * s("similarity") : s("date") || s("number") ? 0.75 : s("entity") ? 0.6 : 0.5;
  if (s("factRow") && !s("quote")) c *= 0.6 + 0.4 * Math.min(1, s("similarity"));
  if (s("weekdayOnly")) c *= 0.9;
  if (s("deictic")) c *= 0.8;
  if (s("coarse")) c *= 0.85;
  if (s("named")) c = 1 - (1 - c) * 0.7;
  if (s("ambiguous")) c *= 0.7;
  if (s("number")) c *= 1 - 0.6 * s("gap");
  if (s("self")) c *= 0.9;
  c *= 0.85 + 0.15 * s("outlets");
  return Math.round(Math.max(0, Math.min(1, c)) * 1000) / 1000;
}
