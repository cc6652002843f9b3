import { decodeBase64, decodeLists, frontFind, frontIndex, frontWord, type FrontCoded, type Lists } from "./codec";
import table from "./wordnet.json";

/**
 * WordNet 3.1 as distilled by scripts/distill-wordnet.ts: synsets, their lemmas and the pointers the analysis uses.
 * This module decodes the table and answers graph questions by synset id; `./index.ts` is the API by lemma.
 */

/** Noun, verb, adjective (satellites included), adverb: WordNet's four parts of speech. */
export type Pos = "n" | "v" | "a" | "r";
export const POS: readonly Pos[] = ["n", "v", "a", "r"];

/** The semantic pointers kept: synset to synset. */
export type SemanticRelation =
  | "hypernyms"
  | "instanceHypernyms"
  | "similarTo"
  | "attributes"
  | "causes"
  | "entails"
  | "partHolonyms"
  | "memberHolonyms";
/** The lexical pointers kept: one word of a synset to one word of another. */
export type LexicalRelation = "antonyms" | "derivations" | "pertainyms";

interface Table {
  lexFiles: string[];
  synsetCounts: number[];
  lemmas: string;
  senses: string;
  lexFile: string;
}
type Encoded = Table & Record<SemanticRelation | LexicalRelation, string>;

export interface WordNet {
  /** Lowercase lemmas, sorted by UTF-16 code units (the order of `<`) and front-coded; see lemmaIdOf and lemmaOf. */
  lemmas: FrontCoded;
  /** Per lemma, its synsets (noun senses first, then verb, adjective, adverb; sense order within each) × 2, plus 1
   *  where the lemma's form in that synset is capitalised ("March", "Toyota"). */
  senses: Lists;
  /** First synset id of each part of speech, then the total: ids are grouped n, v, a, r. */
  posStart: number[];
  lexFile: Uint8Array;
  lexFiles: string[];
}

/** The lemma's id, or -1. A binary search over the sorted lemmas: no object or Map key, so "constructor" and
 *  "__proto__" are words like any other. */
export function lemmaIdOf(lemma: string): number {
  let id = lemmaIds.get(lemma);
  if (id === undefined) {
    if (lemmaIds.size >= 50_000) lemmaIds.clear();
    lemmaIds.set(lemma, (id = frontFind(wordnet().lemmas, lemma)));
  }
  return id;
}
// Ids by lemma: the analysis asks the same few thousand words again and again (every sense lookup starts here), and a
// binary search that decodes front-coded blocks costs far more than a Map lookup. Cleared when full, as the other
// caches, so a long-running server does not grow it without bound.
const lemmaIds = new Map<string, number>();

export function lemmaOf(id: number): string {
  return frontWord(wordnet().lemmas, id);
}

/** Adds each stored triple's inverse: the table keeps each antonym or derivation pair once. */
function symmetric(stored: Lists, synsets: number): Lists {
  const { start: from, values: triples } = stored;
  const count = new Int32Array(synsets);
  for (let s = 0; s < synsets; s++) {
    count[s]! += from[s + 1]! - from[s]!;
    for (let k = from[s]!; k < from[s + 1]!; k += 3) count[triples[k + 1]!]! += 3;
  }
  const start = new Int32Array(synsets + 1);
  for (let s = 0; s < synsets; s++) start[s + 1] = start[s]! + count[s]!;
  const values = new Int32Array(start[synsets]!);
  const fill = start.slice(0, synsets);
  for (let s = 0; s < synsets; s++)
    for (let k = from[s]!; k < from[s + 1]!; k += 3) {
      const word = triples[k]!;
      const to = triples[k + 1]!;
      const toWord = triples[k + 2]!;
      let f = fill[s]!;
      values[f] = word;
      values[f + 1] = to;
      values[f + 2] = toWord;
      fill[s] = f + 3;
      f = fill[to]!;
      values[f] = toWord;
      values[f + 1] = s;
      values[f + 2] = word;
      fill[to] = f + 3;
    }
  return { start, values };
}

function load(): WordNet {
  const t = table as unknown as Encoded;
  const lemmas = frontIndex(t.lemmas);
  const posStart = [0];
  for (const n of t.synsetCounts) posStart.push(posStart[posStart.length - 1]! + n);
  return {
    lemmas,
    senses: decodeLists(decodeBase64(t.senses), lemmas.count),
    posStart,
    lexFile: decodeBase64(t.lexFile),
    lexFiles: t.lexFiles,
  };
}

let words: Lists | undefined;

/** Per synset, its lemma ids in lemma id order: the inverse of the sense lists (the table stores one of the two),
 *  built on first use since categories and hypernyms never need it. */
export function synsetWords(): Lists {
  if (words) return words;
  const { senses, posStart, lemmas } = wordnet();
  const synsets = posStart[POS.length]!;
  const count = new Int32Array(synsets);
  const sv = senses.values;
  for (let k = 0; k < sv.length; k++) count[sv[k]! >> 1]!++;
  const start = new Int32Array(synsets + 1);
  for (let s = 0; s < synsets; s++) start[s + 1] = start[s]! + count[s]!;
  const values = new Int32Array(start[synsets]!);
  const fill = start.slice(0, synsets);
  for (let l = 0; l < lemmas.count; l++)
    for (let k = senses.start[l]!; k < senses.start[l + 1]!; k++) values[fill[sv[k]! >> 1]!++] = l;
  return (words = { start, values });
}

let loaded: WordNet | undefined;

/**
 * The decoded table, built on first use. Importing the module costs only the JSON's strings; decoding them into
 * arrays waits until a lookup needs it, so code paths that never ask WordNet never pay for it.
 */
export function wordnet(): WordNet {
  return (loaded ??= load());
}

// Each relation is decoded on its first use too: holonyms or pertainyms cost nothing to a caller that never asks.
const relations = new Map<SemanticRelation | LexicalRelation, Lists>();

/** Per synset: target synsets for a semantic relation; (word, target synset, target word) triples for a lexical one,
 *  word positions indexing the synsets' `words`. Antonyms and derivations hold both directions. */
export function relation(name: SemanticRelation | LexicalRelation): Lists {
  let lists = relations.get(name);
  if (!lists) {
    const synsets = wordnet().posStart[POS.length]!;
    lists = decodeLists(decodeBase64((table as unknown as Encoded)[name]), synsets);
    if (name === "antonyms" || name === "derivations") lists = symmetric(lists, synsets);
    relations.set(name, lists);
  }
  return lists;
}

export function posOf(synset: number): Pos {
  const { posStart } = wordnet();
  let p = 0;
  while (synset >= posStart[p + 1]!) p++;
  return POS[p]!;
}
