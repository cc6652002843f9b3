import { synsetsOf } from "./lexicon";
import { boundedMemo } from "./memo";
import { ORDINAL_SOURCE, ordinalValue } from "./quantity-grammar";
import { allMatches } from "./text";
import { isFormOf } from "./verb-forms";

/**
 * Which one of a row of places a clause sets its act in: "on the third floor", "in fourth place", "from the 12th
 * storey". A thing is on one floor, so two outlets that put one act on two floors disagree. (An ordinal joined to its
 * noun, "a third-floor flat", is a value of its own: quantity.ts reads it.)
 *
 * The noun's first WordNet sense is a thing made or a place (floor, storey, deck, platform, carriage, place), and no
 * early sense of it is a stretch of time: "in the second half", "in the fourth round", "in the 89th minute" name parts
 * of a game, where one player scores again and again. "A second building" is another building, not a rank: the
 * ordinal follows "the", a possessive or a preposition.
 */
export interface OrdinalPlace {
  rank: number;
  /** The noun, lower case: "floor". */
  noun: string;
  /** As written: "third floor", "12th storey". */
  text: string;
}

const DETERMINER = String.raw`(?:the|his|her|its|their|our)\s+`;
const PLACE_ORDINAL = new RegExp(
  String.raw`\b(?:(?:on|in|at|from|to|into|onto)\s+(?:${DETERMINER})?|${DETERMINER})(${ORDINAL_SOURCE})\s+(\p{Ll}+)\b`,
  "giu",
);

/**
 * An ordinal right after the clause's verb, with no noun of its own: a rank in a race or a list ("finished third",
 * "came second in the final", "was ranked fifth."), the place in an order that "in third place" names.
 */
const RANK_AFTER_VERB = new RegExp(
  String.raw`\b(\p{L}+)\s+(${ORDINAL_SOURCE})(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|at|on|of|for|behind|among|overall|and|but|with)\b)`,
  "giu",
);

/**
 * The ranked places a clause gives. With its event word, an ordinal right after that verb is a place in an order too
 * ("finished third", of `finish`). Remembered per clause and event word: contrast.ts asks it of every pair of clauses
 * of a row, the same clause many times in a wide story. Callers do not change the list.
 */
export function ordinalPlaces(text: string, predicate = ""): readonly OrdinalPlace[] {
  return placesOf(`${predicate}\u0000${text}`);
}
const placesOf = boundedMemo((key: string): OrdinalPlace[] => {
  const cut = key.indexOf("\u0000");
  const [predicate, text] = [key.slice(0, cut), key.slice(cut + 1)];
  const out: OrdinalPlace[] = [];
  if (predicate && !predicate.includes(" "))
    for (const m of allMatches(RANK_AFTER_VERB, text))
      if (isFormOf(m[1]!.toLowerCase(), predicate)) out.push({ rank: ordinalValue(m[2]!), noun: "place", text: m[0] });
  for (const m of allMatches(PLACE_ORDINAL, text)) {
    const noun = m[2]!;
    if (!isRankedPlace(noun)) continue;
    const ordinal = m[1]!;
    out.push({ rank: ordinalValue(ordinal), noun, text: m[0].slice(m[0].indexOf(ordinal)) });
  }
  return out;
}, 10_000);

/** Whether a noun names one of a row of places ("floor", "deck", "place"), not a part of a stretch of time. */
export const isRankedPlace = boundedMemo((noun: string): boolean => {
  const senses = synsetsOf(noun, "n", { senses: 3 });
  return (
    senses.length > 0 &&
    (senses[0]!.lexFile === "noun.artifact" || senses[0]!.lexFile === "noun.location") &&
    !senses.some((s) => s.lexFile === "noun.time")
  );
}, 10_000);

/**
 * The one ranked place each of two clauses gives, when both give one of one noun at different ranks: "on the third
 * floor" / "on the fifth floor". Null when either gives none or several of that noun ("started on the second floor
 * and spread to the third floor").
 */
export function placesRankedApart(a: string, b: string, predicate = ""): [OrdinalPlace, OrdinalPlace] | null {
  const [pa, pb] = [ordinalPlaces(a, predicate), ordinalPlaces(b, predicate)];
  if (pa.length !== 1 || pb.length !== 1) return null;
  const [x, y] = [pa[0]!, pb[0]!];
  return x.noun === y.noun && x.rank !== y.rank ? [x, y] : null;
}
