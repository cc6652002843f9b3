import type { Discrepancy, Label, Located } from "./compare";
import type { EntityMention } from "./entities";
import { hasCapitalisedSense, isA } from "./lexicon";
import { boundedMemo } from "./memo";
import { facetConflict, type FacetKind, type PersonFacet } from "./person-facets";
import { isNamedHolder } from "./units";

/**
 * The political party an outlet gives a named person: "Ann Hale, a Democrat," (an appositive whose noun WordNet knows,
 * capitalised, as a kind of politician: a member of a party), "Democratic Sen. Ann Hale" (the party's adjective before
 * a title and a name), "Sen. Ann Hale (D-Ore.)" (the party's initial and the state, as American papers write it). A
 * person belongs to one party at a time: two outlets that give one person two parties in a row disagree.
 */
export interface Party extends PersonFacet {
  /** The party as written ("Democrat", "D-Ore.", "Republican"). */
  written: string;
  /** What it names, one spelling for every way of writing it ("democrat"). */
  party: string;
}

/** The party initials of "(D-Ore.)", "(R-Texas)", "(I-Vt.)": the convention of American papers. */
const INITIALS: Record<string, string> = { d: "democrat", r: "republican", i: "independent" };
const AFTER_NAME = /^\s*\(([DRI])[-\u2013]\s?\p{Lu}[\p{L}.]*\)/u;
/** "Democratic Sen. …", "Republican Gov. …", "Democrat Rep. …": a capitalised word right before a title. */
const BEFORE_NAME =
  /(\p{Lu}\p{Ll}+)\s+(?:(?:Sen|Rep|Gov|Senator|Representative|Governor|Congressman|Congresswoman|Mayor|President)\.?\s+)?$/u;
/**
 * ", a Democrat,", ", a Republican from Ohio,", ", an independent,": an appositive that opens with the party's member
 * noun, or with "independent", a member of none (the "I" of "(I-Vt.)").
 */
const APPOSITIVE = /^(?:a|an)\s+(\p{Lu}\p{Ll}+|independent)\b/u;

/**
 * The party a capitalised word names a member of ("Democrat", "Republican", "Labourite", "Communist"), or of whose
 * members it is the adjective ("Democratic"), as one spelling; null for any other word ("Senator", "American").
 */
export const partyOf = (word: string): string | null => partyOfLower(word.toLowerCase());
const partyOfLower = boundedMemo(
  (lower) =>
    [lower, lower.replace(/ic$/, "")].find((w) => hasCapitalisedSense(w) && isA(w, "n", "politician", { senses: 1 })) ??
    null,
  10_000,
);

/** The parties a claim gives named people. */
export function partiesOf(at: Located): Party[] {
  const c = at.claim;
  const out: Party[] = [];
  const people = c.entities.filter((e) => e.type === "person" || e.type === "name");
  const push = (e: Pick<EntityMention, "key" | "text">, written: string, party: string, start: number) =>
    out.push({ holder: e.key, holderText: e.text, written, party, start, end: start + written.length });
  for (const e of people) {
    const after = AFTER_NAME.exec(c.text.slice(e.end - c.start));
    if (after) {
      const written = after[0].trim().slice(1, -1);
      push(e, written, INITIALS[after[1]!.toLowerCase()]!, e.end + after[0].indexOf(written));
    }
    // ", an independent," is no noun phrase to the clause reader (the tagger reads an adjective): read here.
    const independent = /^,\s+an\s+(independent)\s*[,.]/iu.exec(c.text.slice(e.end - c.start));
    if (independent) push(e, independent[1]!, "independent", e.end + independent[0].indexOf(independent[1]!));
    const from = Math.max(0, e.start - c.start - 40);
    const before = BEFORE_NAME.exec(c.text.slice(from, e.start - c.start));
    const party = before && partyOf(before[1]!);
    if (before && party) push(e, before[1]!, party, c.start + from + before.index);
  }
  for (const u of c.units ?? []) {
    if (u.kind !== "appositive" || !isNamedHolder(u.holder)) continue;
    const raw = c.text.slice(u.start - c.start, u.end - c.start);
    const m = APPOSITIVE.exec(raw.trimStart());
    const party = m && (/^independent$/i.test(m[1]!) ? "independent" : partyOf(m[1]!));
    if (!m || !party) continue;
    const start = u.start + (raw.length - raw.trimStart().length) + m[0].length - m[1]!.length;
    push({ key: u.holder, text: u.holderText ?? u.holder }, m[1]!, party, start);
  }
  return out;
}

/** Two parties of one person. */
export const PARTIES: FacetKind<Party> = {
  measure: "party",
  of: partiesOf,
  differ: (a, b) => a.item.party !== b.item.party,
  shown: (p) => p.written,
  key: (p) => p.party,
};

/** One person given two parties by two outlets of a row. */
export const partyConflict = (members: Located[], label: Label): Discrepancy | null =>
  facetConflict(members, label, PARTIES);
