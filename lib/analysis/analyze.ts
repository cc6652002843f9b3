import type { ArticleInput, StoryBundle } from "./schema";
import { extractArticle, withExtractionCache, type ArticleExtraction, type Claim } from "./extract";
import { findChargeRows } from "./charge-rows";
import { alignClaims, vectorize, type ClaimRef, type Vectors } from "./align";
import { cosineOf, termWeights, withCentroidCache, type TermWeights } from "./pair-features";
import { quoteConflicts, type Discrepancy, type Label, type Located } from "./compare";
import { findFactRows, unitMeasure, type FactRow } from "./facts";
import { findFacetRows } from "./facet-rows";
import { addRows, claimGroup, nameGroups, sortGroups, weigh, type StoryIds } from "./groups";
import { findQuoteRows } from "./quote-rows";
import { alignClauses, type ClauseRow } from "./clause-align";
import { findVariants, type Variant } from "./variants";
import { labelArticles, type ArticleLabel } from "./labels";
import { findCopies } from "./copies";
import { hashId, normalize } from "./text";

export interface GroupClaim {
  article: number;
  /** The claim's key; in a fact row the text is the clause of that claim that states the fact. */
  key: string;
  start: number;
  end: number;
  text: string;
}

export interface Coverage {
  /** Articles that carry the claim, in story order. */
  articles: number[];
  missing: number[];
  soleSource: boolean;
  /** Carriers that are not word-for-word reprints of another carrier's sentence. */
  independent: number;
  copies: Array<{ article: number; of: number }>;
}

export interface Group {
  id: string;
  /** "claim": sentences aligned as one claim; "fact": one fact (a count, a date) stated in different rows' sentences. */
  kind: "claim" | "fact";
  claims: GroupClaim[];
  discrepancies: Discrepancy[];
  coverage: Coverage;
  /**
   * What the row is about, as a headline: its first discrepancy's subject, else an amount its outlets state alike
   * (subject.ts agreedSubject). Absent when the analysis cannot name it.
   */
  subject?: string;
  /**
   * A fact row's measure: the kind of value its statements give ("n:dead", "d:" for dates, "quote"), which an
   * editor's "leave" names (GroupOverride).
   */
  measure?: string;
}

export interface AnalyzedArticle extends ArticleLabel {
  index: number;
  referenceDate: string | null;
  words: number;
  claims: Claim[];
  furniture: ArticleExtraction["furniture"];
  copyOf: number | null;
}

export interface Analysis {
  articles: AnalyzedArticle[];
  groups: Group[];
  variants: Variant[];
  summary: {
    articles: number;
    claims: number;
    groups: number;
    discrepancies: number;
    soleSource: number;
    words: number;
  };
}

export interface ArticleWithExtraction {
  input: ArticleInput;
  extraction: ArticleExtraction;
}

/** A claim by its article's index in the story and its key there (a reprint repeats the keys of its original). */
export interface ClaimAt {
  article: number;
  key: string;
}

/**
 * An editor's correction of the alignment: "merge" puts the row holding `claim` into the row holding `target`,
 * "split" gives `claim` a row of its own. Claims are named, not rows, so a decision outlives the re-analysis that
 * rebuilds the rows when an article arrives. "dismiss" names a fact row by its id, which the analysis derives from
 * the row's first statement and its measure, so every analysis that would build that row again gives it that id: the
 * row is not built (its clauses do not state one fact, or it is not a fact at all). "leave" takes one statement out
 * of the fact rows of a measure: `claim`'s values of that measure ("n:dead", "d:", "quote", "charge") are not compared with any
 * other outlet's, so the fact row is built from the others (or not at all, when one outlet is left).
 */
export type GroupOverride =
  | { kind: "merge"; claim: ClaimAt; target: ClaimAt }
  | { kind: "split"; claim: ClaimAt }
  | { kind: "dismiss"; row: string }
  | { kind: "leave"; claim: ClaimAt; measure: string };

export interface AnalyzeOptions {
  /** Applied in order to the aligned rows, before fact rows are looked for. */
  overrides?: GroupOverride[];
}

/**
 * The cross-article half of the analysis: takes each article's stored extraction and lines them up. Pure and
 * deterministic: the same articles in the same order give the same groups and ids.
 */
export function analyzeExtractions(items: ArticleWithExtraction[], options: AnalyzeOptions = {}): Analysis {
  return withCentroidCache(() => analysisOf(items, options));
}

