import type { Claim } from "./extract";
import { quoteSimilarity, quoteWordSets } from "./align";
import { isFrame } from "./units";
import { clockOf } from "./time";
import { minutesOfDay } from "./clocks";
import { frequencyRank, predicateSimilarity, vectorDimensions, vectorInto } from "./lexicon";
import { pieceCount } from "./text";
import { convertedOverlap, convertible } from "./conversions";
import { countsAlike } from "./quantity";
import { headVerb } from "./verb-forms";
import { boundedMemo } from "./memo";

/**
 * What the alignment model sees of a pair of sentences from two outlets. Each feature is general evidence that two
 * sentences report one fact: the words they share (TF-IDF), the names, the values (a sum of money, a count, a day),
 * the event word, the words they quote. The weights are learned (scripts/train.ts), not set by hand.
 */
export const PAIR_FEATURES = [
  "cosine",
  "sharedNames",
  "nameOverlap",
  "sharedValues",
  "samePredicate",
  "sharedPredicate",
  "quote",
  "quoteClash",
  "bothLead",
  "lengthRatio",
  "clauseCosine",
  "containment",
  "sharedWeight",
  "vectorCosine",
  "predicateSimilarity",
] as const;
export type PairFeature = (typeof PAIR_FEATURES)[number];
/** Each feature's place in PAIR_FEATURES. */
const F = Object.fromEntries(PAIR_FEATURES.map((f, i) => [f, i])) as Record<PairFeature, number>;

/**
 * A claim's (or a clause's) terms as ids with two weights each, in the order the claim gives them: `unit`, its TF-IDF
 * vector of unit length, and `idf`. Sums over shared terms run in that order, as they did over the Maps these replace,
 * so every feature has the same value to the last bit.
 */
export interface TermWeights {
  ids: Int32Array;
  unit: Float64Array;
  idf: Float64Array;
  /** The largest of `ids` (-1 when there are none): how large the stamp arrays must be to mark them. */
  top: number;
}

/** What a pair test needs of one claim, computed once per claim. */
export interface ClaimProfile {
  vec: Map<string, number>;
  /** `vec`, and each term's idf (their sum is `mass`), by term id. */
  terms: TermWeights;
  names: Set<string>;
  predicates: Set<string>;
  mainPredicate: string;
  /** Its values: a measure key ("usd|", "|dead", "t") and an interval (days since 1970 for dates). */
  values: Value[];
  quotes: Array<Set<string>>;
  words: number;
  lead: boolean;
  /** Each clause's terms as an idf-weighted unit vector: two sentences may share one clause and little else. */
  clauses: TermWeights[];
  /** The sum of its terms' idf. */
  mass: number;
  /** The rarity-weighted mean of its content words' vectors, unit length (null when no word is known). */
  centroid: Float32Array | null;
  /** Event words of its clauses, at most three, by id (eventId). */
  events: Int32Array;
}

const lastWord = (key: string) => key.slice(key.lastIndexOf(" ") + 1);

interface Value {
  measure: string;
  low: number;
  high: number;
  /** The amount's unit as quantities give it ("km", "job"), empty for times. */
  unit: string;
}

/**
 * The values of a claim (or of one of its clauses) that two outlets can share: amounts with what they measure, and
 * resolved dates as day intervals ("2018-08" is the whole month). "At least 12" and "a dozen" share a value.
 */
function valuesOf(c: Claim, unit?: number): Value[] {
  const out: Value[] = [];
  for (const q of c.quantities)
    // An age describes a person wherever the person is named ("Ana Ruiz, 32,"): two sentences that give it need not
    // report one fact.
    if ((q.unit || q.event) && q.unit !== "age" && (unit === undefined || q.fact === unit))
      // A count of what happened (the dead, the injured) is one measure whatever noun it counts ("12 people",
      // "a dozen"); otherwise the unit is the measure, a compound's first word ("a 10-day operation" gives ten days as
      // "it lasted 10 days" does).
      out.push({
        measure: q.event ? `|${q.event}` : `${q.unit.split(" ")[0]}|`,
        low: q.low,
        high: q.high,
        unit: q.unit,
      });
  for (const t of c.times) {
    if (unit !== undefined && t.fact !== unit) continue;
    const clock = t.granularity === "clock" ? minutesOfDay(t.value) % 720 : clockOf(t.text);
    if (clock !== null) out.push({ measure: "c", low: clock, high: clock, unit: "" });
    // A year read from an age is the age again, which says nothing of which fact a sentence reports (see above).
    if (!t.resolved || t.fromAge) continue;
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(t.value);
    if (!m) continue;
    const from = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1) / 86_400_000;
    const to = m[3]
      ? from
      : m[2]
        ? Date.UTC(Number(m[1]), Number(m[2]), 0) / 86_400_000
        : Date.UTC(Number(m[1]), 11, 31) / 86_400_000;
    out.push({ measure: "t", low: from, high: to, unit: "" });
  }
  return out;
}

