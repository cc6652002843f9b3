import { isHuman } from "./quantity-nouns";
import type { Located } from "./compare";
import type { Claim } from "./extract";
import {
  genericOfOneEvent,
  isCurrency,
  isTally,
  noOne,
  oneProperty,
  overlaps,
  peopleOfOneEvent,
  sameMeasure,
  severalTallies,
  type Quantity,
} from "./quantity";
import { clockOf, parseIsoDate, speaksOfFuture, timesAgree, type TimeFacet } from "./time";
import { holderKey, isNamedHolder, sameHolder, surnameVariants } from "./units";
import { firstAfter, holderIndex, rowRuns } from "./fact-index";
import { partPlaceOf, storyRegion } from "./places";
import { boundedMemo, weakMemo } from "./memo";
import { firstLexFile, isA, sameSense } from "./lexicon";
import { baseMid, dimensionOf } from "./conversions";
import { FUNCTION_WORDS } from "./text";
import { PRECEDENT } from "./terms";
import { headVerb } from "./verb-forms";
import {
  actPartners,
  agesOfOthers,
  ambiguityOf,
  anchors,
  contextTerms,
  DEICTIC,
  FACTS,
  isDay,
  isSize,
  localOverlap,
  partOf,
  predicateOfValue,
  sameAct,
  sameActOfOthers,
  sameEpoch,
  sameEventWord,
  eventWord,
  othersHeld,
  predicateOf,
  sameNamedThing,
  sameTheme,
  sharedTerms,
  wordsAfter,
  type Anchor,
  type Fact,
  type Similarity,
} from "./fact-values";

/**
 * Which two statements of one measure may state one fact, and how sure that is (facts.ts joins them into slots).
 * A pair is first tested for what tells two facts apart whatever their sentences say (`apart`), then scored by how
 * alike their sentences are, with a bar that depends on what kind of value they give (`datePairScore`,
 * `numberPairScore`).
 */

/** A cache of `make`'s answer for each key. */
function memo<K, V>(make: (k: K) => V): (k: K) => V {
  const cache = new Map<K, V>();
  return (k: K) => {
    let v = cache.get(k);
    if (v === undefined) cache.set(k, (v = make(k)));
    return v;
  };
}

/**
 * What a pair test needs of each side. Facts of one measure are compared pairwise (quadratic in a wide story), so it
 * is worked out once per side, for every measure of the story.
 */
export interface FactSides {
  sim: Similarity;
  refDate: (article: number) => string | null;
  ref: (article: number) => number | null;
  /** The dates that date a fact's amount (fact-values.anchors of its clause). */
  anchorsOf: (f: Fact) => Anchor[];
  contextOf: (q: Quantity) => Set<string>;
  termsOf: (c: Claim) => Set<string>;
  wordsAfterOf: (f: Fact) => Set<string>;
  partOfFact: (f: Fact) => string;
  /** The part of the story's region a fact's amount counts, or "" for the whole (places.partPlaceOf). */
  placeOfFact: (f: Fact) => string;
}

export function factSides(
  sim: Similarity,
  refDate: (article: number) => string | null,
  rows: Located[][] = [],
): FactSides {
  const ref = memo((a: number) => parseIsoDate(refDate(a)));
  const region = storyRegion(rows);
  return {
    sim,
    refDate,
    ref,
    anchorsOf: memo((f: Fact) => anchors(f.at.claim, ref(f.at.ref.article), f.q?.fact)),
    contextOf: memo(contextTerms),
    termsOf: memo((c: Claim) => new Set(c.terms)),
    wordsAfterOf: memo((f: Fact) => wordsAfter(f.at.claim, f.q!)),
    partOfFact: memo((f: Fact) => partOf(f.at.claim, f.q!)),
    placeOfFact: memo((f: Fact) => partPlaceOf(f.at.claim, f.q!, region)),
  };
}

/** The statements of one measure ("n:dead", "n:|usd"; "d:" holds every date of the story), row by row. */
export interface Bucket {
  key: string;
  facts: Fact[];
  isDate: boolean;
  /**
   * How many different amounts of this measure (for a compatible holder) each fact's article states. An outlet that
   * gives a measure many values ("14 points off the bench", "10 points in the first seven minutes", "2,129 career
   * points") states many facts, and any one of them is a weak match for another outlet's.
   */
  ambiguity: number[];
  /** For a bucket of an event ("n:injured"), how many different counts of it each fact's article gives, any noun. */
  counts: number[];
}

export function bucketOf(key: string, facts: Fact[]): Bucket {
  const isDate = key.startsWith("d:") || key.startsWith("k:");
  return {
    key,
    facts,
    isDate,
    ambiguity: isDate ? facts.map(() => 1) : ambiguityOf(facts),
    counts: isDate ? facts.map(() => 1) : countsOf(facts),
  };
}

/**
 * Whether two facts count the people of one event by related nouns (peopleOfOneEvent), or all of them against a
 * larger group among them in one row (genericOfOneEvent), each outlet counting the event once, and neither sentence
 * also counts the other's noun ("twenty workers were injured, including five welders": the welders are a group among
 * the workers, whatever event they are given). Cheapest tests first: it is asked of every pair of amounts.
 */
