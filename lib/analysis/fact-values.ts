import type { Claim } from "./extract";
import type { ClaimRef } from "./align";
import type { Located } from "./compare";
import { groupAmongAll, sameMeasure, type Quantity } from "./quantity";
import { COUNT_SOURCE } from "./quantity-grammar";
import { baseMid, dimensionOf } from "./conversions";
import { parseIsoDate, type TimeFacet } from "./time";
import { BEGUN, canonicalStem, PRECEDENT } from "./terms";
import { stemOf } from "./nlp";
import { genderOf } from "./genders";
import { category, firstLexFile, isA, opposites, predicateSimilarity, sameSense, similarity } from "./lexicon";
import { isNamedHolder, sameHolder, unitOfValue } from "./units";
import { boundedMemo, weakMemo } from "./memo";

/**
 * What tells two statements of one measure together or apart (fact-pairs.ts weighs them with it): the times their
 * sentences pin themselves to, the act a date dates, the words around an amount, how many values an outlet gives.
 */
export interface Fact {
  at: Located;
  group: number;
  q?: Quantity;
  t?: TimeFacet;
}

/** Similarity of two claims' sentences, 0..1. */
export type Similarity = (a: ClaimRef, b: ClaimRef) => number;

export const FACTS = {
  /** Sentence similarity below which two facts are not taken as the same fact. */
  minSimilarity: { event: 0.08, number: 0.15, date: 0.12, coarseDate: 0.25 },
  /** Vector similarity at which two nouns that describe the holders of two dates may describe one thing. */
  relatedHolders: 0.5,
  /** Days from the publication date beyond which a dated fact is another event than an undated one. */
  otherEventDays: 10,
  /** A lone sentence this close to a row's sentences joins the row instead of getting a fact row. */
  moveSimilarity: 0.2,
  /** A fact is paired with at most this many facts of each row: the next ones of its own, the first of the others. */
  pairsPerRow: 50,
  /** Names the clauses around two amounts must share to be one fact though their sentences date other times. */
  sameNames: 3,
  /** Overlap of the words right after two amounts that makes them the same item of two lists. */
  sameItem: 0.3,
  /** Lexical similarity of two event words (lexicon.predicateSimilarity) at which two dates date one act. */
  sameAct: 0.6,
  /** Whether a value that outlets state alike in different rows gets a row of its own. */
  agreeingRows: true,
  /**
   * Added to the score of two values that agree: when an outlet gives several values a statement could pair with,
   * equally likely ("the 1998 flood killed 300 and the 2001 flood 120" / "the 2001 flood killed 150"), the one it
   * agrees with is taken, and the others are left to pair with what they disagree with. Small: it only breaks ties.
   */
  agreeing: 0.02,
};

const DAY_MS = 86_400_000;

/** Jaccard overlap of the terms around two quantities (`contextTerms`). */
export function localOverlap(ca: Set<string>, cb: Set<string>): number {
  let shared = 0;
  for (const t of cb) if (ca.has(t)) shared++;
  return shared ? shared / (ca.size + cb.size - shared) : 0;
}

/** The terms around a quantity, its unit left out (as a lemma, or as the stem terms are: "decade", "decad"). */
export const contextTerms = (q: Quantity) => {
  const unit = q.unit ? canonicalStem(stemOf(q.unit)) : "";
  return new Set((q.context ?? []).filter((t) => t !== q.unit && t !== unit));
};

