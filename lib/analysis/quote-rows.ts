import type { Located } from "./compare";
import { quoteConflicts } from "./compare";
import { rowMembers, wholeSentence, type FactRow } from "./facts";
import { matchQuotes, quoteWords, QUOTES } from "./quotes";
import { FUNCTION_WORDS } from "./text";
import { DisjointSets } from "./disjoint-sets";

/**
 * Quote rows: one statement quoted by outlets whose sentences alignment put in different rows ("'We have learned
 * something important …,' he told the group" / "he clearly says, 'We have learned something very important …'").
 * Quotes sharing three rare words are compared (quotes.ts); the statements quoted alike in several rows, with two
 * wordings, become a row of their own. One quoted twice within a row is that row's business (compare.ts).
 */
export function findQuoteRows(
  groups: Located[][],
  label: (a: number) => string,
  left: (at: Located, measure: string) => boolean = () => false,
): FactRow[] {
  interface Q {
    at: Located;
    group: number;
    words: readonly string[];
  }
  const quotes: Q[] = [];
  groups.forEach((members, group) => {
    for (const at of members) {
      if (left(at, "quote")) continue;
      for (const q of at.claim.quotes) {
        const words = quoteWords(q.text);
        if (words.length >= QUOTES.minWords) quotes.push({ at, group, words });
      }
    }
  });
  // Each content word's quotes; a word in more than a few dozen quotes is too common to find a partner by.
  const postings = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    for (const w of new Set(q.words)) if (!FUNCTION_WORDS.has(w)) postings.set(w, [...(postings.get(w) ?? []), i]);
  });
  const sets = new DisjointSets(quotes.length);
  quotes.forEach((q, i) => {
    const shared = new Map<number, number>();
    for (const w of new Set(q.words)) {
      const p = postings.get(w);
      if (!p || p.length > QUOTE_POSTINGS) continue;
      for (const j of p) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) {
      const o = quotes[j]!;
      if (n < 3 || o.at.ref.article === q.at.ref.article || o.group === q.group) continue;
      if (matchQuotes(q.words, o.words)) sets.join(sets.find(j), sets.find(i));
    }
  });
  const rows: FactRow[] = [];
  for (const comp of sets.components().map((c) => c.map((i) => quotes[i]!))) {
    if (new Set(comp.map((q) => q.group)).size < 2) continue;
    const members = rowMembers(comp.map((q) => q.at));
    const discrepancies = quoteConflicts(members, label);
    if (!discrepancies.length) continue;
    const clauses = new Map(members.map((m) => [m.claim.key, wholeSentence(m.claim)]));
    rows.push({ kind: "number", members, clauses, discrepancies, measure: "quote", row: -1 });
  }
  return rows;
}

/** Quotes holding a word more often than this are not paired through it (a common word finds no one statement). */
const QUOTE_POSTINGS = 50;
