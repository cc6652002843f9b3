import type { Claim } from "./extract";
import type { ClaimRef } from "./align";
import { type Located, dateConflict, numberConflicts, quoteConflicts, type Discrepancy } from "./compare";
import { matchQuotes, quoteWords, QUOTES } from "./quotes";
import { FUNCTION_WORDS } from "./text";
import { sameMeasure, type Quantity } from "./quantity";
import { parseIsoDate, timesAgree, type TimeFacet } from "./time";
import { clauseSpan } from "./text";
import { canonicalStem } from "./terms";
import { predicateSimilarity } from "./lexicon";
import { isNamedHolder, sameHolder } from "./units";
import { DisjointSets } from "./disjoint-sets";

/**
 * Fact slots: one fact (a measure of one holder in one event: Carter's points, the death toll, the day of the
 * signing) and every outlet's statement of it, wherever the sentences sit. Values are compared only inside a slot,
 * so "Carter had 12 points" is never compared with "VanDeest scored 13", nor a 1998 toll with today's.
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

interface Fact {
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
};

const DAY_MS = 86_400_000;

/** Jaccard overlap of the terms around two quantities (`contextTerms`). */
function localOverlap(ca: Set<string>, cb: Set<string>): number {
  let shared = 0;
  for (const t of cb) if (ca.has(t)) shared++;
  return shared ? shared / (ca.size + cb.size - shared) : 0;
}

/** The terms around a quantity, its unit left out. */
const contextTerms = (q: Quantity) => new Set((q.context ?? []).filter((t) => t !== q.unit));

/** The words between a quantity and the claim's next quantity (at most 80 characters): what the amount is of. */
function wordsAfter(c: Claim, q: Quantity): Set<string> {
  const next = Math.min(...c.quantities.filter((x) => x.start >= q.end).map((x) => x.start), q.end + 80);
  return new Set(
    c.text
      .slice(q.end - c.start, next - c.start)
      .toLowerCase()
      .match(/\p{L}{3,}/gu) ?? [],
  );
}

/** Names (proper-noun terms) the clauses around two quantities share, at least `FACTS.sameNames` of them. */
function sameNamedThing(a: Quantity, b: Quantity): boolean {
  const names = new Set((a.context ?? []).filter((t) => t.startsWith("#")));
  return (b.context ?? []).filter((t) => names.has(t)).length >= FACTS.sameNames;
}

/** Content terms two claims share, numbers left out (`termsOfB`: the second claim's terms as a set). */
function sharedTerms(a: Claim, termsOfB: Set<string>): number {
  return a.terms.filter((t) => termsOfB.has(t) && !t.startsWith("=")).length;
}

interface Anchor {
  day: number;
  span: number;
}

/** Event dates a claim pins itself to, as day numbers (month and year as their first day, with a precision). */
function anchors(c: Claim, ref: number | null): Anchor[] {
  const out: Anchor[] = [];
  for (const t of c.times) {
    if (t.role !== "event" || !t.resolved) continue;
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(t.value);
    if (!m) continue;
    const day = parseIsoDate(`${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`)!;
    const span = m[3] ? 1 : m[2] ? 31 : 366;
    if (ref !== null && ref >= day && ref < day + span * DAY_MS && span > 1) continue; // "this year" says nothing
    out.push({ day, span });
  }
  return out;
}

function sameEpoch(xa: Anchor[], xb: Anchor[], ra: number | null, rb: number | null): boolean {
  const far = (x: { day: number; span: number }, ref: number | null) =>
    ref !== null &&
    Math.abs(x.day - ref) > FACTS.otherEventDays * DAY_MS &&
    !(ref >= x.day && ref < x.day + x.span * DAY_MS);
  if (xa.length && xb.length)
    return xa.some((p) =>
      xb.some((q) => p.day < q.day + q.span * DAY_MS + 3 * DAY_MS && q.day < p.day + p.span * DAY_MS + 3 * DAY_MS),
    );
  // A sentence pinned to another time ("in 2004", "On April 20") is about another event than one that names none.
  if (xa.length) return !xa.some((x) => far(x, ra ?? rb));
  if (xb.length) return !xb.some((x) => far(x, rb ?? ra));
  return true;
}