/** The words between a quantity and the claim's next quantity (at most 80 characters): what the amount is of. */
export function wordsAfter(c: Claim, q: Quantity): Set<string> {
  const next = Math.min(...c.quantities.filter((x) => x.start >= q.end).map((x) => x.start), q.end + 80);
  // The item ends where the list goes on: in "$2 million and roads $5 million", "roads" is the next amount's.
  const after = c.text.slice(q.end - c.start, next - c.start).split(/[,;]|\b(?:and|or|but)\b/i)[0]!;
  return new Set(after.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
}

/** Names (proper-noun terms) the clauses around two quantities share, at least `FACTS.sameNames` of them. */
export function sameNamedThing(a: Quantity, b: Quantity): boolean {
  const names = contextNames(a);
  return (b.context ?? []).filter((t) => names.has(t)).length >= FACTS.sameNames;
}
/** A quantity's names as a set, once per quantity: asked of every pair of amounts of a measure. */
const contextNames = weakMemo((q: Quantity) => new Set((q.context ?? []).filter((t) => t.startsWith("#"))));

/** Content terms two claims share, numbers left out (`termsOfB`: the second claim's terms as a set). */
export function sharedTerms(a: Claim, termsOfB: Set<string>): number {
  return a.terms.filter((t) => termsOfB.has(t) && !t.startsWith("=")).length;
}

export interface Anchor {
  day: number;
  span: number;
}

/** The clauses whose dates date what clause `fact` says: itself and the clauses it sits in. */
function scopeOf(c: Claim, fact: number | undefined): Set<number> | null {
  if (fact === undefined || !c.units?.[fact]) return null;
  const out = new Set<number>();
  for (let k: number | null = fact; k !== null && k !== undefined && !out.has(k); k = c.units[k]?.parent ?? null)
    out.add(k);
  return out;
}

/**
 * Event dates a claim pins itself to, as day numbers (month and year as their first day, with a precision). With
 * `fact`, only the dates of that clause and of the clauses it sits in: in "struck on Tuesday, killing five and
 * injuring dozens in a region devastated by the tsunami of 2004", 2004 dates the injuring clause, not the killing.
 */
export function anchors(c: Claim, ref: number | null, fact?: number): Anchor[] {
  const out: Anchor[] = [];
  const scope = scopeOf(c, fact);
  for (const t of c.times) {
    // A year read from an age dates the holder's birth, not the event the clause tells.
    if (t.role !== "event" || !t.resolved || t.fromAge) continue;
    if (scope && t.fact !== undefined && !scope.has(t.fact)) continue;
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(t.value);
    if (!m) continue;
    const day = parseIsoDate(`${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`)!;
    const span = m[3] ? 1 : m[2] ? 31 : 366;
    if (ref !== null && ref >= day && ref < day + span * DAY_MS && span > 1) continue; // "this year" says nothing
    out.push({ day, span });
  }
  return out;
}

/** Whether a date lies more than FACTS.otherEventDays from the reference day, which it does not span. */
const farFrom = (x: Anchor, ref: number | null) =>
  ref !== null &&
  Math.abs(x.day - ref) > FACTS.otherEventDays * DAY_MS &&
  !(ref >= x.day && ref < x.day + x.span * DAY_MS);

export function sameEpoch(xa: Anchor[], xb: Anchor[], ra: number | null, rb: number | null): boolean {
  if (xa.length && xb.length)
    return xa.some((p) =>
      xb.some((q) => p.day < q.day + q.span * DAY_MS + 3 * DAY_MS && q.day < p.day + p.span * DAY_MS + 3 * DAY_MS),
    );
  // A sentence pinned to another time ("in 2004", "On April 20") is about another event than one that names none.
  if (xa.length) return !xa.some((x) => farFrom(x, ra ?? rb));
  if (xb.length) return !xb.some((x) => farFrom(x, rb ?? ra));
  return true;
}

/**
 * Whether the clauses stating two dates share a content word besides their event word and a holder they share:
 * what the act was done to ("hold primaries" / "the primary was held").
 */
export function sameTheme(a: Fact, b: Fact, state = false): boolean {
  const unitOf = (f: Fact) => (f.t!.fact !== undefined ? f.at.claim.units?.[f.t!.fact] : undefined);
  const ua = unitOf(a);
  const ub = unitOf(b);
  if (!ua || !ub) return false;
  // Words of a holder both clauses share ("the company held …" twice) say who acted, not on what.
  const words = (t: string | undefined) => new Set((t ?? "").toLowerCase().split(/\W+/).filter(Boolean));
  const ha = words(ua.holderText);
  const hb = words(ub.holderText);
  const theirs = new Set(ub.lemmas);
  // The noun a state is ("has been minister since 2019", whose event word is "minister") is its theme.
  const event = (w: string) => !state && (w === ua.predicate || w === ub.predicate);
  return ua.lemmas.some((w) => theirs.has(w) && !event(w) && !(ha.has(w) && hb.has(w)));
}

/** The event a date is stated with, as a paraphrase class: the verb nearest it, else its clause's event word. */
export function predicateOf(c: Claim, v: TimeFacet): string {
  const u = v.fact !== undefined ? c.units?.[v.fact] : undefined;
  return v.predicate || canonicalStem(u?.predicate ?? "");
}

/** The lemma of the event word of the clause that states a date ("issue", "pass", "quit"), or "". */
export const eventWord = (c: Claim, v: TimeFacet) =>
  v.event ?? (v.fact !== undefined ? (c.units?.[v.fact]?.predicate ?? "") : "");

const actPairs = new Map<string, number>();
/** Whether two event words name one act: the same word, or words the lexicon finds close ("quit"/"left"). */
export function sameEventWord(ea: string, eb: string): boolean {
  if (ea === eb) return true;
  const key = ea < eb ? `${ea}|${eb}` : `${eb}|${ea}`;
  let s = actPairs.get(key);
  // Opposites are close in the lexicon (the same kind of event) but never one act: "closed on Monday" and "open
  // again on Tuesday" date two.
  if (s === undefined) actPairs.set(key, (s = opposites(ea).has(eb) ? 0 : predicateSimilarity(ea, eb)));
  return s >= FACTS.sameAct;
}

/**
 * Whether two dates date the same act: the same paraphrase class of their verbs ("visited"/"travelled"), or event
 * words the lexicon finds close ("quit"/"left", "issued"/"made"; lexicon.predicateSimilarity).
 */
export function sameAct(a: Fact, b: Fact): boolean {
  const pa = predicateOf(a.at.claim, a.t!);
  const pb = predicateOf(b.at.claim, b.t!);
  // Two years since which something is the first, or the worst, of its kind: the same rank ("worst" / "worst"), of
  // one kind of thing where both write it ("worst spill" / "worst", not "worst flooding" / "worst drought").
  if (pa === PRECEDENT || pb === PRECEDENT) return pa === pb && sameRank(a.t!.event ?? "", b.t!.event ?? "");
  // The start of a state told by two verbs is one act only with what the state is ("has been health minister since
  // 2019" / "became health minister in 2018"; not "has been married since 2001" / "became mayor in 2009"). One verb
  // dates one act, as any verb does.
  if (pa === BEGUN && pb === BEGUN) {
    const [ea, eb] = [eventWord(a.at.claim, a.t!), eventWord(b.at.claim, b.t!)];
    return (!!ea && ea === eb) || sameTheme(a, b, true);
  }
  if (pa && pa === pb) return true;
  const wb = eventWords(b.at.claim, b.t!);
  return eventWords(a.at.claim, a.t!).some((ea) => wb.some((eb) => sameEventWord(ea, eb)));
}

/** Whether two ranks ("worst", "worst spill") are one: the same word, and nouns of one sense where both give one. */
function sameRank(a: string, b: string): boolean {
  const [ra, na] = a.split(" ");
  const [rb, nb] = b.split(" ");
  return ra === rb && (!na || !nb || na === nb || sameSense(na, nb) || sameEventWord(na, nb));
}

/**
 * Whether two dates of things described by unrelated nouns date one act: only by one verb class or event words of one
 * sense, not by event words the lexicon finds merely close. "The ferry sank on Saturday" and "the death toll rose on
 * Sunday" are two acts of two things, though "sink" and "rise" are close in WordNet's graph; "the quake struck" and
 * "the earthquake hit" are one thing, and "police arrested" and "officers arrested" one act.
 */
export function sameActOfOthers(a: Fact, b: Fact): boolean {
  const [x, y] = [a.t!.holder ?? "", b.t!.holder ?? ""];
  if (!othersHeld(x, y) && !othersHeld(y, x)) return true;
  const pa = predicateOf(a.at.claim, a.t!);
  // The year since which unemployment fell for the first time is not the one since which exports rose.
  if (pa === PRECEDENT) return false;
  if (pa && pa === predicateOf(b.at.claim, b.t!)) return true;
  const wb = eventWords(b.at.claim, b.t!);
  return eventWords(a.at.claim, a.t!).some((ea) => wb.some((eb) => ea === eb || sameSense(ea, eb)));
}
/**
 * Nouns that may describe one thing: one sense, one a kind of the other, or words the vectors find close ("deal" /
 * "takeover", "police" / "officer"; not "toll" / "ferry" at 0.46).
 */
/**
 * Whether holder x is surely not holder y: two nouns that describe unrelated things, or a noun of an abstraction (a
 * measure, an attribute: "the death toll") against a name ("the Halden"), which names no abstraction.
 */
export function othersHeld(x: string, y: string): boolean {
  if (!x.startsWith("~") || x === y) return false;
  if (y.startsWith("~")) return !relatedHolderNouns(`${x.length}|${x}${y}`);
  return isNamedHolder(y) && ABSTRACT.has(firstLexFile(x.slice(1), "n"));
}
/**
 * `relatedNouns` of two holders "~x" and "~y", keyed by x's length and the two: asked of every pair of dates in a
 * bucket, of the same few nouns, and each answer reads WordNet and the word vectors.
 */
const relatedHolderNouns = boundedMemo((key) => {
  const cut = key.indexOf("|");
  const length = Number(key.slice(0, cut));
  return relatedNouns(key.slice(cut + 2, cut + 1 + length), key.slice(cut + 2 + length));
}, 20_000);
const ABSTRACT = new Set(["noun.quantity", "noun.attribute", "noun.possession", "noun.time", "noun.relation"]);
const relatedNouns = (x: string, y: string) =>
  sameSense(x, y) ||
  isA(x, "n", y, { senses: 2 }) ||
  isA(y, "n", x, { senses: 2 }) ||
  (similarity(x, y) ?? 0) >= FACTS.relatedHolders;

/**
 * The words that name the act a date dates: its clause's event word, and the event the clause says happens when it
 * says only that ("the vote will take place on May 9": "take" and "vote"; units.FactUnit.occurs).
 */
function eventWords(c: Claim, v: TimeFacet): string[] {
  const occurs = v.event === undefined ? unitOfValue(c, v)?.occurs : undefined;
  return [eventWord(c, v), occurs ?? ""].filter((w) => w !== "");
}

/**
 * For each date of a bucket, every other date `sameAct` holds for, in no particular order: those of its verb's
 * paraphrase class and those whose event word is close to its own. Event words are compared once per pair of words,
 * not once per pair of dates.
 */
export function actPartners(facts: Fact[]): (i: number) => number[] {
  const byClass = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, i: number) => {
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  };
  const classOf = facts.map((f) => predicateOf(f.at.claim, f.t!));
  const wordsOf = facts.map((f) => eventWords(f.at.claim, f.t!));
  facts.forEach((_, i) => {
    if (classOf[i]) push(byClass, classOf[i], i);
    for (const w of wordsOf[i]!) push(byWord, w, i);
  });
  const words = [...byWord.keys()];
  const closeWords = new Map<string, string[]>();
  const seen = new Int32Array(facts.length).fill(-1);
  return (i) => {
    const out: number[] = [];
    const take = (list: number[] | undefined) => {
      for (const j of list ?? [])
        if (seen[j] !== i) {
          seen[j] = i;
          out.push(j);
        }
    };
    if (classOf[i]) take(byClass.get(classOf[i]));
    for (const e of wordsOf[i]!) {
      let close = closeWords.get(e);
      if (!close) closeWords.set(e, (close = words.filter((w) => sameEventWord(e, w))));
      for (const w of close) take(byWord.get(w));
    }
    return out;
  };
}

