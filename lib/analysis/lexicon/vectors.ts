import { decodeBase64 } from "./codec";
import table from "./vectors.json";

/**
 * GloVe word vectors as distilled by scripts/distill-vectors.ts: 50,000 lowercase words in corpus frequency order,
 * int8 with a float32 scale per vector. The int8 cosine differs from float32's by 0.0007 on average and at most
 * 0.005 (the table's `quantisationError`).
 */

interface Table {
  dimensions: number;
  words: string;
  scales: string;
  vectors: string;
  randomPairCosine: { p50: number; p90: number; p99: number };
}

export interface Vectors {
  dimensions: number;
  words: string[];
  /** A Map, not an object: "constructor" is a word to look up, not Object.prototype's. */
  index: Map<string, number>;
  values: Int8Array;
  scales: Float32Array;
  /** The Euclidean norm of each int8 vector once asked for (NaN before): see normOf. Float64, so the value
   *  stored is the value computed and the first answer equals every later one. */
  norms: Float64Array;
}

function load(): Vectors {
  const t = table as Table;
  const words = t.words.split("\n");
  const index = new Map<string, number>();
  words.forEach((w, i) => index.set(w, i));
  const bytes = decodeBase64(t.vectors);
  const values = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const scaleBytes = decodeBase64(t.scales);
  const view = new DataView(scaleBytes.buffer, scaleBytes.byteOffset, scaleBytes.length);
  const scales = new Float32Array(words.length);
  for (let i = 0; i < words.length; i++) scales[i] = view.getFloat32(i * 4, true);
  return { dimensions: t.dimensions, words, index, values, scales, norms: new Float64Array(words.length).fill(NaN) };
}

let loaded: Vectors | undefined;

/** The decoded table, built on first use (see wordnet()). */
export function vectors(): Vectors {
  return (loaded ??= load());
}

/** The norm of word i's int8 vector, computed on first use: most of the 50,000 are never asked about. */
export function normOf(i: number): number {
  const { norms, values, dimensions } = vectors();
  let n = norms[i]!;
  if (Number.isNaN(n)) {
    let s = 0;
    for (let k = i * dimensions; k < (i + 1) * dimensions; k++) s += values[k]! * values[k]!;
    n = Math.sqrt(s);
    norms[i] = n;
  }
  return n;
}

/**
 * Cosine of random word pairs in this table: the median is about 0, one pair in ten is above 0.19 and one in a
 * hundred above 0.37. A similarity is evidence only above these.
 */
export const RANDOM_PAIR_COSINE: Readonly<{ p50: number; p90: number; p99: number }> = (table as Table)
  .randomPairCosine;