/** The event days of a claim that a slot can compare: resolved or weekday, not the day something was said. */
export function slotDays(c: Claim): TimeFacet[] {
  return c.times.filter(
    (t) =>
      t.role === "event" &&
      (t.granularity === "day" ||
        t.granularity === "weekday" ||
        ((t.granularity === "month" || t.granularity === "year") && t.resolved)),
  );
}

/**
 * Whether the clauses stating two dates share a content word besides their event word and a holder they share:
 * what the act was done to ("hold primaries" / "the primary was held").
 */
function sameTheme(a: Fact, b: Fact): boolean {
  const unitOf = (f: Fact) => (f.t!.fact !== undefined ? f.at.claim.units?.[f.t!.fact] : undefined);
  const ua = unitOf(a);
  const ub = unitOf(b);
  if (!ua || !ub) return false;
  // Words of a holder both clauses share ("the company held …" twice) say who acted, not on what.
  const words = (t: string | undefined) => new Set((t ?? "").toLowerCase().split(/\W+/).filter(Boolean));
  const ha = words(ua.holderText);
  const hb = words(ub.holderText);
  const theirs = new Set(ub.lemmas);
  return ua.lemmas.some((w) => theirs.has(w) && w !== ua.predicate && w !== ub.predicate && !(ha.has(w) && hb.has(w)));
}

/** The event a date is stated with, as a paraphrase class: the verb nearest it, else its clause's event word. */
function predicateOf(c: Claim, v: TimeFacet): string {
  const u = v.fact !== undefined ? c.units?.[v.fact] : undefined;
  return v.predicate || canonicalStem(u?.predicate ?? "");
}

/** The lemma of the event word of the clause that states a date ("issue", "pass", "quit"), or "". */
const eventWord = (c: Claim, v: TimeFacet) => (v.fact !== undefined ? (c.units?.[v.fact]?.predicate ?? "") : "");

const actPairs = new Map<string, number>();
/** Whether two event words name one act: the same word, or words the lexicon finds close ("quit"/"left"). */
function sameEventWord(ea: string, eb: string): boolean {
  if (ea === eb) return true;
  const key = ea < eb ? `${ea}|${eb}` : `${eb}|${ea}`;
  let s = actPairs.get(key);
  if (s === undefined) actPairs.set(key, (s = predicateSimilarity(ea, eb)));
  return s >= FACTS.sameAct;
}

/**
 * Whether two dates date the same act: the same paraphrase class of their verbs ("visited"/"travelled"), or event
 * words the lexicon finds close ("quit"/"left", "issued"/"made"; lexicon.predicateSimilarity).
 */
function sameAct(a: Fact, b: Fact): boolean {
  const pa = predicateOf(a.at.claim, a.t!);
  const pb = predicateOf(b.at.claim, b.t!);
  if (pa && pa === pb) return true;
  const ea = eventWord(a.at.claim, a.t!);
  const eb = eventWord(b.at.claim, b.t!);
  return !!ea && !!eb && sameEventWord(ea, eb);
}

/**
 * For each date of a bucket, every other date `sameAct` holds for, in no particular order: those of its verb's
 * paraphrase class and those whose event word is close to its own. Event words are compared once per pair of words,
 * not once per pair of dates.
 */
function actPartners(facts: Fact[]): (i: number) => number[] {
  const byClass = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, i: number) => {
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  };
  const classOf = facts.map((f) => predicateOf(f.at.claim, f.t!));
  const wordOf = facts.map((f) => eventWord(f.at.claim, f.t!));
  facts.forEach((_, i) => {
    if (classOf[i]) push(byClass, classOf[i], i);
    if (wordOf[i]) push(byWord, wordOf[i], i);
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
    const e = wordOf[i]!;
    if (e) {
      let close = closeWords.get(e);
      if (!close) closeWords.set(e, (close = words.filter((w) => sameEventWord(e, w))));
      for (const w of close) take(byWord.get(w));
    }
    return out;
  };
}

/** The event word of the clause that states a value. */
const predicateOfValue = (f: Fact) => {
  const v = (f.q ?? f.t)!;
  return v.fact !== undefined ? (f.at.claim.units?.[v.fact]?.predicate ?? "") : "";
};

