import { diffWords } from "diff";
import type { Claim } from "./extract";
import type { ClaimRef } from "./align";
import { overlaps, sameMeasure, type Quantity } from "./quantity";
import { timesAgree, type TimeFacet } from "./time";
import { sameEntity } from "./entities";
import { contentWords, normalize, words } from "./text";

export type DiscrepancyKind = "date" | "number" | "entity" | "quote" | "attribution";

export interface ValueMention {
  value: string;
  articles: number[];
  /** The claims that state this value. */
  claims: string[];
}

export interface Discrepancy {
  kind: DiscrepancyKind;
  detail: string;
  /** The split, one entry per distinct value: "Saturday" [0, 1], "Sunday" [2], "Monday" [3]. */
  values: ValueMention[];
  /** Word-level diff for quote wording: [op, text] with op -1 (only in the first), 0 (both), 1 (only in the second). */
  diff?: Array<[number, string]>;
}

export interface Located {
  ref: ClaimRef;
  claim: Claim;
}

type Label = (article: number) => string;

/** The times that date the event itself, at day precision (reporting times such as "said on Tuesday" left out). */
export function eventDays(c: Claim): TimeFacet[] {
  return c.times.filter((t) => t.role === "event" && (t.granularity === "day" || t.granularity === "weekday"));
}

function splitOf<T>(items: Array<{ item: T; at: Located }>, valueOf: (x: T) => string): ValueMention[] {
  const byValue = new Map<string, ValueMention>();
  for (const { item, at } of items) {
    const v = valueOf(item);
    let m = byValue.get(v);
    if (!m) byValue.set(v, (m = { value: v, articles: [], claims: [] }));
    if (!m.articles.includes(at.ref.article)) m.articles.push(at.ref.article);
    if (!m.claims.includes(at.claim.key)) m.claims.push(at.claim.key);
  }
  return [...byValue.values()];
}

function describe(values: ValueMention[], label: Label): string {
  return values.map((v) => `${v.value} (${v.articles.map(label).join(", ")})`).join(" vs ");
}

function dayName(t: TimeFacet): string {
  if (t.granularity === "weekday") return t.value;
  const d = new Date(t.value + "T00:00:00Z");
  if (Number.isNaN(d.getTime())) return t.value;
  return `${d.toLocaleDateString("en-GB", { weekday: "long", timeZone: "UTC" })} ${t.value}`;
}

/** Date conflicts: the event days of the claims, where two cannot be the same day. */
export function dateConflict(members: Located[], label: Label, pick: (c: Claim) => TimeFacet[] = eventDays): Discrepancy | null {
  const items = members.flatMap((at) => {
    const days = pick(at.claim);
    // A claim naming several days is a sequence of events; it cannot tell which one the others date.
    return days.length === 1 ? [{ item: days[0]!, at }] : [];
  });
  let conflict = false;
  for (let i = 0; i < items.length && !conflict; i++)
    for (let j = i + 1; j < items.length; j++) if (timesAgree(items[i]!.item, items[j]!.item) === false) conflict = true;
  if (!conflict) return null;
  const values = splitOf(items, dayName);
  return { kind: "date", detail: `dated ${describe(values, label)}`, values };
}

/** Number conflicts: quantities of the same measure whose intervals do not overlap. */
export function numberConflicts(members: Located[], label: Label, pick: (c: Claim) => Quantity[] = (c) => c.quantities): Discrepancy[] {
  const items = members.flatMap((at) => pick(at.claim).map((q) => ({ item: q, at })));
  const out: Discrepancy[] = [];
  const done = new Set<number>();
  for (let i = 0; i < items.length; i++) {
    if (done.has(i)) continue;
    const a = items[i]!;
    const same = items
      .map((b, j) => ({ b, j }))
      .filter(({ b, j }) => j === i || (b.at.claim.key !== a.at.claim.key && sameMeasure(a.item, b.item)));
    if (!same.some(({ b }) => !overlaps(a.item, b.item))) continue;
    for (const { j } of same) done.add(j);
    const values = splitOf(
      same.map(({ b }) => b),
      (q) => q.text + (q.unit && !q.text.toLowerCase().includes(q.unit) ? ` ${q.unit}` : ""),
    );
    if (values.length < 2) continue;
    const what = a.item.event ? `${a.item.event}${a.item.unit ? ` (${a.item.unit})` : ""}` : a.item.unit;
    out.push({ kind: "number", detail: `${what}: ${describe(values, label)}`, values });
  }
  return out;
}

/** Quote wording: near-identical quotes whose words differ. An excerpt of a longer quote is not a conflict. */
export function quoteConflicts(members: Located[], label: Label): Discrepancy[] {
  const out: Discrepancy[] = [];
  // Each quote's normalised form and content words are computed once; pairs within one article are skipped.
  const quotes = members.flatMap((at) =>
    at.claim.quotes
      .filter((q) => words(q.text).length >= 4)
      .map((q) => ({ q, at, norm: normalize(q.text), content: new Set(contentWords(q.text)) })),
  );
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      const a = quotes[i]!;
      const b = quotes[j]!;
      if (a.at.ref.article === b.at.ref.article) continue;
      if (a.norm === b.norm || a.norm.includes(b.norm) || b.norm.includes(a.norm)) continue;
      const wa = a.content;
      const wb = b.content;
      let shared = 0;
      for (const w of wb) if (wa.has(w)) shared++;
      if (wa.size < 2 || wb.size < 2 || (2 * shared) / (wa.size + wb.size) < 0.5) continue;
      const diff = diffWords(a.q.text, b.q.text).map((p) => [p.added ? 1 : p.removed ? -1 : 0, p.value] as [number, string]);
      const values = splitOf(
        [
          { item: a.q.text, at: a.at },
          { item: b.q.text, at: b.at },
        ],
        (x) => `“${x}”`,
      );
      out.push({ kind: "quote", detail: `quoted differently: ${describe(values, label)}`, values, diff });
    }
  }
  return out;
}

/** The same claim credited to different named people. */
export function attributionConflict(members: Located[], label: Label): Discrepancy | null {
  const items = members.flatMap((at) => {
    const s = at.claim.attribution.speaker;
    return s?.named && s.key && at.claim.entities.some((e) => e.key === s.key && e.type === "person") ? [{ item: s, at }] : [];
  });
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.at.ref.article !== b.at.ref.article && !sameEntity(a.item.key!, b.item.key!)) {
        const values = splitOf(items, (s) => s.text);
        return { kind: "attribution", detail: `credited to ${describe(values, label)}`, values };
      }
    }
  return null;
}

export function discrepanciesOf(members: Located[], label: Label): Discrepancy[] {
  const out: Discrepancy[] = [];
  const date = dateConflict(members, label);
  if (date) out.push(date);
  out.push(...numberConflicts(members, label));
  out.push(...quoteConflicts(members, label));
  const attribution = attributionConflict(members, label);
  if (attribution) out.push(attribution);
  return out;
}