function onePeopleCount(bucket: Bucket, i: number, j: number): boolean {
  if (bucket.isDate || bucket.counts[i] !== 1 || bucket.counts[j] !== 1) return false;
  const [a, b] = [bucket.facts[i]!, bucket.facts[j]!];
  if (!peopleOfOneEvent(a.q!, b.q!) && !(a.group === b.group && genericOfOneEvent(a.q!, b.q!))) return false;
  // Without an event word, the people counted must be those of one act: each clause's act a crowd's ("100 people
  // gathered" / "300 mourners attended", not "about 300 officers patrolled the area"), or one act in both ("eight
  // prisoners escaped" / "12 inmates escaped").
  if (!a.q!.event && !(crowdAct(actOf(a)) && crowdAct(actOf(b))) && !(actOf(a) && actOf(a) === actOf(b))) return false;
  const counts = (f: Fact, unit: string) => f.at.claim.quantities.some((q) => q.unit === unit);
  return !counts(a, b.q!.unit) && !counts(b, a.q!.unit);
}

/** The event word of the clause that states an amount, or "". */
const actOf = (f: Fact) => (f.q!.fact !== undefined ? (f.at.claim.units?.[f.q!.fact]?.predicate ?? "") : "");

/**
 * Whether a verb is what a crowd does, as WordNet ranks it: a kind of meeting, gathering or attending ("gather",
 * "assemble", "flock", "pack", "converge", "attend"), or marching, protesting, rallying, mourning, joining.
 */
const crowdAct = boundedMemo((verb) => !!verb && CROWD_ACTS.some((act) => isA(verb, "v", act, { senses: 2 })), 10_000);
const CROWD_ACTS = ["meet", "gather", "attend", "crowd", "march", "protest", "demonstrate", "rally", "mourn", "join"];

/** How many different amounts each fact's article gives in the bucket. */
function countsOf(facts: Fact[]): number[] {
  const values = new Map<number, Set<string>>();
  for (const f of facts) {
    const v = values.get(f.at.ref.article) ?? new Set<string>();
    values.set(f.at.ref.article, v.add(`${f.q!.low}|${f.q!.high}`));
  }
  return facts.map((f) => values.get(f.at.ref.article)!.size);
}

/** A sentence, or a word-for-word reprint of it (which shares its key), states each of its values as another fact. */
const oneSentence = (a: Fact, b: Fact) => a.at.claim.key === b.at.claim.key;

/**
 * An outlet gives a slot one amount; only its dates, and one person's rank in a titled sequence, may contradict each
 * other (facts.ts, `selfContradiction`).
 */
const oneOutlet = (a: Fact, b: Fact) => a.at.ref.article === b.at.ref.article && !oneRank(a, b);

/**
 * Two ranks of one named person in a sequence of holders of a title ("Matt Smith, the 12th Doctor" / "Smith … became
 * the 11th Doctor"): a person is one of them, however often an article names it. A title is written with a capital
 * ("the 44th President"); a lower-case noun counts repeated acts ("his 11th goal", "her second win"), which differ.
 */
export const oneRank = (a: Fact, b: Fact): boolean =>
  !!a.q?.ordinal &&
  !!b.q?.ordinal &&
  a.q.unit === b.q.unit &&
  isNamedHolder(a.q.holder) &&
  isNamedHolder(b.q.holder) &&
  sameHolder(a.q.holder, b.q.holder) &&
  titled(a) &&
  titled(b);

/** Whether the noun an ordinal counts is written with a capital: a title, not an act. */
const titled = (f: Fact) => /^\s+\p{Lu}/u.test(f.at.claim.text.slice(f.q!.end - f.at.claim.start));

/**
 * The one act a sentence dates for a named holder: every event date of the sentence about that holder dates the same
 * verb ("Brooke, who served from 1967 to 1979"). Null when it dates several acts of the holder, or none is named.
 */
const onlyActs = new WeakMap<Fact, string | null>();
function onlyActOf(f: Fact): string | null {
  let act = onlyActs.get(f);
  if (act === undefined) onlyActs.set(f, (act = findOnlyAct(f)));
  return act;
}
function findOnlyAct(f: Fact): string | null {
  const holder = f.t!.holder ?? "";
  if (!isNamedHolder(holder)) return null;
  const acts = new Set(
    f.at.claim.times
      .filter((t) => t.role === "event" && sameHolder(t.holder ?? "", holder) && isNamedHolder(t.holder ?? ""))
      .map((t) => t.predicate ?? ""),
  );
  return acts.size === 1 ? [...acts][0]! : null;
}

/**
 * Two sentences an alignment put in one row that each date one act of the same named holder date that act, whatever
 * verbs they use ("Brooke served from 1967 to 1979" / "Brooke held the seat from 1966 to 1978").
 */
const oneActInRow = (a: Fact, b: Fact) =>
  a.group === b.group && sameHolder(a.t!.holder ?? "", b.t!.holder ?? "") && !!onlyActOf(a) && !!onlyActOf(b);

