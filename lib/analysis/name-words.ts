/** Comparing the words of two name keys (units.ts sameHolder). */

/** Two keys of one name word: equal, an initial of the other, or one letter apart (keys drop most vowels). */
export function sameNameWord(p: string, q: string): boolean {
  if (p === q) return true;
  if (p.length === 1 || q.length === 1) return p[0] === q[0];
  if (Math.abs(p.length - q.length) > 1) return false;
  // One edit at most: skip the first difference in the longer (or both, for equal lengths) and compare the rest.
  let i = 0;
  while (i < p.length && i < q.length && p[i] === q[i]) i++;
  if (p.length === q.length) return p.slice(i + 1) === q.slice(i + 1);
  return p.length > q.length ? p.slice(i + 1) === q.slice(i) : p.slice(i) === q.slice(i + 1);
}
