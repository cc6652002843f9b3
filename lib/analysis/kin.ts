import { describe, splitOf, type Discrepancy, type Label, type Located } from "./compare";
import { nameWithin, sameEntity } from "./entities";
import { spelledAlike } from "./name-conflicts";
import { isA } from "./lexicon";
import { boundedMemo } from "./memo";
import { facetConflict, facetsOf, type FacetKind, type PersonFacet } from "./person-facets";

/**
 * How a named person is related to someone, as an outlet writes it beside the name: "the victim's brother, Omar,",
 * "Omar, the victim's brother,", "his aunt, Rosa Mendez,", "her husband John Hale". A person is one relative of
 * another, so two outlets that make one person of a row two kinds of relative of one anchor ("brother" / "cousin")
 * disagree. The kinds are WordNet's: a noun whose first sense is a kind of relative. Other descriptions ("the driver",
 * "a neighbour") may all be true at once, and are not compared.
 */
export interface Kin extends PersonFacet {
  /** The relation as written ("brother") and its lemma. */
  written: string;
  relation: string;
  /** Whose relative: "~victim" ("the victim's"), a name's last word ("Jackson's"), or "" for a pronoun ("his"). */
  anchor: string;
  /** Words between the possessor and the relation ("former", "19-year-old"), lower-cased; "" when none. */
  modifiers: string;
  /** Where the name is written in the article. */
  name: { start: number; end: number };
}

const WORD = String.raw`\p{L}[\p{L}'’.-]*`;
/** "the victim's", "Jackson's", "his": whose relative. */
const POSSESSOR = String.raw`(?:(?:the\s+)?(${WORD})\s?['’]s|([Hh]is|[Hh]er|[Tt]heir))`;
/** Up to two words that describe the relative ("older", "19-year-old"). */
const MODIFIERS = String.raw`((?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,2})`;
/** "the victim's brother, " / "his older aunt " right before a name. */
const BEFORE_NAME = new RegExp(String.raw`${POSSESSOR}\s+${MODIFIERS}(\p{Ll}+),?\s+$`, "u");
/** ", the victim's brother" / ", his younger aunt" right after a name: the relation is the first relative's word. */
const AFTER_NAME = new RegExp(String.raw`^,\s+${POSSESSOR}\s+()((?:[\p{Ll}\d][\p{Ll}\d-]*\s*){1,3})`, "u");

const isRelative = boundedMemo((noun) => isA(noun, "n", "relative", { senses: 1 }), 10_000);
const singular = (w: string) => w.replace(/s$/, "");

/** The relations a claim gives named people. */
export function kinOf(at: Located): Kin[] {
  const c = at.claim;
  const out: Kin[] = [];
  for (const e of c.entities) {
    if (e.type !== "person" && e.type !== "name") continue;
    const from = Math.max(0, e.start - c.start - 60);
    const before = BEFORE_NAME.exec(c.text.slice(from, e.start - c.start));
    const after = AFTER_NAME.exec(c.text.slice(e.end - c.start));
    for (const [m, offset] of [
      [before, c.start + from],
      [after, e.end],
    ] as const) {
      if (!m) continue;
      const words = m[4]!.split(/\s+/);
      const at = m === after ? words.findIndex((w) => isRelative(singular(w))) : 0;
      const written = words[at];
      if (!written) continue;
      const relation = singular(written);
      if (!isRelative(relation)) continue;
      const start = offset + m.index + (m === after ? m[0].indexOf(written) : m[0].lastIndexOf(written));
      const anchor = m[1] ? (/^\p{Lu}/u.test(m[1]) ? m[1].toLowerCase() : `~${m[1].toLowerCase()}`) : "";
      const modifiers = (m === after ? words.slice(0, at).join(" ") : m[3]!).trim().toLowerCase();
      out.push({
        holder: e.key,
        holderText: e.text,
        written,
        relation,
        anchor,
        modifiers,
        start,
        end: start + written.length,
        name: { start: e.start, end: e.end },
      });
    }
  }
  return out;
}

