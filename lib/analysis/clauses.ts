import { spanText, type Token } from "./nlp";
import { firstLexFile } from "./lexicon";
import { NEGATORS, NOMINAL, NP_PART, RELATIVE, RESTRICTIVE, reportsAt, SUBORDINATORS } from "./clause-words";
import { isFrameOnly, predicateOf, subjectOf } from "./clause-heads";
import { irregularFormsOf, irregularVerbOf } from "./irregular-verbs";
import { MOD } from "./quantity-grammar";

/**
 * Clauses of one sentence, from its part-of-speech tags: the units that carry one fact each. A sentence such as
 * "Okafor, who lived half a mile away, was rushed to hospital, where she died" states three facts; comparing the
 * sentence as one unit lets a value of one fact (the distance) be read as a value of another (the death).
 *
 * No parser ships with wink-nlp, so this is a shallow, deterministic segmentation over tags: relative clauses
 * (", who …"), participle clauses (", killing two"), appositives (", the chief executive of …,"), coordinated
 * clauses ("… and Smith scored 13"), subordinate clauses ("after …", "because …") and reporting frames ("…, police
 * said"). Nested clauses sit inside the span of the clause they interrupt; a token belongs to its innermost clause.
 */
export type ClauseKind =
  "main" | "coordinate" | "relative" | "participle" | "appositive" | "subordinate" | "frame" | "part";

export interface Clause {
  /** Token range [from, to) in the sentence's tokens, nested clauses included. */
  from: number;
  to: number;
  kind: ClauseKind;
  /** The clause this one interrupts or continues, by index; null for the first main clause. */
  parent: number | null;
  /** Token index of the event word (a verb, else the complement of "be"), or -1. */
  predicate: number;
  /** Token range of the subject noun phrase, or null when the clause has none of its own. */
  subject: [number, number] | null;
  /** Token index of the head of the noun phrase a relative clause or an appositive describes, else -1. */
  attachedTo: number;
  negated: boolean;
}

const isComma = (t: Token | undefined) => t?.text === ",";
const isBoundary = (t: Token | undefined) => !!t && (t.text === ";" || t.text === ":" || /^(--|—|–)$/.test(t.text));
const isVerb = (t: Token | undefined) => t?.pos === "VERB";
const isParticiple = (t: Token | undefined) => isVerb(t) && /(?:ing|ed|en)$/.test(t!.lower);

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** Where a clause's own content starts: after its last reporting verb (and "that"), else at its start. */
function contentStart(tokens: Token[], from: number, to: number): number {
  let start = from;
  for (let i = from; i < to; i++) if (reportsAt(tokens, i)) start = tokens[i + 1]?.lower === "that" ? i + 2 : i + 1;
  return start;
}

/** The index of the next comma or boundary at or after `k` (or `end`). */
function nextStop(tokens: Token[], k: number, end: number): number {
  for (let i = k; i < end; i++) if (isComma(tokens[i]) || isBoundary(tokens[i])) return i;
  return end;
}

/** Whether tokens [from, to) hold a verb (a finite clause or a participle), looking at most `max` tokens ahead. */
function verbWithin(tokens: Token[], from: number, to: number, max = 8): number {
  for (let i = from; i < Math.min(to, from + max); i++) {
    const t = tokens[i]!;
    if (isComma(t) || isBoundary(t) || t.pos === "CCONJ") return -1;
    if (t.pos === "VERB") return i;
  }
  return -1;
}

/** The head of the noun phrase ending just before index `k` (skipping punctuation), or -1. */
function headBefore(tokens: Token[], k: number): number {
  let i = k - 1;
  while (i >= 0 && tokens[i]!.pos === "PUNCT" && tokens[i]!.text !== ",") i--;
  if (i >= 0 && isComma(tokens[i])) i--;
  for (let steps = 0; i >= 0 && steps < 6; i--, steps++) {
    const t = tokens[i]!;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON") return i;
    if (!NP_PART.has(t.pos) && t.pos !== "PUNCT") return -1;
  }
  return -1;
}

/**
 * Whether a verbless phrase set off by commas opens with an adverb or a preposition ("…, now in its eighth year,",
 * "…, still in hospital,"): it tells of the whole noun phrase before it, not of the noun its preposition takes.
 */
const adjunct = (t: Token) => t.pos === "ADV" || t.pos === "ADP";

