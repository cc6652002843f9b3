import type { Claim } from "./extract";
import { type Located, dateConflict, numberConflicts, sameFact, type Discrepancy } from "./compare";
import type { TimeFacet } from "./time";
import { clauseSpan } from "./text";
import { isNamedHolder, sameHolder } from "./units";
import { isHuman } from "./quantity-nouns";
import { countedKind, countedKinds, genericOfOneEvent, isTally, overlaps, peopleOfOneEvent } from "./quantity";
import { eventKind } from "./quantity-nouns";
import { DisjointSets } from "./disjoint-sets";
import { dimensionOf, isDimension } from "./conversions";
import { eventWord, FACTS, isDay, predicateOf, type Fact, type Similarity } from "./fact-values";
import { bucketOf, factSides, oneRank, pairFacts, type Bucket } from "./fact-pairs";

/**
 * Fact slots: one fact (a measure of one holder in one event: Ortiz's points, the death toll, the day of the
 * signing) and every outlet's statement of it, wherever the sentences sit. Values are compared only inside a slot,
 * so "Ortiz had 12 points" is never compared with "Hale scored 13", nor a 1998 toll with today's.
 *
 * Values of one measure are paired best-first by how sure it is that they state the same fact (the same row, the
 * same named holder, the same event word, similar sentences), each outlet giving at most one value to a slot (an
 * outlet may contradict itself only about the same act, "signed on Monday" / "on Sunday signed"). A slot whose
 * values disagree is a discrepancy; it is shown on the sentence row that holds all its statements, else as a fact
 * row of the clauses that state it. A lone sentence whose fact belongs to a row is moved into that row.
 */
export interface FactRow {
  kind: "date" | "number";
  members: Located[];
  /** The clause of each member's sentence that states the fact (claim key → offsets in the article). */
  clauses: Map<string, { start: number; end: number; text: string }>;
  discrepancies: Discrepancy[];
  measure: string;
  /** The sentence row that holds every statement of this fact, or -1 when they sit in several rows. */
  row: number;
}

export interface FactResult {
  rows: FactRow[];
  /** Lone claims (a group of their own) moved into another group: claim key → target group index. */
  moves: Map<string, number>;
}

/** The event days of a claim that a slot can compare: resolved or weekday, not the day something was said. */
export function slotDays(c: Claim): TimeFacet[] {
  return c.times.filter(
    (t) =>
      t.role === "event" &&
      (t.granularity === "day" ||
        t.granularity === "weekday" ||
        ((t.granularity === "month" || t.granularity === "quarter" || t.granularity === "year") && t.resolved)),
  );
}

/**
 * The measure of amounts with no event, by their unit: one per dimension for units that convert ("n:|length"), one
 * per meaning for counted nouns ("n:|educatee,pupil,student": quantity.countedKind). A dimension's name is its own
 * measure: analyze.ts reads stored measure keys ("n:|duration") through this too.
 */
export const unitMeasure = (unit: string): string =>
  `n:|${dimensionOf(unit) ?? (isDimension(unit) ? unit : countedKind(unit))}`;

/** The facts of each measure, by its key ("n:dead", "n:|usd", "d:" dates, "k:" times of day), row by row. */
function factBuckets(groups: Located[][], left: (at: Located, measure: string) => boolean): Map<string, Fact[]> {
  const buckets = new Map<string, Fact[]>();
  const add = (key: string, f: Fact) => {
    if (left(f.at, key)) return;
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = []));
    b.push(f);
  };
  const ofs: Fact[] = [];
  groups.forEach((members, group) => {
    for (const at of members) {
      for (const q of at.claim.quantities) {
        // A graded harm ("seriously injured") is weighed with the ungraded (quantity.ts sameMeasure).
        if (q.event) add(`n:${eventKind(q.event)}`, { at, group, q });
        else if (q.unit) add(unitMeasure(q.unit), { at, group, q });
        if (!q.event && q.of) ofs.push({ at, group, q });
      }
      const days = slotDays(at.claim);
      for (const t of days) {
        // Dates of every act share one bucket; which two date the same act is decided pair by pair (sameAct).
        if (predicateOf(at.claim, t) || eventWord(at.claim, t)) add("d:", { at, group, t });
      }
      // Times of day likewise, in a bucket of their own: a day and a time of one act are not two values of it.
      for (const t of at.claim.times)
        if (t.granularity === "clock" && t.role === "event" && (predicateOf(at.claim, t) || eventWord(at.claim, t)))
          add("k:", { at, group, t });
    }
  });
  // "A record of 1,904 points" is also a record: it joins the records when another statement counts one ("his record
  // of 1,894"). Not otherwise, so that "on behalf of 1.6 million women" stays a count of women only.
  for (const f of ofs) if (buckets.has(`n:|${f.q!.of}`)) add(`n:|${f.q!.of}`, f);
  return joinSynonymBuckets(buckets, groups);
}

