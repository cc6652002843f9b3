/**
 * General lexical knowledge for the analysis: WordNet 3.1 (senses, hypernyms, antonyms, derivations) and GloVe word
 * vectors, both distilled into committed tables (docs/decisions/014-lexical-resources.md). Paraphrase ("bought" /
 * "acquired", "death" / "died") and coarse types ("kilometre" is a length unit) come from here instead of word lists
 * fitted to a few stories.
 *
 * Pure and synchronous: the tables are imported as JSON and decoded on first use (about 0.1 s and 60 MB; `npm run
 * bench:lexicon`). Every lookup goes through Maps, typed arrays or binary search, never object keys, so words such
 * as "constructor" and "__proto__" are ordinary words.
 *
 * Words are matched case-insensitively, with spaces or underscores between the parts of a multi-word lemma
 * ("death toll", "take_over"). WordNet has no inflections: pass lemmas (wink-nlp's `its.lemma` gives them:
 * "fled" → "flee", "geese" → "goose"). A word written with a capital letter prefers the senses WordNet writes
 * capitalised when there are any: "March" is the month, "march" every sense; "Turkey" the country.
 *
 * This file is the lexicon's public face, so that callers import `./lexicon` whatever file a part lives in: word
 * senses and their links (senses.ts), coarse noun classes (categories.ts), word vectors (similarity.ts), and how
 * alike two predicates are (predicates.ts).
 */

export type { Pos } from "./wordnet";
export {
  ancestors,
  antonyms,
  derivations,
  firstLexFile,
  hasCapitalisedSense,
  isA,
  isCommonWord,
  isKnown,
  isPartOf,
  pertainyms,
  synsetsOf,
  type IsAOptions,
  type SenseOptions,
  type Synset,
} from "./senses";
export { categories, category, CATEGORIES, type Category } from "./categories";
export { frequencyRank, similarity, vector, vectorDimensions, vectorInto } from "./similarity";
export {
  baseForms,
  opposites,
  predicateSimilarity,
  sameSense,
  vectorRelatedness,
  wordnetRelatedness,
} from "./predicates";