/** The head of the noun phrase whose last noun is `head`, past one prepositional phrase: "the war in Syria" → "war". */
function phraseHead(tokens: Token[], head: number): number {
  for (let i = head - 1; i >= 0 && i >= head - 4; i--) {
    const t = tokens[i]!;
    if (t.pos === "ADP") return tokens[i - 1]?.pos === "NOUN" || tokens[i - 1]?.pos === "PROPN" ? i - 1 : head;
    if (!NP_PART.has(t.pos)) return head;
  }
  return head;
}

/** Whether tokens (from, stop) after a comma form an appositive: a noun phrase without a finite verb. */
function isAppositive(tokens: Token[], from: number, stop: number): boolean {
  if (stop - from < 1 || stop - from > 14) return false;
  let nominal = false;
  for (let i = from; i < stop; i++) {
    const t = tokens[i]!;
    // A participle may modify a noun inside it ("the injured driver"), but a verb that opens it starts a clause
    // ("…, resigned on Monday").
    if (t.pos === "VERB" && (i === from || !/(?:ing|ed)$/.test(t.lower))) return false;
    // A pronoun after a preposition is no subject: ", the last of them in 2011".
    if (t.pos === "PRON" && tokens[i - 1]?.pos !== "ADP") return false;
    if (t.pos === "AUX" || t.pos === "SCONJ" || t.pos === "CCONJ") return false;
    if (NOMINAL.has(t.pos)) nominal = true;
  }
  return nominal;
}

interface Open {
  kind: ClauseKind;
  from: number;
  parent: number | null;
  attachedTo: number;
  /** Where the clause ends at the latest (a nested clause ends at the next comma). */
  until: number;
}

type Span = Omit<Clause, "predicate" | "subject" | "negated">;

/** The clauses opened so far, and the stack of those still open: the innermost last, the sentence's main clause first. */
class OpenClauses {
  readonly spans: Span[] = [];
  readonly stack: Array<Open & { index: number }> = [];
  get top(): Open & { index: number } {
    return this.stack[this.stack.length - 1]!;
  }
  open(o: Open) {
    const index = this.spans.length;
    this.spans.push({ from: o.from, to: o.until, kind: o.kind, parent: o.parent, attachedTo: o.attachedTo });
    this.stack.push({ ...o, index });
  }
  close(at: number) {
    const top = this.stack.pop()!;
    this.spans[top.index]!.to = at;
  }
  /**
   * Ends the innermost clause at `k` and opens its continuation after `k`: coordination keeps the clause's kind. A
   * main clause continues as a coordinate one, to the sentence's end as the main clause does.
   */
  continueAfter(k: number) {
    const o = this.top;
    this.close(k);
    if (this.stack.length > 0)
      this.open({ kind: o.kind, from: k + 1, parent: o.parent, attachedTo: o.attachedTo, until: o.until });
    else this.open({ kind: "coordinate", from: k + 1, parent: o.index, attachedTo: -1, until: o.until });
  }
}

/**
 * Splits a sentence's tokens into clauses. Deterministic and linear in the number of tokens (each look-ahead is
 * bounded or stops at the next comma).
 */
export function splitClauses(tokens: Token[]): Clause[] {
  const n = tokens.length;
  const clauses = new OpenClauses();
  clauses.open({ kind: "main", from: 0, parent: null, attachedTo: -1, until: n });
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    // A nested clause ends at its stop (a comma or a boundary).
    while (clauses.stack.length > 1 && k >= clauses.top.until) clauses.close(k);
    const top = clauses.top;
    if (isBoundary(t) && k + 1 < n) {
      // ";" or a dash starts a clause of its own when one follows; it closes every nested clause.
      while (clauses.stack.length > 1) clauses.close(k);
      if (verbWithin(tokens, k + 1, n, 12) >= 0) clauses.continueAfter(k);
      continue;
    }
    if (isComma(t)) {
      if (!tokens[k + 1]) continue;
      const stop = nextStop(tokens, k + 1, top.until);
      const opened = clauseAfterComma(tokens, k, top, stop);
      if (opened === "coordinate") {
        clauses.continueAfter(k + 1);
        k++;
      } else if (opened) clauses.open({ ...opened, from: k + 1, parent: top.index, until: stop });
      continue;
    }
    if (coordinatesAt(tokens, k, top)) {
      clauses.continueAfter(k);
      continue;
    }
    const nested =
      openingParticipleAt(tokens, k, top) ??
      restrictiveAt(tokens, k, top) ??
      subjectParticipleAt(tokens, k, top) ??
      reducedRelativeAt(tokens, k, top) ??
      subordinateAt(tokens, k, top);
    if (nested) clauses.open(nested);
  }
  while (clauses.stack.length) clauses.close(n);
  return clausesOf(tokens, clauses.spans);
}