/** Values of the two that state the same amount of the same measure (their intervals overlap). */
function sharedValueCount(a: Value[], b: Value[]): number {
  let n = 0;
  for (const x of a)
    if (
      b.some((y) =>
        convertible(x.unit, y.unit)
          ? convertedOverlap(x, y)
          : x.low <= y.high && y.low <= x.high && (y.measure === x.measure || countsOfKinds(x, y)),
      )
    )
      n++;
  return n;
}

/** Two counts of things, not of an event, whose nouns are kinds of one another (quantity.countsAlike). */
const countsOfKinds = (x: Value, y: Value) =>
  isCount(x) && isCount(y) && countsAlike(x.measure.slice(0, -1), y.measure.slice(0, -1));
/** A measure named by a counted noun ("job|"), not by an event ("|dead") or a time ("c", "t"). */
const isCount = (v: Value) => v.measure.length >= 3 && v.measure.endsWith("|");

const unitVector = (terms: string[], idf: Map<string, number>) => {
  const v = new Map<string, number>();
  let sq = 0;
  for (const t of terms) {
    const w = idf.get(t) ?? 0;
    v.set(t, w);
    sq += w * w;
  }
  const n = Math.sqrt(sq) || 1;
  for (const [t, w] of v) v.set(t, w / n);
  return v;
};

// Term ids per story: all profiles made with one idf table share them (scripts/train.ts makes one table per story).
const termIdsByTable = new WeakMap<Map<string, number>, Map<string, number>>();

/** `vec`'s terms (a term list without repeats, in its order) as ids, with their unit weights and idf. */
export function termWeights(vec: Map<string, number>, idf: Map<string, number>): TermWeights {
  let ids = termIdsByTable.get(idf);
  if (!ids) termIdsByTable.set(idf, (ids = new Map()));
  const out = {
    ids: new Int32Array(vec.size),
    unit: new Float64Array(vec.size),
    idf: new Float64Array(vec.size),
    top: -1,
  };
  let k = 0;
  for (const [t, w] of vec) {
    let id = ids.get(t);
    if (id === undefined) ids.set(t, (id = ids.size));
    out.ids[k] = id;
    out.unit[k] = w;
    out.idf[k] = idf.get(t) ?? 0;
    out.top = Math.max(out.top, id);
    k++;
  }
  return out;
}

const massOf = (t: TermWeights) => {
  let mass = 0;
  for (const w of t.idf) mass += w;
  return mass;
};

// Event words by id, so a pair of them is remembered under a number, not a string built for every pair of claims.
const eventIds = new Map<string, number>();
const eventWords: string[] = [];
function eventId(word: string): number {
  let id = eventIds.get(word);
  if (id === undefined) {
    eventIds.set(word, (id = eventWords.length));
    eventWords.push(word);
  }
  return id;
}
const eventIdsOf = (words: string[]) => Int32Array.from(words, eventId);

/**
 * A clause with its phrasal predicate's verb only ("go down" → "go"): the alignment model was trained on single-word
 * predicates, and retrained on phrasal ones it aligned the held-back stories worse
 * (docs/decisions/026-units-and-phrasal-verbs.md).
 */
const verbOnly = <U extends { predicate: string }>(u: U): U =>
  u.predicate.includes(" ") ? { ...u, predicate: headVerb(u.predicate) } : u;

