import { PRECEDENT } from "./terms";
import type { Claim } from "./extract";
import type { ClaimRef } from "./align";
import { convertible, dimensionOf } from "./conversions";
import { isCurrency, isTally, overlaps, roundFigure, sameMeasure, type Quantity } from "./quantity";
import { isHuman } from "./quantity-nouns";
import { byWeekdayOnly, timesAgree, type TimeFacet } from "./time";
import { words } from "./text";
import { matchQuotes, quoteDiff, quoteWords, QUOTES } from "./quotes";
import type { Quote } from "./attribution";
import { isNamedHolder, sameHolder, unitOfValue } from "./units";

import type { DiscrepancyKind, FlagSignal } from "./kinds";
import { boundedMemo } from "./memo";

export type { DiscrepancyKind, FlagSignal };

export interface ValueMention {
  value: string;
  articles: number[];
  /** The claims that state this value. */
  claims: string[];
  /** Where each claim states it: article offsets of the written expression, for highlighting. */
  spans: Array<{ article: number; claim: string; start: number; end: number }>;
}

export interface DiscrepancyBasis {
  /** Who or what the values are about, as an article writes it ("Ana Ortiz", "the quake"). */
  holder?: string;
  /** The event the values date or count, as a lemma ("visit", "dead", "score"). */
  event?: string;
  /** What is measured ("point", "usd", "magnitude"). */
  measure?: string;
  signals: Partial<Record<FlagSignal, number>>;
}

export interface Discrepancy {
  kind: DiscrepancyKind;
  detail: string;
  /** The split, one entry per distinct value: "Saturday" [0, 1], "Sunday" [2], "Monday" [3]. */
  values: ValueMention[];
  /** Word-level diff for quote wording: [op, text] with op -1 (only in the first), 0 (both), 1 (only in the second). */
  diff?: Array<[number, string]>;
  /** What the values are about and the evidence the flag rests on. */
  basis?: DiscrepancyBasis;
  /** How sure the analysis is that these values state one fact and disagree, 0..1 (model/flag.ts). */
  confidence?: number;
  /** A short headline of what the outlets disagree about: "Date of the visit (Amir Hatami)". */
  subject?: string;
}

export interface Located {
  ref: ClaimRef;
  claim: Claim;
}

export type Label = (article: number) => string;

/** The times that date the event itself, at day precision (reporting times such as "said on Tuesday" left out). */
export function eventDays(c: Claim): TimeFacet[] {
  return c.times.filter((t) => t.role === "event" && (t.granularity === "day" || t.granularity === "weekday"));
}

export interface Item<T> {
  item: T;
  at: Located;
}

/** Items with equal values collapse into one class, so comparing a row of 150 outlets costs its distinct values. */
export function distinct<T>(items: Array<Item<T>>, keyOf: (x: T) => string): Array<{ rep: T; items: Array<Item<T>> }> {
  const by = new Map<string, { rep: T; items: Array<Item<T>> }>();
  for (const it of items) {
    const k = keyOf(it.item);
    let c = by.get(k);
    if (!c) by.set(k, (c = { rep: it.item, items: [] }));
    c.items.push(it);
  }
  return [...by.values()];
}

interface Spanned {
  start?: number;
  end?: number;
}

/**
 * The split of items by value. With `keyOf`, items of one key are one value, shown as the first article writes it,
 * though in lower case where any writes it so ("Four people" opens a sentence, "four people" does not).
 */
export function splitOf<T>(items: Array<Item<T>>, valueOf: (x: T) => string, keyOf?: (x: T) => string): ValueMention[] {
  const byValue = new Map<
    string,
    { value: string; articles: Set<number>; claims: Set<string>; spans: ValueMention["spans"] }
  >();
  for (const { item, at } of items) {
    const v = valueOf(item);
    const key = keyOf ? keyOf(item) : v;
    let m = byValue.get(key);
    if (!m) byValue.set(key, (m = { value: v, articles: new Set(), claims: new Set(), spans: [] }));
    else if (/^\p{Lu}/u.test(m.value) && /^\P{Lu}/u.test(v)) m.value = v;
    m.articles.add(at.ref.article);
    m.claims.add(at.claim.key);
    const { start, end } = item as Spanned;
    if (
      start !== undefined &&
      end !== undefined &&
      !m.spans.some((x) => x.article === at.ref.article && x.start === start)
    )
      m.spans.push({ article: at.ref.article, claim: at.claim.key, start, end });
  }
  return [...byValue.values()].map((m) => ({
    value: m.value,
    articles: [...m.articles],
    claims: [...m.claims],
    spans: m.spans,
  }));
}