const hasVerbSince = (tokens: Token[], from: number, to: number) => {
  for (let i = from; i < to; i++) if (tokens[i]!.pos === "VERB" || tokens[i]!.pos === "AUX") return true;
  return false;
};

/** Words that end an opening phrase of time: "Last week,", "Earlier this year,", "On Monday morning,". */
const TIME_NOUN =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|weekend|month|year|morning|afternoon|evening|night|today|yesterday|tonight|decade|century|season|spring|summer|autumn|fall|winter|january|february|march|april|june|july|august|september|october|november|december|\d{4})$/i;

/**
 * Whether the comma at `k` closes a sentence's opening phrase of time: the main clause's first words, with no verb,
 * ending with a word of time ("On Monday", "Last week", "In 2004") or a lone adverb ("Earlier"). A name set off by
 * commas ("Ana Ruiz, 32, said") keeps its appositive; so, for now, does a place ("In Damascus, the minister …":
 * taking every opening prepositional phrase as one moved rows of a held-back story, decision 024).
 */
function opensSentence(tokens: Token[], top: Open, k: number): boolean {
  if (top.kind !== "main" || top.from !== 0 || k < 1 || hasVerbSince(tokens, 0, k)) return false;
  return (k === 1 && tokens[0]!.pos === "ADV") || TIME_NOUN.test(tokens[k - 1]!.lower);
}

/**
 * The clause a comma at `k` opens inside `top`, up to `stop`; "coordinate" when a coordinated clause follows (",
 * and Smith scored 13"), which continues `top` instead of nesting in it.
 */
function clauseAfterComma(
  tokens: Token[],
  k: number,
  top: Open,
  stop: number,
): { kind: ClauseKind; attachedTo: number } | "coordinate" | undefined {
  const next = tokens[k + 1]!;
  if (RELATIVE.has(next.lower)) return { kind: "relative", attachedTo: headBefore(tokens, k) };
  if (next.lower === "including" || (next.lower === "of" && tokens[k + 2]?.lower === "which"))
    return { kind: "part", attachedTo: headBefore(tokens, k) };
  if (isParticiple(next) && /ing$/.test(next.lower) && k > top.from + 1) return { kind: "participle", attachedTo: -1 };
  // "The party, held on May 3, was attended by …": a past participle set off by commas after the subject, before its
  // verb, describes the subject.
  if (
    isVerb(next) &&
    next.lower !== next.lemma &&
    !/s$/.test(next.lower) &&
    isComma(tokens[stop]) &&
    stop - k <= 12 &&
    k - top.from <= SUBJECT_TOKENS &&
    subjectOnly(tokens, contentStart(tokens, top.from, k), k) &&
    verbWithin(tokens, stop + 1, top.until, 3) >= 0
  )
    return { kind: "relative", attachedTo: headBefore(tokens, k) };
  if (next.pos === "CCONJ" && next.lower !== "or") {
    const v = verbWithin(tokens, k + 2, top.until);
    if (v >= 0 && hasVerbSince(tokens, contentStart(tokens, top.from, k), k)) return "coordinate";
  }
  if (SUBORDINATORS.has(next.lower) && verbWithin(tokens, k + 2, top.until) >= 0)
    return { kind: "subordinate", attachedTo: -1 };
  // ", police said." / ", according to …" closing a sentence: the reporting frame.
  const v = verbWithin(tokens, k + 1, top.until, 6);
  if (v >= 0 && reportsAt(tokens, v) && stop >= top.until - 1 && isFrameOnly(tokens, range(k + 1, stop), v))
    return { kind: "frame", attachedTo: -1 };
  // An opening phrase without a verb ("On Monday, the minister arrived …", "In 2004, a tsunami …", "Last week, …")
  // is followed by the main clause, not by an appositive of its noun; so is an opening participle phrase ("Born in
  // 1941 in Millbrook, Hale joined …").
  if (opensSentence(tokens, top, k)) return undefined;
  if (top.kind === "main" && openingParticipleEnd(tokens, top.from, top) === k) return undefined;
  const head = headBefore(tokens, k);
  // An appositive is closed by a comma ("Ruiz, 32, said"); one running to the end of the sentence is a noun-phrase
  // tail ("…, a region known for quakes") and describes the head just the same.
  if (head >= 0 && (tokens[head]!.pos === "PROPN" || tokens[head]!.pos === "NOUN") && isAppositive(tokens, k + 1, stop))
    return { kind: "appositive", attachedTo: adjunct(tokens[k + 1]!) ? phraseHead(tokens, head) : head };
  if (head >= 0 && tokens[head]!.pos === "PROPN" && describedSubject(tokens, k, top, stop))
    return { kind: "appositive", attachedTo: head };
  return undefined;
}

