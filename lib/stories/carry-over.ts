/**
 * Group ids across re-analysis. A permalink names a group; when a new article arrives the story is re-analysed and
 * the groups are rebuilt, so each new group takes the id of the old group whose claims it carries, and an old group
 * whose claims now sit in another group redirects there.
 */
export interface GroupMembers {
  id: string;
  claims: string[];
  /** A fact row: it repeats claims that have a row of their own, where a vanished row's claims are looked for first. */
  repeats?: boolean;
}

export interface CarryOver {
  /** New group index → the id it is stored under. */
  ids: string[];
  /** Old ids that no longer name a group → the id of the group holding most of their claims (null: none does). */
  merged: Map<string, string | null>;
}

/**
 * `pins`: new group index → the id it must have, whatever its claims say. An editor's merge keeps the id of the row
 * merged into, a split claim keeps the row it was given; pins win over everything else, and an old id a pin uses is
 * taken by it. Pinned ids must differ from one another.
 */
export function carryOver(
  previous: GroupMembers[],
  next: GroupMembers[],
  pins: ReadonlyMap<number, string> = new Map(),
): CarryOver {
  const oldOfClaim = new Map<string, string[]>();
  for (const g of previous) for (const c of g.claims) oldOfClaim.set(c, [...(oldOfClaim.get(c) ?? []), g.id]);
  const oldIds = new Set(previous.map((g) => g.id));
  const taken = new Set<string>();
  const ids: string[] = new Array(next.length);
  for (const [n, id] of pins) {
    ids[n] = id;
    taken.add(id);
  }

  // Candidates: (new group, old group, shared claims). The analysis names a group after its first claim, so its own
  // id wins when that old group still exists; otherwise the old group sharing the most claims does.
  const pairs: Array<{ n: number; old: string; shared: number; own: boolean }> = [];
  next.forEach((g, n) => {
    const shared = new Map<string, number>();
    for (const c of g.claims) for (const o of oldOfClaim.get(c) ?? []) shared.set(o, (shared.get(o) ?? 0) + 1);
    for (const [old, k] of shared) pairs.push({ n, old, shared: k, own: old === g.id });
  });
  pairs.sort((a, b) => Number(b.own) - Number(a.own) || b.shared - a.shared || a.n - b.n || (a.old < b.old ? -1 : 1));
  for (const p of pairs) {
    if (ids[p.n] !== undefined || taken.has(p.old)) continue;
    ids[p.n] = p.old;
    taken.add(p.old);
  }
  next.forEach((g, n) => {
    if (ids[n] !== undefined) return;
    // A brand-new group. Its analysis id is free unless an old group of other claims used it: that permalink must
    // keep pointing at those claims (by redirect), not at new content.
    let id = g.id;
    for (let k = 2; taken.has(id) || oldIds.has(id); k++) id = `${g.id}-${k}`;
    ids[n] = id;
    taken.add(id);
  });

  // Each claim's new row: its own row when it has one, not a fact row that repeats it.
  const newOfClaim = new Map<string, string>();
  next.forEach((g, n) => g.claims.forEach((c) => newOfClaim.set(c, ids[n]!)));
  next.forEach((g, n) => {
    if (!g.repeats) for (const c of g.claims) newOfClaim.set(c, ids[n]!);
  });
  const merged = new Map<string, string | null>();
  for (const g of previous) {
    if (taken.has(g.id)) continue;
    const votes = new Map<string, number>();
    for (const c of g.claims) {
      const to = newOfClaim.get(c);
      if (to) votes.set(to, (votes.get(to) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    merged.set(g.id, best ? best[0] : null);
  }
  return { ids, merged };
}

/** A claim of one article: its key (a hash of its normalised text and start) and its span in the article's text. */
export interface ClaimSpan {
  key: string;
  start: number;
  end: number;
}

export interface ClaimIds {
  /** New claim key → the claim id it is stored under. */
  ids: Map<string, string>;
  /** Ids of old claims no new claim carries: their rows lose them, and a grouping decision naming one no longer applies. */
  lost: string[];
}

/**
 * Claim ids across a re-extraction of one article (decision 016). Editors' merges and splits name claims by id, so a
 * new extraction's claim keeps the id of the old claim it is: the one of the same key (same text, same place), else
 * the old claim its span overlaps most (a sentence split or trimmed another way), one new claim per old one. A claim
 * that overlaps none is new (`fresh()`). `oldIds` names the old claims' ids by key.
 */
export function carryClaimIds(
  before: ClaimSpan[],
  oldIds: ReadonlyMap<string, string>,
  after: ClaimSpan[],
  fresh: () => string,
): ClaimIds {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const keys = new Set(before.map((b) => b.key));
  for (const c of after) {
    const id = oldIds.get(c.key);
    if (id !== undefined && keys.has(c.key)) {
      ids.set(c.key, id);
      used.add(c.key);
    }
  }
  // The rest pair by overlap, largest first; ties go to the earlier claims. An extraction's claims are disjoint
  // spans, so a sweep in text order finds the overlapping pairs without trying every pair (a thousand claims each).
  const olds = before.filter((b) => !used.has(b.key) && oldIds.has(b.key)).sort((a, b) => a.start - b.start);
  const news = after.filter((c) => !ids.has(c.key)).sort((a, b) => a.start - b.start);
  const pairs: Array<{ c: ClaimSpan; b: ClaimSpan; overlap: number }> = [];
  let from = 0;
  for (const c of news) {
    while (from < olds.length && olds[from]!.end <= c.start) from++;
    for (let o = from; o < olds.length && olds[o]!.start < c.end; o++) {
      const b = olds[o]!;
      const overlap = Math.min(c.end, b.end) - Math.max(c.start, b.start);
      if (overlap > 0) pairs.push({ c, b, overlap });
    }
  }
  pairs.sort((x, y) => y.overlap - x.overlap || x.c.start - y.c.start || x.b.start - y.b.start);
  for (const { c, b } of pairs) {
    if (ids.has(c.key) || used.has(b.key)) continue;
    ids.set(c.key, oldIds.get(b.key)!);
    used.add(b.key);
  }
  for (const c of after) if (!ids.has(c.key)) ids.set(c.key, fresh());
  const lost = before.filter((b) => !used.has(b.key)).flatMap((b) => oldIds.get(b.key) ?? []);
  return { ids, lost };
}
