import { sameNameWord } from "./name-words";
import type { Token } from "./nlp";
import { innermostClauses, splitClauses, type Clause, type ClauseKind } from "./clauses";
import { catenativeTarget, occurrenceOf, phrasalLemma } from "./clause-heads";
import { SPEECH_VERBS } from "./clause-words";
import type { EntityMention } from "./entities";
import { contentLemmas, termsOf } from "./terms";
import { type Discourse, withoutSuffix, type Known } from "./discourse";
import { boundedMemo } from "./memo";
import { lightVerbAct } from "./light-verbs";
import { firstLexFile } from "./lexicon";

/**
 * Fact units: the clauses of a sentence with what each is about: an event word (its predicate, as a lemma), a holder
 * (a person, organisation or place by entity key, or a common noun's lemma) and its own content terms. Values found in
 * a sentence are bound to the unit that states them and take its holder: "Ortiz scored 14 points and Hale
 * scored 13" gives 14 to Ortiz and 13 to Hale.
 */
export interface FactUnit {
  /** The clause in the article, nested clauses included: `article.text.slice(start, end)`. */
  start: number;
  end: number;
  kind: ClauseKind;
  /** Index of the unit this one interrupts or continues, in the same claim; null for the first. */
  parent: number | null;
  /** Lemma of the event word ("score", "kill", "visit"), or "" when the clause has none. */
  predicate: string;
  /** The event it says happens ("the vote will take place"): clause-heads.occurrenceOf. */
  occurs?: string;
  negated?: boolean;
  /**
   * Who or what the clause is about: an entity key for a named person, organisation or place (pronouns and
   * descriptions such as "the minister" resolved to the last matching name), "~" + lemma for a common noun
   * ("~quake"), or "" when the clause has no subject.
   */
  holder: string;
  /** The holder as written in this clause (or the name it was resolved to). */
  holderText?: string;
  /** Content terms of the clause's own words, nested clauses left out. */
  terms: string[];
  /** Lemmas of the clause's own content words (see terms.ts contentLemmas). */
  lemmas: string[];
}

/** Words for people that are not names: a description resolves to the last person described by it. */
const PERSON_TITLES = /^(mr|mrs|ms|miss|dr|sir|dame|lord|lady)\.?$/i;

/** The index of the token starting at `start` (binary search; tokens are in order). */
export function tokenAt(tokens: Token[], start: number): number {
  let a = 0;
  let b = tokens.length - 1;
  while (a < b) {
    const m = (a + b) >> 1;
    if (tokens[m]!.start < start) a = m + 1;
    else b = m;
  }
  return a;
}

/** The entity mention that ends last within [from, to) of the article, or undefined. */
function entityIn(entities: EntityMention[], from: number, to: number): EntityMention | undefined {
  let best: EntityMention | undefined;
  for (const e of entities) if (e.start >= from && e.end <= to && (!best || e.end >= best.end)) best = e;
  return best;
}

/**
 * Resolves the noun phrase tokens[a..b) to what it refers to: a name in it, a pronoun's antecedent, a description
 * the article used for a name before ("the minister"), else the lemma of its head noun.
 */
function resolvePhrase(
  tokens: Token[],
  a: number,
  b: number,
  entities: EntityMention[],
  discourse: Discourse,
): Known | null {
  const from = tokens[a]!.start;
  const to = tokens[b - 1]!.end;
  // A name inside the phrase, or the name a one-word phrase is part of ("Hale" of "Dan Hale").
  const named =
    entityIn(entities, from, to) ?? (b - a === 1 ? entities.find((e) => e.start <= from && to <= e.end) : undefined);
  if (named) {
    const k = discourse.canonical(named);
    const titles = tokens.slice(a, b).filter((t) => PERSON_TITLES.test(t.text));
    for (const t of titles) discourse.noteGender(t.text, k);
    return titles.length && !k.person ? { ...k, person: true } : k;
  }
  const head = tokens[b - 1]!;
  if (head.pos === "PRON") return discourse.resolvePronoun(head.lower);
  if (head.pos === "NOUN") {
    const described = discourse.resolveRole(head.lemma);
    const definite = tokens.slice(a, b).some((t) => t.lower === "the" || t.lower === "this");
    if (described && definite) return described;
    return {
      key: `~${head.lemma}`,
      text: tokens
        .slice(a, b)
        .map((t) => t.text)
        .join(" "),
      person: false,
    };
  }
  return null;
}

