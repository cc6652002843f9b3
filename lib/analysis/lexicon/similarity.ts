import { normalise } from "./senses";
import { normOf, vectors } from "./vectors";

/** GloVe word vectors: a word's vector, cosine similarity, corpus frequency. */

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
