import type { ArticleExtraction } from "../analysis/extract";

/** Term counts of a story or an article: the alignment terms of its claims. */
export type TermCounts = Record<string, number>;

/**
 * Cosine above which an article that names no story joins an existing one. On the five evaluation stories an
 * article scores 0.48-0.83 against its own story and at most 0.17 against the others (tmp measurement, recorded
 * in docs/decisions/003-storage-and-ingest.md); 0.3 sits in the gap.
 */
export const JOIN_THRESHOLD = 0.3;
/** Terms kept per story: enough to place an article, small enough to load for every candidate. */
const MAX_TERMS = 600;

export function termCounts(extraction: ArticleExtraction): TermCounts {
  const out: TermCounts = {};
  for (const c of extraction.claims) for (const t of c.terms) out[t] = (out[t] ?? 0) + 1;
  return out;
}

export function addTerms(a: TermCounts, b: TermCounts): TermCounts {
  const sum: TermCounts = { ...a };
  for (const [t, n] of Object.entries(b)) sum[t] = (sum[t] ?? 0) + n;
  const top = Object.entries(sum).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return Object.fromEntries(top.slice(0, MAX_TERMS));
}

// Sublinear counts so one repeated word cannot carry a story; names ("#…" skeletons) count double, as they
// identify an event better than common words do.
const weight = (term: string, n: number) => (1 + Math.log(n)) * (term.startsWith("#") ? 2 : 1);

export function similarity(a: TermCounts, b: TermCounts): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, n] of Object.entries(a)) {
    const wa = weight(t, n);
    na += wa * wa;
    const m = b[t];
    if (m) dot += wa * weight(t, m);
  }
  for (const [t, n] of Object.entries(b)) nb += weight(t, n) ** 2;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** The candidate the article belongs to, or null when none is similar enough. */
export function bestStory<T extends { terms: TermCounts }>(article: TermCounts, candidates: T[]): T | null {
  let best: T | null = null;
  let bestScore = JOIN_THRESHOLD;
  for (const c of candidates) {
    const s = similarity(article, c.terms);
    if (s >= bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}