/** The descriptive words of an appositive: "the chief executive of Acme" → "chief executive". */
function describingWords(tokens: Token[], from: number, to: number): string {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === "ADP" || t.text === ",") break;
    if (t.pos === "NOUN" || (t.pos === "PROPN" && t.text === t.text.toUpperCase() && t.text.length <= 5))
      out.push(t.lemma);
  }
  return out.join(" ");
}

/**
 * The nouns a copula at tokens[k] gives its subject: "is the man taking …" → "man", "was a former law partner" → "law
 * partner"; null when tokens[k] is no form of "be" followed by an article.
 */
function copularDescription(tokens: Token[], k: number): string | null {
  const to = tokens.length;
  if (k + 1 >= to || tokens[k]!.lemma !== "be" || !/^(?:the|a|an)$/.test(tokens[k + 1]!.lower)) return null;
  const nouns: string[] = [];
  for (let j = k + 2; j < to; j++) {
    const t = tokens[j]!;
    if (t.pos === "NOUN") nouns.push(t.lemma);
    else if (t.pos !== "ADJ" || nouns.length) break;
  }
  return nouns.length ? nouns.join(" ") : null;
}

/**
 * The fact units of one sentence, with values' holders resolved through `discourse` (which this call updates with
 * the names and descriptions the sentence gives).
 */
export function factUnits(
  tokens: Token[],
  entities: EntityMention[],
  discourse: Discourse,
  read: () => SentenceShape = () => sentenceShape(tokens),
): FactUnit[] {
  if (!tokens.length) return [];
  const { clauses, owner, parts } = read();
  const units: FactUnit[] = [];
  const holders: Array<Known | null> = [];
  noteDescriptions(tokens, entities, clauses, discourse);

  clauses.forEach((c, i) => {
    const holder = holderOf(tokens, entities, discourse, c, holders);
    holders.push(holder);
    // The people this clause names become antecedents for later pronouns, its subject last (the likeliest "he").
    // (Names of unknown type count only as a clause's subject, below.)
    for (const e of entities) {
      if (e.start < tokens[c.from]!.start || e.end > tokens[c.to - 1]!.end || owner[tokenAt(tokens, e.start)] !== i)
        continue;
      const named = discourse.canonical(e);
      if (named.person) discourse.notePerson(named);
    }
    // Only a clause with a verb says something of its subject: the items of a list ("the law firm of Hart, Lowe,
    // Brandt, Marsh") are no one's antecedent but as the names above.
    if (c.predicate >= 0 && holder?.person) discourse.notePerson(holder);
    else if (c.predicate >= 0 && holder && c.kind !== "frame") {
      discourse.noteThing(holder);
      if (holder.maybePerson) discourse.notePerson(holder);
    }
    const { start, end, predicate, occurs, terms, lemmas } = parts[i]!;
    units.push({
      start,
      end,
      kind: c.kind,
      parent: c.parent,
      predicate,
      ...(occurs ? { occurs } : {}),
      ...(c.negated ? { negated: true } : {}),
      holder: holder?.key ?? "",
      ...(holder ? { holderText: holder.text } : {}),
      terms,
      lemmas,
    });
  });
  // Centering's preference for the subject holds across the sentence: its main clause's subject is the likeliest
  // "he" of the next one, before the people its later clauses name ("he practised at Hart, Lowe, Brandt …").
  const main = clauses[0];
  const subject = holders[0];
  if (main?.kind === "main" && main.predicate >= 0 && main.subject && (subject?.person || subject?.maybePerson))
    discourse.notePerson(subject);
  return units;
}

/**
 * What a sentence's fact units are before their holders: its clauses, the innermost clause of each token, and each
 * clause's span, event word, occasion and words. Read from the tokens alone, so extraction keeps it per paragraph
 * site (extract.ts) while factUnits resolves the holders through the discourse every time.
 */
export interface SentenceShape {
  clauses: Clause[];
  owner: Int32Array;
  parts: Array<{
    start: number;
    end: number;
    predicate: string;
    occurs: string | null;
    terms: string[];
    lemmas: string[];
  }>;
}