/**
 * The most tokens a subject set off before its description's comma takes: the tests that look back to the clause's
 * start run only that far, so a sentence of thousands of commas stays linear.
 */
const SUBJECT_TOKENS = 15;

/** Whether tokens [from, k) are a bare noun phrase: no verb, and no comma (no appositive closed before `k`). */
function subjectOnly(tokens: Token[], from: number, k: number): boolean {
  for (let i = from; i < k; i++) if (isComma(tokens[i]) || isVerb(tokens[i]) || tokens[i]!.pos === "AUX") return false;
  return k > from;
}

/**
 * Whether the comma at `k`, after a subject's name, opens a description whose noun has a relative clause, closed by a
 * comma right before the sentence's verb: "Marcus Hale, the trumpeter who played with the orchestra for three
 * decades, died on Saturday". The relative clause's verb is the description's, not the sentence's.
 */
function describedSubject(tokens: Token[], k: number, top: Open, stop: number): boolean {
  if (!isComma(tokens[stop]) || stop - k > 25 || k - top.from > SUBJECT_TOKENS) return false;
  if (hasVerbSince(tokens, contentStart(tokens, top.from, k), k)) return false;
  let r = k + 2;
  while (r < stop && !RESTRICTIVE.has(tokens[r]!.lower)) r++;
  return r < stop && isAppositive(tokens, k + 1, r) && verbWithin(tokens, stop + 1, top.until, 3) >= 0;
}

/**
 * Whether "and" or "but" at `k` (no comma before it) starts a new clause. "Ortiz scored 14 and Hale scored 13" (a
 * new subject), "killed two and injured four" (the same one): a new clause when a verb follows and this clause has its
 * own verb already. "said X and Y were killed" is one clause: the material after a reporting verb is what was said.
 */
function coordinatesAt(tokens: Token[], k: number, top: Open): boolean {
  const t = tokens[k]!;
  if (t.pos !== "CCONJ" || t.lower === "or" || isComma(tokens[k - 1])) return false;
  const v = verbWithin(tokens, k + 1, top.until, 6);
  if (v < 0 || !hasVerbSince(tokens, contentStart(tokens, top.from, k), k)) return false;
  const subjectLike = tokens.slice(k + 1, v).some((x) => NOMINAL.has(x.pos));
  return subjectLike || v <= k + 2;
}

/**
 * A subject's relative clause without commas: "The tsunami that killed 230,000 people was triggered by a 9.1 quake"
 * states two facts, and as one clause the amount 9.1 would take "kill" for its event. It opens at "that", "who" or
 * "which" right after the subject's noun, with a verb soon after, and ends where the clause's own verb comes (past
 * the relative's verb group and what follows it). After a reporting verb ("told reporters that the quake …") "that"
 * introduces what was said.
 */
function restrictiveAt(tokens: Token[], k: number, top: Open & { index: number }): Open | undefined {
  if (!RESTRICTIVE.has(tokens[k]!.lower) || !afterNoun(tokens, k)) return undefined;
  const v = verbWithin(tokens, k + 1, top.until, 4);
  if (v < 0) return undefined;
  for (let i = Math.max(top.from, k - 4); i < k; i++) if (reportsAt(tokens, i)) return undefined;
  // A subject's relative clause: all before it is that noun phrase ("The 2004 tsunami", "the leader of the group"),
  // and the clause's own verb comes after it.
  // After an opening phrase set off by a comma ("If approved, eligible users who submit a claim … are expected"),
  // the subject starts past the comma.
  let from = nearContentStart(tokens, top, k);
  for (let i = k - 1; i > from; i--)
    if (isComma(tokens[i])) {
      from = i + 1;
      break;
    }
  const stop = boundedStop(tokens, k, top);
  const subject = nounPhraseOnly(tokens, from, k);
  // Later in a clause, the relative runs to the clause's end: "crews fought a wildfire that has scorched 15,000
  // acres": its amounts and dates are the wildfire's, not the crews'.
  if (!subject)
    return (top.kind === "main" || top.kind === "coordinate") && objectRelative(tokens, k, from)
      ? { kind: "relative", from: k, parent: top.index, attachedTo: phraseHead(tokens, k - 1), until: stop }
      : undefined;
  const i = verbAfter(tokens, v, stop);
  return i < stop ? { kind: "relative", from: k, parent: top.index, attachedTo: k - 1, until: i } : undefined;
}

