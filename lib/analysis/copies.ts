import type { Claim } from "./extract";
import { normalizedText } from "./text";

/** Share of an article's claims found word for word in another article before it counts as a reprint. */
export const COPY_SHARE = 0.5;

/**
 * For each article, the article it reprints word for word (at least half of its claims, and three or more), or
 * null. The earlier one (by publication date, else story order) is the original.
 */
export function findCopies(claims: Claim[][], publishedAt: Array<string | null>): Array<number | null> {
  const index = new Map<string, Set<number>>();
  const texts = claims.map((list, a) =>
    list.map((c) => {
      const t = normalizedText(c);
      let s = index.get(t);
      if (!s) index.set(t, (s = new Set()));
      s.add(a);
      return t;
    }),
  );
  const earlier = (a: number, b: number) => {
    const pa = publishedAt[a];
    const pb = publishedAt[b];
    if (pa && pb && pa !== pb) return pa < pb;
    return a < b;
  };
  return texts.map((list, a) => {
    const shared = new Map<number, number>();
    for (const t of list) for (const b of index.get(t)!) if (b !== a) shared.set(b, (shared.get(b) ?? 0) + 1);
    let best: number | null = null;
    let bestCount = 0;
    for (const [b, count] of shared) {
      if (count >= 3 && count / list.length >= COPY_SHARE && earlier(b, a) && count > bestCount) {
        best = b;
        bestCount = count;
      }
    }
    return best;
  });
}
