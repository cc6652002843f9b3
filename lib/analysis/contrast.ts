import type { Discrepancy, Located, ValueMention } from "./compare";
import type { FactUnit } from "./units";
import { isFrame, isNamedHolder, sameHolder } from "./units";
import { SPEECH_VERBS } from "./clause-words";
import { category, opposites as oppositesOf, sameSense } from "./lexicon";
import { sameEventWord } from "./fact-values";
import { allMatches } from "./text";
import { boundedMemo } from "./memo";
import { complementContrast, denialAgrees, hasComplement } from "./complements";
import { escape, stemOf } from "./verb-forms";
import { exclusiveKind, siblingKinds } from "./sibling-nouns";
import { isColour, sameColour } from "./colours";
import { ordinalPlaces, placesRankedApart, type OrdinalPlace } from "./ordinal-places";
import { irregularFormsOf } from "./irregular-verbs";
import { isHuman } from "./quantity-nouns";

/**
 * Contradiction cues between two outlets' statements of one claim, without a language model (issue 15, item 6; the
 * cues of de Marneffe, Rafferty and Manning, "Finding contradictions in text", ACL 2008, that need no parser):
 *
 * - **negation**: one clause denies what the other asserts, of the same holder and the same thing ("the bomb did not
 *   explode" / "the bomb exploded near the gate"), also with a verb of denial ("the company denied receiving an
 *   offer" / "confirmed it had received an offer");
 * - **antonyms**: the clauses put WordNet antonyms in the same place ("pleaded guilty" / "pleaded not guilty" is a
 *   negation; "was acquitted" / "was convicted", "won" / "lost", "was armed" / "was unarmed");
 * - **colours**: one thing given two colours ("a black Toyota Camry" / "a gray Toyota Camry");
 * - **kinds**: one act's thing given two kinds of a class where a thing has one (sibling-nouns.ts: "was shot in the
 *   arm" / "in the leg", "opened fire with a rifle" / "with a shotgun");
 * - **ranks**: one act set at two places of a row of them (ordinal-places.ts: "broke out on the third floor" / "on the
 *   fifth floor");
 * - **directions**: one place given two compass points ("8 miles north of the city" / "8 miles south of the city").
 *
 * Each cue needs evidence that the two clauses are about one thing besides their row: the same named holder, or a
 * content word they share other than the cue's own words. Rows are what alignment made them; the cues only read
 * clauses that sit in one row already.
 */

export type ContrastCue = "negation" | "denial" | "antonym" | "colour" | "kind" | "rank" | "direction";

interface Clause {
  at: Located;
  unit: FactUnit;
  text: string;
  start: number;
  end: number;
  quantified: boolean;
  /** Whether the claim gives a count or an amount in this clause. */
  counted: boolean;
}

/**
 * A negation by a quantifier ("no one was hurt", "none were found") is a count of zero: the values compare it with
 * another outlet's count. One that counts nothing ("no group has claimed responsibility") is the clause's negation,
 * as "did not" is; so is a count of zero against a clause that counts nothing ("no patient data had been stolen" /
 * "patient data was stolen").
 */
const QUANTIFIED_NEGATION = /\b(?:no|none|nobody|nothing|neither|nor)\b|\bno[\s-]one\b/i;

function clausesOf(at: Located): Clause[] {
  const units = at.claim.units ?? [];
  return units
    .map((unit, i) => ({ unit, i }))
    .filter(({ unit }) => !isFrame(unit) && unit.predicate)
    .map(({ unit, i }) => {
      const from = Math.max(0, unit.start - at.claim.start);
      const to = Math.min(at.claim.text.length, unit.end - at.claim.start);
      const text = at.claim.text.slice(from, to).trim();
      const counts = at.claim.quantities.filter((q) => (q.fact ?? i) === i);
      const quantified = QUANTIFIED_NEGATION.test(text) && counts.some((q) => q.low === 0);
      return { at, unit, text, start: unit.start, end: unit.end, quantified, counted: counts.length > 0 };
    });
}

/** Whether two clauses share an object that is an act or what was said ("responsibility", "the allegations"). */
const sharedAct = (a: FactUnit, b: FactUnit) =>
  a.lemmas.some((w) => w !== a.predicate && b.lemmas.includes(w) && STATED.has(category(w) ?? ""));
const STATED = new Set(["act", "event", "communication"]);

/** Content words of a clause other than its event word. */
const themeOf = (u: FactUnit) => new Set(u.lemmas.filter((w) => w !== u.predicate));