/**
 * A participle phrase that opens the sentence, up to its comma, before the subject and its verb: "Born in 1941 in
 * Millbrook, Hale joined the orchestra in 1968", "Elected in 2010, she served two terms". Its dates and places are
 * its own act's, and it is about the main clause's subject.
 */
function openingParticipleAt(tokens: Token[], k: number, top: Open & { index: number }): Open | undefined {
  const stop = openingParticipleEnd(tokens, k, top);
  return stop >= 0 ? { kind: "participle", from: k, parent: top.index, attachedTo: -1, until: stop } : undefined;
}

/** The comma that ends an opening participle phrase starting at `k` (openingParticipleAt), or -1. */
function openingParticipleEnd(tokens: Token[], k: number, top: Open): number {
  const t = tokens[k]!;
  // A participle: an inflected verb form that is no present tense ("Born", "Struck", "Speaking").
  // ("According to …" is a source, not an act.)
  // Only at the sentence's start ("Born in 1941 in Millbrook, …").
  if (k !== top.from || top.kind !== "main" || t.pos !== "VERB" || t.lower === t.lemma || /s$/.test(t.lower)) return -1;
  if (t.lower === "according") return -1;
  const stop = boundedStop(tokens, k, top);
  if (!isComma(tokens[stop]) || hasVerbSince(tokens, k + 1, stop)) return -1;
  return verbWithin(tokens, stop + 1, top.until, 6) >= 0 ? stop : -1;
}

/**
 * Whether the pronoun at `k`, after the clause's verb, opens a relative clause of the noun before it whose subject it
 * is ("crews fought a wildfire that has scorched 15,000 acres"): its verb follows at once, the noun is no time ("said
 * on Monday that …"), and no verb of saying or thinking comes before it ("confirmed … that it had received …", where
 * "that" opens what was said).
 */
function objectRelative(tokens: Token[], k: number, from: number): boolean {
  const next = tokens[k + 1];
  const verbNext = next?.pos === "VERB" || next?.pos === "AUX" || (next?.pos === "ADV" && isVerb(tokens[k + 2]));
  if (!verbNext || TIME_NOUN.test(tokens[k - 1]!.lower) || !hasVerbSince(tokens, from, k)) return false;
  for (let i = from; i < k; i++) {
    const t = tokens[i]!;
    if (t.pos === "VERB" && SAYING_OR_THINKING.has(firstLexFile(t.lemma, "v"))) return false;
  }
  return true;
}
const SAYING_OR_THINKING = new Set(["verb.communication", "verb.cognition"]);

/**
 * A participle right after a noun, after its clause's verb: "struck a region hit by the 2004 tsunami", "to reach 12
 * miners trapped 350 metres below ground". It describes the noun, and its dates and amounts are its own: a clause to
 * the next comma, or without its agent to where a clause of its own starts.
 */
