import type { Claim } from "./extract";
import { isTally, severalTallies } from "./quantity";
import { contrastConflict } from "./contrast";
import type { Coverage, Group, GroupClaim } from "./analyze";
import { dateConflict, numberConflicts, quoteConflicts, type Discrepancy, type Label, type Located } from "./compare";
import { attributionConflict, closeNameConflict, entityConflict } from "./name-conflicts";
import { homeConflict } from "./homes";
import { partyConflict } from "./parties";
import { kinConflict, relativeNameConflict } from "./kin";
import { nationalityConflict } from "./nationalities";
import { roleAttributionConflict } from "./role-attribution";
import { titleConflict } from "./titles";
import { confidenceOf } from "./confidence";
import type { FactRow } from "./facts";
import { agreedSubject, subjectOf } from "./subject";
import { hashId, normalize, normalizedText } from "./text";

/**
 * The story's groups (analyze.ts): a claim group per aligned row, then the fact, quote and clause rows, each joining
 * the group that holds its sentences or becoming a fact group; then each group's headline and its place in the list.
 */

/** What naming a row and counting the outlets that miss it need of the story. */
export interface StoryIds {
  n: number;
  /** Each article's id: a hash of its address, else of its text. */
  articleIds: string[];
}

/** A group is named after its first claim in story order, so it keeps its id as later articles join it. */
const idOf = (story: StoryIds, prefix: string, members: Located[], extra = "") =>
  `${prefix}${hashId(`${story.articleIds[members[0]!.ref.article]}|${members[0]!.claim.key}|${extra}`)}`;

/** The articles that carry a row's claims, those that miss it, and which carriers reprint another's sentence. */
function coverageOf(members: Located[], n: number): Coverage {
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
  // The articles 0…n-1 not carried, walked beside the sorted carriers: a story of hundreds of articles has thousands
  // of rows, and an array of every index per row, filtered through the set, was most of this function.
  const missing: number[] = [];
  for (let i = 0, k = 0; i < n; i++) {
    while (k < articles.length && articles[k]! < i) k++;
    if (articles[k] !== i) missing.push(i);
  }
  return {
    articles,
    missing,
    soleSource: articles.length === 1,
    independent: articles.length - copies.length,
    copies,
  };
}

const claimOf = (m: Located): GroupClaim => ({
  article: m.ref.article,
  key: m.claim.key,
  start: m.claim.start,
  end: m.claim.end,
  text: m.claim.text,
});

/** A row of sentences aligned as one claim, with what they disagree about besides dates and amounts. */
export function claimGroup(members: Located[], label: (a: number) => string, story: StoryIds): Group {
  return {
    id: idOf(story, "g", members),
    kind: "claim",
    claims: members.map(claimOf),
    discrepancies: discrepanciesOf(members, label, { values: false }),
    coverage: coverageOf(members, story.n),
  };
}

/**
 * Adds fact, quote and clause rows to the claim groups: a row whose claims are those of a group already there gives
 * that group its discrepancies; any other becomes a fact group, unless an editor dismissed it.
 * `keptIndex`: each claim group's index among the aligned rows, which fact rows name.
 */
export function addRows(
  groups: Group[],
  keptIndex: number[],
  rows: FactRow[],
  dismissed: Set<string>,
  story: StoryIds,
) {
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
  for (const row of rows) {
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
    if (!row.discrepancies.length && !worthAClauseRow(row)) continue;
    const group = factGroup(row, ids, dismissed, story);
    if (!group) continue;
    groups.push(group);
    remember(group);
  }
}

/**
 * A row of agreeing clauses shows part of each sentence, or a whole sentence that states just that fact. A row whose
 * every clause is its whole sentence is those sentences' rows again, so it is left out. Returns whether the row is
 * kept: it holds two outlets (one outlet is no row).
 */
