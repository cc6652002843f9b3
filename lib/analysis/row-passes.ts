/**
 * Passes over the rows best-first merging leaves (align.ts): each mends a way that merging, which seats one sentence
 * per outlet in a row and never revisits a seat, splits one fact's statements. Each takes rows as lists of claim
 * indices and the merging's candidate pairs, and asks the pair model's probability (memoised by the caller).
 */
import { ALIGN, type ClaimRef } from "./align";

type Probability = (x: number, y: number) => number;
type Pairs = Array<[number, number, number]>;

/**
 * An outlet's better sentence replaces a weaker one already in a row. Best-first merging can seat an outlet's
 * sentence in a row before that outlet's closer statement of the row's fact is weighed, and a row holds one
 * sentence per outlet, so the closer one stays alone. A lone sentence that pairs with a row's member takes the place
 * of its own outlet's sentence there when it is more like the row's other members (mean probability over them) than
 * that sentence is (by ALIGN.replaceMargin, so a near tie keeps the row as merged); the sentence it replaces is
 * left alone. Each row changes at most once, so the pass ends.
 */
export function replaceWeaker(
  refs: ClaimRef[],
  components: number[][],
  pairs: Pairs,
  probability: Probability,
): number[][] {
  const rowOf = rowIndex(components, refs.length);
  const changed = new Set<number>();
  const likeness = meanProbability(probability);
  lonesBesideRows(pairs, components, rowOf, (lone, member, row) => {
    if (changed.has(rowOf[member]!)) return;
    const own = row.find((i) => refs[i]!.article === refs[lone]!.article);
    if (own === undefined) return;
    const others = row.filter((i) => i !== own).slice(0, ALIGN.linkSample);
    const better = likeness(lone, others);

    if (better < ALIGN.groupProbability || better < likeness(own, others) + ALIGN.replaceMargin) return;
    const from = rowOf[lone]!;
    const to = rowOf[member]!;
    components[to] = row.map((i) => (i === own ? lone : i)).sort((a, b) => a - b);
    components[from] = [own];
    rowOf[own] = from;
    rowOf[lone] = to;
    changed.add(to);
  });
  return components;
}

/**
 * An outlet's second sentence of a row's fact joins the row. Outlets restate their main facts (the lead and a later
 * paragraph), and merging seats one sentence per outlet, so the other stayed a row of its own: an "only this outlet"
 * row that every other outlet in fact carries, and a sentence whose values were never compared with theirs. A lone
 * sentence joins a row that holds a sentence of its own outlet when the model finds it, on the whole, as likely as not
 * to state what the row's other outlets state (mean probability over them at least ALIGN.secondProbability: above the
 * merging bar, since the row already has that outlet's statement). Runs after replaceWeaker; rows emptied are dropped.
 */
export function seatSeconds(
  refs: ClaimRef[],
  components: number[][],
  pairs: Pairs,
  probability: Probability,
): number[][] {
  const rowOf = rowIndex(components, refs.length);
  const likeness = meanProbability(probability);
  lonesBesideRows(pairs, components, rowOf, (lone, member, row) => {
    const article = refs[lone]!.article;
    if (!row.some((i) => refs[i]!.article === article)) return;
    const others = row.filter((i) => refs[i]!.article !== article).slice(0, ALIGN.linkSample);
    if (likeness(lone, others) < ALIGN.secondProbability) return;
    components[rowOf[lone]!] = [];
    components[rowOf[member]!] = [...row, lone].sort((a, b) => a - b);
    rowOf[lone] = rowOf[member]!;
  });
  return components.filter((c) => c.length > 0);
}

/**
 * Two rows of one fact that share an outlet join, and that outlet keeps the sentence closer to the others. Merging
 * never joins rows that share an outlet: when an outlet's sentence about a fact first pairs with a different fact's
 * row (a lead that sums up two facts, a sentence with the same names), that outlet blocks the fact's two rows from
 * ever meeting. Two rows that share an outlet, linked by a candidate pair the model finds as likely as not
 * (ALIGN.secondProbability, as for seatSeconds: the rows already hold that outlet's statement), join when their
 * sentences of different outlets are, on average, as alike as one pair must be to merge at all (ALIGN.probability).
 * For each outlet the row then holds two sentences of, it keeps the one more like the other outlets' sentences, and
 * the other goes alone (seatSeconds may seat it back as a second statement). Each pair of rows is weighed once at the
 * sizes it has.
 */