export function profileOf(c: Claim, index: number, vec: Map<string, number>, idf: Map<string, number>): ClaimProfile {
  const units = c.units ?? [];
  const facts = units.filter((u) => !isFrame(u) && u.predicate).map(verbOnly);
  const terms = termWeights(vec, idf);
  return {
    centroid: centroidOf(c.lemmas ?? []),
    events: eventIdsOf([...new Set(facts.map((u) => u.predicate))].slice(0, 3)),
    clauses: units
      .filter((u) => !isFrame(u) && u.terms.length >= 2)
      .map((u) => termWeights(unitVector(u.terms, idf), idf)),
    terms,
    mass: massOf(terms),
    vec,
    names: new Set(c.entities.map((e) => lastWord(e.key)).filter((k) => k.length >= 2)),
    predicates: new Set(facts.map((u) => u.predicate)),
    mainPredicate: facts[0]?.predicate ?? "",
    values: valuesOf(c),
    quotes: quoteWordSets(c),
    words: pieceCount(c.text),
    lead: index < 2,
  };
}

const shared = <T>(a: Set<T>, b: Set<T>) => {
  let n = 0;
  const s = a.size <= b.size ? a : b;
  const l = s === a ? b : a;
  for (const x of s) if (l.has(x)) n++;
  return n;
};

// Where each term of one side of a pair sits, stamped with the pair's number rather than cleared: the pair test runs
// tens of thousands of times in a wide story, and looking terms up in Maps was most of it.
let stamp = new Int32Array(1024);
let slot = new Int32Array(1024);
let epoch = 0;
/** The terms the current stamp marks: marking them again in a row (one claim against many) has nothing to do. */
let marked: TermWeights | null = null;
/** Marks the terms of `t`; returns the stamp that `stamp[id]` holds for them until the next call. */
function mark(t: TermWeights): number {
  if (t === marked) return epoch;
  marked = t;
  // Only the current stamp is ever read, so a larger array, or a cleared one when the count would overflow, loses
  // nothing.
  if (t.top >= stamp.length) {
    stamp = new Int32Array(Math.max(2 * stamp.length, t.top + 1));
    slot = new Int32Array(stamp.length);
  }
  if (epoch === 0x7fffffff) {
    stamp.fill(0);
    epoch = 0;
  }
  epoch++;
  for (let k = 0; k < t.ids.length; k++) {
    stamp[t.ids[k]!] = epoch;
    slot[t.ids[k]!] = k;
  }
  return epoch;
}

/**
 * The dot product of two unit vectors (align.ts `cosine`), summed the same way: over the terms of the one with fewer
 * terms (the first on a tie), in its order.
 */
export function cosineOf(a: TermWeights, b: TermWeights): number {
  const small = a.ids.length <= b.ids.length ? a : b;
  const large = small === a ? b : a;
  return markedCosine(small, large, mark(large));
}

/** `cosineOf(small, large)` where `small` has no more terms than `large` and `e` is the stamp that marks `large`. */
function markedCosine(small: TermWeights, large: TermWeights, e: number): number {
  let s = 0;
  for (let k = 0; k < small.ids.length; k++) {
    const id = small.ids[k]!;
    if (stamp[id] === e) s += small.unit[k]! * large.unit[slot[id]!]!;
  }
  return s;
}

/** The idf of a's terms that b has too, summed in a's order; `e` is the stamp that marks b. */
function markedSharedMass(a: TermWeights, e: number): number {
  let s = 0;
  for (let k = 0; k < a.ids.length; k++) if (stamp[a.ids[k]!] === e) s += a.idf[k]!;
  return s;
}

export function pairFeatures(a: ClaimProfile, b: ClaimProfile): Record<PairFeature, number> {
  const values = pairFeatureValues(a, b, new Float64Array(PAIR_FEATURES.length));
  return Object.fromEntries(PAIR_FEATURES.map((f, i) => [f, values[i]!])) as Record<PairFeature, number>;
}

/**
 * The pair's features written into `out`, in PAIR_FEATURES order: what `pairFeatures` gives, without an object per pair
 * (logistic.ts `predictor` reads them from the array).
 */