function analysisOf(items: ArticleWithExtraction[], options: AnalyzeOptions): Analysis {
  const claims = items.map((x) => x.extraction.claims);
  const labels = labelArticles(items);
  const label = (a: number) => labels[a]!.outlet;
  const story: StoryIds = {
    n: items.length,
    articleIds: items.map((x) => hashId(x.input.url ?? normalize(x.input.text))),
  };
  const overrides = options.overrides ?? [];

  const vectors = vectorize(claims);
  const aligned = alignClaims(claims, vectors).map((g) =>
    g.map((r): Located => ({ ref: r, claim: claims[r.article]![r.claim]! })),
  );
  const alone = applyOverrides(aligned, overrides);
  const splitOff = (m: Located) => alone.has(`${m.ref.article}:${m.claim.key}`);
  const left = leftOut(overrides);
  const sim = claimSimilarity(claims, vectors);
  const facts = findFactRows(aligned, sim, (a) => items[a]!.extraction.referenceDate, label, splitOff, left);
  const { kept, keptIndex } = moveLoneClaims(aligned, facts.moves, splitOff);

  const groups = kept.map((members) => claimGroup(members, label, story));
  const clauseRows = alignClauses(kept, vectors.idf).map((r) => clauseFactRow(r, label));
  const dismissed = new Set(overrides.flatMap((o) => (o.kind === "dismiss" ? [o.row] : [])));
  const chargeRows = findChargeRows(kept, keptIndex, label, left);
  addRows(
    groups,
    keptIndex,
    [
      ...facts.rows,
      ...findQuoteRows(kept, label, left),
      ...chargeRows,
      ...findFacetRows(kept, label, left),
      ...clauseRows,
    ],
    dismissed,
    story,
  );
  for (const g of groups) for (const d of g.discrepancies) weigh(d, g);
  nameGroups(groups, claims);
  sortGroups(groups);
  return {
    articles: analyzedArticles(items, labels),
    groups,
    variants: findVariants(claims),
    summary: summaryOf(items, groups),
  };
}

/** Similarity of two claims' sentences by their TF-IDF vectors, looked up by article and claim index. */
function claimSimilarity(claims: Claim[][], vectors: Vectors): (a: ClaimRef, b: ClaimRef) => number {
  // Fact rows ask for many pairs (quadratic in a wide story): the vectors are indexed once, not searched, and read as
  // term ids (pair-features.cosineOf sums the same products in the same order as align.cosine over the Maps).
  const termsOf = claims.map((list) => new Array<TermWeights>(list.length));
  vectors.refs.forEach((r, i) => (termsOf[r.article]![r.claim] = termWeights(vectors.vecs[i]!, vectors.idf)));
  return (a, b) => cosineOf(termsOf[a.article]![a.claim]!, termsOf[b.article]![b.claim]!);
}

/**
 * A measure's key as the analysis makes it now: the amounts of one dimension in any unit share one ("n:|km", taken
 * before conversions.ts, is "n:|length"), so that an editor's earlier decision still names it.
 */
const measureKey = (measure: string): string => (measure.startsWith("n:|") ? unitMeasure(measure.slice(3)) : measure);

/** Statements editors took out of the facts of a measure ("leave"), as a test on a claim and a measure. */
function leftOut(overrides: GroupOverride[]): (m: Located, measure: string) => boolean {
  const leaving = new Set(
    overrides.flatMap((o) =>
      o.kind === "leave" ? [`${o.claim.article}:${o.claim.key}|${measureKey(o.measure)}`] : [],
    ),
  );
  // Asked of every statement of every measure: without a "leave", no key need be built.
  return (m, measure) => leaving.size > 0 && leaving.has(`${m.ref.article}:${m.claim.key}|${measure}`);
}

/**
 * Lone sentences whose fact belongs to another row join it. Moves are by key, which a reprint shares with its
 * original, so a claim split off is held back here too. Returns the rows kept and each one's index among `aligned`.
 */
function moveLoneClaims(
  aligned: Located[][],
  moves: Map<string, number>,
  splitOff: (m: Located) => boolean,
): { kept: Located[][]; keptIndex: number[] } {
  const movedTo = new Map<number, Located[]>();
  const keptIndex: number[] = [];
  const kept = aligned.filter((members, i) => {
    const target = members.length === 1 && !splitOff(members[0]!) ? moves.get(members[0]!.claim.key) : undefined;
    if (target === undefined) {
      keptIndex.push(i);
      return true;
    }
    const moved = movedTo.get(target);
    if (moved) moved.push(members[0]!);
    else movedTo.set(target, [members[0]!]);
    return false;
  });
  aligned.forEach((members, i) => {
    const extra = movedTo.get(i);
    if (extra) members.push(...extra.sort((x, y) => x.ref.article - y.ref.article || x.ref.claim - y.ref.claim));
  });
  return { kept, keptIndex };
}