/** The event word of the clause that states a value. */
export const predicateOfValue = (f: Fact) => {
  const v = (f.q ?? f.t)!;
  return v.fact !== undefined ? (f.at.claim.units?.[v.fact]?.predicate ?? "") : "";
};

/** For each fact, the number of different amounts its article gives this measure for a holder compatible with its own. */
export function ambiguityOf(facts: Fact[]): number[] {
  const byArticle = new Map<number, Fact[]>();
  for (const f of facts) byArticle.set(f.at.ref.article, [...(byArticle.get(f.at.ref.article) ?? []), f]);
  return facts.map((f) => {
    const values = new Set<string>();
    // Only amounts of a like size compete: a two-day visit is not a candidate for the length of an eight-year war,
    // nor a game's 10 points for a career's 2,129.
    // In one unit: "90 minutes" and "two hours" are of a like size.
    const mid = baseMid(f.q!);
    for (const g of byArticle.get(f.at.ref.article)!) {
      const m = baseMid(g.q!);
      const likeSize = Math.max(m, mid) <= 10 * Math.max(1e-9, Math.min(m, mid));
      // A group among all the event counts is a part of the total, not a rival figure for it.
      if (groupAmongAll(g.q!, f.q!) || groupAmongAll(f.q!, g.q!)) continue;
      // Ages of two people one sentence or article describes by different nouns ("a man aged 67 and a woman aged
      // 34") are two people's, not rival ages of one.
      if (f.q!.unit === "age" && (describedApart(f.q!.holder, g.q!.holder) || newcomer(f, g) || newcomer(g, f)))
        continue;
      if (likeSize && sameHolder(g.q!.holder, f.q!.holder) && sameMeasure(g.q!, f.q!))
        values.add(`${g.q!.low}|${g.q!.high}`);
    }
    return values.size;
  });
}