export function pairFeatureValues(a: ClaimProfile, b: ClaimProfile, out: Float64Array): Float64Array {
  const names = shared(a.names, b.names);
  const union = a.names.size + b.names.size - names;
  const qs = a.quotes.length && b.quotes.length ? quoteSimilarity(a.quotes, b.quotes) : 0;
  // One marking of b's terms serves both sums when a has no more terms than b (cosineOf marks the larger side).
  const e = mark(b.terms);
  const sharedMass = markedSharedMass(a.terms, e);
  out[F.cosine] =
    a.terms.ids.length <= b.terms.ids.length ? markedCosine(a.terms, b.terms, e) : cosineOf(a.terms, b.terms);
  out[F.sharedNames] = Math.min(names, 3) / 3;
  out[F.nameOverlap] = union ? names / union : 0;
  out[F.sharedValues] = Math.min(sharedValueCount(a.values, b.values), 3) / 3;
  out[F.samePredicate] = a.mainPredicate && a.mainPredicate === b.mainPredicate ? 1 : 0;
  out[F.sharedPredicate] = shared(a.predicates, b.predicates) > 0 ? 1 : 0;
  out[F.quote] = qs;
  out[F.quoteClash] = a.quotes.length && b.quotes.length && qs < 0.34 ? 1 : 0;
  out[F.bothLead] = a.lead && b.lead ? 1 : 0;
  out[F.lengthRatio] = Math.abs(Math.log(a.words / b.words));
  out[F.clauseCosine] = bestClause(a, b);
  out[F.containment] = sharedMass / (Math.min(a.mass, b.mass) || 1);
  out[F.sharedWeight] = Math.min(1, sharedMass / 20);
  out[F.vectorCosine] = a.centroid && b.centroid ? dot(a.centroid, b.centroid) : 0;
  out[F.predicateSimilarity] = bestPredicate(a.events, b.events);
  return out;
}

/**
 * The profile of one clause of a claim, for clause rows (clause-align.ts): the same features as a sentence's, read
 * from the clause's own words, the values it states and the names inside it.
 */
export function unitProfileOf(c: Claim, index: number, unit: number, idf: Map<string, number>): ClaimProfile {
  const u = c.units[unit]!;
  const vec = unitVector(u.terms, idf);
  const terms = termWeights(vec, idf);
  const values = valuesOf(c, unit);
  const within = (x: { start: number; end: number }) => x.start >= u.start && x.end <= u.end;
  return {
    vec,
    names: new Set(
      c.entities
        .filter(within)
        .map((e) => lastWord(e.key))
        .filter((k) => k.length >= 2),
    ),
    predicates: new Set(u.predicate ? [headVerb(u.predicate)] : []),
    mainPredicate: headVerb(u.predicate),
    values,
    quotes: c.quotes.filter(within).length ? quoteWordSets({ ...c, quotes: c.quotes.filter(within) }) : [],
    words: Math.max(1, u.terms.length),
    lead: index < 2,
    clauses: [terms],
    terms,
    mass: massOf(terms),
    centroid: centroidOf(u.lemmas ?? []),
    events: eventIdsOf(u.predicate ? [u.predicate] : []),
  };
}

/** The best cosine between a clause of one sentence and a clause of the other. */
function bestClause(a: ClaimProfile, b: ClaimProfile): number {
  // The same cosines as cosineOf(x, y) for every pair, each clause marked once rather than once per pair: first the
  // pairs where b's clause is the larger (or as large), then those where a's is.
  let best = 0;
  for (const y of b.clauses) {
    let e = -1;
    for (const x of a.clauses)
      if (x.ids.length <= y.ids.length) {
        if (e < 0) e = mark(y);
        best = Math.max(best, markedCosine(x, y, e));
      }
  }
  for (const x of a.clauses) {
    let e = -1;
    for (const y of b.clauses)
      if (y.ids.length < x.ids.length) {
        if (e < 0) e = mark(x);
        best = Math.max(best, markedCosine(y, x, e));
      }
  }
  return best;
}

let wordVector: Float32Array | undefined;
/**
 * A sentence as one vector: its content words' vectors, each weighted by how rare the word is (the log of its
 * frequency rank: "said" counts little, "magnitude" much), averaged and scaled to unit length.
 */
function centroidOf(lemmas: string[]): Float32Array | null {
  // Lemmas are single words (terms.contentLemmas), so a space keeps lists apart; any other list is read as it comes.
  if (!storyCentroids || lemmas.some((l) => l.includes(" "))) return centroidRead(lemmas);
  const key = lemmas.join(" ");
  let out = storyCentroids.get(key);
  if (out === undefined) storyCentroids.set(key, (out = centroidRead(lemmas)));
  return out;
}

