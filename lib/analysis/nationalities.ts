import type { Discrepancy, Label, Located } from "./compare";
import { SPEECH_VERBS } from "./clause-words";
import { isA, isKnown, isPartOf, pertainyms } from "./lexicon";
import { boundedMemo } from "./memo";
import { facetConflict, type FacetKind, type PersonFacet } from "./person-facets";

/**
 * The nationality an outlet gives a named person: the adjective of a country, as WordNet knows it (an adjective that
 * pertains to a noun that is a country: "French", "Belgian", "Somali"), opening an appositive ("Pierre Lamont, a
 * French citizen," / ", a 34-year-old Belgian aid worker,") or before the words that describe the person right
 * before the name ("the French aid worker Pierre Lamont", "Belgian national Pierre Lamont"). "A French-Belgian
 * national" has both. A person has the nationalities an outlet gives; two outlets that give one person no common
 * nationality in a row disagree, unless one country is a part of the other ("Scottish" / "British"). A word that
 * names where someone was born or is based ("Belgian-born", "London-based") is no nationality.
 */
export interface Nationality extends PersonFacet {
  /** The adjectives as written ("French-Belgian"). */
  written: string;
  /** The countries they pertain to ("france", "belgium"). */
  countries: string[];
}

/** A capitalised word, or words joined by hyphens, not followed by a lower-case word after a hyphen ("-born"). */
const ADJECTIVES = String.raw`(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![-\p{L}])`;
/** ", a French citizen", ", a 34-year-old Belgian aid worker": at most two words before the adjective. */
const APPOSITIVE = new RegExp(String.raw`^(?:a|an)\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,2}${ADJECTIVES}\s+\p{Ll}`, "u");
/** "Pierre Lamont was a French citizen", "The victim is a Belgian national", "who was a French engineer". */
const COPULA = new RegExp(
  String.raw`^(.+?)\s+(?:is|was)\s+(?:also\s+)?(?:a|an)\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,2}${ADJECTIVES}\s+\p{Ll}`,
  "u",
);
/** The subject of a copula when it is "the" and one noun: the holder the clause reader writes "~victim". */
const THE_NOUN = /^the\s+(\p{Ll}+)$/iu;
/** "the French aid worker ", "Belgian national ": the adjective and one to three lower-case words before a name. */
const BEFORE_NAME = new RegExp(String.raw`(?:^|\s)${ADJECTIVES}\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,3})$`, "u");
/**
 * Whether the words between the adjective and a name describe the person: nouns as WordNet writes them ("aid
 * worker", "national"), or "named"; not a verb ("French police questioned Sean Kelly", "French police say …").
 */
const describesPerson = (words: string) =>
  words
    .trim()
    .split(/\s+/)
    .every((w) => w === "named" || w === "called" || (isKnown(w, "n") && !SPEECH_VERBS.has(w)));

/** The country an adjective pertains to ("french" → "france"), or null when it names none. */
const countryOf = boundedMemo(
  (lower): string | null => pertainyms(lower).find((p) => isA(p, "n", "country", { senses: 2 })) ?? null,
  10_000,
);

/** The countries of capitalised adjectives joined by hyphens, or null unless each names one. */
function countriesOf(written: string): string[] | null {
  const countries = written.split("-").map((w) => countryOf(w.toLowerCase()));
  return countries.every((c): c is string => c !== null) ? countries : null;
}

/** The nationalities a claim gives people: named ones, and one it calls "the" and a noun ("the victim"). */
export function nationalitiesOf(at: Located): Nationality[] {
  const c = at.claim;
  const out: Nationality[] = [];
  const push = (holder: string, holderText: string, written: string, start: number) => {
    const countries = countriesOf(written);
    if (countries) out.push({ holder, holderText, written, countries, start, end: start + written.length });
  };
  for (const e of c.entities) {
    if (e.type !== "person" && e.type !== "name") continue;
    const from = Math.max(0, e.start - c.start - 60);
    const before = BEFORE_NAME.exec(c.text.slice(from, e.start - c.start));
    if (before && describesPerson(before[2]!))
      push(e.key, e.text, before[1]!, c.start + from + before.index + before[0].indexOf(before[1]!));
  }
  for (const u of c.units ?? []) {
    const raw = c.text.slice(u.start - c.start, u.end - c.start);
    const text = raw.trimStart();
    const at = (m: RegExpExecArray, group: number) =>
      u.start + (raw.length - text.length) + m[0].lastIndexOf(m[group]!);
    if (u.kind === "appositive" && u.holder) {
      const m = APPOSITIVE.exec(text);
      if (m) push(u.holder, u.holderText ?? u.holder, m[1]!, at(m, 1));
      continue;
    }
    const m = COPULA.exec(text);
    if (!m) continue;
    // Whose nationality: a relative clause's antecedent ("Lamont, who is a French citizen"), a name that is the whole
    // subject, or "the" and a noun ("The victim was …").
    const subject = m[1]!;
    const named = c.entities.find((e) => e.text === subject && (e.type === "person" || e.type === "name"));
    const noun = THE_NOUN.exec(subject)?.[1];
    if (u.kind === "relative" && /^who$/i.test(subject) && u.holder)
      push(u.holder, u.holderText ?? u.holder, m[2]!, at(m, 2));
    else if (named) push(named.key, named.text, m[2]!, at(m, 2));
    else if (noun) push(`~${noun.toLowerCase()}`, subject, m[2]!, at(m, 2));
  }
  return out;
}

/** Whether one country is the other or a part of it ("scotland" / "great_britain"). */
const within = (x: string, y: string) => x === y || isPartOf(x, y) || isPartOf(y, x);

/** Two nationalities of one person that share no country, nor a country and a part of it. */
export const NATIONALITIES: FacetKind<Nationality> = {
  measure: "nationality",
  of: nationalitiesOf,
  differ: (a, b) => !a.item.countries.some((x) => b.item.countries.some((y) => within(x, y))),
  shown: (n) => n.written,
  key: (n) => [...n.countries].sort().join("-"),
};

/** One person given nationalities in common by no two outlets of a row. */
export const nationalityConflict = (members: Located[], label: Label): Discrepancy | null =>
  facetConflict(members, label, NATIONALITIES);