/** For each fact, the number of different amounts its article gives this measure for a holder compatible with its own. */
function ambiguityOf(facts: Fact[]): number[] {
  const byArticle = new Map<number, Fact[]>();
  for (const f of facts) byArticle.set(f.at.ref.article, [...(byArticle.get(f.at.ref.article) ?? []), f]);
  return facts.map((f) => {
    const values = new Set<string>();
    // Only amounts of a like size compete: a two-day visit is not a candidate for the length of an eight-year war,
    // nor a game's 10 points for a career's 2,129.
    const mid = (f.q!.low + f.q!.high) / 2;
    for (const g of byArticle.get(f.at.ref.article)!) {
      const m = (g.q!.low + g.q!.high) / 2;
      const likeSize = Math.max(m, mid) <= 10 * Math.max(1e-9, Math.min(m, mid));
      if (likeSize && sameHolder(g.q!.holder, f.q!.holder) && sameMeasure(g.q!, f.q!))
        values.add(`${g.q!.low}|${g.q!.high}`);
    }
    return values.size;
  });
}

/** Days named relative to the article's own date. */
const DEICTIC = /\b(?:yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))\b/i;

const isDay = (t: TimeFacet) => t.granularity === "day" || t.granularity === "weekday";

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
  // Facts of one measure are compared pairwise (quadratic in a wide story), so what a pair test needs of each side is
  // worked out once per side.
  const memo = <K, V>(make: (k: K) => V) => {
    const cache = new Map<K, V>();
    return (k: K) => {
      let v = cache.get(k);
      if (v === undefined) cache.set(k, (v = make(k)));
      return v;
    };
  };
  const ref = memo((a: number) => parseIsoDate(refDate(a)));
  const anchorsOf = memo((at: Located) => anchors(at.claim, ref(at.ref.article)));
  const contextOf = memo(contextTerms);
  const termsOf = memo((c: Claim) => new Set(c.terms));
  const wordsAfterOf = memo((f: Fact) => wordsAfter(f.at.claim, f.q!));
  const buckets = new Map<string, Fact[]>();
  const add = (key: string, f: Fact) => {
    if (left(f.at, key)) return;
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = []));
    b.push(f);
  };
  groups.forEach((members, group) => {
    for (const at of members) {
      for (const q of at.claim.quantities) {
        if (q.event) add(`n:${q.event}`, { at, group, q });
        else if (q.unit) add(`n:|${q.unit}`, { at, group, q });
      }
      const days = slotDays(at.claim);
      for (const t of days) {
        // Dates of every act share one bucket; which two date the same act is decided pair by pair (sameAct).
        if (predicateOf(at.claim, t) || eventWord(at.claim, t)) add("d:", { at, group, t });
      }
    }
  });

  const rows: FactRow[] = [];
  const moves = new Map<string, number>();
  for (const [key, facts] of [...buckets].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (new Set(facts.map((f) => f.at.ref.article)).size < 2 && !key.startsWith("d:")) continue;
    const isDate = key.startsWith("d:");
    const pairs: Array<[number, number, number]> = [];
    // How many different amounts of this measure (for a compatible holder) each fact's article states. An outlet
    // that gives a measure many values ("14 points off the bench", "10 points in the first seven minutes", "2,129
    // career points") states many facts, and any one of them is a weak match for another outlet's.
    const ambiguity = isDate ? facts.map(() => 1) : ambiguityOf(facts);
    // Facts come row by row (runStart and runEnd bound each fact's run). Pairs in one row all score high and those
    // across two rows alike, so a fact is paired with the next few facts of its own row and the first few of each
    // later row, not with every one: a wide story's big rows would make this quadratic (a 500-article story has
    // measures stated 400 times in two or three rows). Rows of up to that many facts are paired in full.
    const runStart = new Int32Array(facts.length);
    const runEnd = new Int32Array(facts.length);
    for (let i = 0; i < facts.length; i++)
      runStart[i] = i > 0 && facts[i - 1]!.group === facts[i]!.group ? runStart[i - 1]! : i;
    for (let i = facts.length - 1; i >= 0; i--)
      runEnd[i] = i + 1 < facts.length && facts[i + 1]!.group === facts[i]!.group ? runEnd[i + 1]! : i + 1;
    const inWindow = (i: number, j: number) =>
      j < runEnd[i]! ? j - i <= FACTS.pairsPerRow : j - runStart[j]! < FACTS.pairsPerRow;
    /** Tests facts i < j and keeps the pair, with its score, when they may state one fact. */
    const consider = (i: number, j: number) => {
      const a = facts[i]!;
      const b = facts[j]!;
      if (a.at.claim.key === b.at.claim.key) return;
      if (!isDate && a.at.ref.article === b.at.ref.article) return;
      if (isDate ? timesAgree(a.t!, b.t!) === null || !sameAct(a, b) : !sameMeasure(a.q!, b.q!)) return;
      // "Yesterday" in two articles published on different days can be one day or a state that lasted ("was being
      // questioned yesterday"): only articles of one date set their "yesterday" and "today" against each other.
      if (
        isDate &&
        DEICTIC.test(a.t!.text) &&
        DEICTIC.test(b.t!.text) &&
        refDate(a.at.ref.article) !== refDate(b.at.ref.article)
      )
        return;
      const va = (a.q ?? a.t)!;
      const vb = (b.q ?? b.t)!;
      if (!sameHolder(va.holder, vb.holder)) return;
      // An age is one person's: two ages are one fact only for one named person.
      if (!isDate && a.q!.unit === "age" && !(isNamedHolder(va.holder) && isNamedHolder(vb.holder))) return;
      const ra = ref(a.at.ref.article);
      const rb = ref(b.at.ref.article);
      // Another time marks another event, unless the clauses around the two amounts name the same thing ("In 2008,
      // … a $5,587.75 vacation at the Martha's Vineyard Holistic Retreat" / "$5,687.75 on Martha's Vineyard …").
      if (!isDate && !sameEpoch(anchorsOf(a.at), anchorsOf(b.at), ra, rb) && !sameNamedThing(a.q!, b.q!)) return;
      // The same named holder is evidence of its own that two values state one fact.
      const named = isNamedHolder(va.holder) && isNamedHolder(vb.holder) ? 0.1 : 0;
      const s = (a.group === b.group ? 1 : sim(a.at.ref, b.at.ref)) + named;
      if (isDate) {
        // A month or a year dates many acts of one kind ("returned in 2005", "returns on November 23"): two
        // coarse dates must come from closer sentences than two days.
        const coarse = !isDay(a.t!) || !isDay(b.t!);
        // …unless the two clauses name what the act was done to as well ("will hold primaries in mid-May" / "the
        // primary would be held on April 30"): the same act on the same thing, dated to the month.
        // A year alone dates too much ("introduced in the 2009 special" / "the special airs on November 23").
        const monthly = a.t!.granularity !== "year" && b.t!.granularity !== "year";
        const bar = coarse && !(monthly && sameTheme(a, b)) ? FACTS.minSimilarity.coarseDate : FACTS.minSimilarity.date;
        if (s >= bar) pairs.push([s, i, j]);
        return;
      }
      const ambiguous = (ambiguity[i]! > 1 ? 1 : 0) + (ambiguity[j]! > 1 ? 1 : 0);
      // Both outlets give several values of this measure: only the same row and the same event word, or the same
      // thing named right beside the amounts (the same item of two lists), tell which of them are one fact. One
      // outlet does: its sentence must be a close match.
      const besideSame = sameNamedThing(a.q!, b.q!) || localOverlap(wordsAfterOf(a), wordsAfterOf(b)) >= FACTS.sameItem;
      if (ambiguous === 2 && !besideSame && !(a.group === b.group && predicateOfValue(a) === predicateOfValue(b)))
        return;
      if (ambiguous === 1 && !besideSame && a.group !== b.group && s < 2 * FACTS.minSimilarity.number) return;
      if (a.q!.event) {
        if (s >= FACTS.minSimilarity.event) pairs.push([s, i, j]);
        return;
      }
      // A count or an amount is the same fact only if its own clause is about the same thing: in a list of
      // expenses, "$5,687.75 on Martha's Vineyard" pairs with "$5,587.75 vacation at Martha's Vineyard".
      // In a list the whole clause is shared, so the words right after each amount say which item it prices.
      const local = localOverlap(contextOf(a.q!), contextOf(b.q!));
      if (local > 0 && (s >= FACTS.minSimilarity.number || sharedTerms(a.at.claim, termsOf(b.at.claim)) >= 3))
        pairs.push([s + local + localOverlap(wordsAfterOf(a), wordsAfterOf(b)), i, j]);
    };
    if (isDate) {
      // Two dates pair only when they date the same act, and this one bucket holds every date of the story: in a
      // 400-article story 3% of its pairs passed sameAct. So each date meets only the dates of its act, found through
      // an index (actPartners); the pairs kept, and so the rows, are the same as when every pair is tested.
      const partners = actPartners(facts);
      for (let i = 0; i < facts.length; i++) for (const j of partners(i)) if (j > i && inWindow(i, j)) consider(i, j);
    } else
      for (let i = 0; i < facts.length; i++)
        for (let j = i + 1; j < facts.length; j++) {
          // Past the window, the rest of j's row is past it too.
          if (!inWindow(i, j)) j = runEnd[j]! - 1;
          else consider(i, j);
        }
    pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
    const sets = new DisjointSets(facts.length);
    const articles = facts.map((f) => new Set([f.at.ref.article]));
    const holders = facts.map((f) => new Set([(f.q ?? f.t)!.holder ?? ""].filter(isNamedHolder)));
    // The weakest link that joined each component: how sure the analysis is that all its values state one fact.
    const weakest = facts.map(() => Infinity);
    for (const [score, i, j] of pairs) {
      const a = sets.find(i);
      const b = sets.find(j);
      if (a === b) continue;
      // The smaller component joins the larger (which is root does not matter to the result): a measure stated
      // hundreds of times builds components of hundreds of articles.
      const [big, small] = articles[a]!.size >= articles[b]!.size ? [a, b] : [b, a];
      let clash = false;
      for (const x of articles[small]!) if ((clash = articles[big]!.has(x))) break;
      // One outlet, two days for the same act: the self-contradiction a reader must see.
      const selfContradiction =
        isDate &&
        isDay(facts[i]!.t!) &&
        isDay(facts[j]!.t!) &&
        facts[i]!.at.ref.article === facts[j]!.at.ref.article &&
        articles[a]!.size === 1 &&
        articles[b]!.size === 1;
      if (clash && !selfContradiction) continue;
      // A slot is about one holder: two named holders that differ never join through a third without a name.
      if ([...holders[small]!].some((h) => [...holders[big]!].some((k) => !sameHolder(h, k)))) continue;
      sets.join(big, small);
      for (const x of articles[small]!) articles[big]!.add(x);
      for (const h of holders[small]!) holders[big]!.add(h);
      weakest[big] = Math.min(weakest[big]!, weakest[small]!, score);
    }
    const indexOf = new Map(facts.map((f, i) => [f, i]));
    for (const component of sets.components()) {
      const root = sets.find(component[0]!);
      const comp = component.map((i) => facts[i]!);
      const groupsIn = new Set(comp.map((f) => f.group));
      const byClaim = new Map<string, Fact[]>();
      for (const f of comp) byClaim.set(f.at.claim.key, [...(byClaim.get(f.at.claim.key) ?? []), f]);
      const members = [...byClaim.values()]
        .map((fs) => fs[0]!.at)
        .sort((x, y) => x.ref.article - y.ref.article || x.ref.claim - y.ref.claim);
      if (members.length < 2) continue;
      const pick = (c: Claim) => byClaim.get(c.key) ?? [];
      const discrepancies = isDate
        ? [dateConflict(members, label, (c) => pick(c).map((f) => f.t!))].filter((d): d is Discrepancy => !!d)
        : numberConflicts(members, label, (c) => pick(c).map((f) => f.q!));
      const compAmbiguous = comp.some((f) => ambiguity[indexOf.get(f)!]! > 1) ? 1 : 0;
      for (const d of discrepancies)
        Object.assign((d.basis ??= { signals: {} }).signals, {
          ambiguous: compAmbiguous,
          similarity: Math.min(1, Number.isFinite(weakest[root]!) ? weakest[root]! : 1),
        });
      const clauses = new Map(
        comp.map((f) => [f.at.claim.key, clauseAround(f.at.claim, (f.q ?? f.t)!.start, (f.q ?? f.t)!.end)]),
      );
      if (!discrepancies.length) {
        // Outlets agreeing on a value their sentences state among other things ("at a depth of 10 kilometres"):
        // a row of the clauses that state it shows where they agree, which the sentence rows do not.
        const articlesIn = new Set(members.map((m) => m.ref.article));
        if (FACTS.agreeingRows && groupsIn.size > 1 && articlesIn.size > 1)
          rows.push({ kind: isDate ? "date" : "number", members, clauses, discrepancies, measure: key, row: -1 });
        continue;
      }
      if (groupsIn.size === 1) {
        rows.push({
          kind: isDate ? "date" : "number",
          members,
          clauses,
          discrepancies,
          measure: key,
          row: [...groupsIn][0]!,
        });
        continue;
      }
      // If all but lone sentences sit in one group, move the lone ones there instead of adding a row, when the
      // lone sentence is about what that row says; a sentence carrying other facts keeps its own row.
      const multi = [...groupsIn].filter((g) => groups[g]!.length > 1);
      if (multi.length === 1) {
        const target = groups[multi[0]!]!;
        const lone = comp.filter((f) => f.group !== multi[0]);
        if (
          lone.every(
            (f) => !alone(f.at) && Math.max(...target.map((m) => sim(f.at.ref, m.ref))) >= FACTS.moveSimilarity,
          )
        ) {
          for (const f of lone) moves.set(f.at.claim.key, multi[0]!);
          rows.push({
            kind: isDate ? "date" : "number",
            members,
            clauses,
            discrepancies,
            measure: key,
            row: multi[0]!,
          });
          continue;
        }
      }
      rows.push({ kind: isDate ? "date" : "number", members, clauses, discrepancies, measure: key, row: -1 });
    }
  }
  return { rows, moves };
}