/**
 * The centroids of the lemma lists met while `withCentroidCache` runs: a story's claims and clauses repeat lists (a
 * clause alone in its sentence has the sentence's, an outlet may print another's sentence), and each centroid sums a
 * vector per word. A centroid depends on its lemmas alone, and no caller changes it. Kept for one analysis, not for the
 * process, so an analysis costs what it did the first time it ran.
 */
let storyCentroids: Map<string, Float32Array | null> | null = null;

/** Runs `run` with each lemma list's centroid computed once (`storyCentroids`); the cache goes when it returns. */
export function withCentroidCache<T>(run: () => T): T {
  const outer = storyCentroids;
  storyCentroids ??= new Map();
  try {
    return run();
  } finally {
    storyCentroids = outer;
  }
}

function centroidRead(lemmas: string[]): Float32Array | null {
  let out: Float32Array | null = null;
  for (const l of lemmas) {
    const w = weightedVector(l);
    if (!w) continue;
    out ??= new Float32Array(w.length);
    for (let d = 0; d < w.length; d++) out[d]! += w[d]!;
  }
  if (!out) return null;
  let n = 0;
  for (let d = 0; d < out.length; d++) n += out[d]! * out[d]!;
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < out.length; d++) out[d]! /= n;
  return out;
}

/**
 * A word's vector times its weight in a centroid, each product kept in a double as the sum reads it; null when the
 * table does not have the word. Once per word: every sentence and every clause of the story sums the vectors of its
 * words, and scaling each word's vector again was most of that.
 */
const weightedVector = boundedMemo((lemma): Float64Array | null => {
  // One buffer for every word's vector.
  const v = (wordVector ??= new Float32Array(vectorDimensions()));
  if (!vectorInto(lemma, v)) return null;
  let n = 0;
  for (let d = 0; d < v.length; d++) n += v[d]! * v[d]!;
  const w = Math.log(2 + (frequencyRank(lemma) ?? 50_000)) / (Math.sqrt(n) || 1);
  const out = new Float64Array(v.length);
  for (let d = 0; d < v.length; d++) out[d] = w * v[d]!;
  return out;
}, 20_000);

function dot(a: Float32Array, b: Float32Array): number {
  // Four products a step, added one after another in the order of the plain loop (the same sum to the last bit): the
  // loop's own work was most of the time of a hundred-dimension product, once per pair of claims and of clauses.
  let s = 0;
  const n = a.length;
  let d = 0;
  for (; d + 4 <= n; d += 4) {
    s += a[d]! * b[d]!;
    s += a[d + 1]! * b[d + 1]!;
    s += a[d + 2]! * b[d + 2]!;
    s += a[d + 3]! * b[d + 3]!;
  }
  for (; d < n; d++) s += a[d]! * b[d]!;
  return s;
}

// Scores of pairs of event words by their ids: lower id × 2^15 + higher while both ids are below 2^15, so that the key
// is a small integer V8 hashes without boxing it (most of this function's time when keys were × 2^26); lower × 2^26 +
// higher in a map of its own past that. Cleared when full, as the lexicon's caches, so a long-running server does not
// grow them without bound.
const predicatePairs = new Map<number, number>();
const widePredicatePairs = new Map<number, number>();
const PREDICATE_PAIRS_SIZE = 200_000;
/** The closest pair of event words of two sentences (lexicon.predicateSimilarity), remembered per pair of words. */
function bestPredicate(a: Int32Array, b: Int32Array): number {
  let best = 0;
  for (const x of a)
    for (const y of b) {
      const low = x < y ? x : y;
      const high = x < y ? y : x;
      const pairs = high < 32_768 ? predicatePairs : widePredicatePairs;
      const key = high < 32_768 ? low * 32_768 + high : low * 67_108_864 + high;
      let s = pairs.get(key);
      if (s === undefined) {
        if (pairs.size >= PREDICATE_PAIRS_SIZE) pairs.clear();
        pairs.set(key, (s = predicateSimilarity(eventWords[x]!, eventWords[y]!)));
      }
      best = Math.max(best, s);
    }
  return best;
}