export function describe(values: ValueMention[], label: Label): string {
  return values.map((v) => `${v.value} (${v.articles.map(label).join(", ")})`).join(" vs ");
}

function dayName(t: TimeFacet): string {
  if (t.granularity === "weekday") return t.value;
  // A year read from an age (ages.ts): the age as written, and the years it gives ("59 (born 1964 or 1965)").
  if (t.fromAge) return `${t.text} (${t.event === "bear" ? "born" : "built"} ${Number(t.value) - 1} or ${t.value})`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t.value)) return t.text;
  return isoDayName(t.value);
}
/** An ISO date's name with its weekday ("Sunday 2018-08-26"): Intl is slow, and a wide story splits many dates. */
const isoDayName = boundedMemo((iso) => {
  const d = new Date(iso + "T00:00:00Z");
  return Number.isNaN(d.getTime())
    ? iso
    : `${d.toLocaleDateString("en-GB", { weekday: "long", timeZone: "UTC" })} ${iso}`;
}, 10_000);

/** Whether two classes hold statements by different claims (one sentence cannot disagree with itself). */
const fromDifferentClaims = <T>(a: Array<Item<T>>, b: Array<Item<T>>) =>
  a.length > 1 || b.length > 1 || a[0]!.at.claim.key !== b[0]!.at.claim.key;

/** Date conflicts: the event days of the claims, where two cannot be the same day. */
export function dateConflict(
  members: Located[],
  label: Label,
  pick: (c: Claim) => TimeFacet[] = eventDays,
): Discrepancy | null {
  const items = members.flatMap((at) => {
    const days = pick(at.claim);
    // A claim naming several days is a sequence of events; it cannot tell which one the others date.
    return days.length === 1 ? [{ item: days[0]!, at }] : [];
  });
  const ordinals = new Map(items.map(({ item, at }) => [item, subjectOrdinal(at, item)]));
  const classes = distinct(items, (t) => `${t.granularity}|${t.value}|${t.holder ?? ""}|${ordinals.get(t) ?? ""}`);
  const conflict = classes.some((a, i) =>
    classes.some(
      (b, j) =>
        j > i &&
        timesAgree(a.rep, b.rep) === false &&
        sameHolder(a.rep.holder, b.rep.holder) &&
        oneInSequence(ordinals.get(a.rep)!, ordinals.get(b.rep)!),
    ),
  );
  if (!conflict) return null;
  const times = items.map((x) => x.item);
  const clock = times.every((t) => t.granularity === "clock");
  // One value per time of day, however it is qualified: "at 9:15 p.m." and "at about 9:15 p.m." are one.
  const values = splitOf(items, dayName, clock ? (t) => `${t.value}|${t.zone ?? ""}` : undefined);
  // Dates written alike that the reading resolved apart ("by the end of September", read as this year's in one
  // article and last year's in another, by the tense each was found in) differ only by the reading's guess.
  if (values.length < 2) return null;
  // A year read from an age dates a birth or a building whatever verb its clause has ("the 86-year-old structure was
  // without power"): the row is named after a written date's act where there is one.
  const rep = items.find((x) => !x.item.fromAge) ?? items[0]!;
  return {
    kind: "date",
    detail: `${clock ? "timed" : "dated"} ${describe(values, label)}`,
    values,
    basis: {
      ...holderOf(rep.at, rep.item),
      // The act a date dates when its clause's verb only schedules it ("Sentencing was set for September 18").
      event: (!rep.item.fromAge && rep.item.event) || eventOf(rep.at, rep.item),
      ...(clock && { measure: "time" }),
      // "The worst spill since 1999": the year of the last one as bad.
      ...(rep.item.predicate === PRECEDENT && { measure: "precedent" }),
      signals: {
        date: 1,
        weekdayOnly: times.some((t) => t.granularity === "weekday" || byWeekdayOnly(t)) ? 1 : 0,
        deictic: times.some((t) => DEICTIC_DAY.test(t.text)) ? 1 : 0,
        coarse: times.some((t) => ["month", "quarter", "year"].includes(t.granularity)) ? 1 : 0,
        named: times.every((t) => isNamedHolder(t.holder)) ? 1 : 0,
        self: new Set(items.map((x) => x.at.ref.article)).size === 1 ? 1 : 0,
      },
    },
  };
}

/** Days named relative to the article's own date. */
export const DEICTIC_DAY = /\b(?:yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))\b/i;