/**
 * A person an indefinite noun phrase brings in ("A 48-year-old man from Ashby was also arrested") is not the person
 * the article has named ("Kerr, 62,"): two people's ages.
 */
const newcomer = (named: Fact, described: Fact) =>
  isNamedHolder(named.q!.holder) &&
  (described.q!.holder ?? "").startsWith("~") &&
  /^an?\s/i.test(unitOfValue(described.at.claim, described.q!)?.holderText ?? "");

/** Two holders described by different nouns ("~man", "~woman"). */
const describedApart = (x = "", y = "") => x.startsWith("~") && y.startsWith("~") && x !== y;

/** Days named relative to the article's own date. */
export const DEICTIC = /\b(?:yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))\b/i;

export const isDay = (t: TimeFacet) => t.granularity === "day" || t.granularity === "weekday";

/**
 * A part of a period or of a sequence that a clause sets an amount in: "in the first half", "over the past five
 * years", "of the team's first 17 points", "during the opening week". An amount of a part is another fact than the
 * whole ("scored 23 points" / "scored 10 points in the first half"), and two parts are one fact only if they are the
 * same part. The ordinal and the noun it qualifies, singular, as a key ("first|half"); "" for none.
 */
const PART_OF = new RegExp(
  String.raw`\b(?:in|during|over|within|of|through|for)\s+(?:(?:the|a|an|its|his|her|their|our|this|that)\s+)?` +
    // A possessive, also as tokenised text spaces it ("the Hawks ’ first eight points").
    String.raw`(?:\p{Lu}[\p{L}'’.-]*\s?['’]\s?s?\s+)?` +
    String.raw`(first|second|third|fourth|fifth|final|last|past|opening|closing|next|previous)` +
    String.raw`(?:\s+(\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|few|several))?` +
    // The noun the ordinal qualifies, not a word after it ("in the final on Sunday": the final is the whole game),
    // also joined to it ("a first-quarter loss").
    String.raw`[\s-]+(?!(?:on|in|at|of|against|to|for|with|by|and|or|but|as|after|before|when|since)\b)(\p{L}+)`,
  "iu",
);
/**
 * A part as "ordinal|noun", months counted from a year's start named as the quarter or half they make: "the first
 * three months of the year" is "the first quarter", "the first six months" the first half.
 */
