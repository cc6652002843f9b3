import type { Fact } from "./fact-values";
import { holderKey } from "./units";

/** The indexes fact-pairs.pairFacts walks a bucket's facts by, so as not to test every pair of a wide story. */

/**
 * Facts come row by row: each fact's run of facts of its own row is [runStart, runEnd). Pairs in one row all score
 * high and those across two rows alike, so a fact is paired with the next few facts of its own row and the first few
 * of each later row, not with every one: a wide story's big rows would make this quadratic (a 500-article story has
 * measures stated 400 times in two or three rows). Rows of up to that many facts are paired in full.
 */
export function rowRuns(facts: Fact[]): { runStart: Int32Array; runEnd: Int32Array } {
  const runStart = new Int32Array(facts.length);
  const runEnd = new Int32Array(facts.length);
  for (let i = 0; i < facts.length; i++)
    runStart[i] = i > 0 && facts[i - 1]!.group === facts[i]!.group ? runStart[i - 1]! : i;
  for (let i = facts.length - 1; i >= 0; i--)
    runEnd[i] = i + 1 < facts.length && facts[i + 1]!.group === facts[i]!.group ? runEnd[i + 1]! : i + 1;
  return { runStart, runEnd };
}

/** The bucket's facts by the key of their holder's name (units.holderKey), and those of no name, each in order. */
export function holderIndex(facts: Fact[]): { named: Map<string, number[]>; unnamed: number[] } {
  const named = new Map<string, number[]>();
  const unnamed: number[] = [];
  facts.forEach((f, i) => {
    const key = holderKey(f.q!.holder);
    if (key === null) unnamed.push(i);
    else if (named.has(key)) named.get(key)!.push(i);
    else named.set(key, [i]);
  });
  return { named, unnamed };
}

/** The first position in an ascending list, from `from` on, of a number above `i`. */
export function firstAfter(list: number[], i: number, from = 0): number {
  let [lo, hi] = [from, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
