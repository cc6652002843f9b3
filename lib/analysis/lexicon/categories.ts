import { ancestors, senseIds, type SenseOptions } from "./senses";
import { wordnet } from "./wordnet";

/**
 * Coarse classes of nouns, each defined by ancestor synsets (a lemma and the lexicographer file that picks its
 * sense), never by lists of member words. Order matters: a sense takes the first class any of its ancestors
 * belongs to, so the specific classes come before the general ones ("kilometre" is a length unit before it is a
 * unit; "weapon" before "artifact"; "act" before "event").
 */
const CATEGORY_ANCESTORS = [
  ["length-unit", [["linear_unit", "noun.quantity"]]],
  ["area-unit", [["area_unit", "noun.quantity"]]],
  ["volume-unit", [["volume_unit", "noun.quantity"]]],
  ["mass-unit", [["mass_unit", "noun.quantity"]]],
  ["money-unit", [["monetary_unit", "noun.quantity"]]],
  ["temperature-unit", [["temperature_unit", "noun.quantity"]]],
  ["time-unit", [["time_unit", "noun.time"]]],
  ["unit", [["unit_of_measurement", "noun.quantity"]]],
  ["time-period", [["time_period", "noun.time"]]],
  [
    "time-point",
    [
      ["clock_time", "noun.time"],
      ["point", "noun.time"],
    ],
  ],
  ["colour", [["color", "noun.attribute"]]],
  ["body-part", [["body_part", "noun.body"]]],
  ["person", [["person", "noun.Tops"]]],
  ["animal", [["animal", "noun.Tops"]]],
  ["plant", [["plant", "noun.Tops"]]],
  ["organisation", [["organization", "noun.group"]]],
  ["group", [["social_group", "noun.group"]]],
  ["building", [["building", "noun.artifact"]]],
  ["structure", [["structure", "noun.artifact"]]],
  ["vehicle", [["vehicle", "noun.artifact"]]],
  ["weapon", [["weapon", "noun.artifact"]]],
  ["artifact", [["artifact", "noun.Tops"]]],
  [
    "food",
    [
      ["food", "noun.Tops"],
      ["food", "noun.food"],
    ],
  ],
  ["substance", [["matter", "noun.Tops"]]],
  ["location", [["location", "noun.Tops"]]],
  ["health-problem", [["health_problem", "noun.state"]]],
  ["phenomenon", [["phenomenon", "noun.Tops"]]],
  ["communication", [["communication", "noun.Tops"]]],
  ["act", [["act", "noun.Tops"]]],
  ["event", [["event", "noun.Tops"]]],
  ["possession", [["possession", "noun.Tops"]]],
  ["magnitude", [["magnitude", "noun.attribute"]]],
  ["ratio", [["magnitude_relation", "noun.relation"]]],
  ["quantity", [["amount", "noun.Tops"]]],
] as const satisfies ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>]>;

export type Category = (typeof CATEGORY_ANCESTORS)[number][0];
export const CATEGORIES: readonly Category[] = CATEGORY_ANCESTORS.map(([c]) => c);

let categoryOfAncestor: Map<number, number> | undefined;

/** Ancestor synset → index of its category in CATEGORY_ANCESTORS, resolved once. */
function categoryAncestors(): Map<number, number> {
  if (categoryOfAncestor) return categoryOfAncestor;
  const { lexFile, lexFiles } = wordnet();
  const out = new Map<number, number>();
  CATEGORY_ANCESTORS.forEach(([name, specs], i) => {
    for (const [lemma, file] of specs) {
      const s = senseIds(lemma, "n").find((x) => lexFiles[lexFile[x]!] === file);
      // A table regenerated from another WordNet could lose a sense; fail loudly rather than classify nothing.
      if (s === undefined) throw new Error(`lexicon: no ${file} sense of "${lemma}" for category ${name}`);
      if (!out.has(s)) out.set(s, i);
    }
  });
  return (categoryOfAncestor = out);
}

// Synset → category index (-1: none). Grows with the synsets asked about, at most one entry per noun synset.
const synsetCategory = new Map<number, number>();

function categoryIndexOf(s: number): number {
  let c = synsetCategory.get(s);
  if (c === undefined) {
    const anchors = categoryAncestors();
    c = -1;
    for (const a of ancestors(s).keys()) {
      const i = anchors.get(a);
      if (i !== undefined && (c < 0 || i < c)) c = i;
    }
    synsetCategory.set(s, c);
  }
  return c;
}

/** The category of each sense of a noun that has one, in sense order, without repeats. */
export function categories(noun: string, options: SenseOptions = {}): Category[] {
  const out: Category[] = [];
  for (const s of senseIds(noun, "n", options.senses)) {
    const i = categoryIndexOf(s);
    if (i >= 0 && !out.includes(CATEGORIES[i]!)) out.push(CATEGORIES[i]!);
  }
  return out;
}

/**
 * The category of a noun's most frequent sense that has one ("silver": substance; "March": time-period), or
 * undefined. Use `categories` to ask whether any sense fits ("silver" is also a colour), and `senses` to stay with
 * the common ones.
 */
export function category(noun: string, options: SenseOptions = {}): Category | undefined {
  return categories(noun, options)[0];
}
