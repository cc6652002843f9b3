import type { Claim } from "./extract";
import type { Located } from "./compare";
import { bestFirst, rarestTerms } from "./align";
import { cosineOf, PAIR_FEATURES, pairFeatureValues, unitProfileOf, type ClaimProfile } from "./pair-features";
import { predictor } from "./logistic";
import { CLAUSE_MODEL } from "./model/clause";
import { isFrame } from "./units";

/**
 * Clause rows: one fact that outlets state inside sentences that are otherwise about different things ("A 6.1
 * earthquake struck Lorne, killing three" / "Rescuers searched the rubble after a 6.1 quake hit Lorne province"). The
 * sentence rows cannot pair such sentences, since most of their words differ; their clauses can. Clauses of different
 * outlets are paired by a model of their own (model/clause.ts, fitted by scripts/train.ts) and grouped like sentences,
 * one clause per outlet; a group whose sentences the sentence rows keep apart becomes a row of those clauses.
 */
export const CLAUSES = {
  /** Two clauses of different outlets are paired at this probability. */
  probability: 0.5,
  /** Two groups of clauses join only when the mean probability across them is at least this. */
  groupProbability: 0.4,
  /** Rarest terms of a clause used to look for partners, and how far each term's list is read. */
  seedTerms: 8,
  postingCap: 100,
  candidates: 20,
  linkSample: 6,
  /**
   * A sentence that is all one clause joins a row of clauses only this sure of one other outlet's clause. It is that
   * sentence's own row as well, and the model, fitted on clauses, is less sure of a whole sentence: at the pairing
   * bar (0.5) the seed story got a row of "visited Damascus for talks" and a quotation's speaker tag. Set by looking
   * at 0.6, 0.7 and 0.8 (docs/decisions/029-clauses-of-their-own.md).
   */
  wholeSentence: 0.7,
};

export interface ClauseRow {
  members: Located[];
  /** The clause of each member's sentence (claim key → offsets in the article). */
  clauses: Map<string, { start: number; end: number; text: string }>;
}

interface UnitRef {
  at: Located;
  unit: number;
  group: number;
}

/**
 * The units of a claim worth a row: clauses stating something (not "…, police said", nor an appositive that is only a
 * name: "The woman, Laura Diaz, was 29"), with two or more terms.
 */
const usable = (c: Claim) =>
  (c.units ?? [])
    .map((u, i) => ({ u, i }))
    .filter(({ u }) => !isFrame(u) && u.terms.length >= 2 && !(u.kind === "appositive" && onlyName(c, u)));
const onlyName = (c: Claim, u: { start: number; end: number }) =>
  c.entities.some((e) => e.start <= u.start && u.end <= e.end);

export function alignClauses(groups: Located[][], idf: Map<string, number>): ClauseRow[] {
  const refs: UnitRef[] = [];
  groups.forEach((members, group) => {
    for (const at of members) for (const { i } of usable(at.claim)) refs.push({ at, unit: i, group });
  });
  const profiles: ClaimProfile[] = refs.map((r) => unitProfileOf(r.at.claim, r.at.ref.claim, r.unit, idf));
  const probability = unitProbability(profiles);
  const members = mergeClauses(refs, clausePairs(refs, profiles, idf, probability), probability);
  return rowsOf(refs, members, probability);
}

/** The model's probability that two clauses state one fact, computed once per pair. */
function unitProbability(profiles: ClaimProfile[]): (x: number, y: number) => number {
  const n = profiles.length;
  const known = new Map<number, number>();
  const predict = predictor(CLAUSE_MODEL, PAIR_FEATURES);
  const features = new Float64Array(PAIR_FEATURES.length);
  return (x, y) => {
    const a = x < y ? x : y;
    const b = x < y ? y : x;
    const key = a * n + b;
    let p = known.get(key);
    if (p === undefined) known.set(key, (p = predict(pairFeatureValues(profiles[a]!, profiles[b]!, features))));
    return p;
  };
}

