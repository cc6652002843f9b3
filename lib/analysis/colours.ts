import { isA, synsetsOf } from "./lexicon";
import { boundedMemo } from "./memo";

// Colours of things as WordNet knows them, for the contrast cue of two colours (contrast.ts).

/** Colour words have other senses first ("silver" the metal), so a colour sense among the first few counts. */
const COLOUR_SENSES = { senses: 6 };
/** Whether a word names a colour in one of its first senses ("red", "navy", "silver"), remembered per word. */
export const isColour = boundedMemo(
  (w: string) => isA(w, "n", "chromatic_color", COLOUR_SENSES) || isA(w, "n", "achromatic_color", COLOUR_SENSES),
  10_000,
);

/**
 * "gray" and "grey", "silver" and "ash grey": one synset, one colour. A shade and its colour are one colour too: a
 * "navy" sedan is a "dark blue" one, "crimson" is red.
 */
export const sameColour = (x: string, y: string) => {
  const ids = new Set(synsetsOf(x, "n", COLOUR_SENSES).map((s) => s.id));
  return (
    synsetsOf(y, "n", COLOUR_SENSES).some((s) => ids.has(s.id)) ||
    isA(x, "n", y, COLOUR_SENSES) ||
    isA(y, "n", x, COLOUR_SENSES)
  );
};
