import type { Claim } from "./extract";
import { type Located, dateConflict, eventDays, numberConflicts, type Discrepancy } from "./compare";
import { overlaps, sameMeasure, type Quantity } from "./quantity";
import { timesAgree, yearOf, type TimeFacet } from "./time";

/**
 * Fact rows: one fact stated in sentences that alignment put in different rows ("the blast killed at least 12
 * people" / "the death toll rose to 15" / "a dozen were left dead"). Without them the conflict never shows.
 * A row is made only where such a fact conflicts across rows; agreeing facts are already visible where they sit.
 */
export interface FactRow {
  kind: "date" | "number";
  members: Located[];
  discrepancies: Discrepancy[];
  measure: string;
}

interface Fact {
  at: Located;
  group: number;
  q?: Quantity;
  t?: TimeFacet;
}

function yearsOf(c: Claim): Set<string> {
  const ys = new Set<string>();
  for (const t of c.times) {
    const y = t.role === "event" && t.granularity !== "day" && t.granularity !== "weekday" ? yearOf(t) : null;
    if (y) ys.add(y);
  }
  return ys;
}

function sharedTerms(a: Claim, b: Claim): { all: number; plain: number } {
  const sb = new Set(b.terms);
  let all = 0;
  let plain = 0;
  for (const t of a.terms) {
    if (!sb.has(t) || t.startsWith("=")) continue;
    all++;
    if (!t.startsWith("#")) plain++;
  }
  return { all, plain };
}

function yearsCompatible(a: Claim, b: Claim, refYears: [string | null, string | null]): boolean {
  const ya = yearsOf(a);
  const yb = yearsOf(b);
  if (ya.size && yb.size) return [...ya].some((y) => yb.has(y));
  // A claim pinned to another year ("in 2004") is another event than one that names none.
  const [ra, rb] = refYears;
  if (ya.size) return !!rb && ya.has(rb);
  if (yb.size) return !!ra && yb.has(ra);
  return true;
}

export function findFactRows(groups: Located[][], refYear: (article: number) => string | null, label: (a: number) => string): FactRow[] {
  const numbers: Fact[] = [];
  const dates: Fact[] = [];
  groups.forEach((members, group) => {
    for (const at of members) {
      for (const q of at.claim.quantities) if (q.unit || q.event) numbers.push({ at, group, q });
      const days = eventDays(at.claim);
      if (days.length === 1) dates.push({ at, group, t: days[0]! });
    }
  });
  const rows: FactRow[] = [];

  const build = (facts: Fact[], kind: "date" | "number", compatible: (a: Fact, b: Fact) => boolean, conflicts: (a: Fact, b: Fact) => boolean) => {
    const parent = facts.map((_, i) => i);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
    const hasConflict = new Set<number>();
    const conflictPairs: Array<[number, number]> = [];
    for (let i = 0; i < facts.length; i++)
      for (let j = i + 1; j < facts.length; j++) {
        const a = facts[i]!;
        const b = facts[j]!;
        if (a.group === b.group || a.at.claim.key === b.at.claim.key || !compatible(a, b)) continue;
        parent[find(i)] = find(j);
        if (conflicts(a, b)) conflictPairs.push([i, j]);
      }
    for (const [i] of conflictPairs) hasConflict.add(find(i));
    const comps = new Map<number, Fact[]>();
    facts.forEach((f, i) => {
      const r = find(i);
      if (!hasConflict.has(r)) return;
      let c = comps.get(r);
      if (!c) comps.set(r, (c = []));
      c.push(f);
    });
    for (const comp of comps.values()) {
      const members: Located[] = [];
      for (const f of comp) if (!members.some((m) => m.claim.key === f.at.claim.key)) members.push(f.at);
      members.sort((x, y) => x.ref.article - y.ref.article || x.ref.claim - y.ref.claim);
      const keys = new Set(comp.map((f) => f.at.claim.key));
      const discrepancies =
        kind === "date"
          ? [dateConflict(members, label, (c) => comp.filter((f) => f.at.claim.key === c.key).map((f) => f.t!))].filter((d): d is Discrepancy => !!d)
          : numberConflicts(members, label, (c) => comp.filter((f) => f.at.claim.key === c.key).map((f) => f.q!));
      if (!discrepancies.length || keys.size < 2) continue;
      const measure = kind === "date" ? "date" : `${comp[0]!.q!.event}|${comp[0]!.q!.unit}`;
      rows.push({ kind, members, discrepancies, measure });
    }
  };

  build(
    numbers,
    "number",
    (a, b) => {
      if (!sameMeasure(a.q!, b.q!)) return false;
      if (!yearsCompatible(a.at.claim, b.at.claim, [refYear(a.at.ref.article), refYear(b.at.ref.article)])) return false;
      if (a.q!.event) return true; // casualty and damage counts of the story's event need no other shared word
      return sharedTerms(a.at.claim, b.at.claim).all >= 2;
    },
    (a, b) => !overlaps(a.q!, b.q!),
  );
  build(
    dates,
    "date",
    (a, b) => {
      if (timesAgree(a.t!, b.t!) === null) return false;
      const s = sharedTerms(a.at.claim, b.at.claim);
      return s.all >= 3 && s.plain >= 1 && s.all - s.plain >= 1;
    },
    (a, b) => timesAgree(a.t!, b.t!) === false,
  );
  return rows;
}