/**
 * Buckets of counted nouns that count one thing join (quantity.sameCountedThing): "300 protesters" and "250
 * demonstrators" are two outlets' counts of one crowd, though the first senses of their nouns differ. The joined
 * bucket takes the first key, and its facts keep the order of the rows.
 */
function joinSynonymBuckets(buckets: Map<string, Fact[]>, groups: Located[][]): Map<string, Fact[]> {
  const counted = [...buckets.keys()].filter((k) => k.startsWith("n:|")).sort();
  if (counted.length < 2) return buckets;
  const sets = new DisjointSets(counted.length);
  const byKind = new Map<number, number>();
  // Counts of all the people there and of a kind of person ("100 people gathered" / "300 mourners attended") meet in
  // one bucket, where only one row's counts compare (fact-pairs.ts onePeopleCount).
  // Without a count of people, counts of kinds of person meet all the same ("eight prisoners escaped" / "12 inmates
  // escaped": an inmate is a prisoner), at the first such bucket.
  const people = counted.indexOf(unitMeasure("people"));
  let human = people;
  counted.forEach((key, i) => {
    if (buckets.get(key)!.some((f) => isHuman(f.q!.unit))) {
      if (human < 0) human = i;
      const [a, b] = [sets.find(human), sets.find(i)];
      if (a !== b) sets.join(a, b);
    }
    for (const unit of new Set(buckets.get(key)!.map((f) => f.q!.unit)))
      for (const id of countedKinds(unit)) {
        const other = byKind.get(id);
        if (other === undefined) byKind.set(id, i);
        else {
          const [a, b] = [sets.find(other), sets.find(i)];
          if (a !== b) sets.join(a, b);
        }
      }
  });
  for (const component of sets.components()) {
    if (component.length < 2) continue;
    const keys = component.map((i) => counted[i]!).sort();
    const facts = keys.flatMap((k) => buckets.get(k)!);
    // The rows' order, then each row's members' (a bucket is filled row by row, member by member), then each
    // member's own order of amounts.
    const order = new Map(facts.map((f, i) => [f, i]));
    const member = new Map(facts.map((f) => [f, groups[f.group]!.indexOf(f.at)]));
    facts.sort((x, y) => x.group - y.group || member.get(x)! - member.get(y)! || order.get(x)! - order.get(y)!);
    for (const k of keys) buckets.delete(k);
    buckets.set(keys[0]!, facts);
  }
  return buckets;
}

/**
 * The statements of a row from the sentences that make them, one per sentence key (the last given), in article and
 * sentence order: what quote and charge rows show.
 */
export const rowMembers = (ats: Located[]): Located[] =>
  [...new Map(ats.map((at) => [at.claim.key, at])).values()].sort(
    (x, y) => x.ref.article - y.ref.article || x.ref.claim - y.ref.claim,
  );

/** A sentence shown whole as the part of it a row holds. */
export const wholeSentence = (c: Claim) => ({ start: c.start, end: c.end, text: c.text });

/**
 * A measure that only one outlet states has nothing to compare, but one outlet's two days for one act do, and its
 * two ranks of one person (fact-pairs.oneRank).
 */
const nothingToCompare = (key: string, facts: Fact[]) =>
  new Set(facts.map((f) => f.at.ref.article)).size < 2 &&
  !key.startsWith("d:") &&
  !facts.some((f) => f.q?.ordinal && isNamedHolder(f.q.holder));

/** Where a slot's row goes: the sentence rows of the story, and what decides whether a lone sentence moves. */
interface Placing {
  groups: Located[][];
  sim: Similarity;
  alone: (at: Located) => boolean;
  /** Filled in: lone claims moved into another group (claim key → target group index). */
  moves: Map<string, number>;
}