/** The holder a value's clause is about, as the article writes it. */
function holderOf(at: Located, v: { fact?: number; unit?: string; holder?: string }): { holder?: string } {
  // An age is its own holder's, whoever its clause is about ("The victim was identified as 27-year-old Laura Diaz").
  if (v.unit === "age" && isNamedHolder(v.holder)) {
    const named = at.claim.entities.find((e) => sameHolder(e.key, v.holder));
    if (named) return { holder: named.text };
  }
  const u = unitOfValue(at.claim, v);
  return u?.holderText && isNamedHolder(u.holder) ? { holder: u.holderText } : {};
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const ORDINAL = new RegExp(`\\b(?:(${ORDINALS.join("|")})|(\\d+)(?:st|nd|rd|th))\\b`, "i");
/**
 * Which of a sequence the subject of a value's clause is ("the second round of talks": 2), or null: "the first round"
 * and "a second round" are two occasions, whatever else their sentences share.
 */
function subjectOrdinal(at: Located, v: { fact?: number }): number | null {
  const u = unitOfValue(at.claim, v);
  const m = u?.holderText && !isNamedHolder(u.holder) ? ORDINAL.exec(u.holderText) : null;
  if (!m) return null;
  return m[1] ? ORDINALS.indexOf(m[1].toLowerCase()) + 1 : Number(m[2]);
}

/** Two values of one member of a sequence, or of subjects that do not say which. */
const oneInSequence = (a: number | null, b: number | null) => a === null || b === null || a === b;

/** The event word of a value's clause. */
function eventOf(at: Located, v: { fact?: number }): string | undefined {
  return unitOfValue(at.claim, v)?.predicate || undefined;
}

/** A quantity as a reader would say it: the number's words and the noun it counts ("13 countries", "dozens of people"). */
/** The figure an amount states: its value, a round one's middle, else its interval ("at least 20" is no 25). */
const figureKey = (q: Quantity) =>
  q.low === q.high ? `${q.low}` : roundFigure(q) ? `${(q.low + q.high) / 2}` : `${q.low}|${q.high}`;

function shownQuantity(q: Quantity): string {
  const noun = q.noun ?? (q.unit && !q.text.toLowerCase().includes(q.unit) ? q.unit : "");
  if (!noun || q.text.toLowerCase().endsWith(noun.toLowerCase())) return q.text;
  // "half a mile", "a mile and a half": the words already name the unit.
  if (/^\p{L}+$/u.test(noun) && new RegExp(`\\b${noun}\\b`, "iu").test(q.text)) return q.text;
  return noun === "%" || noun.startsWith("-") ? q.text + noun : `${q.text} ${noun}`;
}

const quantityKey = (q: Quantity) => `${q.event}|${q.unit}|${q.low}|${q.high}|${q.ordinal ? 1 : 0}|${q.holder ?? ""}`;
/**
 * Two amounts can state the same fact: the same measure of the same holder ("Ortiz's 12 points", not Hale's 13). A
 * score is the game's, whoever the sentence makes it about.
 */
export const sameFact = (a: Quantity, b: Quantity) =>
  sameMeasure(a, b) && (isTally(a) || sameHolder(a.holder, b.holder));

/** Number conflicts: quantities of the same measure whose intervals do not overlap. */
export function numberConflicts(
  members: Located[],
  label: Label,
  pick: (c: Claim) => Quantity[] = (c) => c.quantities,
  /** Whether two amounts state one fact: a fact slot (facts.ts) has decided that already. */
  oneFact: (a: Quantity, b: Quantity) => boolean = sameFact,
): Discrepancy[] {
  const classes = distinct(
    members.flatMap((at) => pick(at.claim).map((q) => ({ item: q, at }))),
    quantityKey,
  );
  const out: Discrepancy[] = [];
  const done = new Set<number>();
  for (let i = 0; i < classes.length; i++) {
    if (done.has(i)) continue;
    const a = classes[i]!;
    const same = classes.map((b, j) => ({ b, j })).filter(({ b, j }) => j === i || oneFact(a.rep, b.rep));
    const conflict = same.some(({ b }) => !overlaps(a.rep, b.rep) && fromDifferentClaims(a.items, b.items));
    if (!conflict) continue;
    for (const { j } of same) done.add(j);
    // One value per amount and unit, however written: "more than 300 buildings" and "more than 300 houses" agree,
    // and so do "12 people" and "Twelve people". A count of what happened is one measure whatever noun it counts
    // (a headline's "Five dead" and a lead's "killed five people").
    const values = splitOf(
      same.flatMap(({ b }) => b.items),
      shownQuantity,
      // …and so do a figure and the same figure given as round ("$180 million" / "an estimated 180 million dollars").
      (q) => `${figureKey(q)}|${q.event ? "" : q.unit}`,
    );
    if (values.length < 2) continue;
    const qs = same.map(({ b }) => b.rep);
    // "Six miles" against "10 kilometres": the values name their units; the row is about what they measure.
    const mixed = qs.some((q) => convertible(q.unit, a.rep.unit));
    // A crowd counted as people and as mourners (fact-pairs.ts onePeopleCount): the row is about the people.
    const people = !a.rep.event && qs.some((q) => q.unit !== a.rep.unit) && qs.every((q) => isHuman(q.unit));
    const measure = mixed ? dimensionOf(a.rep.unit) : people ? "people" : a.rep.unit || undefined;
    const money = isCurrency(a.rep.unit);
    const unit = mixed ? "" : money ? a.rep.unit.toUpperCase() : a.rep.unit;
    const what = a.rep.event ? `${a.rep.event}${unit ? ` (${unit})` : ""}` : money ? `amount (${unit})` : measure!;
    const mids = qs.map((q) => Math.max(1e-9, Math.abs((q.low + q.high) / 2)));
    const rep = a.items[0]!;
    out.push({
      kind: "number",
      detail: `${what}: ${describe(values, label)}`,
      values,
      basis: {
        ...holderOf(rep.at, rep.item),
        event: a.rep.event || eventOf(rep.at, rep.item),
        measure,
        signals: {
          number: 1,
          named: qs.every((q) => isNamedHolder(q.holder)) ? 1 : 0,
          gap: Math.min(1, Math.log10(Math.max(...mids) / Math.min(...mids)) / 3),
          ordinal: a.rep.ordinal ? 1 : 0,
        },
      },
    });
  }
  return out;
}

/**
 * The first pair of pieces (sentences, or clauses after ", but" and the like) of two quotes that are one statement
 * worded differently, with how much of the shorter lines up; null when none is.
 */
function differentPieces(a: string, b: string): [Quote, Quote, number] | null {
  const [pa, pb] = [quotePieces(a), quotePieces(b)];
  if (pa.length < 2 && pb.length < 2) return null;
  for (const x of pa)
    for (const y of pb) {
      const m = matchQuotes(quoteWords(x), quoteWords(y));
      if (m && !m.excerpt)
        return [{ text: x, start: 0, end: x.length }, { text: y, start: 0, end: y.length }, m.coverage];
    }
  return null;
}
/** A quote's sentences and the clauses a conjunction after a comma opens, each long enough to be compared. */
const quotePieces = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|[,;]\s+(?=(?:but|and|while|although|though|yet)\s)/)
    .map((p) => p.replace(/[\s,;:.]+$/, ""))
    .filter((p) => words(p).length >= QUOTES.minWords);