function partKey(ordinal: string, count: string | undefined, noun: string): string {
  if (ordinal === "first" && noun === "month" && (count === "three" || count === "3")) return "first|quarter";
  if (ordinal === "first" && noun === "month" && (count === "six" || count === "6")) return "first|half";
  return `${ordinal}|${noun}`;
}
const singular = (w: string) =>
  w
    .toLowerCase()
    .replace(/ves$/, "f")
    .replace(/(?<=[^s])s$/, "");

/** A time of day or a game clock, with what it counts down to, right before a part: the part is the time's. */
const CLOCK_BEFORE = /\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+(?:to\s+(?:play|go)|left|remaining|gone))?\s*$/i;

/**
 * The first part in a clause's text that its amounts are set in. A part right after a time says when that time
 * falls, not what the amounts are of: in "broke the record of 1,904 points with 4:43 to play in the first half",
 * the record is not the first half's.
 */
function partIn(text: string): RegExpExecArray | null {
  const re = new RegExp(PART_OF.source, "giu");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(0, m.index);
    if (CLOCK_BEFORE.test(before)) continue;
    // "Of" sets an amount in a part when it follows the amount or a word for a stretch of it ("10 of the first 17
    // points", "by the end of the first half"); after another noun the part is that noun's ("heading into the
    // semifinal against the winner of the second quarterfinal").
    if (/^of\b/i.test(m[0]) && !OF_A_PART.test(before)) continue;
    return m;
  }
  return null;
}
const OF_A_PART =
  /(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|end|start|beginning|rest|remainder|course|middle|part|most|all|much|each|both|none|half)\s+$/i;

