import type { Discrepancy, Label, Located } from "./compare";
import { placesApart, spelledAlike } from "./name-conflicts";
import { facetConflict, type FacetKind, type PersonFacet } from "./person-facets";
import { isNamedHolder } from "./units";

/**
 * Where a named person lives or comes from, as the clauses that describe the person say it: an appositive "of"
 * ("Ruth Okafor, 59, of College Point"), or a relative clause ("who lived half a mile away in South Ozone Park", "who
 * is from Penmoor"). Two outlets that give one person two homes in a row disagree, unless one place may hold the
 * other (name-conflicts.placesApart: "of Queens" / "lived in South Ozone Park").
 */
export interface Home extends PersonFacet {
  place: string;
}

const PLACE = String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|de|la|upon))*)`;
/** ", of College Point,": the whole appositive is "of" and a place. */
const OF_PLACE = new RegExp(String.raw`^of\s+${PLACE}$`, "u");
/** "who lived in …", "who has lived for years in …", "who lives half a mile away in …". */
const LIVED_IN = new RegExp(
  String.raw`^who\s+(?:(?:had|has)\s+)?(?:lived|lives|resided|resides|grew\s+up)\b[^,;]*?\bin\s+${PLACE}`,
  "u",
);
/** "who is from Penmoor", "who was originally from …". */
const IS_FROM = new RegExp(String.raw`^who\s+(?:is|was|comes|came|hails)\s+(?:originally\s+)?from\s+${PLACE}`, "u");

/** The homes a claim gives named people. */
export function homesOf(at: Located): Home[] {
  const c = at.claim;
  const out: Home[] = [];
  for (const u of c.units ?? []) {
    if ((u.kind !== "appositive" && u.kind !== "relative") || !isNamedHolder(u.holder)) continue;
    const raw = c.text.slice(u.start - c.start, u.end - c.start);
    const text = raw.trim();
    const m = (u.kind === "appositive" ? OF_PLACE : null)?.exec(text) ?? LIVED_IN.exec(text) ?? IS_FROM.exec(text);
    if (!m) continue;
    const place = m[1]!.replace(/[.,]+$/, "");
    // The place is the match's last group: it ends the match.
    const start = u.start + (raw.length - raw.trimStart().length) + m.index + m[0].length - m[1]!.length;
    out.push({ holder: u.holder, holderText: u.holderText ?? u.holder, place, start, end: start + place.length });
  }
  return out;
}

/** An address ("Newton Street") lies in a town: only two addresses, or two places that are not, are compared. */
const isStreet = (place: string) =>
  /\s(?:street|st|road|rd|avenue|ave|lane|drive|place|court|close|way|boulevard|terrace|crescent)\.?$/i.test(place);

const names = (at: Located, place: string) => at.claim.text.toLowerCase().includes(place.toLowerCase());

/** Two homes of one person, neither of which the other's sentence names. */
export const HOMES: FacetKind<Home> = {
  measure: "home",
  of: homesOf,
  differ: (a, b) => {
    const [x, y] = [a.item.place, b.item.place];
    return (
      x.toLowerCase() !== y.toLowerCase() &&
      !spelledAlike(x, y) &&
      isStreet(x) === isStreet(y) &&
      placesApart(x, y) &&
      !names(a.at, y) &&
      !names(b.at, x)
    );
  },
  shown: (h) => h.place,
  // The places in conflict, not one that may hold them ("of Queens" beside two of its neighbourhoods).
  onlyInConflict: true,
};

/** One person given two homes by two outlets of a row, neither of which names the other's place in its sentence. */
export const homeConflict = (members: Located[], label: Label): Discrepancy | null =>
  facetConflict(members, label, HOMES);