/**
 * Dates are one fact only if they can be one time and date one act; amounts only if they measure one thing, or
 * count the people of one event (`people`, onePeopleCount).
 */
const incomparable = (a: Fact, b: Fact, isDate: boolean, people: boolean) =>
  isDate
    ? timesAgree(a.t!, b.t!) === null || !(sameAct(a, b) || oneActInRow(a, b))
    : !sameMeasure(a.q!, b.q!) && !people;

/**
 * "Yesterday" in two articles published on different days can be one day or a state that lasted ("was being
 * questioned yesterday"): only articles of one date set their "yesterday" and "today" against each other.
 */
const deicticApart = (a: Fact, b: Fact, sides: FactSides) =>
  DEICTIC.test(a.t!.text) &&
  DEICTIC.test(b.t!.text) &&
  sides.refDate(a.at.ref.article) !== sides.refDate(b.at.ref.article);

/**
 * Another time marks another event, unless the clauses around the two amounts name the same thing ("In 2008, … a
 * $5,587.75 vacation at the Martha's Vineyard Holistic Retreat" / "$5,687.75 on Martha's Vineyard …").
 */
const otherEvent = (a: Fact, b: Fact, sides: FactSides) =>
  !(ageBesideName(a) && ageBesideName(b)) &&
  !sameEpoch(sides.anchorsOf(a), sides.anchorsOf(b), sides.ref(a.at.ref.article), sides.ref(b.at.ref.article)) &&
  !sameNamedThing(a.q!, b.q!) &&
  !(isSize(a) && isSize(b) && (!sides.anchorsOf(a).length || !sides.anchorsOf(b).length));

/**
 * An age set off by commas right after a name ("Aldana, 52, was first elected in 2021"): the person's age when the
 * story is told, whatever year the clause around it dates.
 */
