import type { Token } from "./nlp";
import { category } from "./lexicon";

/**
 * What someone is charged with, pleads guilty to or is convicted of: the crimes a clause names after a legal verb
 * ("was charged with vehicular manslaughter and criminally negligent homicide", "pleaded guilty on Wednesday to one
 * felony fraud count", "his guilty plea was to a conspiracy charge", "charged in her murder"). Outlets that name
 * different crimes for one charge or plea contradict each other (charge-rows.ts); one that names fewer does not.
 */
export interface Charge {
  /** "charge" (charged, indicted, accused) or "plea" (pleaded guilty, convicted): a plea can differ from the charge. */
  act: "charge" | "plea";
  /** The crimes named, as noun lemmas, sorted ("fraud"; "homicide", "manslaughter"). */
  crimes: string[];
  start: number;
  end: number;
  /** Told as one more charge ("has also been charged with animal cruelty"): it adds to the others, never contradicts. */
  additional?: boolean;
  /** Whether the act is the noun "plea" ("Jackson's guilty plea was to …"): its possessor is who pleaded. */
  byNoun?: boolean;
  /** The fact unit of the claim that states it, and who is charged (see units.ts). */
  fact?: number;
  holder?: string;
}

/** Legal verbs (and the noun "plea") by the act they name: general vocabulary of crime reporting, not a story's. */
const ACTS = new Map<string, Charge["act"]>([
  ["charge", "charge"],
  ["indict", "charge"],
  ["accuse", "charge"],
  ["arrest", "charge"],
  ["plead", "plea"],
  ["plea", "plea"],
  ["convict", "plea"],
]);
/** Prepositions that introduce the crime: "charged with", "pleaded guilty to", "convicted of". */
const INTRO = new Set(["with", "to", "of"]);
/** Words that count or classify charges without naming a crime: "one felony fraud count", "a conspiracy charge". */
const NOT_CRIMES = new Set(
  "count charge felony misdemeanor offense offence crime case degree guilty plea connection death".split(" "),
);

/**
 * "in" and "on" introduce a crime only before a possessive or "charges": "charged in her murder", "arrested on charges
 * of rioting"; otherwise they say where or when ("in a federal courtroom", "on Wednesday").
 */
const introducesCrime = (t: Token, next: Token | undefined) =>
  (t.lower === "in" && /^(?:his|her|their)$/.test(next?.lower ?? "")) ||
  (t.lower === "on" && /^charges?$/.test(next?.lower ?? ""));

/** Whether an "and" or an "or" comes after token `from` before the sentence ends. */
function listGoesOn(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && !/^[.;!?]$/.test(tokens[k]!.text); k++)
    if (tokens[k]!.lower === "and" || tokens[k]!.lower === "or") return true;
  return false;
}

/** Whether a word can be a gerund's object: "filing false returns", "spending $750,000", "killing his mother". */
const takesObject = (t: Token | undefined) =>
  !!t && ["DET", "ADJ", "NUM", "SYM", "PRON", "NOUN", "PROPN"].includes(t.pos);

/** The charges a sentence's tokens state, in order. */
export function extractCharges(tokens: Token[]): Charge[] {
  const out: Charge[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const faced = t.pos === "VERB" && t.lemma === "face" ? facedCharges(tokens, k) : null;
    const act = faced ? "charge" : ACTS.get(t.lemma);
    if (!act || (t.pos !== "VERB" && !(t.pos === "NOUN" && t.lemma === "plea"))) continue;
    const { crimes, end } = faced ?? crimesAfter(tokens, k + 1);
    if (!crimes.length) continue;
    const additional = tokens.slice(Math.max(0, k - 3), k).some((x) => x.lower === "also");
    out.push({
      act,
      crimes,
      start: t.start,
      end,
      ...(additional ? { additional } : {}),
      ...(t.pos === "NOUN" ? { byNoun: true } : {}),
    });
  }
  return out;
}

/**
 * The crimes of "facing manslaughter charges", "faces two counts of murder", "faces charges of arson and burglary":
 * "face" with "charges" or "counts" as its object a few words on. Null when its object is something else ("faced
 * criticism", "faces a long trial").
 */