/** Whether two clauses are about one thing: one named holder, or a content word in common besides `except`. */
function aboutOneThing(a: FactUnit, b: FactUnit, except: Set<string>): boolean {
  if (!sameHolder(a.holder, b.holder)) return false;
  if (isNamedHolder(a.holder) && isNamedHolder(b.holder)) return true;
  if (a.holder && a.holder === b.holder) return true;
  const theirs = themeOf(b);
  for (const w of themeOf(a)) if (!except.has(w) && theirs.has(w)) return true;
  return false;
}

/**
 * Whether two event words are written as two parts of speech: one a verb after "to" or a modal ("is due to last 48
 * hours"), the other an adjective or a noun after an article ("is the first at the airport"). Their opposition is
 * of one part of speech ("first" / "last" are adjectives; "last", the verb, has no opposite).
 */
function otherPartsOfSpeech(a: string, textA: string, b: string, textB: string): boolean {
  const verb = (w: string, text: string) => asVerb(w).test(text);
  const nominal = (w: string, text: string) => afterArticle(w).test(text);
  return (verb(a, textA) && nominal(b, textB)) || (verb(b, textB) && nominal(a, textA));
}
const asVerb = boundedMemo(
  (w) =>
    new RegExp(
      String.raw`\b(?:to|will|would|can|could|may|might|must|shall|should|do|does|did)\s+(?:not\s+)?${escape(w)}\b`,
      "i",
    ),
  10_000,
);
const afterArticle = boundedMemo((w) => new RegExp(String.raw`\b(?:the|a|an)\s+${escape(w)}\b`, "i"), 10_000);

/**
 * "No one was injured" / "Shoppers were injured": a clause that denies its act of everyone (its subject "no one",
 * "nobody", "none", so it has no holder) is about whichever people the other clause names.
 */
