import type { Claim } from "./extract";
import { contentWords } from "./text";
import { PAIR_FEATURES, pairFeatureValues, profileOf } from "./pair-features";
import { predictor } from "./logistic";
import { ALIGN_MODEL } from "./model/align";
import { DisjointSets } from "./disjoint-sets";
import { joinRows, replaceWeaker, seatSeconds } from "./row-passes";

/** A claim's place in the story: article index and claim index within that article's extraction. */
export interface ClaimRef {
  article: number;
  claim: number;
}

type Vec = Map<string, number>;

/** The content words of each quote of a claim that has three or more of them, computed once per claim. */
export function quoteWordSets(c: Claim): Array<Set<string>> {
  return c.quotes.map((q) => new Set(contentWords(q.text))).filter((w) => w.size >= 3);
}

/**
 * Two sentences that quote the same words report the same statement, however differently they frame it:
 * the best Dice overlap of the content words of their quotes.
 */
export function quoteSimilarity(a: Array<Set<string>>, b: Array<Set<string>>): number {
  let best = 0;
  for (const sa of a)
    for (const sb of b) {
      let shared = 0;
      for (const w of sb) if (sa.has(w)) shared++;
      best = Math.max(best, (2 * shared) / (sa.size + sb.size));
    }
  return best;
}

/** See docs/decisions/013-facts-not-sentences.md: the probabilities come from the learned model (model/align.ts). */
export const ALIGN = {
  /** Two claims from different outlets are merged when the model gives them at least this probability. */
  probability: 0.35,
  /** Two groups join only when the mean probability of the pairs across them is at least this. */
  groupProbability: 0.28,
  /** At most this many members of each group are compared when two groups would join. */
  linkSample: 8,
  /** Per claim, only its rarest terms seed candidate search, and a term's posting list is read this far. */
  seedTerms: 10,
  /** Below this quote overlap, two quoting sentences are different statements. */
  differentQuotes: 0.34,
  postingCap: 100,
  /**
   * Each claim is weighed against this many of its best candidates. 40 before decision 046: at 20 the 17 development
   * stories and the 28 invented ones give the same rows and flags, and a 400-article story spends 28% less in the
   * pair search (a profile: 1.3 s of CPU to 0.95 s).
   */
  candidates: 20,
  /** An outlet's lone sentence joins a row that holds another of its sentences at this mean probability. */
  secondProbability: 0.5,
  /** An outlet's lone sentence replaces its sentence in a row only when it is this much more like the row. */
  replaceMargin: 0.05,
};

function norm(v: Vec): Vec {
  let s = 0;
  for (const x of v.values()) s += x * x;
  const n = Math.sqrt(s) || 1;
  for (const [k, x] of v) v.set(k, x / n);
  return v;
}

export function cosine(a: Vec, b: Vec): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let s = 0;
  // forEach, not for-of over entries: that builds a [key, value] array per term, and cosine runs millions of times.
  small.forEach((x, k) => {
    const y = large.get(k);
    if (y !== undefined) s += x * y;
  });
  return s;
}

export interface Vectors {
  refs: ClaimRef[];
  vecs: Vec[];
  idf: Map<string, number>;
}

/** TF-IDF vectors over the story's claims (binary term frequency: a claim is one sentence). */
export function vectorize(claims: Claim[][]): Vectors {
  const refs: ClaimRef[] = [];
  const df = new Map<string, number>();
  claims.forEach((list, article) =>
    list.forEach((c, claim) => {
      refs.push({ article, claim });
      for (const t of c.terms) df.set(t, (df.get(t) ?? 0) + 1);
    }),
  );
  const n = refs.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / d) * (t.startsWith("=") ? 0.5 : 1));
  const vecs = refs.map(({ article, claim }) => {
    const v: Vec = new Map();
    for (const t of claims[article]![claim]!.terms) v.set(t, idf.get(t)!);
    return norm(v);
  });
  return { refs, vecs, idf };
}

/** Whether claim a ranks before claim b: a higher score, ties by claim index. */
const ranksBefore = (scores: Float64Array, a: number, b: number) =>
  scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);

/**
 * The `k` claims of `candidates` with the highest scores, highest first, ties by claim index: the first k of the whole
 * list sorted so, without sorting it all (it holds up to seedTerms × postingCap claims, k is a few dozen).
 */