function facedCharges(tokens: Token[], at: number): { crimes: string[]; end: number } | null {
  for (let k = at + 1; k < tokens.length && k <= at + 5; k++) {
    const t = tokens[k]!;
    if (t.pos === "NOUN" && (t.lemma === "charge" || t.lemma === "count")) {
      // The crimes before "charges" ("manslaughter charges"), else after it ("charges of arson").
      const before = tokens.slice(at + 1, k).filter((x) => x.pos === "NOUN" && !NOT_CRIMES.has(x.lemma));
      if (before.length) return { crimes: [...new Set(before.map((x) => x.lemma))].sort(), end: t.end };
      const after = crimesAfter(tokens, k + 1);
      return after.crimes.length ? after : null;
    }
    if (t.pos === "VERB" || t.pos === "PUNCT" || t.pos === "ADP") return null;
  }
  return null;
}

/**
 * The crimes named after a legal verb: past "guilty", "not", an adverb and a time ("on Wednesday") to the preposition
 * that introduces them, then the last noun of each item of the list, up to a clause's end. An item that starts with
 * a verb ("leaving the scene", "driving while intoxicated") names an act, not a crime's name, and is passed over.
 */
function crimesAfter(tokens: Token[], from: number): { crimes: string[]; end: number } {
  const none = { crimes: [], end: 0 };
  let k = from;
  // Up to the introducing preposition, within a few words: "pleaded guilty on Wednesday to", "was to a".
  const intro = (i: number) =>
    i < tokens.length && (INTRO.has(tokens[i]!.lower) || introducesCrime(tokens[i]!, tokens[i + 1]));
  for (let steps = 0; k < tokens.length && steps < 6; k++, steps++) {
    const t = tokens[k]!;
    if (t.pos === "ADP" && intro(k)) break;
    // Past a time ("on Wednesday"), not past another phrase ("charged by Jackson … to his campaign").
    if (t.pos === "PUNCT" || t.pos === "VERB" || (t.pos === "ADP" && !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? "")))
      return none;
  }
  if (!intro(k)) return none;
  const crimes = new Set<string>();
  let head: string | null = null;
  // The span shown runs from the legal word to the last crime named.
  let [headEnd, end] = [0, 0];
  const add = () => {
    if (head) {
      crimes.add(head);
      end = headEnd;
    }
    head = null;
  };
  const done = () => {
    add();
    return { crimes: [...crimes].sort(), end };
  };
  for (k++; k < tokens.length; k++) {
    const t = tokens[k]!;
    const endsItem = t.text === "," || t.lower === "and" || t.lower === "or";
    // "the murder of his mother": the crime is the noun before "of", once there is one.
    if (endsItem || (t.pos === "ADP" && (t.lower !== "of" || head !== null))) {
      add();
      // A comma goes on to a list's next item only if an "and" or "or" closes the list later: "…, court papers say."
      // is the sentence's frame, not a crime.
      if (t.text === "," && !listGoesOn(tokens, k + 1)) break;
      if (endsItem) continue;
      break;
    }
    const possessive = /^(?:his|her|their|its)$/.test(t.lower);
    if (t.pos === "PUNCT" || t.pos === "SCONJ" || (t.pos === "PRON" && !possessive) || /^(?:that|who)$/.test(t.lower))
      break;
    // An item that starts with a verb, or a gerund with an object ("filing false returns", "spending $750,000",
    // "killing his mother, sister and dog"), tells an act: it and the rest of the list are passed over.
    if (head === null && (t.pos === "VERB" || (t.pos === "NOUN" && /ing$/.test(t.lower) && takesObject(tokens[k + 1]))))
      return done();
    // A verb after a noun makes the item a clause ("…, police said", "to his campaign included …"): the list is over.
    if (t.pos === "VERB") {
      head = null;
      return done();
    }
    if (t.pos === "NOUN" && !NOT_CRIMES.has(t.lemma) && category(t.lemma) !== "person")
      [head, headEnd] = [t.lemma, t.end];
    // An acronym names a crime too: "DWI", "DUI".
    else if (t.pos === "PROPN" && /^\p{Lu}{2,5}$/u.test(t.text)) [head, headEnd] = [t.lower, t.end];
  }
  return done();
}