function reducedRelativeAt(tokens: Token[], k: number, top: Open & { index: number }): Open | undefined {
  const t = tokens[k];
  if (!isVerb(t) || !afterNoun(tokens, k)) return undefined;
  // …or without its agent, a participle before where or how far ("to reach 12 miners trapped 350 metres below
  // ground", "300 workers hired in 2019"): an inflected form that is no present tense, before no object.
  const next = tokens[k + 1];
  const participle = mayBePastParticiple(t!) && (next?.pos === "ADP" || next?.pos === "NUM" || next?.pos === "ADV");
  if (next?.lower !== "by" && !participle) return undefined;
  // The noun is an object: a verb governs it ("As police struggled to reach the villages, the death toll rose to 11":
  // the toll is a subject).
  const stop = boundedStop(tokens, k, top);
  if (!governed(tokens, k, next?.lower === "by" ? nearContentStart(tokens, top, k) : Math.max(top.from, k - 13)))
    return undefined;
  if (!hasVerbSince(tokens, k + 1, stop))
    return { kind: "relative", from: k, parent: top.index, attachedTo: k - 1, until: stop };
  // A participle without its agent ends where a clause of its own starts ("… trapped 350 metres below ground since a
  // tunnel caved in"); with its agent, where it ends is not known from tags ("expenses charged by Jackson and his
  // wife included …").
  if (next?.lower === "by") return undefined;
  let end = k + 1;
  while (end < stop && !clauseStart(tokens[end]!)) end++;
  return isVerb(tokens[end]) || tokens[end]?.pos === "AUX" || tokens[end]?.pos === "CCONJ" || end - k < 2
    ? undefined
    : { kind: "relative", from: k, parent: top.index, attachedTo: k - 1, until: end };
}

/**
 * Whether a verb's form may be a past participle: inflected, no present tense, and not an irregular simple past whose
 * verb has a participle of its own ("rose": "risen", "took": "taken"; "held" may be either).
 */
function mayBePastParticiple(t: Token): boolean {
  if (t.lower === t.lemma || /s$/.test(t.lower)) return false;
  const verb = irregularVerbOf(t.lower);
  return !verb || /n$/.test(t.lower) || !irregularFormsOf(verb).some((f) => f !== t.lower && /n$/.test(f));
}

/**
 * Whether a verb governs the noun phrase before `k`: looking back from `k` to `from`, a verb comes before a comma or
 * a word that opens a clause of its own ("As police struggled to reach the villages, the death toll rose to 11";
 * "told reporters that the team played well": the toll and the team are subjects).
 */
function governed(tokens: Token[], k: number, from: number): boolean {
  for (let i = k - 1; i >= from; i--) {
    const t = tokens[i]!;
    if (t.pos === "VERB" || t.pos === "AUX") return true;
    if (isComma(t) || t.pos === "SCONJ" || SUBORDINATORS.has(t.lower) || RESTRICTIVE.has(t.lower)) return false;
  }
  return false;
}

/** A word that starts a clause of its own: a verb, a conjunction, a subordinator or a relative pronoun. */
const clauseStart = (t: Token) =>
  isVerb(t) ||
  t.pos === "AUX" ||
  t.pos === "CCONJ" ||
  t.pos === "SCONJ" ||
  SUBORDINATORS.has(t.lower) ||
  RELATIVE.has(t.lower) ||
  RESTRICTIVE.has(t.lower);

/**
 * A participle phrase right after the subject's noun, without commas, before the clause's own verb: "Two aid workers
 * kidnapped in March were released on Monday", "Miners trapped by the collapse were rescued". Its dates and places
 * are its own act's, and the clause's act is the verb after it. Told from a past tense ("Police arrested two men who
 * were …") by what follows the participle: a preposition or an adverb, not an object; and from a reporting verb with
 * its "that" left out ("officials said on Monday the bridge was closed") by the verbs of saying left out and by no
 * new noun phrase before the verb.
 */
function subjectParticipleAt(tokens: Token[], k: number, top: Open & { index: number }): Open | undefined {
  const t = tokens[k]!;
  if (t.pos !== "VERB" || !mayBePastParticiple(t) || !afterNoun(tokens, k)) return undefined;
  if (top.kind !== "main" && top.kind !== "coordinate" && top.kind !== "subordinate") return undefined;
  const next = tokens[k + 1];
  if (next?.pos !== "ADP" && next?.pos !== "ADV") return undefined;
  if (SAYING_OR_THINKING.has(firstLexFile(t.lemma, "v"))) return undefined;
  const from = nearContentStart(tokens, top, k);
  if (!nounPhraseOnly(tokens, from, k)) return undefined;
  const stop = boundedStop(tokens, k, top);
  // The clause's verb opens with an auxiliary ("were released", "was charged"): a past form there could be a second
  // participle ("The company laid off 300 workers hired in 2019": "laid" is the verb).
  const v = verbAfter(tokens, k, stop);
  if (v >= stop || v - k > 10 || tokens[v]!.pos !== "AUX") return undefined;
  for (let i = k + 1; i < v; i++) {
    const x = tokens[i]!;
    // Only the participle's prepositional phrases and adverbs come before the verb ("in northern Malind").
    if (x.pos === "DET" && tokens[i - 1]!.pos !== "ADP") return undefined;
    if (x.pos === "CCONJ" || x.pos === "SCONJ" || x.pos === "PRON" || RESTRICTIVE.has(x.lower)) return undefined;
  }
  return { kind: "relative", from: k, parent: top.index, attachedTo: k - 1, until: v };
}