export function bestFirst(candidates: number[], scores: Float64Array, k: number): number[] {
  const top: number[] = [];
  for (const j of candidates) {
    if (top.length === k && !ranksBefore(scores, j, top[k - 1]!)) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && ranksBefore(scores, j, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = j;
  }
  return top;
}

/**
 * Groups claims that report the same fact across outlets. Candidate pairs come from an inverted index over each
 * claim's rarest terms (bounded work per claim, so time grows about linearly with the story); pairs are merged
 * best-first, never two claims of one article in a group, and only while the groups' centroids stay close.
 */
export function alignClaims(claims: Claim[][], vectors: Vectors = vectorize(claims)): ClaimRef[][] {
  const { refs } = vectors;
  const probability = pairProbability(claims, vectors);
  const pairs = candidatePairs(vectors, probability);
  const merged = replaceWeaker(refs, mergeBestFirst(refs, pairs, probability).components(), pairs, probability);
  const rows = seatSeconds(refs, joinRows(refs, merged, pairs, probability), pairs, probability);
  return rows.map((c) => c.map((i) => refs[i]!).sort((x, y) => x.article - y.article || x.claim - y.claim));
}

/** The model's probability that claims x < y report one claim, computed once per pair. */
function pairProbability(claims: Claim[][], vectors: Vectors): (x: number, y: number) => number {
  const { refs, vecs, idf } = vectors;
  const profiles = refs.map((r, i) => profileOf(claims[r.article]![r.claim]!, r.claim, vecs[i]!, idf));
  const known = new Map<number, number>();
  const predict = predictor(ALIGN_MODEL, PAIR_FEATURES);
  const features = new Float64Array(PAIR_FEATURES.length);
  return (x, y) => {
    const key = x * refs.length + y;
    let p = known.get(key);
    if (p === undefined) known.set(key, (p = predict(pairFeatureValues(profiles[x]!, profiles[y]!, features))));
    return p;
  };
}

/**
 * The pairs of claims of different articles the model finds alike enough, as [probability, x, y] with x < y, best
 * first: each claim is weighed against its best candidates only (`candidateSearch`).
 */
function candidatePairs(
  vectors: Vectors,
  probability: (x: number, y: number) => number,
): Array<[number, number, number]> {
  const n = vectors.vecs.length;
  const pairs: Array<[number, number, number]> = [];
  // Each claim's candidates, kept: a pair is weighed once, when its first claim in index order has the other among
  // its candidates, so claim i meets pair (j, i), j < i, again exactly when i is among j's candidates.
  const K = ALIGN.candidates;
  const candidatesOf = candidateSearch(vectors, K);
  const tops = new Int32Array(n * K);
  const topCount = new Uint16Array(n);
  const weighed = (j: number, i: number) => {
    for (let k = j * K, end = k + topCount[j]!; k < end; k++) if (tops[k] === i) return true;
    return false;
  };
  for (let i = 0; i < n; i++) {
    const top = candidatesOf(i);
    tops.set(top, i * K);
    topCount[i] = top.length;
    for (const j of top) {
      if (j < i && weighed(j, i)) continue;
      // Plain variables, not a destructured pair: this runs for every candidate (400,000 in a wide story).
      const x = i < j ? i : j;
      const y = i < j ? j : i;
      const p = probability(x, y);
      if (p >= ALIGN.probability) pairs.push([p, x, y]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  return pairs;
}

/**
 * A claim's `k` best candidates of other articles, by the summed weights of the rarest terms they share with it.
 * Scores by claim index, and the claims scored, in the order first scored. (Every term weight is positive, so a
 * claim scored has a score above 0.) An array rather than a Map, and the best few picked rather than every candidate
 * sorted: this loop was most of an ingest into a story of hundreds of articles, where each claim has up to
 * seedTerms × postingCap candidates.
 */
function candidateSearch(vectors: Vectors, k: number): (i: number) => number[] {
  const { refs, vecs, idf } = vectors;
  const postings = termPostings(vecs);
  const scores = new Float64Array(vecs.length);
  const scored: number[] = [];
  const articleOf = Int32Array.from(refs, (r) => r.article);
  return (i) => {
    const v = vecs[i]!;
    const seeds = rarestTerms(v, idf, ALIGN.seedTerms);
    for (const j of scored) scores[j] = 0;
    scored.length = 0;
    for (const t of seeds) {
      const { claims: p, weights } = postings.get(t)!;
      const w = v.get(t)!;
      for (let at = postingWindow(p, i), n = Math.min(p.length, at + ALIGN.postingCap); at < n; at++) {
        const j = p[at]!;
        if (articleOf[j] === articleOf[i]) continue; // i itself, or a claim of its own article
        if (scores[j] === 0) scored.push(j);
        scores[j] = scores[j]! + w * weights[at]!;
      }
    }
    return bestFirst(scored, scores, k);
  };
}

/**
 * The `k` terms of `v` with the highest idf (0 for a term the table lacks), highest first, ties in code-unit order:
 * the first k of the terms sorted so, picked without sorting them all or looking each up at every comparison.
 */
export function rarestTerms(v: Map<string, number>, idf: Map<string, number>, k: number): string[] {
  const terms: string[] = [];
  const ranks: number[] = [];
  for (const t of v.keys()) {
    const r = idf.get(t) ?? 0;
    let at = terms.length;
    while (at > 0 && (r > ranks[at - 1]! || (r === ranks[at - 1]! && t < terms[at - 1]!))) at--;
    if (at >= k) continue;
    terms.splice(at, 0, t);
    ranks.splice(at, 0, r);
    if (terms.length > k) {
      terms.pop();
      ranks.pop();
    }
  }
  return terms;
}

/** Each term's claims, with the term's weight in each (read once here rather than looked up for every candidate). */
function termPostings(vecs: Vec[]): Map<string, { claims: number[]; weights: number[] }> {
  const postings = new Map<string, { claims: number[]; weights: number[] }>();
  vecs.forEach((v, i) => {
    for (const [t, w] of v) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = { claims: [], weights: [] }));
      p.claims.push(i);
      p.weights.push(w);
    }
  });
  return postings;
}

/**
 * Where to start reading a term's claims for claim i: the part of a long posting list nearest it, so late articles
 * find partners too.
 */
function postingWindow(p: number[], i: number): number {
  if (p.length <= ALIGN.postingCap) return 0;
  let a = 0;
  let b = p.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (p[m]! < i) a = m + 1;
    else b = m;
  }
  return Math.max(0, Math.min(p.length - ALIGN.postingCap, a - (ALIGN.postingCap >> 1)));
}