/**
 * Quote wording: two outlets quoting one statement with different words (quotes.ts lines the shorter up inside the
 * longer). An excerpt of a longer quote is not a conflict, nor one article quoting twice.
 */
export function quoteConflicts(members: Located[], label: Label): Discrepancy[] {
  const out: Discrepancy[] = [];
  const classes = distinct(
    members.flatMap((at) =>
      at.claim.quotes.filter((q) => words(q.text).length >= QUOTES.minWords).map((q) => ({ item: q, at })),
    ),
    (q) => quoteWords(q.text).join(" "),
  ).map((c) => ({
    ...c,
    words: quoteWords(c.rep.text),
    articles: new Set(c.items.map((x) => x.at.ref.article)),
  }));
  for (let i = 0; i < classes.length; i++) {
    for (let j = i + 1; j < classes.length; j++) {
      const a = classes[i]!;
      const b = classes[j]!;
      // Two wordings inside one article are the article quoting twice, not outlets disagreeing.
      if (a.articles.size === 1 && b.articles.size === 1 && [...a.articles][0] === [...b.articles][0]) continue;
      const m = matchQuotes(a.words, b.words);
      if (m?.excerpt) continue;
      // Two quotes that go on differently may share a sentence or a clause worded two ways: "We do not expect a
      // larger eruption in the coming days, but …" / "We cannot rule out a larger eruption in the coming days. The
      // ground …". Their pieces are compared when the wholes are no one statement.
      const compared = m ? ([a.rep, b.rep, m.coverage] as const) : differentPieces(a.rep.text, b.rep.text);
      if (!compared) continue;
      const [qa, qb, similarity] = compared;
      const values = splitOf([...a.items, ...b.items], (x) => `“${x.text}”`);
      out.push({
        kind: "quote",
        detail: `quoted differently: ${describe(values, label)}`,
        values,
        diff: quoteDiff(qa, qb),
        basis: { signals: { quote: 1, similarity } },
      });
    }
  }
  return out;
}
