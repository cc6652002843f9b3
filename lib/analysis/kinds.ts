/**
 * The kinds of discrepancy the analysis marks, declared once: the analysis (compare.ts) writes them, storage keeps
 * them as text, and the pages, exports and filters read them back; with them the signals a flag rests on, which the
 * stored discrepancies record and storage checks on read. A module of its own, without the analysis' imports,
 * so that a page can use the list without loading the lexicon.
 */
export const DISCREPANCY_KINDS = ["date", "number", "entity", "quote", "attribution", "statement"] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

/**
 * What a flag rests on. Signals are the evidence the confidence model weighs (model/flag.ts, fitted by
 * scripts/train.ts); each is 0..1.
 */
export const FLAG_SIGNALS = [
  "date",
  "number",
  "quote",
  "entity",
  "attribution",
  "factRow",
  "outlets",
  "values",
  "named",
  "weekdayOnly",
  "deictic",
  "coarse",
  "gap",
  "ordinal",
  "ambiguous",
  "self",
  "similarity",
  "contrast",
  "negation",
  "lexical",
] as const;
export type FlagSignal = (typeof FLAG_SIGNALS)[number];