/**
 * Merges pairs best-first into groups, never two claims of one article in a group. Two groups join when their
 * sentences are alike as a whole, not through one pair: the mean probability over (a bounded sample of) the pairs
 * across them must pass too, so rows do not chain through one shared name.
 */
function mergeBestFirst(
  refs: ClaimRef[],
  pairs: Array<[number, number, number]>,
  probability: (x: number, y: number) => number,
): DisjointSets {
  const n = refs.length;
  const sets = new DisjointSets(n);
  const articles = refs.map((r) => new Set([r.article]));
  const members = refs.map((_, i) => [i]);
  // A merge refused (the groups share an article, or are not alike as wholes) is refused again while neither group
  // grows: in a wide story many pairs fall between the same two big groups, so the refusal is remembered with the
  // two sizes it was made at.
  const refused = new Map<number, number>();
  const shareArticle = (big: number, small: number) => {
    for (const x of articles[small]!) if (articles[big]!.has(x)) return true;
    return false;
  };
  const cohesive = (a: number, b: number) => {
    const xs = members[a]!.slice(0, ALIGN.linkSample);
    const ys = members[b]!.slice(0, ALIGN.linkSample);
    let sum = 0;
    for (const x of xs) for (const y of ys) sum += probability(Math.min(x, y), Math.max(x, y));
    return sum / (xs.length * ys.length) >= ALIGN.groupProbability;
  };
  for (const [, i, j] of pairs) {
    const a = sets.find(i);
    const b = sets.find(j);
    if (a === b) continue;
    const key = Math.min(a, b) * n + Math.max(a, b);
    const sizes = members[Math.min(a, b)]!.length * (n + 1) + members[Math.max(a, b)]!.length;
    if (refused.get(key) === sizes) continue;
    const [big, small] = articles[a]!.size >= articles[b]!.size ? [a, b] : [b, a];
    if (shareArticle(big, small) || (members[a]!.length + members[b]!.length > 2 && !cohesive(a, b))) {
      refused.set(key, sizes);
      continue;
    }
    sets.join(big, small);
    for (const x of articles[small]!) articles[big]!.add(x);
    members[big]!.push(...members[small]!);
  }
  return sets;
}
