import type { ArticleInput, StoryBundle } from "./schema";
import { extractArticle, type ArticleExtraction, type Claim } from "./extract";
import { alignClaims, cosine, vectorize, type ClaimRef, type Vectors } from "./align";
import { discrepanciesOf, type Discrepancy, type Located } from "./compare";
import { confidenceOf } from "./confidence";
import { agreedSubject, subjectOf } from "./subject";
import { findFactRows } from "./facts";
import { findQuoteRows } from "./quote-rows";
import { alignClauses } from "./clause-align";
import { findVariants, type Variant } from "./variants";
import { labelArticles, type ArticleLabel } from "./labels";
import { findCopies } from "./copies";
import { hashId, normalize, normalizedText } from "./text";

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
 * of the fact rows of a measure: `claim`'s values of that measure ("n:dead", "d:", "quote") are not compared with any
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
  const claims = items.map((x) => x.extraction.claims);
  const labels = labelArticles(items);
  const label = (a: number) => labels[a]!.outlet;
  const at = (r: ClaimRef): Located => ({ ref: r, claim: claims[r.article]![r.claim]! });
  const articleIds = items.map((x) => hashId(x.input.url ?? normalize(x.input.text)));
  const n = items.length;
  const copyOf = findCopies(
    claims,
    items.map((x) => x.input.publishedAt ?? null),
  );

  const vectors = vectorize(claims);
  const aligned = alignClaims(claims, vectors).map((g) => g.map(at));
  const alone = applyOverrides(aligned, options.overrides ?? []);
  // A claim's vector by article and claim index (fact rows ask for many pairs, quadratic in a wide story).
  const vecOf = claims.map((list) => new Array<Vectors["vecs"][number]>(list.length));
  vectors.refs.forEach((r, i) => (vecOf[r.article]![r.claim] = vectors.vecs[i]!));
  const sim = (a: ClaimRef, b: ClaimRef) => cosine(vecOf[a.article]![a.claim]!, vecOf[b.article]![b.claim]!);
  const splitOff = (m: Located) => alone.has(`${m.ref.article}:${m.claim.key}`);
  const leaving = new Set(
    options.overrides?.flatMap((o) => (o.kind === "leave" ? [`${o.claim.article}:${o.claim.key}|${o.measure}`] : [])),
  );
  const left = (m: Located, measure: string) => leaving.has(`${m.ref.article}:${m.claim.key}|${measure}`);
  const facts = findFactRows(aligned, sim, (a) => items[a]!.extraction.referenceDate, label, splitOff, left);
  // Lone sentences whose fact belongs to another row join it. Moves are by key, which a reprint shares with its
  // original, so a claim split off is held back here too.
  const movedTo = new Map<number, Located[]>();
  const keptIndex: number[] = [];
  const kept = aligned.filter((members, i) => {
    const target = members.length === 1 && !splitOff(members[0]!) ? facts.moves.get(members[0]!.claim.key) : undefined;
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
  const groups: Group[] = [];
  const coverageOf = (members: Located[]): Coverage => {
    const carried = new Set(members.map((m) => m.ref.article));
    const articles = [...carried].sort((a, b) => a - b);
    const copies: Coverage["copies"] = [];
    const copied = new Set<number>();
    const firstByText = new Map<string, number>();
    for (const m of members) {
      const t = normalizedText(m.claim);
      const first = firstByText.get(t);
      if (first === undefined) firstByText.set(t, m.ref.article);
      else if (first !== m.ref.article && !copied.has(m.ref.article)) {
        copied.add(m.ref.article);
        copies.push({ article: m.ref.article, of: first });
      }
    }
    return {
      articles,
      missing: Array.from({ length: n }, (_, i) => i).filter((i) => !carried.has(i)),
      soleSource: articles.length === 1,
      independent: articles.length - copies.length,
      copies,
    };
  };
  const claimOf = (m: Located): GroupClaim => ({
    article: m.ref.article,
    key: m.claim.key,
    start: m.claim.start,
    end: m.claim.end,
    text: m.claim.text,
  });
  // A group is named after its first claim in story order, so it keeps its id as later articles join it.
  const idOf = (prefix: string, members: Located[], extra = "") =>
    `${prefix}${hashId(`${articleIds[members[0]!.ref.article]}|${members[0]!.claim.key}|${extra}`)}`;

  for (const members of kept) {
    groups.push({
      id: idOf("g", members),
      kind: "claim",
      claims: members.map(claimOf),
      discrepancies: discrepanciesOf(members, label, { values: false }),
      coverage: coverageOf(members),
    });
  }
  const ids = new Set(groups.map((g) => g.id));
  // The first group of each set of claims, by their keys: looking for it through every group, for each of thousands of
  // fact, quote and clause rows, was quadratic in a wide story (5% of a 400-article story's analysis).
  const claimKeys = (claims: Array<{ key: string }>) => claims.map((c) => c.key).join();
  const groupByKeys = new Map<string, Group>();
  const remember = (g: Group) => {
    const k = claimKeys(g.claims);
    if (!groupByKeys.has(k)) groupByKeys.set(k, g);
  };
  groups.forEach(remember);
  const groupOfRow = new Map(keptIndex.map((row, g) => [row, g]));
  const clauseRows = alignClauses(kept, vectors.idf).map((r) => ({
    kind: "number" as const,
    members: r.members,
    clauses: r.clauses,
    discrepancies: [],
    measure: "clause",
    row: -1,
  }));
  const dismissed = new Set(options.overrides?.flatMap((o) => (o.kind === "dismiss" ? [o.row] : [])));
  for (const row of [...facts.rows, ...findQuoteRows(kept, label, left), ...clauseRows]) {
    // A fact stated only by the sentences of one row is that row's discrepancy.
    const own = row.row >= 0 ? groupOfRow.get(row.row) : undefined;
    if (own !== undefined) {
      groups[own]!.discrepancies.push(...row.discrepancies);
      continue;
    }
    const same = groupByKeys.get(claimKeys(row.members.map((m) => m.claim)));
    if (same) {
      same.discrepancies.push(...row.discrepancies);
      continue;
    }
    if (!row.discrepancies.length) {
      // A row of agreeing clauses shows part of each sentence; a clause that is its whole sentence is that
      // sentence's own row again, so it is left out (and a row left with one outlet is no row).
      row.members = row.members.filter(
        (m) => normalize(row.clauses.get(m.claim.key)?.text ?? m.claim.text) !== normalizedText(m.claim),
      );
      if (new Set(row.members.map((m) => m.ref.article)).size < 2) continue;
    }
    const claimsOfRow = row.members.map((m) => ({ ...claimOf(m), ...row.clauses.get(m.claim.key) }));
    // Two amounts of one list sentence can head two rows of one measure: the second is told apart by its clause.
    let id = idOf("f", row.members, row.measure);
    if (ids.has(id)) id = idOf("f", row.members, `${row.measure}|${row.clauses.get(row.members[0]!.claim.key)?.start}`);
    // A dismissed row keeps its id taken, so the rows after it get the ids they get when it is built.
    ids.add(id);
    if (dismissed.has(id)) continue;
    const group: Group = {
      id,
      kind: "fact",
      claims: claimsOfRow,
      discrepancies: row.discrepancies,
      coverage: coverageOf(row.members),
      measure: row.measure,
    };
    groups.push(group);
    remember(group);
  }
  for (const g of groups) for (const d of g.discrepancies) weigh(d, g);
  const claimByKey = claims.map((list) => new Map(list.map((c) => [c.key, c])));
  for (const g of groups) {
    const subject =
      g.discrepancies[0]?.subject ??
      agreedSubject(
        g.claims.map((c) => ({
          article: c.article,
          claim: claimByKey[c.article]!.get(c.key)!,
          start: c.start,
          end: c.end,
        })),
        g.kind === "fact",
      );
    if (subject) g.subject = subject;
  }
  // Conflicts first, then what most outlets carry, then story order.
  const firstPos = (g: Group) => g.claims[0]!.article * 1e7 + g.claims[0]!.start;
  groups.sort(
    (a, b) =>
      b.discrepancies.length - a.discrepancies.length ||
      b.coverage.articles.length - a.coverage.articles.length ||
      firstPos(a) - firstPos(b),
  );

  const articles: AnalyzedArticle[] = items.map((x, index) => ({
    index,
    ...labels[index]!,
    referenceDate: x.extraction.referenceDate,
    words: x.extraction.words,
    claims: x.extraction.claims,
    furniture: x.extraction.furniture,
    copyOf: copyOf[index] ?? null,
  }));
  return {
    articles,
    groups,
    variants: findVariants(claims),
    summary: {
      articles: n,
      claims: claims.reduce((s, c) => s + c.length, 0),
      groups: groups.length,
      discrepancies: groups.filter((g) => g.discrepancies.length).length,
      soleSource: groups.filter((g) => g.coverage.soleSource).length,
      words: items.reduce((s, x) => s + x.extraction.words, 0),
    },
  };
}

/** Adds where a discrepancy is shown to its signals, and its confidence (confidenceOf). */
function weigh(d: Discrepancy, g: Group) {
  const signals = (d.basis ??= { signals: {} }).signals;
  signals.factRow = g.kind === "fact" ? 1 : 0;
  signals.outlets = Math.min(1, new Set(d.values.flatMap((v) => v.articles)).size / 5);
  signals.values = Math.min(1, d.values.length / 4);
  d.confidence = confidenceOf(signals);
  d.subject = subjectOf(d);
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
  return analyzeExtractions(bundle.articles.map((input) => ({ input, extraction: extractArticle(input) })));
}