/**
 * The clause of a claim that holds the span [start, end) (see `clauseSpan`). A fact row shows this clause, so
 * "killing at least five people" is not read as a disagreement about everything else the sentence says.
 */
export function clauseAround(c: Claim, start: number, end: number): { start: number; end: number; text: string } {
  const [a, b] = clauseSpan(c.text, start - c.start, end - c.start);
  return { start: c.start + a, end: c.start + b, text: c.text.slice(a, b) };
}

/**
 * Quote rows: one statement quoted by outlets whose sentences alignment put in different rows ("'We have learned
 * something important …,' he told the group" / "he clearly says, 'We have learned something very important …'").
 * Quotes sharing three rare words are compared (quotes.ts); the statements quoted alike in several rows, with two
 * wordings, become a row of their own. One quoted twice within a row is that row's business (compare.ts).
 */
export function findQuoteRows(
  groups: Located[][],
  label: (a: number) => string,
  left: (at: Located, measure: string) => boolean = () => false,
): FactRow[] {
  interface Q {
    at: Located;
    group: number;
    words: string[];
  }
  const quotes: Q[] = [];
  groups.forEach((members, group) => {
    for (const at of members) {
      if (left(at, "quote")) continue;
      for (const q of at.claim.quotes) {
        const words = quoteWords(q.text);
        if (words.length >= QUOTES.minWords) quotes.push({ at, group, words });
      }
    }
  });
  // Each content word's quotes; a word in more than a few dozen quotes is too common to find a partner by.
  const postings = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    for (const w of new Set(q.words)) if (!FUNCTION_WORDS.has(w)) postings.set(w, [...(postings.get(w) ?? []), i]);
  });
  const sets = new DisjointSets(quotes.length);
  quotes.forEach((q, i) => {
    const shared = new Map<number, number>();
    for (const w of new Set(q.words)) {
      const p = postings.get(w);
      if (!p || p.length > QUOTE_POSTINGS) continue;
      for (const j of p) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) {
      const o = quotes[j]!;
      if (n < 3 || o.at.ref.article === q.at.ref.article || o.group === q.group) continue;
      if (matchQuotes(q.words, o.words)) sets.join(sets.find(j), sets.find(i));
    }
  });
  const rows: FactRow[] = [];
  for (const comp of sets.components().map((c) => c.map((i) => quotes[i]!))) {
    if (new Set(comp.map((q) => q.group)).size < 2) continue;
    const members = [...new Map(comp.map((q) => [q.at.claim.key, q.at])).values()].sort(
      (x, y) => x.ref.article - y.ref.article || x.ref.claim - y.ref.claim,
    );
    const discrepancies = quoteConflicts(members, label);
    if (!discrepancies.length) continue;
    const clauses = new Map(
      members.map((m) => [m.claim.key, { start: m.claim.start, end: m.claim.end, text: m.claim.text }]),
    );
    rows.push({ kind: "number", members, clauses, discrepancies, measure: "quote", row: -1 });
  }
  return rows;
}

/** Quotes holding a word more often than this are not paired through it (a common word finds no one statement). */
const QUOTE_POSTINGS = 50;