function everyoneAndPeople(a: FactUnit, b: FactUnit, texts: [string, string]): boolean {
  const everyone = (u: FactUnit, text: string) => !u.holder && EVERYONE.test(text);
  const people = (u: FactUnit) => !!u.holder?.startsWith("~") && isHuman(u.holder.slice(1));
  return (everyone(a, texts[0]) && people(b)) || (everyone(b, texts[1]) && people(a));
}
// …also after the frame that reports it: "Police said on Monday evening that no one had been arrested".
const EVERYONE =
  /^(?:[\p{L}'’.\s-]{1,60}?\b(?:said|says|told\s+\p{L}+|added|stated|confirmed|announced)\b(?:[^.;]{0,40}?\bthat)?\s+)?(?:no[\s-]one|nobody|none)\b/iu;

/**
 * "The jury acquitted Daniel Price" / "Daniel Price was convicted": the one clause's named holder is what the other,
 * whose holder is no name, does its act to. Both clauses are about that person.
 */
function oneNamedPatient(a: FactUnit, b: FactUnit, texts: [string, string]): boolean {
  const named = (u: FactUnit, other: FactUnit, text: string) =>
    isNamedHolder(u.holder) &&
    !isNamedHolder(other.holder) &&
    !!u.holderText &&
    text.slice(1).includes(u.holderText.split(/\s+/).at(-1)!);
  return named(a, b, texts[1]) || named(b, a, texts[0]);
}

/**
 * The compass points a clause's text writes in lower case ("north of the city", "in southern Iraq"), by point: a
 * capitalised one is a name's ("North Korea", "South Africa"). Compass points are a closed class, as weekdays are.
 */
const COMPASS = /\b(north|south|east|west|northeast|northwest|southeast|southwest)(?:ern|wards?|bound)?\b/g;
function directionsOf(text: string): string[] {
  return [...new Set(allMatches(COMPASS, text).map((m) => m[1]!))];
}

/** Whether two clauses share a content word other than their event words and their holders' words. */
function sharesTheme(a: FactUnit, b: FactUnit): boolean {
  const holders = new Set(`${a.holderText ?? ""} ${b.holderText ?? ""}`.toLowerCase().split(/\W+/));
  const theirs = themeOf(b);
  for (const w of themeOf(a)) if (theirs.has(w) && !holders.has(w)) return true;
  return false;
}

/**
 * Whether the clause's negation bears on its event word: "not" or "never" right before it ("did not explode", "has
 * never been charged"), not on another verb of the clause ("it is not the first time he has appeared").
 */
function deniesPredicate(u: FactUnit, text: string): boolean {
  return !!u.negated && denialOf(u.predicate, text) !== null;
}

/** Verbs that deny what their clause goes on to say ("denied that it had received an offer", "denied receiving"). */
const DENIALS = new Set(["deny", "refute", "rebut"]);

/**
 * Whether clause `d` denies what clause `s` asserts: "the company denied receiving a takeover offer" / "the company
 * confirmed it had received a takeover offer". The denied event word is among the denial's words, and the two share
 * what it was done to; neither is negated ("did not receive" agrees with the denial).
 */
function deniesWhat(d: FactUnit, s: FactUnit): boolean {
  if (!DENIALS.has(d.predicate) || DENIALS.has(s.predicate) || d.negated || s.negated) return false;
  if (!s.predicate || SPEECH_VERBS.has(s.predicate)) return false;
  // The denied act told by a word of the same sense: "denied that it closed the slope" / "confirmed it had shut the
  // gates".
  const denied = d.lemmas.find((w) => w === s.predicate || (w !== d.predicate && sameSense(w, s.predicate)));
  return !!denied && aboutOneThing(d, s, new Set([d.predicate, s.predicate, denied]));
}

/** The words that deny `lemma` in `text`, auxiliary included ("did not explode", "has never been charged"). */
function denialOf(lemma: string, text: string): string | null {
  return denialPattern(formsPattern(lemma)).exec(text)?.[0] ?? null;
}
/** A verb's stem and its irregular past forms, as a pattern's alternatives ("pay|paid"): "no ransom was paid". */
const formsPattern = (lemma: string) => [stemOf(lemma), ...irregularFormsOf(lemma)].map(escape).join("|");
// "didn't" is one word, its auxiliary the letters before "n't"; "no group has claimed", "nobody was arrested", "no
// patient data had been stolen" deny by their subject (of up to two words). One regex per stem, built once: a wide
// story asks of thousands of negated clauses.
const denialPattern = boundedMemo(
  (forms) =>
    new RegExp(
      String.raw`\b(?:\p{L}*n['’]t|(?:\p{L}+\s+)?(?:not|never)|(?:no|nobody|none|no[\s-]one)(?:\s+\p{L}+){0,2})\s+(?:\p{L}+\s+){0,2}(?:${forms})\p{L}*`,
      "iu",
    ),
  10_000,
);

/** The words of `text` that state `lemma`, with the auxiliaries before them ("exploded", "was convicted"). */
function statementOf(lemma: string, text: string): string {
  return statementPattern(formsPattern(lemma)).exec(text)?.[0] ?? lemma;
}
const statementPattern = boundedMemo(
  (forms) =>
    new RegExp(
      String.raw`\b(?:(?:is|are|was|were|be|been|being|has|have|had|will|would)\s+){0,2}(?:${forms})\p{L}*`,
      "iu",
    ),
  10_000,
);

/** The cue by which clause `a` contradicts clause `b`, with the words that carry it; null when none does. */
export function contrastOf(
  a: FactUnit,
  b: FactUnit,
  texts: [string, string] = ["", ""],
): { cue: ContrastCue; words: [string, string]; shown?: [string, string] } | null {
  // A verb of saying is a frame (left out by clausesOf) unless it states an act: "claimed responsibility for …".
  const samePredicate = a.predicate === b.predicate && (!SPEECH_VERBS.has(a.predicate) || sharedAct(a, b));
  if (
    samePredicate &&
    !!a.negated !== !!b.negated &&
    (a.negated ? deniesPredicate(a, texts[0]) : deniesPredicate(b, texts[1])) &&
    (aboutOneThing(a, b, new Set([a.predicate])) || everyoneAndPeople(a, b, texts)) &&
    !denialAgrees(a, b, texts)
  )
    return { cue: "negation", words: [a.predicate, b.predicate] };
  if (deniesWhat(a, b) || deniesWhat(b, a)) return { cue: "denial", words: [a.predicate, b.predicate] };
  // Of any shared event word, a verb of saying included: "the jury found Hale not guilty" / "found Hale guilty",
  // "was found alive" / "was found dead".
  const complement =
    a.predicate && a.predicate === b.predicate
      ? complementContrast(a, b, texts, (except) => aboutOneThing(a, b, except))
      : null;
  if (complement) return complement;
  if (!!a.negated !== !!b.negated) return null; // "did not win" / "lost" agree
  // Opposite event words of one holder ("the jury convicted" / "acquitted", "Ortiz won" / "Ortiz lost"): the verbs
  // themselves, as other opposites in a clause mostly describe different things ("early" / "late" in the day).
  if (
    oppositesOf(a.predicate).has(b.predicate) &&
    !otherPartsOfSpeech(a.predicate, texts[0], b.predicate, texts[1]) &&
    !describedApart(a.holder, b.holder) &&
    (aboutOneThing(a, b, new Set([a.predicate, b.predicate])) || oneNamedPatient(a, b, texts))
  )
    return { cue: "antonym", words: [a.predicate, b.predicate] };
  const mine = new Set([a.predicate, ...a.lemmas]);
  const theirs = new Set([b.predicate, ...b.lemmas]);
  const onlyMine = [...mine].filter((w) => !theirs.has(w));
  const onlyTheirs = [...theirs].filter((w) => !mine.has(w));
  const colours = onlyMine.filter(isColour);
  if (colours.length === 1) {
    const other = onlyTheirs.filter(isColour);
    if (
      other.length === 1 &&
      !sameColour(colours[0]!, other[0]!) &&
      aboutOneThing(a, b, new Set([colours[0]!, other[0]!]))
    )
      return { cue: "colour", words: [colours[0]!, other[0]!] };
  }
  // Of one act: the same event word ("shot in the arm" / "shot in the leg").
  const kinds = a.predicate === b.predicate ? onlyMine.filter((w) => exclusiveKind(w)) : [];
  if (kinds.length === 1) {
    const other = onlyTheirs.filter((w) => exclusiveKind(w));
    if (
      other.length === 1 &&
      siblingKinds(kinds[0]!, other[0]!) &&
      aboutOneThing(a, b, new Set([kinds[0]!, other[0]!]))
    )
      return { cue: "kind", words: [kinds[0]!, other[0]!] };
  }
  // Of one act: one place of a row of them ("broke out on the third floor" / "on the fifth floor").
  const ranked =
    a.predicate === b.predicate
      ? placesRankedApart(texts[0], texts[1], a.predicate)
      : oneNamedRunner(a, b)
        ? finishingPlacesApart(texts, a.predicate, b.predicate)
        : null;
  if (ranked && aboutOneThing(a, b, new Set([ranked[0].noun])))
    return { cue: "rank", words: [ranked[0].text, ranked[1].text] };
  const [da, db] = [directionsOf(texts[0]), directionsOf(texts[1])];
  // Of one place: the clauses share a word besides who or what they are about ("the city", "miles"), not only their
  // holder ("The quake struck north of the capital" / "was felt south of the border").
  if (da.length === 1 && db.length === 1 && da[0] !== db[0] && sharesTheme(a, b))
    return { cue: "direction", words: [da[0]!, db[0]!] };
  return null;
}

/**
 * Two holders described by nouns of different things: "net income fell" / "spending on data centres rose" (which the
 * other clause mentions, so their themes meet). Nouns of one thing are close in the lexicon ("shares" / "the stock",
 * "income" / "profit").
 */
const describedApart = (x: string | undefined, y: string | undefined) =>
  !!x?.startsWith("~") && !!y?.startsWith("~") && x !== y && !sameEventWord(x.slice(1), y.slice(1));

/** Two clauses about one named holder: the clauses whose places in an order compare whatever their verbs. */
const oneNamedRunner = (a: FactUnit, b: FactUnit) =>
  isNamedHolder(a.holder) && isNamedHolder(b.holder) && sameHolder(a.holder, b.holder);

/**
 * One named holder's two places in an order ("place"), told by two verbs: "Ferreira finished third" / "Ferreira
 * faded to fourth place". A person holds one place at the end of one race, however an outlet tells the getting there.
 */
function finishingPlacesApart(texts: [string, string], pa: string, pb: string): [OrdinalPlace, OrdinalPlace] | null {
  const [x, y] = [ordinalPlaces(texts[0], pa), ordinalPlaces(texts[1], pb)];
  if (x.length !== 1 || y.length !== 1 || x[0]!.noun !== "place" || y[0]!.noun !== "place") return null;
  return x[0]!.rank !== y[0]!.rank ? [x[0]!, y[0]!] : null;
}

/**
 * The pairs of clauses of two outlets in a row that some cue could join, in the order of the row's members and then of
 * their clauses: the same event word, opposite event words, or a colour word in both. Testing every pair of a wide
 * row's clauses would be quadratic in its outlets for what is nearly always nothing.
 */
function candidatePairs(members: Located[]): Array<[Clause, Clause]> {
  const all: Array<{
    c: Clause;
    member: number;
    order: number;
    complemented: boolean;
    kinds: string[];
    ranked: boolean;
  }> = [];
  members.forEach((at, member) =>
    clausesOf(at).forEach((c) => {
      all.push({
        c,
        member,
        order: all.length,
        complemented: hasComplement(c.unit, c.text),
        kinds: c.unit.lemmas.filter((w) => exclusiveKind(w)),
        ranked: ordinalPlaces(c.text, c.unit.predicate).length === 1,
      });
    }),
  );
  const byPredicate = new Map<string, typeof all>();
  for (const x of all) {
    const list = byPredicate.get(x.c.unit.predicate);
    if (list) list.push(x);
    else byPredicate.set(x.c.unit.predicate, [x]);
  }
  const coloured = all.filter((x) => x.c.unit.lemmas.some(isColour) || directionsOf(x.c.text).length);
  const pairs: Array<[(typeof all)[number], (typeof all)[number]]> = [];
  const seen = new Set<string>();
  const add = (x: (typeof all)[number], y: (typeof all)[number]) => {
    if (x.member === y.member || x.c.at.ref.article === y.c.at.ref.article) return;
    // A count of zero against a count: the values compare them.
    if ((x.c.quantified && y.c.counted) || (y.c.quantified && x.c.counted)) return;
    const [p, q] = x.order < y.order ? [x, y] : [y, x];
    const key = `${p.order}:${q.order}`;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push([p, q]);
  };
  for (const x of all) {
    for (const y of byPredicate.get(x.c.unit.predicate) ?? [])
      if (
        !!x.c.unit.negated !== !!y.c.unit.negated ||
        (x.complemented && y.complemented) ||
        ((kindsApart(x.kinds, y.kinds) || (x.ranked && y.ranked)) && !x.c.unit.negated && !y.c.unit.negated)
      )
        add(x, y);
    for (const verb of oppositesOf(x.c.unit.predicate)) for (const y of byPredicate.get(verb) ?? []) add(x, y);
    if (DENIALS.has(x.c.unit.predicate))
      for (const word of x.c.unit.lemmas) for (const y of byPredicate.get(word) ?? []) add(x, y);
  }
  for (let i = 0; i < coloured.length; i++)
    for (let j = i + 1; j < coloured.length; j++) add(coloured[i]!, coloured[j]!);
  // One named holder's places in an order, whatever the verbs (finishingPlacesApart).
  const placed = all.filter((x) => x.ranked && isNamedHolder(x.c.unit.holder));
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++)
      if (sameHolder(placed[i]!.c.unit.holder, placed[j]!.c.unit.holder)) add(placed[i]!, placed[j]!);
  // The order the members and clauses come in: the first contradiction found is the one a full scan would find.
  pairs.sort(
    (p, q) =>
      p[0].member - q[0].member || p[1].member - q[1].member || p[0].order - q[0].order || p[1].order - q[1].order,
  );
  return pairs.map(([p, q]) => [p.c, q.c]);
}

/** Whether each of two clauses names a thing of an exclusive kind the other does not (the "kind" cue's candidates). */
const kindsApart = (x: string[], y: string[]) =>
  x.length > 0 && y.length > 0 && x.some((w) => !y.includes(w)) && y.some((w) => !x.includes(w));

/** Whether the outlet of clause `c` also states `u`'s event word (negated as `u` is) in the row. */
const statesToo = (members: Located[], c: Clause, u: FactUnit) =>
  members.some(
    (m) =>
      m.ref.article === c.at.ref.article &&
      (m.claim.units ?? []).some((x) => x.predicate === u.predicate && !!x.negated === !!u.negated),
  );

/** The cues whose value is one word of each clause (or a few: "third floor"), not the clause. */
const WORD_CUES: ReadonlySet<ContrastCue> = new Set(["colour", "kind", "rank", "direction"]);

/**
 * Where a cue's value sits in its clause: the word itself for the cues of one word ("leg", "third floor", "north"),
 * as written, inflected or not ("legs"), else the whole clause.
 */
function spanOf(c: Clause, found: { cue: ContrastCue; words: string[] }, k: number): { start: number; end: number } {
  if (!WORD_CUES.has(found.cue)) return { start: c.start, end: c.end };
  const from = Math.max(0, c.start - c.at.claim.start);
  const m = new RegExp(String.raw`\b${escape(found.words[k]!)}\p{L}*`, "iu").exec(
    c.at.claim.text.slice(from, c.end - c.at.claim.start),
  );
  return m
    ? { start: c.at.claim.start + from + m.index, end: c.at.claim.start + from + m.index + m[0].length }
    : { start: c.start, end: c.end };
}

/** The dates a clause's own times give, resolved at any grain ("2024-03-11", "2024-03", "2019"). */
const daysOf = (c: Clause): string[] => {
  const unit = (c.at.claim.units ?? []).indexOf(c.unit);
  return (
    c.at.claim.times
      .filter((t) => t.fact === unit && t.role === "event" && t.resolved && /^\d{4}(?:-\d{2}){0,2}$/.test(t.value))
      // Not the date of a trailing frame the clause holds ("…, the court heard on Thursday").
      .filter((t) => !t.predicate || t.predicate.startsWith(stemOf(c.unit.predicate)))
      .map((t) => t.value)
  );
};
/** Whether both clauses are dated, and no date of one falls within one of the other ("2019" / "2024-03-14"). */
const onOtherDays = (a: Clause, b: Clause) => {
  const [da, db] = [daysOf(a), daysOf(b)];
  const within = (x: string, y: string) => x.startsWith(y) || y.startsWith(x);
  return da.length > 0 && db.length > 0 && !da.some((d) => db.some((e) => within(d, e)));
};

/**
 * The first contradiction between two outlets' clauses in one row, as a discrepancy of kind "statement": the two
 * clauses are its values (the colour or the opposite words for the word cues). Quantified negations ("no one was
 * hurt") are left to the values, which read them as counts of zero.
 */
export function contrastConflict(members: Located[], label: (article: number) => string): Discrepancy | null {
  for (const [a, b] of candidatePairs(members)) {
    const found = contrastOf(a.unit, b.unit, [a.text, b.text]);
    if (!found) continue;
    // An outlet that states both opposites tells of two acts ("closed last week …, which opened in 1935"): the
    // other outlet's word agrees with one of them.
    // (Of opposite event words: opposite complements of one event word are told apart by the complements.)
    const opposite = found.cue === "antonym" && a.unit.predicate !== b.unit.predicate;
    if (opposite && (statesToo(members, a, b.unit) || statesToo(members, b, a.unit))) continue;
    // Opposite acts on two different days are two acts ("closed on Monday" / "opened again on Thursday").
    if (found.cue === "antonym" && onOtherDays(a, b)) continue;
    // What differs, as the outlets word it: "did not explode" / "exploded", "convicted" / "acquitted", "black".
    const valueOf = (c: Clause, word: string) =>
      WORD_CUES.has(found.cue)
        ? word
        : c.unit.negated && found.cue === "negation"
          ? (denialOf(word, c.text) ?? c.text)
          : statementOf(word, c.text);
    const values: ValueMention[] = [a, b].map((c, k) => ({
      value: found.shown?.[k] ?? valueOf(c, found.words[k]!),
      articles: [c.at.ref.article],
      claims: [c.at.claim.key],
      spans: [{ article: c.at.ref.article, claim: c.at.claim.key, ...spanOf(c, found, k) }],
    }));
    // A denial is headed by who denied ("The county's denial"): the clause it contradicts may name no one ("it had
    // received …").
    const denier = found.cue === "denial" ? [a, b].find((c) => DENIALS.has(c.unit.predicate))! : undefined;
    // What a count of zero denies is had of the thing it counts: "no patient data" is about patient data.
    const holder = (denier ? denier.unit.holderText : (a.unit.holderText ?? b.unit.holderText))?.replace(
      /^no\s+(?=\p{L})/iu,
      "",
    );
    const what =
      found.cue === "negation" || found.cue === "denial"
        ? "denied vs stated"
        : found.cue === "colour" || found.cue === "direction"
          ? found.cue
          : found.cue === "kind"
            ? exclusiveKind(found.words[0])!.replace("-", " ")
            : found.cue === "rank"
              ? "which one"
              : "opposites";
    return {
      kind: "statement",
      detail: `${what}: ${values.map((v) => `${v.value} (${v.articles.map(label).join(", ")})`).join(" vs ")}`,
      values,
      basis: {
        ...(holder ? { holder } : {}),
        event: denier ? denier.unit.predicate : a.unit.predicate,
        ...(found.cue === "direction" ? { measure: "direction" } : {}),
        signals: { contrast: 1, [found.cue === "negation" || denier ? "negation" : "lexical"]: 1 },
      },
    };
  }
  return null;
}
