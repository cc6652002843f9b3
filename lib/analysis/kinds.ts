/**
 * The kinds of discrepancy the analysis marks, declared once: the analysis (compare.ts) writes them, storage keeps
 * them as text, and the pages, exports and filters read them back. A module of its own, without the analysis' imports,
 * so that a page can use the list without loading the lexicon.
 */
export const DISCREPANCY_KINDS = ["date", "number", "entity", "quote", "attribution"] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

/** Whether a stored string is one of the kinds (a row written by an older version could hold anything). */
export const isDiscrepancyKind = (s: string): s is DiscrepancyKind =>
  (DISCREPANCY_KINDS as readonly string[]).includes(s);