/** A count of the same thing added right after an amount: "… and tens of thousands more", "… and another three". */
const ADDED = new RegExp(
  String.raw`^[^,;.]{0,80}?\band\s+(?:(?:about|some|at\s+least|nearly)\s+)?(?:another\s+)?(?:${COUNT_SOURCE})\s+(?:more|others|other\s+\p{L}+)\b|^[^,;.]{0,80}?\band\s+another\s+(?:${COUNT_SOURCE})\b`,
  "iu",
);

/**
 * The part of a whole an amount is set in ("in the first half"), as a key, or "": amounts of different parts, or of a
 * part and the whole, are not one fact. An amount with more of the same added after it ("killed 170,000 people in the
 * province and tens of thousands more in countries around the ocean") is one part of the clause's count.
 */
export function partOf(c: Claim, q: Quantity): string {
  if (ADDED.test(c.text.slice(q.end - c.start))) return "added|";
  let u = q.fact !== undefined ? c.units?.[q.fact] : undefined;
  // A clause that says when within its parent's time ("in the first half as he scored seven points", ", scoring
  // seven in the first half") shares the parent's part.
  for (let hops = 0; hops < 3; hops++) {
    const from = u ? Math.max(0, u.start - c.start) : 0;
    const to = u ? Math.min(c.text.length, u.end - c.start) : c.text.length;
    const m = partIn(c.text.slice(from, to));
    if (m) return partKey(m[1]!.toLowerCase(), m[2]?.toLowerCase(), singular(m[3]!));
    if (!u || (u.kind !== "subordinate" && u.kind !== "participle") || u.parent === null) return "";
    u = c.units[u.parent];
  }
  return "";
}