function worthAClauseRow(row: FactRow): boolean {
  const whole = (m: FactRow["members"][number]) =>
    normalize(row.clauses.get(m.claim.key)?.text ?? m.claim.text) === normalizedText(m.claim);
  if (row.members.every(whole)) return false;
  return new Set(row.members.map((m) => m.ref.article)).size >= 2;
}

/** The group of a fact, quote or clause row, its id taken in `ids`; undefined when an editor dismissed it. */
function factGroup(row: FactRow, ids: Set<string>, dismissed: Set<string>, story: StoryIds): Group | undefined {
  const claimsOfRow = row.members.map((m) => ({ ...claimOf(m), ...row.clauses.get(m.claim.key) }));
  // Two amounts of one list sentence can head two rows of one measure: the second is told apart by its clause.
  let id = idOf(story, "f", row.members, row.measure);
  if (ids.has(id))
    id = idOf(story, "f", row.members, `${row.measure}|${row.clauses.get(row.members[0]!.claim.key)?.start}`);
  // A dismissed row keeps its id taken, so the rows after it get the ids they get when it is built.
  ids.add(id);
  if (dismissed.has(id)) return undefined;
  return {
    id,
    kind: "fact",
    claims: claimsOfRow,
    discrepancies: row.discrepancies,
    coverage: coverageOf(row.members, story.n),
    measure: row.measure,
  };
}

/** Names each group after its first discrepancy, else after an amount its outlets state alike. */
export function nameGroups(groups: Group[], claims: Claim[][]) {
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
}

/** Conflicts first, then what most outlets carry, then story order. */
export function sortGroups(groups: Group[]) {
  const firstPos = (g: Group) => g.claims[0]!.article * 1e7 + g.claims[0]!.start;
  groups.sort(
    (a, b) =>
      b.discrepancies.length - a.discrepancies.length ||
      b.coverage.articles.length - a.coverage.articles.length ||
      firstPos(a) - firstPos(b),
  );
}

/** Adds where a discrepancy is shown to its signals, and its confidence (confidenceOf). */
export function weigh(d: Discrepancy, g: Group) {
  const signals = (d.basis ??= { signals: {} }).signals;
  signals.factRow = g.kind === "fact" ? 1 : 0;
  signals.outlets = Math.min(1, new Set(d.values.flatMap((v) => v.articles)).size / 5);
  signals.values = Math.min(1, d.values.length / 4);
  d.confidence = confidenceOf(signals);
  d.subject = subjectOf(d);
}

/**
 * The amounts of a sentence a row compares. A sentence that gives several scores ("stretched the lead to 50-44 …
 * to make it 54-46") does not say which of them another outlet's score is of: its scores are left to the fact slots.
 */
const rowQuantities = (c: Claim) =>
  severalTallies(c.quantities) ? c.quantities.filter((q) => !isTally(q)) : c.quantities;

/**
 * The discrepancies of one row. With `values: false` dates and amounts are left to the fact slots (facts.ts), which
 * compare them by holder and event across the whole story.
 */
function discrepanciesOf(members: Located[], label: Label, options = { values: true }): Discrepancy[] {
  const out: Discrepancy[] = [];
  if (options.values) {
    const date = dateConflict(members, label);
    if (date) out.push(date);
    out.push(...numberConflicts(members, label, rowQuantities));
  }
  out.push(...quoteConflicts(members, label));
  const entity = entityConflict(members, label) ?? closeNameConflict(members, label) ?? titleConflict(members, label);
  if (entity) out.push(entity);
  const home = homeConflict(members, label);
  if (home) out.push(home);
  const party = partyConflict(members, label);
  if (party) out.push(party);
  const kin = kinConflict(members, label) ?? relativeNameConflict(members, label);
  if (kin) out.push(kin);
  const nationality = nationalityConflict(members, label);
  if (nationality) out.push(nationality);
  const attribution = attributionConflict(members, label) ?? roleAttributionConflict(members, label);
  if (attribution) out.push(attribution);
  const contrast = contrastConflict(members, label);
  if (contrast) out.push(contrast);
  return out;
}
