import { listOf } from "./codec";
import { normOf, RANDOM_PAIR_COSINE, vectors } from "./vectors";
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
 */

export type { Pos } from "./wordnet";

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

function normalise(word: string): string {
  // Most lookups are already lowercase lemmas: skip the three copies the general case makes.
  return PLAIN.test(word) ? word : word.trim().toLowerCase().replace(/\s+/g, "_");
}

const UPPER = /\p{Lu}/u;

/** The synset ids of a word's senses in one part of speech, in sense order. */
function senseIds(word: string, pos: Pos, limit = Infinity): number[] {
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
  const { lexFile, lexFiles } = wordnet();
  const words = synsetWords();
  return { id, pos: posOf(id), lemmas: [...listOf(words, id)].map(lemmaOf), lexFile: lexFiles[lexFile[id]!]! };
}

/** A word's synsets in one part of speech, most frequent sense first. */
export function synsetsOf(word: string, pos: Pos, options: SenseOptions = {}): Synset[] {
  return senseIds(word, pos, options.senses).map(synsetOf);
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
function ancestors(s: number, maxDepth = Infinity): Map<number, number> {
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

export interface IsAOptions extends SenseOptions {
  /** At most this many hypernym steps up (default: the whole hierarchy). */
  maxDepth?: number;
}

/**
 * Whether some sense of `word` is a kind or an instance of some sense of `ancestor`: "soldier" is a "person",
 * "Toyota" a "city" (WordNet knows only the Japanese city). A word is its own ancestor at depth 0.
 */
export function isA(word: string, pos: "n" | "v", ancestor: string, options: IsAOptions = {}): boolean {
  const targets = new Set(senseIds(ancestor, pos));
  if (!targets.size) return false;
  return senseIds(word, pos, options.senses).some((s) => {
    for (const a of ancestors(s, options.maxDepth).keys()) if (targets.has(a)) return true;
    return false;
  });
}

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

/** Lemmas linked to the word by a lexical pointer, in sense order, without repeats. */
function lexicalLinks(
  word: string,
  pos: Pos | undefined,
  name: LexicalRelation,
  limit?: number,
): Array<{ lemma: string; pos: Pos }> {
  const id = lemmaIdOf(normalise(word));
  if (id < 0) return [];
  const words = synsetWords();
  const links = relation(name);
  const out: Array<{ lemma: string; pos: Pos }> = [];
  const seen = new Set<string>();
  for (const p of pos ? [pos] : POS)
    for (const s of senseIds(word, p, limit)) {
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
 * arrest (n) → arrest (v). `pos` restricts the word's own part of speech, not the forms'.
 */
export function derivations(
  word: string,
  options: SenseOptions & { pos?: Pos } = {},
): Array<{ lemma: string; pos: Pos }> {
  return lexicalLinks(word, options.pos, "derivations", options.senses);
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

/** A vocabulary word's index, or -1; multi-word lemmas are looked up part by part by the callers. */
function vectorIndex(word: string): number {
  return vectors().index.get(word) ?? -1;
}

/**
 * A word's vector (100 floats; GloVe's scale), or undefined when the table does not have it. A multi-word lemma
 * ("death toll", "take_over") whose every part is known gets the mean of its parts' unit vectors: GloVe has no
 * phrases, and the mean of the parts is the usual stand-in.
 */
export function vector(word: string): Float32Array | undefined {
  const out = new Float32Array(vectors().dimensions);
  return vectorInto(word, out) ? out : undefined;
}

/** The length of every word's vector. */
export const vectorDimensions = (): number => vectors().dimensions;

/**
 * Writes the word's vector, the same floats `vector` returns, into `out` (at least `vectorDimensions()` long) and returns true; false,
 * leaving `out` as it was, when the table does not have the word. Allocates nothing: a sentence's centroid sums the
 * vectors of all its words, and a new array per word was a tenth of the alignment's time in a wide story.
 */
export function vectorInto(word: string, out: Float32Array): boolean {
  const w = normalise(word);
  const { dimensions, values, scales } = vectors();
  const i = vectorIndex(w);
  if (i >= 0) {
    const scale = scales[i]!;
    for (let d = 0, k = i * dimensions; d < dimensions; d++, k++) out[d] = values[k]! * scale;
    return true;
  }
  const parts = w.split(/[_-]/).filter(Boolean);
  if (parts.length < 2) return false;
  const ids = parts.map(vectorIndex);
  if (ids.some((k) => k < 0)) return false;
  out.fill(0, 0, dimensions);
  for (const k of ids)
    for (let d = 0; d < dimensions; d++) out[d]! += values[k * dimensions + d]! / normOf(k) / ids.length;
  return true;
}

/** Cosine of the two words' vectors, in [-1, 1]; 0 when either is unknown. 1 for a known word with itself. */
export function similarity(a: string, b: string): number {
  const x = normalise(a);
  const y = normalise(b);
  const { dimensions, values } = vectors();
  const i = vectorIndex(x);
  const j = vectorIndex(y);
  if (i >= 0 && j >= 0) {
    if (i === j) return 1;
    let dot = 0;
    for (let d = 0; d < dimensions; d++) dot += values[i * dimensions + d]! * values[j * dimensions + d]!;
    const n = normOf(i) * normOf(j);
    return n ? dot / n : 0;
  }
  const u = vector(x);
  const v = vector(y);
  if (!u || !v) return 0;
  let dot = 0;
  let nu = 0;
  let nv = 0;
  for (let d = 0; d < dimensions; d++) {
    dot += u[d]! * v[d]!;
    nu += u[d]! * u[d]!;
    nv += v[d]! * v[d]!;
  }
  return nu && nv ? dot / Math.sqrt(nu * nv) : 0;
}

/** A word's rank in the vectors' corpus frequency order (0: "the"), or undefined: a stand-in for rarity. */
export function frequencyRank(word: string): number | undefined {
  const i = vectorIndex(normalise(word));
  return i >= 0 ? i : undefined;
}

/** How much a noun sense's derived verb counts as the noun's event: "acquisition" names the acquiring, mostly. */
const DERIVED = 0.9;
/** Sense limit of predicateSimilarity: the first three senses of each part of speech. */
const PREDICATE_SENSES = 3;

/** The synsets a predicate word can name, with a weight: its verb and noun senses, and the verbs its nouns derive from. */
function eventSenses(word: string, limit: number): Map<number, number> {
  const out = new Map<number, number>();
  const put = (s: number, w: number) => out.set(s, Math.max(out.get(s) ?? 0, w));
  for (const s of senseIds(word, "v", limit)) put(s, 1);
  const id = lemmaIdOf(normalise(word));
  const words = synsetWords();
  const links = relation("derivations");
  for (const s of senseIds(word, "n", limit)) {
    put(s, 1);
    const position = listOf(words, s).indexOf(id);
    const triples = listOf(links, s);
    for (let k = 0; k < triples.length; k += 3)
      if (triples[k] === position && posOf(triples[k + 1]!) === "v") put(triples[k + 1]!, DERIVED);
  }
  return out;
}

/** Top concepts are too general to make two words related by sharing them: WordNet's noun.Tops ("act", "event")
 *  and verbs without a hypernym ("change", "move"). */
function isGeneral(s: number): boolean {
  const { lexFile, lexFiles } = wordnet();
  if (posOf(s) === "n") return lexFiles[lexFile[s]!] === "noun.Tops";
  const { start } = relation("hypernyms");
  return start[s] === start[s + 1];
}

/** Whether a verb pointer of this kind links s to t or t to s. */
function linked(name: "causes" | "entails", s: number, t: number): boolean {
  const { start, values } = relation(name);
  for (let k = start[s]!; k < start[s + 1]!; k++) if (values[k] === t) return true;
  for (let k = start[t]!; k < start[t + 1]!; k++) if (values[k] === s) return true;
  return false;
}

/** Scores of the ladder, by the length of the hypernym path between two synsets (0: the same synset). */
const LADDER = [1, 0.8, 0.6, 0.5, 0.4];

/**
 * How closely WordNet relates two synsets of one part of speech, on the ladder the issue names: the same synset
 * 1; one the direct hypernym of the other, or the cause or entailment of it (kill → die), 0.8; a shared hypernym
 * at a path of 2, 3 or 4 steps through it, 0.6, 0.5, 0.4, unless that hypernym is a top concept. Ordinal levels,
 * evenly spaced, not fitted to any data. `up` and `upT` are the synsets' ancestors two steps up.
 */
function synsetRelatedness(s: number, up: Map<number, number>, t: number, upT: Map<number, number>): number {
  if (s === t) return LADDER[0]!;
  if (posOf(s) !== posOf(t)) return 0;
  if (up.get(t) === 1 || upT.get(s) === 1) return LADDER[1]!;
  if (posOf(s) === "v" && (linked("causes", s, t) || linked("entails", s, t))) return LADDER[1]!;
  let path = Infinity;
  for (const [c, d] of up) {
    const e = upT.get(c);
    if (e === undefined || d + e >= path) continue;
    if (c !== s && c !== t && isGeneral(c)) continue;
    path = d + e;
  }
  return LADDER[path] ?? 0;
}

interface EventSense {
  s: number;
  w: number;
  up: Map<number, number>;
}

// A word's event senses with their ancestors, per word and sense limit: alignment asks about the same predicates
// over and over. Cleared when full, so a long-running server does not grow it without bound.
const eventSenseCache = new Map<string, EventSense[]>();
const EVENT_SENSE_CACHE_SIZE = 20_000;

function eventSensesWithAncestors(word: string, limit: number): EventSense[] {
  const key = `${limit}\u0000${normalise(word)}${UPPER.test(word) ? "\u0000A" : ""}`;
  let out = eventSenseCache.get(key);
  if (!out) {
    out = [...eventSenses(word, limit)].map(([s, w]) => ({ s, w, up: ancestors(s, 2) }));
    if (eventSenseCache.size >= EVENT_SENSE_CACHE_SIZE) eventSenseCache.clear();
    eventSenseCache.set(key, out);
  }
  return out;
}

/** WordNet's part of predicateSimilarity: the best-related pair of senses, each weighted. */
export function wordnetRelatedness(a: string, b: string, options: SenseOptions = {}): number {
  const limit = options.senses ?? PREDICATE_SENSES;
  const x = eventSensesWithAncestors(a, limit);
  const y = eventSensesWithAncestors(b, limit);
  let best = 0;
  for (const p of x)
    for (const q of y) if (p.w * q.w > best) best = Math.max(best, p.w * q.w * synsetRelatedness(p.s, p.up, q.s, q.up));
  return best;
}

/**
 * The vectors' part: cosine above what random word pairs reach, rescaled to [0, 1]. The table's 90th percentile of
 * random-pair cosines (0.19) is the zero: below it two words are no more alike than one pair in ten drawn at random.
 */
export function vectorRelatedness(a: string, b: string): number {
  const floor = RANDOM_PAIR_COSINE.p90;
  return Math.min(1, Math.max(0, (similarity(a, b) - floor) / (1 - floor)));
}

/**
 * How far vector evidence alone goes. GloVe's cosine measures relatedness, not sameness: antonyms (win/lose),
 * co-hyponyms (buy/sell) and words that share news stories (say/kill, 0.56) are as close as synonyms, so a vector
 * alone proves at most half. A prior, stated once, not fitted to stories.
 */
const VECTOR_WEIGHT = 0.5;

/**
 * How likely two predicate lemmas (verbs, or nouns naming events) describe the same kind of event, in [0, 1]:
 * 1 − (1 − w)(1 − v/2), where w is wordnetRelatedness (synonymy, hypernymy, cause and entailment, shared
 * hypernyms, and nouns read as the verbs they derive from: "acquisition"/"acquire", "death"/"die") and v is
 * vectorRelatedness. The two are independent evidence (a lexicographer's graph, co-occurrence in text) and either
 * can be missing for a word, so they combine as a noisy-or: each raises the score, neither lowers it. Identical
 * lemmas score 1. A learned model should take the two parts as separate features rather than this blend.
 *
 * Antonyms are not marked down: win/lose (0.33) and rise/fall (0.71) are about the same event, which is what
 * alignment needs, and `antonyms` tells them apart, for contradiction.
 */
export function predicateSimilarity(a: string, b: string, options: SenseOptions = {}): number {
  if (normalise(a) === normalise(b)) return 1;
  const w = wordnetRelatedness(a, b, options);
  const v = vectorRelatedness(a, b);
  return 1 - (1 - w) * (1 - VECTOR_WEIGHT * v);
}
