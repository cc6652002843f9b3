import type { Claim } from "./extract";
import { normalizedText } from "./text";

/** Share of an article's claims found word for word in another article before it counts as a reprint. */
export const COPY_SHARE = 0.5;

/**
 * For each article, the article it reprints word for word (at least half of its claims, and three or more), or
 * null. The earlier one (by publication date, else story order) is the original.
 */
export function findCopies(claims: Claim[][], publishedAt: Array<string | null>): Array<number | null> {
  // Each sentence's carriers, once each, in article order.
  const index = new Map<string, number[]>();
  const texts = claims.map((list, a) =>
    list.map((c) => {
      const t = normalizedText(c);
      let s = index.get(t);
      if (!s) index.set(t, (s = []));
      if (s.at(-1) !== a) s.push(a);
      return t;
    }),
  );
  const earlier = (a: number, b: number) => {
    const pa = publishedAt[a];
    const pb = publishedAt[b];
    if (pa && pb && pa !== pb) return pa < pb;
    return a < b;
  };
  // Sentences shared with each other article, counted in an array: with wire copy a sentence has hundreds of
  // carriers and this count is quadratic in the story, so it is kept to an increment per shared sentence.
  const shared = new Int32Array(claims.length);
  const met: number[] = [];
  return texts.map((list, a) => {
    for (const t of list)
      for (const b of index.get(t)!) {
        if (b === a) continue;
        if (shared[b] === 0) met.push(b);
        shared[b]!++;
      }
    let best: number | null = null;
    let bestCount = 0;
    for (const b of met) {
      const count = shared[b]!;
      if (count >= 3 && count / list.length >= COPY_SHARE && earlier(b, a) && count > bestCount) {
        best = b;
        bestCount = count;
      }
      shared[b] = 0;
    }
    met.length = 0;
    return best;
  });
}