export function sentenceShape(tokens: Token[]): SentenceShape {
  const clauses = splitClauses(tokens);
  const owner = innermostClauses(clauses, tokens.length);
  const parts = clauses.map((c, i) => {
    const own: Token[] = [];
    for (let k = c.from; k < c.to; k++) if (owner[k] === i) own.push(tokens[k]!);
    const p = c.predicate >= 0 ? tokens[c.predicate] : undefined;
    const occurs = c.predicate >= 0 ? occurrenceOf(tokens, c.predicate, c.subject) : null;
    return {
      ...unitSpan(tokens, c),
      predicate: p ? eventLemma(tokens, c) : "",
      occurs,
      terms: termsOf(own),
      lemmas: contentLemmas(own),
    };
  });
  return { clauses, owner, parts };
}

/**
 * Notes the descriptions a sentence gives names ("Smith, the driver," / "Defense Minister Smith" / "Lindqvist is the
 * man who …") before its clauses are resolved, so "the driver" in this sentence or a later one finds Smith.
 */
function noteDescriptions(tokens: Token[], entities: EntityMention[], clauses: Clause[], discourse: Discourse) {
  for (const e of entities) {
    if (e.role) discourse.noteRole(e.role, discourse.canonical(e));
    // "His daughter Claire said …": a noun for a person written right before the name, with no comma, tells its gender.
    const before = tokens[tokenAt(tokens, e.start) - 1];
    if (before?.pos === "NOUN") discourse.noteGender(before.text, discourse.canonical(e));
  }
  clauses.forEach((c) => {
    if (c.kind !== "appositive" || c.attachedTo < 0) return;
    const head = tokens[c.attachedTo]!;
    const named = entities.find((e) => e.start <= head.start && head.end <= e.end);
    const words = describingWords(tokens, c.from, c.to);
    if (named && words) discourse.noteRole(words, discourse.canonical(named));
    // "The mayor, Ellen Park, …": a description named by the appositive that follows it.
    const naming = entities.find((e) => e.start >= tokens[c.from]!.start && e.end <= tokens[c.to - 1]!.end);
    if (!named && naming && head.pos === "NOUN" && c.to - c.from <= 4)
      discourse.noteRole(head.lemma, discourse.canonical(naming));
  });
  // "Lindqvist is the man who …", "Smith was a former partner": a copula gives its named subject a description.
  for (const e of entities) {
    const words = copularDescription(tokens, tokenAt(tokens, e.end));
    if (words) discourse.noteRole(words, discourse.canonical(e));
  }
}

/** Who clause `c` is about: its subject, the noun a relative clause or an appositive describes, else its parent's. */
function holderOf(
  tokens: Token[],
  entities: EntityMention[],
  discourse: Discourse,
  c: Clause,
  holders: Array<Known | null>,
): Known | null {
  let holder: Known | null = null;
  if ((c.kind === "appositive" || c.kind === "relative") && c.attachedTo >= 0) {
    // "Okafor, who lived …": the relative pronoun stands for the head; "…, where she died" has its own subject.
    holder = c.subject ? resolvePhrase(tokens, c.subject[0], c.subject[1], entities, discourse) : null;
    const head = c.attachedTo;
    holder ??= resolvePhrase(tokens, head, head + 1, entities, discourse);
  } else if (c.subject) {
    holder = resolvePhrase(tokens, c.subject[0], c.subject[1], entities, discourse);
    // "A procurement official, Edvin Rasch, was given …": the name set off after a subject that describes is who.
    const named = holder && !isNamedHolder(holder.key) ? nameSetOffAfter(tokens, entities, c.subject[1]) : null;
    if (named) holder = resolvePhrase(tokens, named[0], named[1], entities, discourse) ?? holder;
  }
  // A clause without a subject of its own ("… and injured 40 others", ", killing two") shares its parent's.
  if (!holder && c.parent !== null && c.kind !== "appositive") holder = holders[c.parent] ?? null;
  return holder;
}

/** The tokens [from, to) of a person's name set off by commas right after token `end - 1`, or null. */
function nameSetOffAfter(tokens: Token[], entities: EntityMention[], end: number): [number, number] | null {
  if (tokens[end]?.text !== ",") return null;
  const first = tokens[end + 1];
  const e = first && entities.find((x) => x.type === "person" && x.start === first.start);
  if (!e) return null;
  // The first token at or after the name's end: the comma that closes it.
  const to = tokenAt(tokens, e.end);
  return tokens[to]?.text === "," ? [end + 1, to] : null;
}