/**
 * A clause row as a fact row of its own measure, "clause": what it may disagree about is the wording of a quote its
 * clauses give, each quote cut to its clause ("We do not expect a larger eruption in the coming days, but …" in a
 * row of its own, "We cannot rule out a larger eruption in the coming days" in another's).
 */
const clauseFactRow = (r: ClauseRow, label: Label): FactRow => ({
  kind: "number",
  members: r.members,
  clauses: r.clauses,
  discrepancies: quoteConflicts(
    r.members.map((at) => withClauseQuotes(at, r.clauses.get(at.claim.key))),
    label,
  ),
  measure: "clause",
  row: -1,
});

/** A member whose quotes are cut to its clause [start, end) of the article (none outside it). */
function withClauseQuotes(at: Located, clause: { start: number; end: number } | undefined): Located {
  if (!clause || !at.claim.quotes.length) return at;
  const quotes = at.claim.quotes.flatMap((q) => {
    const [start, end] = [Math.max(q.start, clause.start), Math.min(q.end, clause.end)];
    if (end <= start) return [];
    const text = at.claim.text.slice(start - at.claim.start, end - at.claim.start).replace(/[\s,;:.]+$/, "");
    return [{ ...q, start, end: start + text.length, text }];
  });
  return { ...at, claim: { ...at.claim, quotes } };
}

function analyzedArticles(items: ArticleWithExtraction[], labels: ArticleLabel[]): AnalyzedArticle[] {
  const copyOf = findCopies(
    items.map((x) => x.extraction.claims),
    items.map((x) => x.input.publishedAt ?? null),
  );
  return items.map((x, index) => ({
    index,
    ...labels[index]!,
    referenceDate: x.extraction.referenceDate,
    words: x.extraction.words,
    claims: x.extraction.claims,
    furniture: x.extraction.furniture,
    copyOf: copyOf[index] ?? null,
  }));
}

function summaryOf(items: ArticleWithExtraction[], groups: Group[]): Analysis["summary"] {
  return {
    articles: items.length,
    claims: items.reduce((s, x) => s + x.extraction.claims.length, 0),
    groups: groups.length,
    discrepancies: groups.filter((g) => g.discrepancies.length).length,
    soleSource: groups.filter((g) => g.coverage.soleSource).length,
    words: items.reduce((s, x) => s + x.extraction.words, 0),
  };
}

/**
 * Applies editors' overrides to the aligned rows, in the order they were decided, so a later decision builds on an
 * earlier one. A decision about a claim the story no longer has, or one the rows already satisfy, changes nothing.
 * Returns the claims split off, which must stay alone.
 */
function applyOverrides(rows: Located[][], overrides: GroupOverride[]): Set<string> {
  const alone = new Set<string>();
  const rowOf = (c: ClaimAt) =>
    rows.findIndex((members) => members.some((m) => m.ref.article === c.article && m.claim.key === c.key));
  for (const o of overrides) {
    if (o.kind === "dismiss" || o.kind === "leave") continue; // fact rows, dealt with where they are built
    const from = rowOf(o.claim);
    if (from < 0) continue;
    if (o.kind === "merge") {
      const to = rowOf(o.target);
      if (to < 0 || to === from) continue;
      rows[to]!.push(...rows[from]!);
      rows[to]!.sort((x, y) => x.ref.article - y.ref.article || x.ref.claim - y.ref.claim);
      rows.splice(from, 1);
      continue;
    }
    alone.add(`${o.claim.article}:${o.claim.key}`);
    if (rows[from]!.length === 1) continue;
    const i = rows[from]!.findIndex((m) => m.ref.article === o.claim.article && m.claim.key === o.claim.key);
    rows.push(rows[from]!.splice(i, 1));
  }
  return alone;
}

/** The whole analysis of a story bundle: extraction of each article, then alignment across them. */
export function analyzeStory(bundle: StoryBundle): Analysis {
  const items = withExtractionCache(() =>
    bundle.articles.map((input) => ({ input, extraction: extractArticle(input) })),
  );
  return analyzeExtractions(items);
}
