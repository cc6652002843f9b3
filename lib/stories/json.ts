/**
 * Shapes of the JSON columns, written by mutations.ts and read by data.ts. Article and claim references are ids,
 * never positions, so they stay true when the story grows.
 */
import type { Analysis } from "../analysis/analyze";
import type { DiscrepancyBasis } from "../analysis/compare";

export interface CoverageJson {
  articles: string[];
  /** Carriers that are not word-for-word reprints of another carrier. */
  independent: number;
  copies: Array<{ article: string; of: string }>;
}

export interface DiscrepancyValueJson {
  value: string;
  articles: string[];
  claims: string[];
  /** Where each claim writes the value (article offsets), for highlighting. */
  spans: Array<{ claim: string; start: number; end: number }>;
}

/** What a discrepancy rests on, as the analysis gives it (holder, event, measure and the signals it weighed). */
export type DiscrepancyBasisJson = DiscrepancyBasis;

export interface VariantJson {
  key: string;
  forms: Array<{ form: string; articles: string[] }>;
}

/** The analysis's summary, stored as it is (counts only, no references). */
export type StorySummaryJson = Analysis["summary"];