function ageBesideName(f: Fact): boolean {
  const q = f.q;
  if (q?.unit !== "age" || !isNamedHolder(q.holder)) return false;
  const text = f.at.claim.text;
  const at = q.start - f.at.claim.start;
  return (
    /\p{Lu}[\p{L}.'’-]*,\s*$/u.test(text.slice(Math.max(0, at - 40), at)) &&
    /^\s*(?:,|\.|$)/.test(text.slice(at + q.text.length))
  );
}

/** Whether something tells two facts of a measure apart whatever their sentences say. */
function apart(a: Fact, b: Fact, isDate: boolean, sides: FactSides, people = false, onlyAges = false): boolean {
  if (oneSentence(a, b)) return true;
  if (!isDate && oneOutlet(a, b)) return true;
  if (incomparable(a, b, isDate, people)) return true;
  if (isDate && deicticApart(a, b, sides)) return true;
  // The day a state ends is not the day of an act: "was closed on Monday" / "will stay closed until Thursday".
  if (isDate && !!a.t!.until !== !!b.t!.until) return true;
  // Nor is the day a state began, unless one verb tells both: "had been trapped since Saturday" / "were recovering
  // in hospital on Wednesday" (the lexicon reads "recover" as "regain", close to "trap"); "trapped since Saturday" /
  // "were trapped on Sunday" are one act's days.
  if (isDate && !!a.t!.since !== !!b.t!.since && predicateOf(a.at.claim, a.t!) !== predicateOf(b.at.claim, b.t!))
    return true;
  // A time of day something is due at is that of a past act only for the same verb ("will land at 5 p.m." / "landed
  // at 5:30 p.m."), not for another the lexicon finds close ("is due to publish its bulletin at 5 p.m." / "the
  // avalanche released at 1:50 p.m.").
  if (isDate && a.t!.granularity === "clock" && b.t!.granularity === "clock" && dueAndDone(a, b)) return true;
  if (isDate && !sameActOfOthers(a, b)) return true;
  // Two scores at one time on the clock are the game's score then, whoever the sentences make it about and whatever
  // part of the game they set it in.
  if (!isDate && isTally(a.q!)) {
    const [ca, cb] = [clocksOf(a), clocksOf(b)];
    if (ca.some((x) => cb.includes(x))) return false;
    // …and two scores at two times on the clock are two.
    if (ca.length && cb.length) return true;
  }
  // Time counted from another event is no length of an act ("70 seconds after liftoff" / "the flight lasted 70 minutes").
  if (!isDate && !!a.q!.offset !== !!b.q!.offset) return true;
  // Two lengths of time of unlike size are of two things: outlets that time one act write it at one scale ("read the
  // judgment over nearly four hours" / "was sentenced to twelve years").
  if (!isDate && dimensionOf(a.q!.unit) === "duration" && unlikeSizes(a.q!, b.q!)) return true;
  if (!sameHolder((a.q ?? a.t)!.holder, (b.q ?? b.t)!.holder)) return true;
  if (!isDate && agesOfOthers(a, b, onlyAges)) return true;
  if (!isDate && compoundsOfOthers(a, b)) return true;
  // What a holder will have is not what it has: "the combined group will have 14,000 employees" / "Halvorsen has
  // about 9,000 employees".
  if (!isDate && !a.q!.event && futureState(a) !== futureState(b)) return true;
  // "Nine of the men" picks some of them out: not a count of all the men ("Fourteen men remain trapped"), unless
  // what happened to them is the measure ("Twelve of the 30 passengers were hurt" / "12 passengers were hurt"), or
  // the two agree: "found in three of 22 containers" / "hidden in three containers" count the same three, and the
  // whole (22) was set against them when the part could not be.
  if (!isDate && !a.q!.event && partitive(a) !== partitive(b) && !overlaps(a.q!, b.q!)) return true;
  // An amount of a part of a period or a sequence is not one of the whole, nor of another part (fact-values.partOf).
  if (!isDate && sides.partOfFact(a) !== sides.partOfFact(b)) return true;
  // Nor is an amount of a district one of the story's whole region, or of another district (places.partPlaceOf).
  if (!isDate && sides.placeOfFact(a) !== sides.placeOfFact(b)) return true;
  // A rank in a sequence of title holders is held whenever it is told of.
  return !isDate && !oneRank(a, b) && otherEvent(a, b, sides);
}

/**
 * An amount of a unit written as a compound before a noun measures that noun ("after a three-week trial": the trial's
 * length; "beaches along a 30-kilometre stretch": the stretch's), and is no measure of what another sentence that
 * never names it measures ("The jury deliberated for two days", "a slick 12 kilometres long").
 */
function compoundsOfOthers(a: Fact, b: Fact): boolean {
  const dimension = dimensionOf(a.q!.unit);
  if (!dimension || dimension !== dimensionOf(b.q!.unit)) return false;
  const [na, nb] = [compoundNouns(a), compoundNouns(b)];
  return (na.length > 0 && nowhereIn(na, b.at.claim)) || (nb.length > 0 && nowhereIn(nb, a.at.claim));
}

/**
 * Whether none of a compound's words is in a claim, in any word of the same sense ("war" / "conflict"). Asked of every
 * pair of durations in a wide story: answered once per claim and word.
 */
function nowhereIn(nouns: string[], claim: Claim): boolean {
  const known = namedIn(claim);
  return !nouns.some((n) => {
    let found = known.found.get(n);
    if (found === undefined) {
      // The noun or its plural, not another word it begins ("the slick stretched" names no stretch).
      found = known.words.some((w) => w === n || w === `${n}s` || w === `${n}es` || sameSense(n, w));
      known.found.set(n, found);
    }
    return found;
  });
}
const namedIn = weakMemo((c: Claim) => ({
  words: c.text.toLowerCase().match(/\p{L}{3,}/gu) ?? [],
  found: new Map<string, boolean>(),
}));

/** The words of the phrase a compound amount is written before ("a seven-year-long civil war": civil, war), or none. */
const compoundNouns = weakMemo((f: Fact): string[] => {
  const q = f.q!;
  if (!q.noun?.startsWith("-")) return [];
  const m = /^-[\p{L}-]+((?:\s+\p{Ll}{3,}){1,3})/u.exec(f.at.claim.text.slice(q.end - f.at.claim.start));
  return m
    ? m[1]!
        .trim()
        .split(/\s+/)
        .filter((w) => !FUNCTION_WORDS.has(w))
    : [];
});

/** Whether one of two times' clauses speaks of what is to come and the other not, by other verbs. */
function dueAndDone(a: Fact, b: Fact): boolean {
  const future = (f: Fact) => speaksOfFuture(clauseText(f));
  return future(a) !== future(b) && predicateOf(a.at.claim, a.t!) !== predicateOf(b.at.claim, b.t!);
}
/** The text of the clause that states a fact's value, or its sentence's. */
function clauseText(f: Fact): string {
  const v = (f.q ?? f.t)!;
  const u = v.fact !== undefined ? f.at.claim.units?.[v.fact] : undefined;
  return u ? f.at.claim.text.slice(u.start - f.at.claim.start, u.end - f.at.claim.start) : f.at.claim.text;
}

/** Whether two amounts differ by more than DURATION_SCALES times, in one unit. */
function unlikeSizes(a: Quantity, b: Quantity): boolean {
  const [x, y] = [baseMid(a), baseMid(b)];
  return Math.max(x, y) > DURATION_SCALES * Math.max(1e-9, Math.min(x, y));
}
/** How far apart two lengths of time of one act can be: from a day to seven weeks, from a month to four years. */
const DURATION_SCALES = 50;

/**
 * A count of some of a group: "nine of the men" (its noun written "of" and the noun), "the other two bridges", "its
 * remaining 40 stores". Not "all 11 of his points", which is the whole.
 */
const partitive = (f: Fact) => {
  const before = f.at.claim.text.slice(Math.max(0, f.q!.start - f.at.claim.start - 12), f.q!.start - f.at.claim.start);
  return /^of\s/.test(f.q!.noun ?? "") ? !/\ball\s+$/i.test(before) : /\b(?:other|remaining)\s+$/i.test(before);
};

/** A modal of the future and the verb after it ("will have", "would total"). */
const FUTURE_VERB = /\b(?:will|would|['’]ll)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u;
/**
 * Whether an amount's clause says what will be, by a verb of having or being ("will have", "will employ", "would
 * total": a verb of having, or one of WordNet's verbs of states): a state to come, not the present one. Acts to come ("will cut
 * 1,200 jobs") are the same acts as reported ones and are not told apart.
 */
const futureState = weakMemo((f: Fact): boolean => {
  const verb = FUTURE_VERB.exec(clauseText(f))?.[1];
  return !!verb && (HAVING.has(verb) || firstLexFile(verb, "v") === "verb.stative");
});
/** Verbs of having that are states, not transfers ("acquire", "pay" are acts of WordNet's possession file too). */
const HAVING = new Set(["have", "own", "possess", "employ"]);

/** Whether the two amounts' clauses give one time of day or one time on a game's clock ("with 13:41 to play"). */
function sameClock(a: Fact, b: Fact): boolean {
  const ca = clocksOf(a);
  return ca.length > 0 && clocksOf(b).some((x) => ca.includes(x));
}

/**
 * The times of day or on the clock in an amount's own clause: "stretched the lead to 50-44, and … make it 54-46 with
 * 7:54 to play" gives 7:54 as the time of 54-46 only.
 */
const clocksOf = weakMemo((f: Fact) =>
  f.at.claim.times
    .filter((t) => t.fact === f.q!.fact)
    .map((t) => clockOf(t.text))
    .filter((x) => x !== null),
);

/** The score of facts i < j of a bucket when they may state one fact, else undefined. */
function pairScore(bucket: Bucket, i: number, j: number, sides: FactSides): number | undefined {
  const a = bucket.facts[i]!;
  const b = bucket.facts[j]!;
  const onlyAges = bucket.ambiguity[i] === 1 && bucket.ambiguity[j] === 1;
  if (apart(a, b, bucket.isDate, sides, onePeopleCount(bucket, i, j), onlyAges)) return undefined;
  // The same named holder is evidence of its own that two values state one fact.
  const named = isNamedHolder((a.q ?? a.t)!.holder) && isNamedHolder((b.q ?? b.t)!.holder) ? 0.1 : 0;
  const s = (a.group === b.group ? 1 : sides.sim(a.at.ref, b.at.ref)) + named;
  // One outlet's two ranks of one person need no likeness of sentences: nothing else of the article competes.
  if (a.at.ref.article === b.at.ref.article && !bucket.isDate) return s;
  const score = bucket.isDate
    ? datePairScore(a, b, s, onlyDayOfAct(bucket, i, j) || oneFounding(bucket, i, j))
    : numberPairScore(bucket, i, j, s, sides);
  if (score === undefined) return undefined;
  const agree = bucket.isDate ? timesAgree(a.t!, b.t!) === true : overlaps(a.q!, b.q!);
  return agree ? score + FACTS.agreeing : score;
}

/**
 * Whether two dates, one read from an age, both date the holder's origin: a birth is written "born" (the lexicon
 * finds "bear" close to "have", so the event word will not do), a building by a word close to "build"
 * ("constructed", "erected").
 */
function sameOrigin(a: Fact, b: Fact): boolean {
  const [age, other] = a.t!.fromAge ? [a, b] : [b, a];
  if (other.t!.fromAge) return age.t!.event === other.t!.event;
  const word = eventWord(other.at.claim, other.t!);
  return age.t!.event === "bear"
    ? predicateOf(other.at.claim, other.t!) === "born"
    : predicateOf(other.at.claim, other.t!) === "built" || (!!word && sameEventWord(word, "build"));
}

/** `s` when two dates' sentences are close enough for dates of their precision. */
/**
 * Whether two days date one act of one thing each outlet dates once ("the wildfire started on Monday" / "The fire
 * started Sunday afternoon", however little else the sentences share): the same verb class, the holder a description
 * or a name, and no other day of that verb and holder in either article.
 */
function onlyDayOfAct(bucket: Bucket, i: number, j: number): boolean {
  const [a, b] = [bucket.facts[i]!, bucket.facts[j]!];
  if (a.at.ref.article === b.at.ref.article || !isDay(a.t!) || !isDay(b.t!) || !a.t!.holder || !b.t!.holder)
    return false;
  // People and groups do many acts of one kind ("police arrested … on Friday", "police arrested … on Sunday"): only
  // things, whose acts of one kind are their one event ("the fire started").
  if (!thingHolder(a.t!.holder) || !thingHolder(b.t!.holder)) return false;
  const act = predicateOf(a.at.claim, a.t!);
  if (!act || act !== predicateOf(b.at.claim, b.t!)) return false;
  const days = daysOfActs(bucket);
  return days.get(dayKey(a))!.size === 1 && days.get(dayKey(b))!.size === 1;
}
const thingHolder = (holder: string) =>
  holder.startsWith("~") && !isHuman(holder.slice(1)) && firstLexFile(holder.slice(1), "n") !== "noun.group";
const dayKey = (f: Fact) => `${f.at.ref.article}|${f.t!.holder}|${predicateOf(f.at.claim, f.t!)}`;
/** The days each article gives each act of each holder in a bucket of dates, kept per bucket. */
const daysOfActs = weakMemo((bucket: Bucket) => datesBy(bucket, (f) => isDay(f.t!), dayKey));

/** The different dates of a bucket's facts that `keep` keeps, by `key`. */
function datesBy(bucket: Bucket, keep: (f: Fact) => boolean, key: (f: Fact) => string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of bucket.facts) {
    if (!keep(f)) continue;
    const k = key(f);
    out.set(k, (out.get(k) ?? new Set()).add(f.t!.value));
  }
  return out;
}

/**
 * Whether two dates date the founding of one thing, each outlet dating it once ("The museum, founded in 1911" /
 * "Established in 1907, the Brisgate holds …"): a thing is founded once, so the dates of its founding are one fact at
 * any grain, a year too, however little else the sentences share. The two acts are one (sameEventWord), each a kind
 * of establishing in its first sense as WordNet ranks it ("found", "establish", "institute"; not "build", "open").
 */
function oneFounding(bucket: Bucket, i: number, j: number): boolean {
  const [a, b] = [bucket.facts[i]!, bucket.facts[j]!];
  if (a.at.ref.article === b.at.ref.article || a.t!.fromAge || b.t!.fromAge || !a.t!.holder || !b.t!.holder)
    return false;
  const [ea, eb] = [eventWord(a.at.claim, a.t!), eventWord(b.at.claim, b.t!)];
  if (!founding(ea) || !founding(eb) || !sameEventWord(ea, eb)) return false;
  // …of one thing: not a company's founding and a rocket's launch (WordNet's "launch" is also "found").
  const [x, y] = [a.t!.holder, b.t!.holder];
  if (othersHeld(x, y) || othersHeld(y, x)) return false;
  const dates = foundingDates(bucket);
  return dates.get(foundingKey(a))!.size === 1 && dates.get(foundingKey(b))!.size === 1;
}
const founding = boundedMemo((verb) => !!verb && isA(verb, "v", "establish", { senses: 1 }), 10_000);
const foundingKey = (f: Fact) => `${f.at.ref.article}|${f.t!.holder}`;
/** The dates each article gives the founding of each holder in a bucket of dates, kept per bucket. */
const foundingDates = weakMemo((bucket: Bucket) =>
  datesBy(bucket, (f) => !f.t!.fromAge && founding(eventWord(f.at.claim, f.t!)), foundingKey),
);

function datePairScore(a: Fact, b: Fact, s: number, onlyDay = false): number | undefined {
  // A thing is built, or a person born, once: a year read from its age and a year of its building ("It was built in
  // 1935") date one act if they are of the same holder, the same name or the same noun, however far apart the
  // sentences are.
  // Two ages are compared as ages (amounts); their years would only repeat that comparison.
  if (a.t!.fromAge && b.t!.fromAge) return undefined;
  if (a.t!.fromAge || b.t!.fromAge)
    return a.t!.holder && a.t!.holder === b.t!.holder && sameOrigin(a, b) ? Math.max(s, 0.5) : undefined;
  // A month or a year dates many acts of one kind ("returned in 2005", "returns on November 23"): two coarse dates
  // must come from closer sentences than two days.
  // A time of day is no coarse date: "collapsed at 6:15 p.m." and "the collapse happened at 6:40 p.m." time one act.
  const fine = (t: TimeFacet) => isDay(t) || t.granularity === "clock";
  const coarse = !fine(a.t!) || !fine(b.t!);
  // …unless the two clauses name what the act was done to as well ("will hold primaries in mid-May" / "the primary
  // would be held on April 30"): the same act on the same thing, dated to the month.
  // A year alone dates too much ("introduced in the 2009 special" / "the special airs on November 23").
  const monthly = a.t!.granularity !== "year" && b.t!.granularity !== "year";
  const bar = coarse && !(monthly && sameTheme(a, b)) ? FACTS.minSimilarity.coarseDate : FACTS.minSimilarity.date;
  // The year since which one thing is the worst of its kind, in each outlet, is one fact however little else the
  // sentences share ("the spill could be the worst in the region since 1999" / "It is the worst spill … since 2003").
  if (onlyDay || (a.t!.predicate === PRECEDENT && b.t!.predicate === PRECEDENT)) return Math.max(s, bar);
  return s >= bar ? s : undefined;
}

/** The score of two amounts whose sentences score `s`, when what surrounds the amounts says they are one fact. */
function numberPairScore(bucket: Bucket, i: number, j: number, s: number, sides: FactSides): number | undefined {
  const a = bucket.facts[i]!;
  const b = bucket.facts[j]!;
  const ambiguous = (bucket.ambiguity[i]! > 1 ? 1 : 0) + (bucket.ambiguity[j]! > 1 ? 1 : 0);
  // Both outlets give several values of this measure: only the same row and the same event word, or the same
  // thing named right beside the amounts (the same item of two lists), tell which of them are one fact. One
  // outlet does: its sentence must be a close match.
  const moment = sameClock(a, b);
  // A score changes through a game: two are one fact at one time on the clock, or as the one score two sentences of
  // a row give.
  if (isTally(a.q!) && !moment && (a.group !== b.group || severalOf(a) || severalOf(b))) return undefined;
  // Two scores at one time on the clock are one fact, whatever else their clauses say.
  if (isTally(a.q!) && moment) return s;
  const besideSame =
    moment ||
    sameNamedThing(a.q!, b.q!) ||
    localOverlap(sides.wordsAfterOf(a), sides.wordsAfterOf(b)) >= FACTS.sameItem;
  // A measure named beside the figure ("Turnout was 38.6%" / "turnout reached 36.8%"), given once by each outlet, is
  // one fact however little else the sentences share, as a physical property of one thing is.
  if (a.q!.of && a.q!.of === b.q!.of && onlyOfIts(bucket, i) && onlyOfIts(bucket, j) && s >= FACTS.minSimilarity.number)
    return s;
  // One value that two outlets give in one row is one fact, whatever else either sentence holds: "approved a $180
  // million contribution" / "voted to put $180 million of public money into the $640 million project".
  if (a.group === b.group && a.q!.low === b.q!.low && a.q!.high === b.q!.high) return s + 2;
  if (ambiguous === 2 && !besideSame && !(a.group === b.group && predicateOfValue(a) === predicateOfValue(b)))
    if (!leadsOfOneHolder(a, b)) return undefined;
  if (ambiguous === 1 && !besideSame && a.group !== b.group && s < 2 * FACTS.minSimilarity.number) return undefined;
  // One count of what happened to one noun's people, given once by each outlet ("four officers were injured" /
  // "six officers suffered minor injuries"), is one fact of the event however little else the sentences share.
  // So is "no one was injured" against any noun's count of the injured ("two passengers suffered minor injuries").
  const oneNoun =
    (a.q!.unit || b.q!.unit) && (a.q!.unit === b.q!.unit || noOne(a.q!) || noOne(b.q!) || peopleOfOneEvent(a.q!, b.q!));
  if (a.q!.event && oneNoun && bucket.counts[i] === 1 && bucket.counts[j] === 1)
    return Math.max(s, FACTS.minSimilarity.event);
  if (a.q!.event) return s >= FACTS.minSimilarity.event ? s : undefined;
  if (ambiguous === 0 && oneProperty(a.q!, b.q!)) return Math.max(s, FACTS.minSimilarity.number);
  // One sum of money each outlet gives, in clauses of one act, is one fact however little else the sentences share:
  // "the hackers have demanded a ransom of $4 million" / "the attackers are demanding $4.5 million".
  if (ambiguous === 0 && oneSum(bucket, i, j)) return Math.max(s, FACTS.minSimilarity.number);
  // The size of the crowd ("a crowd of 82,000", "the attendance was 84,000"), given once by each outlet, is one
  // fact of the event, as a physical property is of a thing.
  if (ambiguous === 0 && a.q!.unit === "crowd" && b.q!.unit === "crowd") return Math.max(s, FACTS.minSimilarity.number);
  // So is a sum for each person ("about $11 per claimant" / "about $17 each"), given once by each outlet.
  if (
    ambiguous === 0 &&
    a.q!.unit === b.q!.unit &&
    a.q!.unit.endsWith("/each") &&
    onlyOfIts(bucket, i) &&
    onlyOfIts(bucket, j)
  )
    return Math.max(s, FACTS.minSimilarity.number);
  // A named person has one age when the story is told: two outlets that each give one age of one name state one
  // fact, however little else their sentences share ("identified as 27-year-old Laura Diaz" / "Diaz was 29").
  // So has the person one noun describes in each outlet ("the driver, 58," / "the 56-year-old driver").
  if (ambiguous === 0 && a.q!.unit === "age" && personHolder(a.q!.holder ?? "") && personHolder(b.q!.holder ?? ""))
    return Math.max(s, FACTS.minSimilarity.number);
  // A count or an amount is the same fact only if its own clause is about the same thing: in a list of
  // expenses, "$5,687.75 on Martha's Vineyard" pairs with "$5,587.75 vacation at Martha's Vineyard".
  // In a list the whole clause is shared, so the words right after each amount say which item it prices.
  const local = localOverlap(sides.contextOf(a.q!), sides.contextOf(b.q!));
  if (local > 0 && (s >= FACTS.minSimilarity.number || sharedTerms(a.at.claim, sides.termsOf(b.at.claim)) >= 3))
    return s + local + localOverlap(sides.wordsAfterOf(a), sides.wordsAfterOf(b));
  return undefined;
}

/**
 * Two amounts of one measure and one holder, each the only one of its measure in its article's lead (the first
 * paragraph, which tells the news): "A magnitude 5.8 earthquake struck …" / "… after a 6.1-magnitude earthquake
 * flattened houses". Each outlet may also give an aftershock's and an older quake's further down, which is what
 * makes the amounts ambiguous; the lead's is the story's.
 */
function leadsOfOneHolder(a: Fact, b: Fact): boolean {
  if (a.at.claim.paragraph !== 0 || b.at.claim.paragraph !== 0 || !a.q!.holder || a.q!.holder !== b.q!.holder)
    return false;
  const onlyOne = (f: Fact) => f.at.claim.quantities.filter((q) => q.unit === f.q!.unit).length === 1;
  return onlyOne(a) && onlyOne(b);
}

/** Whether fact i is the only value its article gives of its measure (`of`): several statements of it agree. */
const onlyOfIts = (bucket: Bucket, i: number): boolean => valuesOfMeasure(bucket)[i] === 1;
/**
 * For each fact of a bucket, how many values its article gives of its measure (`of`). Counted once per bucket, in one
 * pass: it is asked of pairs of the bucket's facts.
 */
const valuesOfMeasure = weakMemo((bucket: Bucket): number[] => {
  const key = (f: Fact) => `${f.at.ref.article}|${f.q!.of ?? ""}`;
  const values = new Map<string, Set<string>>();
  for (const f of bucket.facts) {
    let set = values.get(key(f));
    if (!set) values.set(key(f), (set = new Set()));
    set.add(`${f.q!.low}|${f.q!.high}`);
  }
  return bucket.facts.map((f) => values.get(key(f))!.size);
});

/**
 * Whether two amounts are the one sum of money each of two outlets gives (in one currency), stated by one act: the
 * same event word, or two the lexicon finds one (sameEventWord: "demand" / "ask for").
 */
function oneSum(bucket: Bucket, i: number, j: number): boolean {
  const [a, b] = [bucket.facts[i]!, bucket.facts[j]!];
  if (!isCurrency(a.q!.unit) || a.q!.unit !== b.q!.unit || bucket.counts[i] !== 1 || bucket.counts[j] !== 1)
    return false;
  const [pa, pb] = [headVerb(actOf(a)), headVerb(actOf(b))];
  return !!pa && !!pb && sameEventWord(pa, pb);
}

/** A named person, or a person one noun describes ("~driver"). */
const personHolder = (holder: string) => holder !== "" && (!holder.startsWith("~") || isHuman(holder.slice(1)));

/** Whether a fact's sentence gives several scores. */
const severalOf = (f: Fact) => severalTallies(f.at.claim.quantities);

/** The pairs of a bucket's facts that may state one fact, as [score, i, j] with i < j, best first. */
export function pairFacts(bucket: Bucket, sides: FactSides): Array<[number, number, number]> {
  const { facts } = bucket;
  const pairs: Array<[number, number, number]> = [];
  const { runStart, runEnd } = rowRuns(facts);
  const inWindow = (i: number, j: number) =>
    j < runEnd[i]! ? j - i <= FACTS.pairsPerRow : j - runStart[j]! < FACTS.pairsPerRow;
  const consider = (i: number, j: number) => {
    const s = pairScore(bucket, i, j, sides);
    if (s !== undefined) pairs.push([s, i, j]);
  };
  if (bucket.isDate) {
    // Two dates pair only when they date the same act, and this one bucket holds every date of the story: in a
    // 400-article story 3% of its pairs passed sameAct. So each date meets only the dates of its act, found through
    // an index (actPartners); the pairs kept, and so the rows, are the same as when every pair is tested.
    const partners = actPartners(facts);
    for (let i = 0; i < facts.length; i++) {
      const tried = new Set<number>();
      for (const j of partners(i))
        if (j > i && inWindow(i, j)) {
          tried.add(j);
          consider(i, j);
        }
      // The dates of one named holder's one act in the rest of its row (oneActInRow), whatever their verbs.
      if (onlyActOf(facts[i]!))
        for (let j = i + 1; j < runEnd[i]! && j - i <= FACTS.pairsPerRow; j++)
          if (!tried.has(j) && oneActInRow(facts[i]!, facts[j]!)) consider(i, j);
    }
  } else {
    // Amounts of two named holders are apart unless the names end alike (sameHolder): a named amount meets only the
    // amounts of its name and those of no name, found through an index (a third of the pairs in a wide story). A
    // score is the exception, paired by its time on the clock whoever it is given to (`apart`).
    const { named, unnamed } = holderIndex(facts);
    // …and those of a surname spelled one letter apart ("Mendes" / "Mendez"), which sameHolder takes for one person
    // when the first names agree.
    const variants = surnameVariants(named.keys());
    const all = facts.map((_, i) => i);
    for (let i = 0; i < facts.length; i++) {
      const key = isTally(facts[i]!.q!) ? null : holderKey(facts[i]!.q!.holder);
      const spelled = key === null ? [] : (variants.get(key) ?? []).map((k) => named.get(k)!);
      for (const list of key === null ? [all] : [named.get(key)!, ...spelled, unnamed])
        for (let p = firstAfter(list, i); p < list.length;) {
          const j = list[p]!;
          if (inWindow(i, j)) {
            consider(i, j);
            p++;
          }
          // Past the window, the rest of j's row is past it too.
          else p = firstAfter(list, runEnd[j]! - 1, p);
        }
    }
  }
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  return pairs;
}