/** A clause's text span: from its first word to its last, without the comma or conjunction that introduced it. */
function unitSpan(tokens: Token[], c: Clause): { start: number; end: number } {
  let f = c.from;
  while (f < c.to - 1 && (tokens[f]!.pos === "PUNCT" || tokens[f]!.pos === "CCONJ")) f++;
  let t = c.to - 1;
  while (t > f && tokens[t]!.pos === "PUNCT" && !/["”’)]/.test(tokens[t]!.text)) t--;
  return { start: tokens[f]!.start, end: tokens[t]!.end };
}

/** Whether a unit only says who spoke ("…, police said"): it states no fact of its own. */
export const isFrame = (u: FactUnit): boolean =>
  u.kind === "frame" || (SPEECH_VERBS.has(u.predicate) && !u.terms.length);

/** The innermost unit holding [start, end) of the article, or -1. */
export function unitAt(units: FactUnit[], start: number, end: number): number {
  let best = -1;
  units.forEach((u, i) => {
    if (u.start <= start && end <= u.end && (best < 0 || u.end - u.start <= units[best]!.end - units[best]!.start))
      best = i;
  });
  return best;
}

/**
 * The name a value belongs to by possession, when the phrase that holds the value says so: "Hale's record of
 * 1,904 points", "Hale's 1,904 points", "the team's 11 assists" (a name only). The clause's holder is the one who
 * acts ("Ruiz broke Hale's record of 1,904 points"); the value is the possessor's. Null when the value has no
 * possessor of its own.
 */
export function possessorOf(
  tokens: Token[],
  entities: EntityMention[],
  discourse: Discourse,
  start: number,
): string | null {
  let k = tokenAt(tokens, start) - 1;
  // Back over the words of the value's own noun phrase ("record of", "school scoring record of", "career") to a
  // possessive mark: "'s", or an apostrophe set apart from its "s" ("Hale ’ s"), or one after a plural's "s".
  let end = -1;
  for (let steps = 0; k > 0 && steps < 6 && end < 0; steps++, k--) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (/^['\u2019]s$/.test(t.lower)) end = k;
    else if (t.lower === "s" && /^['\u2019]$/.test(prev.text)) end = k - 1;
    else if (/^['\u2019]$/.test(t.text) && /s$/i.test(prev.text)) end = k;
    else if (!(
      t.lower === "of" ||
      t.pos === "NOUN" ||
      t.pos === "ADJ" ||
      (t.pos === "VERB" && t.lower.endsWith("ing"))
    ))
      break;
  }
  if (end <= 0) return null;
  const named = nameAround(entities, tokens[end - 1]!);
  return named ? discourse.canonical(named).key : null;
}

/** The name a token is part of, if any. */
export const nameAround = (entities: EntityMention[], t: Token) =>
  entities.find((e) => e.start <= t.start && t.end <= e.end);

/**
 * Whom an age set off by commas belongs to: the name or noun right before the comma ("Ana Ruiz, 32," is Ruiz's; "the
 * guard, 62," the guard's), not the clause's holder.
 */
export function appositiveOwner(
  tokens: Token[],
  entities: EntityMention[],
  discourse: Discourse,
  start: number,
): string | null {
  const k = tokenAt(tokens, start) - 2;
  if (k < 0 || tokens[k + 1]!.text !== ",") return null;
  const owner = tokens[k]!;
  const named = nameAround(entities, owner);
  if (named) return discourse.canonical(named).key;
  return owner.pos === "NOUN" ? `~${owner.lemma}` : null;
}

/**
 * The verb that names a clause's act: its event word, or the verb a passive catenative one of expecting or planning
 * leads to within the clause ("the trial is expected to begin in March", "is scheduled to start": "begin" and "start",
 * as in "the trial will begin in March"). A verb whose first sense is of the mind (WordNet's verb.cognition) says only
 * when or how surely the act happens; another is an act of its own ("troops were deployed to lead the rescue",
 * "was forced to resign").
 */
/** The lemma of a clause's act: its event verb's, or the act a light verb's object names ("held a vote": "vote"). */
function eventLemma(tokens: Token[], c: Clause): string {
  const k = eventVerb(tokens, c);
  return lightVerbAct(tokens, k, c.to) || phrasalLemma(tokens, k);
}

function eventVerb(tokens: Token[], c: Clause): number {
  const k = catenativeTarget(tokens, c.predicate);
  return k < c.to && ofTheMind(tokens[c.predicate]!.lemma) ? k : c.predicate;
}
const ofTheMind = (verb: string) => firstLexFile(verb, "v") === "verb.cognition";

/** Whether a holder is a name (an entity key) rather than a common noun ("~quake") or nothing. */
export const isNamedHolder = (h: string | undefined): h is string => !!h && !h.startsWith("~");

/** The clause a value (a date, an amount) of a claim sits in: `claim.units[value.fact]`, or undefined. */
export const unitOfValue = (c: { units?: FactUnit[] }, v: { fact?: number }): FactUnit | undefined =>
  v.fact !== undefined ? c.units?.[v.fact] : undefined;

/**
 * Whether two values can be about the same holder. Two names must name the same one (one may be the surname of the
 * other: "Smith" / "Ana Smith"; first names are compared elsewhere, as a spelling variant); a common noun or a
 * missing holder says too little to tell two values apart ("the quake" / "the earthquake").
 */

/**
 * What two named holders must share to be one (`sameHolder`): the last word of their names. Null for a holder that is
 * not a name, which may be any holder.
 */
export const holderKey = (h: string | undefined): string | null => (isNamedHolder(h) ? nameWordsOf(h).at(-1)! : null);

// A holder's name words without a suffix, for each holder compared: sameHolder runs for most pairs of amounts of a
// wide story, a few names each.
const nameWordsOf = boundedMemo((h) => withoutSuffix(h.split(" ")), 50_000);

/** A name's words without its middle initials. */
const withoutInitials = (w: string[]) => w.filter((p, i) => p.length > 1 || i === 0 || i === w.length - 1);

/**
 * One person whose surname two outlets spell one letter apart, the first name the same: "Laura Mendes" / "Laura
 * Mendez" (the spelling is reported as a name variant; the person's ages and dates are compared). Not a bare surname
 * ("Ellis" / "Ellison" may be two people), nor a short one. Amounts find such holders through `surnameVariants`.
 */
function surnameSpelledTwoWays(x: string[], y: string[]): boolean {
  const [sx, sy] = [x[x.length - 1]!, y[y.length - 1]!];
  return x.length >= 2 && y.length >= 2 && x[0] === y[0] && Math.min(sx.length, sy.length) >= 4 && sameNameWord(sx, sy);
}

/**
 * For each surname key among `keys`, the other keys one letter apart that `sameHolder` may take for it
 * (surnameSpelledTwoWays), found through each key's one-letter deletions, not by comparing every pair of keys.
 */
export function surnameVariants(keys: Iterable<string>): Map<string, string[]> {
  const byDeletion = new Map<string, string[]>();
  const out = new Map<string, string[]>();
  for (const key of keys) {
    if (key.length < 4) continue;
    for (const d of deletions(key)) byDeletion.set(d, [...(byDeletion.get(d) ?? []), key]);
  }
  for (const group of byDeletion.values())
    for (const a of group)
      for (const b of group)
        if (a !== b && sameNameWord(a, b) && !(out.get(a) ?? []).includes(b)) out.set(a, [...(out.get(a) ?? []), b]);
  return out;
}
/** A word and its forms with one letter deleted. */
const deletions = (w: string) => [w, ...Array.from({ length: w.length }, (_, i) => w.slice(0, i) + w.slice(i + 1))];

export function sameHolder(a: string | undefined, b: string | undefined): boolean {
  if (!isNamedHolder(a) || !isNamedHolder(b)) return true;
  if (a === b) return true;
  let x = nameWordsOf(a);
  let y = nameWordsOf(b);
  if (x[x.length - 1] !== y[y.length - 1] && !surnameSpelledTwoWays(x, y)) return false;
  // A middle initial one name has and the other lacks is no difference: "Ruth K. Okafor" is "Ruth Okafor".
  if (x.length !== y.length) [x, y] = [withoutInitials(x), withoutInitials(y)];
  // The words before the last, where both names have them, must be one word spelled two ways ("Jon" / "John") or
  // its initial: "Indiana State" and "Illinois State", "North Korea" and "South Korea" share only their last word.
  for (let i = 2; i <= Math.min(x.length, y.length); i++)
    if (!sameNameWord(x[x.length - i]!, y[y.length - i]!)) return false;
  return true;
}
