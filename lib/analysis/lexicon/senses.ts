import { listOf } from "./codec";
import {
  lemmaIdOf,
  lemmaOf,
  POS,
  posOf,
  relation,
  synsetWords,
  wordnet,
  type LexicalRelation,
  type Pos,
} from "./wordnet";

/** WordNet's senses of a word and what its pointers link them to: kinds, antonyms, derivations, pertainyms. */

export interface Synset {
  /** The synset's index in the distilled table: stable for one table, so never store it. */
  id: number;
  pos: Pos;
  /** Its lemmas, lowercase, with underscores ("death_toll"), in alphabetical order. */
  lemmas: string[];
  /** WordNet's lexicographer file, a coarse class on its own: "noun.person", "verb.motion", … */
  lexFile: string;
}

export interface SenseOptions {
  /**
   * Only the first `senses` senses of each word (WordNet orders them by frequency in a tagged corpus). News uses
   * the first senses far more than the others, and a rare sense is where spurious links come from ("kill" as
   * "drink down entirely").
   */
  senses?: number;
}

const PLAIN = /^[a-z_'.-]*$/;

export function normalise(word: string): string {
  // Most lookups are already lowercase lemmas: skip the three copies the general case makes.
  return PLAIN.test(word) ? word : word.trim().toLowerCase().replace(/\s+/g, "_");
}

export const UPPER = /\p{Lu}/u;

/** The synset ids of a word's senses in one part of speech, in sense order. */
export function senseIds(word: string, pos: Pos, limit = Infinity): number[] {
  const id = lemmaIdOf(normalise(word));
  if (id < 0 || limit <= 0) return [];
  const { senses, posStart } = wordnet();
  const p = POS.indexOf(pos);
  const all: number[] = [];
  const capitalised: number[] = [];
  for (const v of listOf(senses, id)) {
    const s = v >> 1;
    if (s < posStart[p]! || s >= posStart[p + 1]!) continue;
    all.push(s);
    if (v & 1) capitalised.push(s);
  }
  const chosen = UPPER.test(word) && capitalised.length ? capitalised : all;
  return chosen.slice(0, limit);
}

function synsetOf(id: number): Synset {
  const words = synsetWords();
  return { id, pos: posOf(id), lemmas: [...listOf(words, id)].map(lemmaOf), lexFile: lexFileOf(id) };
}

/** The lexicographer file of a synset ("noun.act", "verb.motion"). */
function lexFileOf(id: number): string {
  const { lexFile, lexFiles } = wordnet();
  return lexFiles[lexFile[id]!]!;
}

const firstLexFiles = new Map<string, string>();
/**
 * The lexicographer file of a word's first sense in one part of speech ("noun.quantity", "verb.stative"), or "" when
 * WordNet does not know it so: what kind of thing or act the word mostly names. Kept per word, as callers ask it of
 * the same few words for many pairs of values.
 */
export function firstLexFile(word: string, pos: Pos): string {
  const key = `${pos}|${word}`;
  let file = firstLexFiles.get(key);
  if (file === undefined) {
    if (firstLexFiles.size >= 20_000) firstLexFiles.clear();
    const [first] = senseIds(word, pos, 1);
    firstLexFiles.set(key, (file = first === undefined ? "" : lexFileOf(first)));
  }
  return file;
}

/** A word's synsets in one part of speech, most frequent sense first. */
export function synsetsOf(word: string, pos: Pos, options: SenseOptions = {}): Synset[] {
  return senseIds(word, pos, options.senses).map(synsetOf);
}

/**
 * Whether a word (lower case, perhaps plural) is a common word and never a name: WordNet knows it, or its singular
 * (wink does not lemmatise a word it tags as a name), and writes no sense of it with a capital ("records",
 * "rescuers"; not "march", "turkey", "drake").
 */
export function isCommonWord(lower: string): boolean {
  const forms = [lower, lower.replace(/ies$/, "y"), lower.replace(/(?<=[sxz]|ch|sh)es$/, ""), lower.replace(/s$/, "")];
  const known = forms.find((f) => isKnown(f));
  return !!known && !forms.some((f) => hasCapitalisedSense(f));
}

/** Whether WordNet writes some sense of the word with a capital letter ("Smith", "March", "Turkey"): a name. */
export function hasCapitalisedSense(word: string): boolean {
  const id = lemmaIdOf(normalise(word));
  if (id < 0) return false;
  for (const v of listOf(wordnet().senses, id)) if (v & 1) return true;
  return false;
}

/** Whether WordNet knows the word in some part of speech (or in `pos`). */
export function isKnown(word: string, pos?: Pos): boolean {
  return (pos ? [pos] : POS).some((p) => senseIds(word, p, 1).length > 0);
}

/** The synset and its ancestors (hypernyms and instance hypernyms: "Toyota" is an instance of "city") with their
 *  distance, up to maxDepth steps. */
export function ancestors(s: number, maxDepth = Infinity): Map<number, number> {
  const lists = [relation("hypernyms"), relation("instanceHypernyms")];
  const depth = new Map<number, number>([[s, 0]]);
  let frontier = [s];
  for (let d = 1; d <= maxDepth && frontier.length; d++) {
    const next: number[] = [];
    for (const x of frontier)
      for (const { start, values } of lists)
        for (let k = start[x]!; k < start[x + 1]!; k++) {
          const p = values[k]!;
          if (!depth.has(p)) {
            depth.set(p, d);
            next.push(p);
          }
        }
    frontier = next;
  }
  return depth;
}

/**
 * Whether some sense of `word` is a part of some sense of `whole`, through WordNet's part holonyms, at any depth:
 * "Scotland" is a part of the United Kingdom, "Brooklyn" of New York.
 */
export function isPartOf(word: string, whole: string, options: SenseOptions = {}): boolean {
  const targets = new Set(senseIds(whole, "n", options.senses));
  if (!targets.size) return false;
  const { start, values } = relation("partHolonyms");
  const seen = new Set<number>();
  const frontier = senseIds(word, "n", options.senses);
  while (frontier.length) {
    const x = frontier.pop()!;
    for (let k = start[x]!; k < start[x + 1]!; k++) {
      const p = values[k]!;
      if (targets.has(p)) return true;
      if (!seen.has(p)) {
        seen.add(p);
        frontier.push(p);
      }
    }
  }
  return false;
}

export interface IsAOptions extends SenseOptions {
  /** At most this many hypernym steps up (default: the whole hierarchy). */
  maxDepth?: number;
}

/**
 * Whether some sense of `word` is a kind or an instance of some sense of `ancestor`: "soldier" is a "person",
 * "Toyota" a "city" (WordNet knows only the Japanese city). A word is its own ancestor at depth 0.
 */
export function isA(word: string, pos: "n" | "v", ancestor: string, options: IsAOptions = {}): boolean {
  const key = `${pos}|${options.senses ?? ""}|${options.maxDepth ?? ""}|${ancestor.length}|${ancestor}|${word}`;
  let answer = isAnswers.get(key);
  if (answer === undefined) {
    if (isAnswers.size >= 50_000) isAnswers.clear();
    isAnswers.set(key, (answer = findIsA(word, pos, ancestor, options)));
  }
  return answer;
}
// Answers by word, ancestor and options: the clause and fact tests ask the same few nouns and verbs the same
// questions for every sentence and pair, and each answer walks every sense's hypernyms.
const isAnswers = new Map<string, boolean>();

function findIsA(word: string, pos: "n" | "v", ancestor: string, options: IsAOptions): boolean {
  const targets = new Set(senseIds(ancestor, pos));
  if (!targets.size) return false;
  return senseIds(word, pos, options.senses).some((s) => {
    for (const a of ancestors(s, options.maxDepth).keys()) if (targets.has(a)) return true;
    return false;
  });
}

/** Lemmas linked to the word by a lexical pointer, in sense order, without repeats. */
function lexicalLinks(
  word: string,
  pos: Pos | undefined,
  name: LexicalRelation,
  limit?: number,
  lexFiles?: ReadonlySet<string>,
): Array<{ lemma: string; pos: Pos }> {
  const id = lemmaIdOf(normalise(word));
  if (id < 0) return [];
  const words = synsetWords();
  const links = relation(name);
  const out: Array<{ lemma: string; pos: Pos }> = [];
  const seen = new Set<string>();
  for (const p of pos ? [pos] : POS)
    for (const s of senseIds(word, p, limit)) {
      if (lexFiles && !lexFiles.has(lexFileOf(s))) continue;
      const position = listOf(words, s).indexOf(id);
      const triples = listOf(links, s);
      for (let k = 0; k < triples.length; k += 3) {
        if (triples[k] !== position) continue;
        const target = triples[k + 1]!;
        const lemma = lemmaOf(listOf(words, target)[triples[k + 2]!]!);
        const key = `${lemma}\t${posOf(target)}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push({ lemma, pos: posOf(target) });
        }
      }
    }
  return out;
}

/**
 * WordNet's antonyms of a word: win/lose, rise/fall, acquit/convict, dead/alive. An adjective sense without an
 * antonym of its own (a satellite, such as "soggy") takes its head's: "soggy" is similar to "wet", whose antonym
 * is "dry". WordNet has no antonym for some pairs news contrasts (confirm/deny): vectors and context must do there.
 */
export function antonyms(word: string, pos?: Pos, options: SenseOptions = {}): string[] {
  const out = lexicalLinks(word, pos, "antonyms", options.senses).map((l) => l.lemma);
  if (pos === "a" || pos === undefined) {
    const id = lemmaIdOf(normalise(word));
    const words = synsetWords();
    const similar = relation("similarTo");
    const links = relation("antonyms");
    for (const s of senseIds(word, "a", options.senses)) {
      const position = listOf(words, s).indexOf(id);
      const own = listOf(links, s);
      let direct = false;
      for (let k = 0; k < own.length; k += 3) if (own[k] === position) direct = true;
      if (direct) continue;
      for (const head of listOf(similar, s)) {
        const triples = listOf(links, head);
        for (let k = 0; k < triples.length; k += 3) out.push(lemmaOf(listOf(words, triples[k + 1]!)[triples[k + 2]!]!));
      }
    }
  }
  return [...new Set(out)];
}

/**
 * Derivationally related forms, across parts of speech and within them: acquisition → acquire, death → die,
 * arrest (n) → arrest (v). `pos` restricts the word's own part of speech, not the forms'; `lexFiles` its senses to
 * those of these lexicographer files ("noun.act": the landing that is an act, not the one at the top of the stairs).
 */
export function derivations(
  word: string,
  options: SenseOptions & { pos?: Pos; lexFiles?: ReadonlySet<string> } = {},
): Array<{ lemma: string; pos: Pos }> {
  return lexicalLinks(word, options.pos, "derivations", options.senses, options.lexFiles);
}

/** What an adjective pertains to ("Syrian" → "Syria", "financial" → "finance"), and an adverb's adjective. */
export function pertainyms(word: string, options: SenseOptions = {}): string[] {
  return [
    ...new Set(
      [
        ...lexicalLinks(word, "a", "pertainyms", options.senses),
        ...lexicalLinks(word, "r", "pertainyms", options.senses),
      ].map((l) => l.lemma),
    ),
  ];
}