/**
 * An age is one person's: two ages are one fact for one named person, or for people known by one noun in one row
 * when each outlet gives a single age ("the 68-year-old actor" / "the actor … at the age of 67"). Two unnamed
 * people of one story are told apart by the rows they sit in and by an outlet that ages both.
 */
export const agesOfOthers = (a: Fact, b: Fact, onlyAges: boolean) =>
  a.q!.unit === "age" &&
  !(isNamedHolder((a.q ?? a.t)!.holder) && isNamedHolder((b.q ?? b.t)!.holder)) &&
  !(onlyAges && describedAlike(a, b));

/**
 * Two ages of people known by one noun, each the only age its outlet gives a person so described ("the driver, 58," /
 * "the 56-year-old driver"): one person's, in one row or two.
 */
const describedAlike = (a: Fact, b: Fact) => {
  const [x, y] = [a.q!.holder ?? "", b.q!.holder ?? ""];
  return x.startsWith("~") && kindsAlike(x, y) && (a.group === b.group || roleNoun(headOf(x)));
};
/** The noun of a described holder ("driver" of "~van driver"). */
const headOf = (holder: string) => holder.slice(holder.lastIndexOf(" ") + 1).replace(/^~/, "");
/**
 * Two described holders of one noun that no word before it tells apart: "~driver" and "~van driver" may be one
 * driver, "~van driver" and "~lorry driver" are two.
 */
const kindsAlike = (x: string, y: string) =>
  x === y || (y.startsWith("~") && headOf(x) === headOf(y) && (!x.includes(" ") || !y.includes(" ")));
/**
 * A noun that describes a person by a part in the story ("driver", "pilot", "suspect"), not by what anyone may be
 * ("woman", "man", "resident"): in two rows, "the victim, a 34-year-old woman" and "a 52-year-old woman who lived
 * next door" are two women.
 */
const roleNoun = (noun: string) => !genderOf(noun) && !ANYONE.has(noun);
const ANYONE = new Set(["person", "people", "child", "teenager", "teen", "adult", "resident", "individual", "youth"]);

/**
 * A size its holder has, not a value of an event: a length, area or weight written as the attribute of a thing or a
 * person ("the 330-metre tower", "320 metres tall"). A date in one clause only dates what the holder did ("The
 * 330-metre tower opened in 2010"), not its size; two dates that differ still tell two of them apart ("the 40-foot
 * boat sank in 2011" / "the 45-foot boat sank on Tuesday"). An event's size is of that one event ("the 12-mile race").
 */
export function isSize(f: Fact): boolean {
  const q = f.q!;
  const d = dimensionOf(q.unit);
  if (d !== "length" && d !== "area" && d !== "mass") return false;
  const noun = (q.holder ?? "").replace(/^~/, "");
  if (!isNamedHolder(q.holder ?? "") && !SIZED.has(category(noun) ?? "")) return false;
  const after = f.at.claim.text.slice(q.end - f.at.claim.start, q.end - f.at.claim.start + 40);
  return SIZE_AFTER.test(after);
}
/** Kinds of things that keep their size (lexicon categories): not events, acts or periods. */
const SIZED = new Set([
  "person",
  "animal",
  "plant",
  "body-part",
  "building",
  "structure",
  "vehicle",
  "weapon",
  "artifact",
  "location",
]);
/** After the number: a unit joined to the noun it sizes ("-metre tower"), or a unit and an adjective of size. */
const SIZE_AFTER =
  /^(?:-[\p{L}-]+\s+\p{Ll}|\s+[\p{L}.-]+(?:\s+[\p{L}.-]+)?\s+(?:tall|high|long|wide|deep|thick|across|in (?:length|height|width|diameter))\b)/u;
