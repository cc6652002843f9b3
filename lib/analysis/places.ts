import type { Located } from "./compare";
import type { Claim } from "./extract";
import type { Quantity } from "./quantity";
import type { FactUnit } from "./units";
import { allMatches } from "./text";
import { escape } from "./verb-forms";

/**
 * The part of a story's region an amount is counted in (issue 15, item 3: total and part). A sentence may set its
 * amounts in a place named with an administrative noun ("in Lorin district", "in Orlan province", "In
 * neighbouring Varna county, 10 people were killed"). The story's own region is the place most outlets' leads name
 * that way; an amount set there counts the whole, as one set nowhere does. An amount set in another place counts a
 * part: a district's toll is not the province's, nor another district's. Places named without such a noun ("in
 * Orlan", "in Indonesia") may name the whole at another grain, and set no part.
 */

/** Nouns of administrative units and settlements (a general list, as titles and weekday names are). */
const UNITS = [
  "district",
  "province",
  "county",
  "region",
  "village",
  "town",
  "city",
  "municipality",
  "prefecture",
  "neighbourhood",
  "neighborhood",
  "borough",
  "township",
  "parish",
  "governorate",
  "oblast",
  "canton",
  "commune",
  "ward",
  "state",
];
const unitWord = UNITS.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join("|");
/**
 * "Name Name district", the name capitalised, up to three words; or "(the northern) province of Name". The name is in
 * group 1 or 2.
 */
const NAME_AND_UNIT =
  String.raw`((?:\p{Lu}[\p{L}-]*\s+){1,3})(?:${unitWord})\b|` +
  String.raw`\b(?:\p{Ll}+\s+){0,2}(?:${unitWord})\s+of\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})`;
/** A place named with an administrative noun, whatever sets it in the sentence ("struck Varna province"). */
const NAMED = new RegExp(NAME_AND_UNIT, "gu");
/** A place a sentence sets something in: "in (the) (Indonesia's) (neighbouring) Name district". */
const PLACE = new RegExp(
  String.raw`\b[Ii]n\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s?['’]\s?s\s+)?` +
    String.raw`(?:(?:neighbou?ring|nearby|northern|southern|eastern|western|central)\s+)?(?:${NAME_AND_UNIT})`,
  "gu",
);
/** A sentence that opens by setting all it says in one place: "In neighbouring Varna county, 10 people were killed". */
const FRONTED = new RegExp(String.raw`^${PLACE.source}[^,]*,`, "u");

/** A place by its name: "Orlan province" and "the province of Orlan" are one. */
const keyOf = (m: RegExpExecArray) =>
  (m[1] ?? m[2]!)
    .trim()
    .toLowerCase()
    // A sentence's capitalised first word is no part of the name ("In Lorin district").
    .replace(/^(?:(?:in|the|a|an|on|at|of|for|by|to|from|and)\s+)+/, "");

/** The places the text sets amounts in, by name. */
const placesIn = (text: string): string[] => allMatches(PLACE, text).map(keyOf);

/** A clause's own text within its sentence. */
const textOf = (c: Claim, u: FactUnit) =>
  c.text.slice(Math.max(0, u.start - c.start), Math.min(c.text.length, u.end - c.start));

/** The place the amount is counted in ("lorin"), or "" when its sentence does not set it in one. */
function placeOf(c: Claim, q: Quantity): string {
  let u = q.fact !== undefined ? c.units?.[q.fact] : undefined;
  for (let hops = 0; u && hops < 3; hops++) {
    const places = placesIn(textOf(c, u));
    if (places.length) return places[0]!;
    if ((u.kind !== "subordinate" && u.kind !== "participle") || u.parent === null) break;
    u = c.units[u.parent];
  }
  // Coordinated clauses share a place one of them names at the end ("Twelve people were killed and 70 were injured
  // in Lorin district"); a place in a clause of "including" or "which" is that clause's own.
  const shared = new Set(
    (u ? c.units : [])
      .filter((x) => x.kind === "main" || x.kind === "coordinate")
      .flatMap((x) => placesIn(textOf(c, x))),
  );
  if (!u) for (const place of placesIn(c.text)) shared.add(place);
  if (shared.size === 1) return [...shared][0]!;
  const fronted = FRONTED.exec(c.text);
  return fronted ? keyOf(fronted) : "";
}

/**
 * The story's region: the places named with an administrative noun in the first three sentences of some article and
 * named there, with the noun or without it ("the Eastgate neighbourhood", "Eastgate"), by at least half of its
 * articles (and two at least).
 */
export function storyRegion(rows: Located[][]): Set<string> {
  const articles = new Map<string, Set<number>>();
  const all = new Set<number>();
  const leads: Located[] = [];
  for (const row of rows)
    for (const at of row) {
      all.add(at.ref.article);
      if (at.ref.claim >= 3) continue;
      leads.push(at);
      for (const place of allMatches(NAMED, at.claim.text).map(keyOf))
        articles.set(place, (articles.get(place) ?? new Set()).add(at.ref.article));
    }
  // A plain-ASCII place can be found in a plain-ASCII lead only where the lead, lower-cased, holds it lower-cased
  // (case-insensitive matching of ASCII is that): the pattern is tried only there. Each place was tried on every lead
  // of the story, thousands of sentences in a wide one.
  const lower = leads.map((at) => (ASCII.test(at.claim.text) ? at.claim.text.toLowerCase() : null));
  for (const [place, seen] of articles) {
    const name = new RegExp(String.raw`(?<![\p{L}])${escape(place)}(?![\p{L}])`, "iu");
    const plain = ASCII.test(place) ? place.toLowerCase() : null;
    leads.forEach((at, k) => {
      if (seen.has(at.ref.article)) return;
      if (plain !== null && lower[k] !== null && !lower[k]!.includes(plain)) return;
      if (name.test(at.claim.text)) seen.add(at.ref.article);
    });
  }
  const needed = Math.max(2, Math.ceil(all.size / 2));
  return new Set([...articles].filter(([, seen]) => seen.size >= needed).map(([place]) => place));
}

const ASCII = /^[\t\n\r -~]*$/;

/** The part of the story's region an amount counts ("lorin"), or "" for the whole. */
export const partPlaceOf = (c: Claim, q: Quantity, region: Set<string>): string => {
  const place = placeOf(c, q);
  return region.has(place) ? "" : place;
};
