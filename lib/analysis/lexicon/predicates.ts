import { listOf } from "./codec";
import { ancestors, antonyms, isKnown, normalise, senseIds, UPPER, type SenseOptions } from "./senses";
import { similarity } from "./similarity";
import { RANDOM_PAIR_COSINE } from "./vectors";
import { posOf, relation, synsetWords, lemmaIdOf, wordnet } from "./wordnet";

/** How likely two predicate words name the same kind of event, from WordNet's graph and the word vectors. */

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

const oppositeCache = new Map<string, Set<string>>();
/**
 * The opposites of an event word (WordNet antonyms in its first two senses): a verb's ("won" / "lost", "opened" /
 * "closed"), or a state's when a clause says what its holder was ("armed" / "unarmed", "alive" / "dead"). They name
 * the same kind of event (predicateSimilarity), but never the same act.
 */
export function opposites(word: string): Set<string> {
  let known = oppositeCache.get(word);
  if (!known) {
    if (oppositeCache.size >= 50_000) oppositeCache.clear();
    const senses = { senses: 2 };
    oppositeCache.set(word, (known = new Set([...antonyms(word, "v", senses), ...antonyms(word, "a", senses)])));
  }
  return known;
}

/**
 * Two words of one meaning: WordNet gives them a synset, or one is the other's direct hypernym, in some base form of
 * each (wordnetRelatedness 0.8 or more). Words only related ("Monday" / "Tuesday", "city" / "country") are not.
 */
export function sameSense(x: string, y: string): boolean {
  const key = x < y ? `${x}|${y}` : `${y}|${x}`;
  let same = senseCache.get(key);
  if (same === undefined) {
    if (senseCache.size >= 50_000) senseCache.clear();
    const bx = baseForms(x);
    const by = baseForms(y);
    same = bx.some((a) => by.some((b) => a !== b && wordnetRelatedness(a, b) >= SAME_SENSE));
    senseCache.set(key, same);
  }
  return same;
}
const SAME_SENSE = 0.8;
const senseCache = new Map<string, boolean>();

/** The forms WordNet may list a word under: itself, and without a plural or past ending ("houses", "destroyed"). */
export function baseForms(w: string): string[] {
  const forms = new Set([w]);
  for (const [end, base] of INFLECTIONS)
    if (w.length > end.length + 2 && w.endsWith(end)) forms.add(w.slice(0, -end.length) + base);
  return [...forms].filter((f) => isKnown(f));
}
const INFLECTIONS: Array<[string, string]> = [
  ["ies", "y"],
  ["ied", "y"],
  ["es", ""],
  ["s", ""],
  ["ed", ""],
  ["ed", "e"],
  ["ing", ""],
  ["ing", "e"],
];