/** `alone`: claims an editor split off, never moved into a row (their conflict gets a fact row instead). */
export function findFactRows(
  groups: Located[][],
  sim: Similarity,
  refDate: (article: number) => string | null,
  label: (a: number) => string,
  alone: (at: Located) => boolean = () => false,
  /** Statements an editor took out of the facts of a measure (GroupOverride "leave"): never compared for it. */
  left: (at: Located, measure: string) => boolean = () => false,
): FactResult {
  const sides = factSides(sim, refDate, groups);
  const rows: FactRow[] = [];
  const placing: Placing = { groups, sim, alone, moves: new Map() };
  for (const [key, facts] of [...factBuckets(groups, left)].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (nothingToCompare(key, facts)) continue;
    const bucket = bucketOf(key, facts);
    for (const { component, weakest } of joinFacts(bucket, pairFacts(bucket, sides))) {
      const slot = slotOf(bucket, component, weakest, label);
      const row = slot && placeSlot(slot, bucket, placing);
      if (row) rows.push(row);
    }
  }
  return { rows, moves: placing.moves };
}

/** One outlet, two days for the same act or two ranks of one person: the self-contradiction a reader must see. */
const selfContradiction = (a: Fact, b: Fact) =>
  a.at.ref.article === b.at.ref.article && (a.t ? isDay(a.t) && isDay(b.t!) : oneRank(a, b));

/**
 * Joins a bucket's pairs best-first into slots, each outlet giving at most one value to a slot. Returns each slot's
 * facts with the weakest link that joined them: how sure the analysis is that all its values state one fact.
 */
function joinFacts(
  bucket: Bucket,
  pairs: Array<[number, number, number]>,
): Array<{ component: number[]; weakest: number }> {
  const { facts } = bucket;
  const sets = new DisjointSets(facts.length);
  const articles = facts.map((f) => new Set([f.at.ref.article]));
  // A score is the game's, whoever its sentence is about ("Pardo … allowed Wexford to open a 45-36 lead").
  const holders = facts.map(
    (f) => new Set([f.q && isTally(f.q) ? "" : ((f.q ?? f.t)!.holder ?? "")].filter(isNamedHolder)),
  );
  const weakest = facts.map(() => Infinity);
  const members = facts.map((_, i) => [i]);
  for (const [score, i, j] of pairs) {
    const a = sets.find(i);
    const b = sets.find(j);
    if (a === b) continue;
    // The smaller component joins the larger (which is root does not matter to the result): a measure stated
    // hundreds of times builds components of hundreds of articles.
    const [big, small] = articles[a]!.size >= articles[b]!.size ? [a, b] : [b, a];
    let clash = false;
    for (const x of articles[small]!) if ((clash = articles[big]!.has(x))) break;
    const bothLone = articles[a]!.size === 1 && articles[b]!.size === 1;
    if (
      clash &&
      !(selfContradiction(facts[i]!, facts[j]!) && bothLone) &&
      !restates(facts, members[big]!, members[small]!)
    )
      continue;
    // A slot is about one holder: two named holders that differ never join through a third without a name.
    if ([...holders[small]!].some((h) => [...holders[big]!].some((k) => !sameHolder(h, k)))) continue;
    sets.join(big, small);
    for (const x of articles[small]!) articles[big]!.add(x);
    for (const h of holders[small]!) holders[big]!.add(h);
    weakest[big] = Math.min(weakest[big]!, weakest[small]!, score);
    members[big]!.push(...members[small]!);
  }
  return sets.components().map((component) => ({ component, weakest: weakest[sets.find(component[0]!)]! }));
}

/**
 * Whether two components that share outlets only repeat those outlets' values: an outlet that states a fact twice
 * (its headline and its lead, "Five dead" / "killing at least five people") gives both statements to the slot, so
 * each sits beside what the others say. Two different values of one outlet never join (only `selfContradiction`).
 */
function restates(facts: Fact[], big: number[], small: number[]): boolean {
  for (const i of small)
    for (const j of big) {
      const [a, b] = [facts[i]!, facts[j]!];
      if (a.at.ref.article !== b.at.ref.article) continue;
      if (a.at.claim.key === b.at.claim.key) return false;
      if (a.t ? a.t.value !== b.t?.value : !b.q || !overlaps(a.q!, b.q)) return false;
    }
  return true;
}

/** One fact and every outlet's statement of it, with what they disagree about. */
interface Slot {
  facts: Fact[];
  members: Located[];
  clauses: FactRow["clauses"];
  discrepancies: Discrepancy[];
}

