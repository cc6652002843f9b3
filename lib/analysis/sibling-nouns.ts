import { ancestors, category, isA, isPartOf, synsetsOf, type Category } from "./lexicon";
import { boundedMemo } from "./memo";

/**
 * Nouns of kinds where one thing is of one kind only, so that two outlets naming two kinds of it disagree: where a
 * wound is ("shot in the arm" / "in the leg"), the weapon ("opened fire with a rifle" / "with a shotgun"), the illness
 * ("died of influenza" / "of pneumonia"), the room or the structure ("the fire started in the kitchen" / "in a
 * bedroom"). The kinds are WordNet's coarse classes of a noun's first sense (lexicon/categories.ts). People, places,
 * buildings and vehicles are left out: a person is a "friend" and a "neighbour" at once, and outlets call one vessel
 * a "ship" and a "boat", one building a "hotel" and a "motel".
 */
const EXCLUSIVE: ReadonlySet<Category> = new Set(["body-part", "weapon", "health-problem", "structure"]);

/** The exclusive kind of a noun's first sense, or null (not undefined, which boundedMemo would not keep). */
export const exclusiveKind = boundedMemo((noun): Category | null => {
  const c = category(noun, { senses: 1 });
  return c && EXCLUSIVE.has(c) ? c : null;
}, 10_000);

/**
 * Whether two nouns of one exclusive kind name two kinds of one thing: their first senses are siblings in WordNet (a
 * hypernym in common one step up from one of them, at most two from the other: "arm" and "leg" are limbs, "rifle" and
 * "shotgun" firearms, "chest" and "head" body parts), and neither is a kind of the other ("pistol" / "revolver") nor a
 * part of it ("face" / "head").
 */
export const siblingKinds = (x: string, y: string): boolean =>
  x !== y && siblingPair(x < y ? `${x}|${y}` : `${y}|${x}`);
// Kept for the process, by pair of nouns: a wide story weighs the same few nouns against each other many times.
const siblingPair = boundedMemo((key) => {
  const [x, y] = key.split("|") as [string, string];
  return areSiblings(x, y);
}, 10_000);

function areSiblings(x: string, y: string): boolean {
  const kind = exclusiveKind(x);
  if (!kind || kind !== exclusiveKind(y)) return false;
  if (isA(x, "n", y, { senses: 1 }) || isA(y, "n", x, { senses: 1 })) return false;
  // A part and its whole are one place: "in the face" is "in the head".
  if (isPartOf(x, y, { senses: 1 }) || isPartOf(y, x, { senses: 1 })) return false;
  const [sx] = synsetsOf(x, "n", { senses: 1 });
  const [sy] = synsetsOf(y, "n", { senses: 1 });
  if (!sx || !sy || sx.id === sy.id) return false;
  // One class right above one of them, and at most two steps above the other: "chest" is a body part, "head" an
  // external body part, itself a body part.
  const [px, py] = [above(sx.id, 1), above(sy.id, 1)];
  const [gx, gy] = [above(sx.id, 2), above(sy.id, 2)];
  return [...px].some((p) => gy.has(p)) || [...py].some((p) => gx.has(p));
}

/** A synset's hypernyms up to `steps` steps up. */
const above = (id: number, steps: number): Set<number> =>
  new Set([...ancestors(id, steps).keys()].filter((a) => a !== id));
