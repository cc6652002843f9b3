import type { Discrepancy, Label, Located } from "./compare";
import { isA } from "./lexicon";
import { boundedMemo } from "./memo";
import { facetConflict, type FacetKind, type PersonFacet } from "./person-facets";

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
}

const WORD = String.raw`\p{L}[\p{L}'’.-]*`;
/** "the victim's", "Jackson's", "his": whose relative. */
const POSSESSOR = String.raw`(?:(?:the\s+)?(${WORD})\s?['’]s|([Hh]is|[Hh]er|[Tt]heir))`;
/** Up to two words that describe the relative ("older", "19-year-old"). */
const MODIFIERS = String.raw`(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,2}`;
/** "the victim's brother, " / "his older aunt " right before a name. */
const BEFORE_NAME = new RegExp(String.raw`${POSSESSOR}\s+${MODIFIERS}(\p{Ll}+),?\s+$`, "u");
/** ", the victim's brother" / ", his younger aunt" right after a name: the relation is the first relative's word. */
const AFTER_NAME = new RegExp(String.raw`^,\s+${POSSESSOR}\s+((?:[\p{Ll}\d][\p{Ll}\d-]*\s*){1,3})`, "u");

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
      const written = m === after ? m[3]!.split(/\s+/).find((w) => isRelative(singular(w))) : m[3]!;
      if (!written) continue;
      const relation = singular(written);
      if (!isRelative(relation)) continue;
      const start = offset + m.index + (m === after ? m[0].indexOf(written) : m[0].lastIndexOf(written));
      const anchor = m[1] ? (/^\p{Lu}/u.test(m[1]) ? m[1].toLowerCase() : `~${m[1].toLowerCase()}`) : "";
      out.push({ holder: e.key, holderText: e.text, written, relation, anchor, start, end: start + written.length });
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