/**
 * Whether tokens [from, k) are one noun phrase of at most 12 tokens ("The 2004 tsunami", "the leader of the group"),
 * an amount's modifier included ("About 650 baggage handlers", "More than 300 workers").
 */
function nounPhraseOnly(tokens: Token[], from: number, k: number): boolean {
  if (k - from > 12) return false;
  let number = from;
  while (number < k && tokens[number]!.pos !== "NUM") number++;
  if (number > from && number < k && AMOUNT_MODIFIER.test(spanText(tokens, from, number - 1))) from = number;
  for (let i = from; i < k; i++)
    // ("A 52-year-old woman who …": a hyphen joins the words of a compound modifier.)
    if (!NP_PART.has(tokens[i]!.pos) && !/^(?:of|-|['’]s)$/.test(tokens[i]!.lower)) return false;
  return true;
}

const AMOUNT_MODIFIER = new RegExp(`^(?:${MOD})$`, "i");

const afterNoun = (tokens: Token[], k: number) => tokens[k - 1]?.pos === "NOUN" || tokens[k - 1]?.pos === "PROPN";
/** Where the content of `top` starts before `k`, looking back at most 13 tokens (a noun phrase is shorter). */
const nearContentStart = (tokens: Token[], top: Open, k: number) => contentStart(tokens, Math.max(top.from, k - 13), k);
/** The next comma or boundary after `k`, looking at most 40 tokens ahead: the split stays linear in the sentence. */
const boundedStop = (tokens: Token[], k: number, top: Open) => nextStop(tokens, k + 1, Math.min(top.until, k + 40));

/** The first verb after the verb group at `v` and what follows it, before `stop` (else `stop`). */
function verbAfter(tokens: Token[], v: number, stop: number): number {
  let i = v + 1;
  while (i < stop && ["VERB", "AUX", "PART", "ADV"].includes(tokens[i]!.pos)) i++;
  while (i < stop && tokens[i]!.pos !== "AUX" && tokens[i]!.pos !== "VERB") i++;
  return i;
}

/**
 * Whether tokens from `from` hold a subject set off by an appositive and then its verb: "since Edward Brooke, a
 * Republican, held the seat" (the comma would otherwise end the look for a verb).
 */
function verbPastAppositive(tokens: Token[], from: number, until: number): boolean {
  let i = from;
  while (i < until && i < from + 5 && NP_PART.has(tokens[i]!.pos)) i++;
  if (i === from || !isComma(tokens[i])) return false;
  const close = nextStop(tokens, i + 1, Math.min(until, i + 9));
  return isComma(tokens[close]) && isAppositive(tokens, i + 1, close) && verbWithin(tokens, close + 1, until, 3) >= 0;
}

/** The subordinate clause a subordinator at `k` opens ("…, because …"; "After the quake struck, …"), if any. */
function subordinateAt(tokens: Token[], k: number, top: Open & { index: number }): Open | undefined {
  const t = tokens[k]!;
  if (!SUBORDINATORS.has(t.lower)) return undefined;
  const after = tokens[k + 1];
  // "as many as", "as well as", "since 2010": a subordinator followed by a modifier or a number is not a clause.
  const modifies = !!after && (after.pos === "ADJ" || after.pos === "ADV" || after.pos === "NUM");
  if (k > 0 && !modifies && (t.pos === "SCONJ" || t.pos === "ADP" || t.pos === "ADV")) {
    const v = verbWithin(tokens, k + 1, top.until, 8);
    if ((v >= 0 || verbPastAppositive(tokens, k + 1, top.until)) && hasVerbSince(tokens, top.from, k))
      return { kind: "subordinate", from: k, parent: top.index, attachedTo: -1, until: top.until };
  }
  if (k === 0) {
    // "After the quake struck, …": the subordinate clause runs to the first comma.
    const n = tokens.length;
    const stop = nextStop(tokens, 1, n);
    if (stop < n && verbWithin(tokens, 1, stop, stop) >= 0)
      return { kind: "subordinate", from: 0, parent: 0, attachedTo: -1, until: stop };
  }
  return undefined;
}

/**
 * Each token's innermost clause (-1 for none). Clauses are nested or disjoint, so it is the shortest one holding the
 * token: assign the longest first and let the shorter ones inside overwrite.
 */
export function innermostClauses(spans: Array<{ from: number; to: number }>, n: number): Int32Array {
  const owner = new Int32Array(n).fill(-1);
  const byLength = spans
    .map((_, i) => i)
    .sort((a, b) => spans[b]!.to - spans[b]!.from - (spans[a]!.to - spans[a]!.from) || a - b);
  for (const i of byLength) for (let k = spans[i]!.from; k < spans[i]!.to; k++) owner[k] = i;
  return owner;
}

/** The clauses of the spans opened, each with its event word, subject and negation read from its own tokens. */
function clausesOf(tokens: Token[], spans: Span[]): Clause[] {
  const owner = innermostClauses(spans, tokens.length);
  const clauses: Clause[] = [];
  spans.forEach((s, i) => {
    if (s.to <= s.from) return;
    const own: number[] = [];
    for (let k = s.from; k < s.to; k++) if (owner[k] === i) own.push(k);
    const stated = predicateOf(tokens, own);
    // "had no plans to ballot members": the act is the one intended, denied.
    const intended = stated >= 0 ? intendedAct(tokens, stated) : -1;
    const predicate = intended >= 0 ? intended : stated;
    clauses.push({
      from: s.from,
      to: s.to,
      kind: predicate >= 0 && s.kind !== "frame" && isFrameOnly(tokens, own, predicate) ? "frame" : s.kind,
      parent: s.parent,
      predicate,
      subject: subjectOfSpan(tokens, s, own, predicate),
      attachedTo: s.attachedTo,
      negated: intended >= 0 || negates(tokens, own, predicate),
    });
  });
  return clauses;
}

/**
 * The act a "have no plans to …" denies, as a token index, or -1: "the union has no plans to ballot members", "had no
 * immediate intention of selling" (a noun of intending after "no", perhaps with an adjective, then the verb).
 */
function intendedAct(tokens: Token[], have: number): number {
  if (tokens[have]!.lemma !== "have" || tokens[have + 1]?.lower !== "no") return -1;
  let k = have + 2;
  if (tokens[k]?.pos === "ADJ") k++;
  if (!INTENTIONS.has(tokens[k]?.lower ?? "")) return -1;
  const verb = tokens[k + 2];
  return (tokens[k + 1]?.lower === "to" || tokens[k + 1]?.lower === "of") && verb?.pos === "VERB" ? k + 2 : -1;
}
const INTENTIONS = new Set(["plan", "plans", "intention", "intentions"]);

/**
 * Whether a negator precedes the clause's event word (or directly follows it: "had not"), and follows the verb
 * that reports it: "said the suspect was not armed" denies "armed", "did not say he was armed" does not.
 */
function negates(tokens: Token[], own: number[], predicate: number): boolean {
  let reporter = -1;
  for (const k of own) if (k < predicate && reportsAt(tokens, k)) reporter = k;
  // "did not reopen until March" says when it reopened: the negation bears on the time before, not on the act.
  if (predicate >= 0 && own.some((k) => k > predicate && UNTIL.has(tokens[k]!.lower))) return false;
  return own.some(
    (k) =>
      NEGATORS.has(tokens[k]!.lower) &&
      !LIMITING.has(tokens[k + 1]?.lower ?? "") &&
      (predicate < 0 || (k < predicate + 2 && k > reporter)),
  );
}

const UNTIL = new Set(["until", "till"]);

/** "Not only cheap but fast", "not just a game": a negator before these limits what follows, and denies nothing. */
const LIMITING = new Set(["only", "just", "merely", "simply"]);

/**
 * A clause's own subject. An appositive has none; a relative clause has one only when a noun phrase follows its
 * pronoun ("the seat that Obama vacated", ", where she died"): "who lived …" is about the noun it describes.
 */
function subjectOfSpan(tokens: Token[], s: Span, own: number[], predicate: number): [number, number] | null {
  if (s.kind === "appositive") return null;
  const subject = subjectOf(tokens, own, predicate);
  if (s.kind !== "relative") return subject;
  if (!subject || subject[1] <= s.from + 1) return null;
  return [Math.max(subject[0], s.from + 1), subject[1]];
}