/**
 * Pairs of clauses of different outlets and rows that the model finds alike, as [probability, i, j] with i < j, best
 * first. Candidates come through each clause's rarest terms (bounded per clause, so the work grows about linearly).
 */
function clausePairs(
  refs: UnitRef[],
  profiles: ClaimProfile[],
  idf: Map<string, number>,
  probability: (x: number, y: number) => number,
): Array<[number, number, number]> {
  const n = refs.length;
  const postings = unitPostings(profiles);
  const articleOf = Int32Array.from(refs, (r) => r.at.ref.article);
  const pairs: Array<[number, number, number]> = [];
  const scores = new Float64Array(n);
  const scored: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = profiles[i]!.vec;
    const seeds = rarestTerms(v, idf, CLAUSES.seedTerms);
    for (const j of scored) scores[j] = 0;
    scored.length = 0;
    for (const t of seeds) {
      const { units: p, weights } = postings.get(t)!;
      const w = v.get(t) ?? 0;
      // Only the first postingCap clauses of the list are read, and of those only the ones after i: a list is in
      // clause order, so those start past the last clause ≤ i (found by halving, not walked through).
      for (let k = firstAbove(p, i, CLAUSES.postingCap); k < p.length && k < CLAUSES.postingCap; k++) {
        const j = p[k]!;
        if (articleOf[j] === articleOf[i]) continue;
        if (scores[j] === 0) scored.push(j);
        scores[j]! += w * weights[k]!;
      }
    }
    // The best few, not every candidate sorted (align.ts bestFirst: the same order, highest score first, ties by index).
    const top = bestFirst(scored, scores, CLAUSES.candidates);
    for (const j of top) {
      // Clauses of sentences the sentence rows already hold together add nothing.
      if (refs[j]!.group === refs[i]!.group) continue;
      // cosineOf sums the same products in the same order as cosine over the Maps, by term id.
      if (profiles[i]!.values.length === 0 && cosineOf(profiles[i]!.terms, profiles[j]!.terms) === 0) continue;
      const p = probability(i, j);
      if (p >= CLAUSES.probability) pairs.push([p, i, j]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  return pairs;
}

/** The index of the first of `list`'s first `cap` entries (ascending) above `x`, or `cap` (or the length) if none. */
function firstAbove(list: number[], x: number, cap: number): number {
  let a = 0;
  let b = Math.min(list.length, cap);
  while (a < b) {
    const m = (a + b) >> 1;
    if (list[m]! <= x) a = m + 1;
    else b = m;
  }
  return a;
}

/** Each term's clauses, with the term's weight in each, read once here rather than looked up for every candidate. */
function unitPostings(profiles: ClaimProfile[]): Map<string, { units: number[]; weights: number[] }> {
  const postings = new Map<string, { units: number[]; weights: number[] }>();
  profiles.forEach((profile, i) => {
    for (const [t, w] of profile.vec) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = { units: [], weights: [] }));
      p.units.push(i);
      p.weights.push(w);
    }
  });
  return postings;
}

/**
 * Merges clause pairs best-first into groups of one clause per outlet, while the groups stay alike as wholes.
 * Returns each group's clauses by its root's index (empty for a clause that joined another).
 */
function mergeClauses(
  refs: UnitRef[],
  pairs: Array<[number, number, number]>,
  probability: (x: number, y: number) => number,
): number[][] {
  const parent = refs.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const members = refs.map((_, i) => [i]);
  const articles = refs.map((r) => new Set([r.at.ref.article]));
  for (const [, i, j] of pairs) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    const [big, small] = members[a]!.length >= members[b]!.length ? [a, b] : [b, a];
    if ([...articles[small]!].some((x) => articles[big]!.has(x))) continue;
    if (members[a]!.length + members[b]!.length > 2) {
      const xs = members[a]!.slice(0, CLAUSES.linkSample);
      const ys = members[b]!.slice(0, CLAUSES.linkSample);
      let sum = 0;
      for (const x of xs) for (const y of ys) sum += probability(x, y);
      if (sum / (xs.length * ys.length) < CLAUSES.groupProbability) continue;
    }
    parent[small] = big;
    members[big]!.push(...members[small]!);
    for (const x of articles[small]!) articles[big]!.add(x);
  }
  return members.map((m, root) => (find(root) === root ? m : []));
}