/** Two anchors of one relation: the same one, or one a pronoun (whose, the row's other sentence says). */
const sameAnchor = (a: string, b: string) => a === b || a === "" || b === "";

/** Two kinds of relative of one anchor, for one person. */
export const KIN: FacetKind<Kin> = {
  measure: "relation",
  of: kinOf,
  differ: (a, b) => a.item.relation !== b.item.relation && sameAnchor(a.item.anchor, b.item.anchor),
  // Across rows a pronoun's anchor is unknown: "his brother" in one paragraph is not "the victim's cousin" in another.
  differApart: (a, b) => a.item.relation !== b.item.relation && !!a.item.anchor && a.item.anchor === b.item.anchor,
  shown: (k) => k.written,
  key: (k) => k.relation,
};

/** One person made two kinds of relative of one anchor by two outlets of a row. */
export const kinConflict = (members: Located[], label: Label): Discrepancy | null => facetConflict(members, label, KIN);

/**
 * Relations a person has one of: a spouse, a mother, a father (WordNet's kinds of spouse and parent). Two names for
 * one anchor's wife are one person named two ways; two names for a brother may be two brothers.
 */
const oneOfAKind = boundedMemo(
  (relation) => ["spouse", "mother", "father"].some((r) => isA(relation, "n", r, { senses: 1 })),
  10_000,
);

/** A relative's name as a value of the relation: the name's span is what the row's cells mark. */
interface NamedRelative {
  text: string;
  start: number;
  end: number;
}

/**
 * One relative named two ways by two outlets of a row: "Mr. Jackson's wife, Sandi," / "his wife, Sandra," (the
 * reader should see both). Only a relation a person has one of, of one anchor (or a pronoun's), with no describing
 * word that makes another relative ("his former wife", "her late husband"), and names that are not one name, one
 * within the other ("Sandra" / "Sandra Jackson") or a spelling variant ("Jon" / "John", which `variants` reports).
 * Not when either outlet names the other's relative in the row: it speaks of both.
 */
export function relativeNameConflict(members: Located[], label: Label): Discrepancy | null {
  const items = members.flatMap((at) =>
    facetsOf(KIN, at)
      .filter((k) => oneOfAKind(k.relation))
      .map((item) => ({ item, at })),
  );
  if (items.length < 2) return null;
  const names = (at: Located) => at.claim.entities.map((e) => e.key);
  for (const a of items)
    for (const b of items) {
      if (a.at.ref.article >= b.at.ref.article) continue;
      const [x, y] = [a.item, b.item];
      if (x.relation !== y.relation || x.modifiers !== y.modifiers || !sameAnchor(x.anchor, y.anchor)) continue;
      // Two pronouns may be two people's: "his wife" of the suspect and of the victim.
      if (!x.anchor && !y.anchor) continue;
      if (sameEntity(x.holder, y.holder) || nameWithin(x.holder, y.holder) || spelledAlike(x.holderText, y.holderText))
        continue;
      if (names(a.at).some((k) => named(k, y.holder)) || names(b.at).some((k) => named(k, x.holder))) continue;
      const same = items.filter(
        (i) =>
          i.item.relation === x.relation && i.item.modifiers === x.modifiers && sameAnchor(i.item.anchor, x.anchor),
      );
      const values = splitOf<NamedRelative>(
        same.map(({ item, at }) => ({ item: { text: item.holderText, ...item.name }, at })),
        (n) => n.text,
      );
      const whose = x.anchor && !x.anchor.startsWith("~") ? `${capitalised(x.anchor)}'s ` : "";
      const measure = whose ? `${whose}${x.written}` : `the ${x.written}`;
      return {
        kind: "entity",
        detail: `name of ${measure}: ${describe(values, label)}`,
        values,
        basis: { measure: "relative", event: measure, signals: { entity: 1 } },
      };
    }
  return null;
}
/**
 * Whether a name of a sentence names a relative: the same name, or one person's full names. A surname alone is the
 * family's ("Mr. Jackson's wife, Sandra Jackson").
 */
const named = (k: string, relative: string) =>
  k === relative || (k.includes(" ") && relative.includes(" ") && sameEntity(k, relative));
const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