export function joinRows(refs: ClaimRef[], components: number[][], pairs: Pairs, probability: Probability): number[][] {
  const rowOf = rowIndex(components, refs.length);
  const likeness = meanProbability(probability);
  const stride = 2 * refs.length;
  const weighed = new Map<number, number>();
  for (const [likely, x, y] of pairs) {
    // Pairs come best first.
    if (likely < ALIGN.secondProbability) break;
    const a = rowOf[x]!;
    const b = rowOf[y]!;
    const first = components[a]!;
    const second = components[b]!;
    if (a === b || first.length < 2 || second.length < 2) continue;
    const key = Math.min(a, b) * stride + Math.max(a, b);
    const sizes = first.length * stride + second.length;
    if (weighed.get(key) === sizes) continue;
    weighed.set(key, sizes);
    if (!shareArticle(refs, first, second) || acrossOutlets(refs, first, second, probability) < ALIGN.probability)
      continue;
    const { kept, left } = oneSentencePerOutlet(refs, [...first, ...second], likeness);
    components[a] = kept;
    components[b] = [];
    for (const i of kept) rowOf[i] = a;
    for (const i of left) {
      rowOf[i] = components.length;
      components.push([i]);
    }
  }
  return components.filter((c) => c.length > 0);
}

function shareArticle(refs: ClaimRef[], a: number[], b: number[]): boolean {
  const articles = new Set(a.map((i) => refs[i]!.article));
  return b.some((i) => articles.has(refs[i]!.article));
}

/** The mean probability of the pairs of different outlets across two rows (ALIGN.linkSample members of each). */
function acrossOutlets(refs: ClaimRef[], a: number[], b: number[], probability: Probability): number {
  let sum = 0;
  let count = 0;
  for (const x of a.slice(0, ALIGN.linkSample))
    for (const y of b.slice(0, ALIGN.linkSample))
      if (refs[x]!.article !== refs[y]!.article) {
        sum += probability(Math.min(x, y), Math.max(x, y));
        count++;
      }
  return count ? sum / count : 0;
}

/**
 * A row's claims with one per outlet (`kept`, in index order): of an outlet's several, the one most like the other
 * outlets' claims (the first on a tie); the rest are `left`.
 */
function oneSentencePerOutlet(
  refs: ClaimRef[],
  row: number[],
  likeness: (x: number, others: number[]) => number,
): { kept: number[]; left: number[] } {
  const kept: number[] = [];
  const left: number[] = [];
  const sorted = [...row].sort((p, q) => p - q);
  for (const article of new Set(sorted.map((i) => refs[i]!.article))) {
    const own = sorted.filter((i) => refs[i]!.article === article);
    const others = sorted.filter((i) => refs[i]!.article !== article).slice(0, ALIGN.linkSample);
    const scores = own.map((i) => (others.length ? likeness(i, others) : 0));
    const best = scores.indexOf(Math.max(...scores));
    own.forEach((i, k) => (k === best ? kept : left).push(i));
  }
  return { kept: kept.sort((p, q) => p - q), left };
}

/** Each of `n` claims' row in `components`. */
function rowIndex(components: number[][], n: number): Int32Array {
  const rowOf = new Int32Array(n);
  components.forEach((c, r) => c.forEach((i) => (rowOf[i] = r)));
  return rowOf;
}

/** The mean probability of a claim with each of `others`. */
const meanProbability =
  (probability: Probability) =>
  (x: number, others: number[]): number =>
    others.reduce((sum, y) => sum + probability(Math.min(x, y), Math.max(x, y)), 0) / others.length;

/**
 * Visits each candidate pair both ways round as (lone, member, member's row), where the lone claim is a row of its
 * own and the member's row holds at least two: read as `visit` moves claims, so a pair sees the rows as they are by
 * then. A callback, not a generator: a wide story has hundreds of thousands of pairs, and a generator's result
 * objects and the arrays of each pair's two orders were a tenth of the alignment's garbage.
 */
function lonesBesideRows(
  pairs: Pairs,
  components: number[][],
  rowOf: Int32Array,
  visit: (lone: number, member: number, row: number[]) => void,
): void {
  const visitIfLone = (lone: number, member: number) => {
    const row = components[rowOf[member]!]!;
    if (components[rowOf[lone]!]!.length === 1 && row.length >= 2) visit(lone, member, row);
  };
  for (const [, x, y] of pairs) {
    visitIfLone(x, y);
    visitIfLone(y, x);
  }
}