/**
 * The rows of groups of clauses from two or more sentence rows: those the sentence rows keep apart. A member whose
 * clause is its whole sentence stays only when the model is sure of it beside another outlet's clause
 * (CLAUSES.wholeSentence).
 */
function rowsOf(refs: UnitRef[], members: number[][], probability: (x: number, y: number) => number): ClauseRow[] {
  const rows: ClauseRow[] = [];
  for (let root = 0; root < refs.length; root++) {
    const whole = new Set(members[root]!.filter((i) => isWhole(refs[i]!.at.claim, refs[i]!.unit)));
    const parts = members[root]!.filter((i) => !whole.has(i));
    const kept = members[root]!.filter(
      (i) => !whole.has(i) || parts.some((j) => probability(i, j) >= CLAUSES.wholeSentence),
    );
    if (kept.length < 2) continue;
    const ms = kept
      .map((i) => refs[i]!)
      .sort((x, y) => x.at.ref.article - y.at.ref.article || x.at.ref.claim - y.at.ref.claim);
    if (new Set(ms.map((m) => m.group)).size < 2) continue;
    rows.push({
      members: ms.map((m) => m.at),
      clauses: new Map(
        ms.map((m) => {
          const c = m.at.claim;
          const { start, end } = ownSpan(c, m.unit);
          return [c.key, { start, end, text: c.text.slice(start - c.start, end - c.start) }];
        }),
      ),
    });
  }
  return rows;
}

/**
 * The part of a clause that states its own fact: its span without the clauses that end it ("Soldiers are leading
 * rescue operations" of "Soldiers are leading rescue operations after a quake hit the province, leaving 24 dead").
 * A clause that opens the sentence is cut off too ("After the quake struck, rescuers searched …"); one nested in the
 * middle stays ("Okafor, who lived nearby, was rushed to hospital"), and so does the whole span when cutting would
 * leave nothing. Without this, a main clause followed by a subordinate one spans its whole sentence, and reads as
 * the sentence again.
 */
export function ownSpan(c: Claim, unit: number): { start: number; end: number } {
  const units = c.units ?? [];
  const u = units[unit]!;
  const at = (i: number) => c.text[i - c.start] ?? "";
  let end = u.end;
  for (let cut = true; cut;) {
    cut = false;
    for (const v of units)
      if (v !== u && v.start > u.start && v.start < end && v.end >= end && v.end <= u.end) {
        let e = v.start;
        for (;;) {
          while (e > u.start && /[\s,;:\u2013\u2014-]/.test(at(e - 1))) e--;
          const word = / (and|or|but)$/i.exec(c.text.slice(Math.max(0, e - 5 - c.start), e - c.start));
          if (!word) break;
          e -= word[0].length;
        }
        if (e > u.start) {
          end = e;
          cut = true;
        }
      }
  }
  // A clause that opens the sentence ("After the quake struck, rescuers searched …") is not the main clause's own.
  let start = u.start;
  for (const v of units)
    if (v !== u && v.start === u.start && v.end < end) {
      let b = v.end;
      while (b < end && /[\s,;:]/.test(at(b))) b++;
      start = Math.max(start, b);
    }
  return { start, end };
}

/** Whether a clause's own span is its whole sentence (but for the closing mark). */
function isWhole(c: Claim, unit: number): boolean {
  const { start, end } = ownSpan(c, unit);
  return start <= c.start && c.text.slice(end - c.start).replace(/[\s.!?"'\u201d\u2019)]+/g, "") === "";
}