/** The slot of a component of a bucket's facts, or undefined when a single claim states them all. */
function slotOf(bucket: Bucket, component: number[], weakest: number, label: (a: number) => string): Slot | undefined {
  const { isDate } = bucket;
  const facts = component.map((i) => bucket.facts[i]!);
  const byClaim = new Map<string, Fact[]>();
  for (const f of facts) byClaim.set(f.at.claim.key, [...(byClaim.get(f.at.claim.key) ?? []), f]);
  const members = [...byClaim.values()]
    .map((fs) => fs[0]!.at)
    .sort((x, y) => x.ref.article - y.ref.article || x.ref.claim - y.ref.claim);
  if (members.length < 2) return undefined;
  const pick = (c: Claim) => byClaim.get(c.key) ?? [];
  const discrepancies = isDate
    ? [dateConflict(members, label, (c) => pick(c).map((f) => f.t!))].filter((d): d is Discrepancy => !!d)
    : numberConflicts(
        members,
        label,
        (c) => pick(c).map((f) => f.q!),
        // The slot joined its counts of one event's people whatever nouns count them (fact-pairs.ts).
        (a, b) => sameFact(a, b) || peopleOfOneEvent(a, b) || genericOfOneEvent(a, b),
      );
  const ambiguous = component.some((i) => bucket.ambiguity[i]! > 1) ? 1 : 0;
  for (const d of discrepancies)
    Object.assign((d.basis ??= { signals: {} }).signals, {
      ambiguous,
      similarity: Math.min(1, Number.isFinite(weakest) ? weakest : 1),
    });
  // One outlet contradicting itself is shown in its whole sentences: two clauses of one column out of their
  // sentences would not show where the article says each.
  const oneArticle = members.every((m) => m.ref.article === members[0]!.ref.article);
  const clauses = new Map(
    facts.map((f) => {
      const c = f.at.claim;
      const v = f.q ?? f.t!;
      return [c.key, oneArticle ? wholeSentence(c) : clauseAround(c, v.start, v.end)];
    }),
  );
  return { facts, members, clauses, discrepancies };
}

/**
 * The row a slot is shown in: the sentence row holding all its statements, the row its lone sentences move into, or
 * a fact row of its own (-1). Undefined when the slot needs no row.
 */
function placeSlot(slot: Slot, bucket: Bucket, placing: Placing): FactRow | undefined {
  const { members, clauses, discrepancies } = slot;
  const at = (row: number): FactRow => ({
    kind: bucket.isDate ? "date" : "number",
    members,
    clauses,
    discrepancies,
    measure: bucket.key,
    row,
  });
  const groupsIn = new Set(slot.facts.map((f) => f.group));
  if (!discrepancies.length) {
    // Outlets agreeing on a value their sentences state among other things ("at a depth of 10 kilometres"):
    // a row of the clauses that state it shows where they agree, which the sentence rows do not.
    const articlesIn = new Set(members.map((m) => m.ref.article));
    return FACTS.agreeingRows && groupsIn.size > 1 && articlesIn.size > 1 ? at(-1) : undefined;
  }
  if (groupsIn.size === 1) return at([...groupsIn][0]!);
  const target = moveTarget(slot, groupsIn, placing);
  if (target === undefined) return at(-1);
  for (const f of slot.facts) if (f.group !== target) placing.moves.set(f.at.claim.key, target);
  return at(target);
}

/**
 * If all but lone sentences sit in one group, the lone ones move there instead of adding a row, when each lone
 * sentence is about what that row says; a sentence carrying other facts keeps its own row.
 */
function moveTarget(slot: Slot, groupsIn: Set<number>, placing: Placing): number | undefined {
  const { groups, sim, alone } = placing;
  const multi = [...groupsIn].filter((g) => groups[g]!.length > 1);
  if (multi.length !== 1) return undefined;
  const target = groups[multi[0]!]!;
  const lone = slot.facts.filter((f) => f.group !== multi[0]);
  const near = (f: Fact) =>
    !alone(f.at) && Math.max(...target.map((m) => sim(f.at.ref, m.ref))) >= FACTS.moveSimilarity;
  return lone.every(near) ? multi[0] : undefined;
}

/**
 * The clause of a claim that holds the span [start, end) (see `clauseSpan`). A fact row shows this clause, so
 * "killing at least five people" is not read as a disagreement about everything else the sentence says.
 */
export function clauseAround(c: Claim, start: number, end: number): { start: number; end: number; text: string } {
  const [a, b] = clauseSpan(c.text, start - c.start, end - c.start);
  return { start: c.start + a, end: c.start + b, text: c.text.slice(a, b) };
}
