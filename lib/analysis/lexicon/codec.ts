/**
 * The encodings of the committed lexicon tables (lib/analysis/lexicon/*.json), shared by the scripts that write them
 * and the module that reads them.
 *
 * Why not plain JSON arrays: WordNet's graph is about a million small integers and the vectors five million bytes;
 * as JSON numbers they would take three to four times the space and far longer to parse. Integers are written as
 * LEB128 varints and bytes as base64, which JSON carries as one string each and which decode here without `Buffer`
 * (so the module stays free of Node-only APIs) in a few milliseconds per megabyte.
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Standard base64 with padding (RFC 4648 §4), the form `Buffer.from(b64, "base64")` also reads. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = "";
  const chunk: string[] = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    chunk.push(ALPHABET[n >> 18]!, ALPHABET[(n >> 12) & 63]!, ALPHABET[(n >> 6) & 63]!, ALPHABET[n & 63]!);
    // Joining in slices keeps the intermediate array small for multi-megabyte inputs.
    if (chunk.length >= 65536) {
      out += chunk.join("");
      chunk.length = 0;
    }
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    chunk.push(ALPHABET[n >> 18]!, ALPHABET[(n >> 12) & 63]!, "==");
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    chunk.push(ALPHABET[n >> 18]!, ALPHABET[(n >> 12) & 63]!, ALPHABET[(n >> 6) & 63]!, "=");
  }
  return out + chunk.join("");
}

export function decodeBase64(text: string): Uint8Array {
  // Node's decoder is native and ten times faster on the megabytes of vectors; the loop below is the same
  // decoding anywhere else (and is what the tests compare it with).
  const native = (globalThis as { Buffer?: { from(s: string, e: "base64"): Uint8Array } }).Buffer;
  if (native) {
    const b = native.from(text, "base64");
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  }
  return decodeBase64Portable(text);
}

/** Base64 decoding without Buffer. */
export function decodeBase64Portable(text: string): Uint8Array {
  let len = text.length;
  while (len > 0 && text.charCodeAt(len - 1) === 61 /* = */) len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  const at = (i: number) => {
    const c = text.charCodeAt(i);
    const v = c < 128 ? DECODE[c]! : -1;
    if (v < 0) throw new Error(`decodeBase64: invalid character at ${i}`);
    return v;
  };
  // Four characters make three bytes; the loop body stays branch-free on the megabytes of full groups.
  let o = 0;
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const n = (at(i) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6) | at(i + 3);
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  if (len - i === 2) out[o] = ((at(i) << 18) | (at(i + 1) << 12)) >> 16;
  else if (len - i === 3) {
    const n = (at(i) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6);
    out[o++] = n >> 16;
    out[o] = (n >> 8) & 255;
  } else if (len - i === 1) throw new Error("decodeBase64: truncated input");
  return out;
}

/**
 * Lists of non-negative integers, one list per item (a lemma's synsets, a synset's hypernyms): the compressed sparse
 * row layout, `values[start[i] .. start[i + 1])` being item i's list.
 */
export interface Lists {
  start: Int32Array;
  values: Int32Array;
}

/**
 * Writes the non-empty lists only, each as (items skipped since the previous non-empty one, length, values), all as
 * unsigned LEB128 varints. Most pointer kinds exist on a few synsets only (causes: 220 of 117,791), so an empty
 * list costs nothing.
 */
export function encodeLists(lists: ReadonlyArray<ReadonlyArray<number>>): Uint8Array {
  const bytes: number[] = [];
  const put = (n: number) => {
    if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) throw new Error(`encodeLists: ${n} is not a uint31`);
    while (n > 127) {
      bytes.push((n & 127) | 128);
      n >>>= 7;
    }
    bytes.push(n);
  };
  let previous = -1;
  lists.forEach((list, i) => {
    if (!list.length) return;
    put(i - previous - 1);
    previous = i;
    put(list.length);
    for (const v of list) put(v);
  });
  return Uint8Array.from(bytes);
}

/** Reads the `count` lists written by encodeLists. */
export function decodeLists(bytes: Uint8Array, count: number): Lists {
  const start = new Int32Array(count + 1);
  // Every value takes at least one byte, so bytes.length bounds their number: one pass, then one trimming copy.
  const values = new Int32Array(bytes.length);
  const end = bytes.length;
  let p = 0;
  let v = 0;
  let item = -1;
  while (p < end) {
    // Three varints per list head (gap, length), then the values; written out rather than in a closure, since
    // this loop decodes a million of them on first use.
    let gap = 0;
    for (let shift = 0, b = 128; b & 128; shift += 7) {
      b = bytes[p++]!;
      gap |= (b & 127) << shift;
    }
    let length = 0;
    for (let shift = 0, b = 128; b & 128; shift += 7) {
      b = bytes[p++]!;
      length |= (b & 127) << shift;
    }
    const next = item + gap + 1;
    if (next >= count || p > end) throw new Error(`decodeLists: item ${next} of ${count}, or truncated input`);
    for (let i = item + 1; i <= next; i++) start[i] = v;
    item = next;
    for (let j = 0; j < length; j++) {
      let n = 0;
      for (let shift = 0, b = 128; b & 128; shift += 7) {
        b = bytes[p++]!;
        n |= (b & 127) << shift;
      }
      values[v++] = n;
    }
    if (p > end) throw new Error("decodeLists: truncated input");
  }
  for (let i = item + 1; i <= count; i++) start[i] = v;
  return { start, values: values.slice(0, v) };
}

/** Largest shared prefix that frontCode writes: its length is one character, code 48 ("0") + length. */
const MAX_PREFIX = 60;
/** Every RESTART-th word is written whole, so a lookup decodes at most this many words. */
export const RESTART = 16;

/**
 * Front coding of a sorted word list: each word is written as the length of the prefix it shares with the word
 * before it (one character) and the rest, one word a line; every RESTART-th word is written whole. Sorted WordNet
 * lemmas share long prefixes ("death", "death_toll", "deathbed"), and this nearly halves the text, while the whole
 * words let a lookup binary-search them and decode one block of RESTART words instead of the list.
 */
export function frontCode(words: readonly string[]): string {
  let previous = "";
  return words
    .map((w, i) => {
      if (w.includes("\n")) throw new Error(`frontCode: ${JSON.stringify(w)} has a newline`);
      if (i > 0 && !(previous < w)) throw new Error(`frontCode: ${JSON.stringify(w)} is out of order`);
      let n = 0;
      if (i % RESTART !== 0) while (n < MAX_PREFIX && n < w.length && n < previous.length && w[n] === previous[n]) n++;
      previous = w;
      return String.fromCharCode(48 + n) + w.slice(n);
    })
    .join("\n");
}

/** A front-coded list, indexed by line: nothing is decoded until a word is asked for. */
export interface FrontCoded {
  text: string;
  /** Offset of each line in `text`, and text.length + 1 after the last. */
  lines: Int32Array;
  /** The whole words, one per block: what the binary search compares with, without slicing at every probe. */
  heads: string[];
  count: number;
}

export function frontIndex(text: string): FrontCoded {
  let count = text ? 1 : 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
  const lines = new Int32Array(count + 1);
  const heads: string[] = [];
  let at = 0;
  for (let k = 0; k < count; k++) {
    lines[k] = at;
    const nl = text.indexOf("\n", at);
    const end = nl < 0 ? text.length : nl;
    if (k % RESTART === 0) heads.push(text.slice(at + 1, end));
    at = end + 1;
  }
  lines[count] = text.length + 1;
  return { text, lines, heads, count };
}

/** Word i (0 ≤ i < count). */
export function frontWord(fc: FrontCoded, i: number): string {
  let word = "";
  for (let k = i - (i % RESTART); k <= i; k++) {
    const from = fc.lines[k]!;
    word = word.slice(0, fc.text.charCodeAt(from) - 48) + fc.text.slice(from + 1, fc.lines[k + 1]! - 1);
  }
  return word;
}

/** The index of `word`, or -1: a binary search over the whole words, then one block decoded in order. */
export function frontFind(fc: FrontCoded, word: string): number {
  const { heads, text, lines } = fc;
  let lo = 0;
  let hi = heads.length - 1;
  // The last block whose first word is ≤ word.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (heads[mid]! <= word) lo = mid;
    else hi = mid - 1;
  }
  let current = "";
  for (let k = lo * RESTART; k < Math.min(fc.count, (lo + 1) * RESTART); k++) {
    const from = lines[k]!;
    current = current.slice(0, text.charCodeAt(from) - 48) + text.slice(from + 1, lines[k + 1]! - 1);
    if (current === word) return k;
    if (current > word) return -1;
  }
  return -1;
}

/** Every word, in order (for the scripts; the analysis looks words up one at a time). */
export function frontDecode(text: string): string[] {
  const fc = frontIndex(text);
  const out: string[] = [];
  let word = "";
  for (let k = 0; k < fc.count; k++) {
    const from = fc.lines[k]!;
    word = word.slice(0, text.charCodeAt(from) - 48) + text.slice(from + 1, fc.lines[k + 1]! - 1);
    out.push(word);
  }
  return out;
}

/** Item i's list as a view (no copy). */
export function listOf(lists: Lists, i: number): Int32Array {
  return lists.values.subarray(lists.start[i]!, lists.start[i + 1]!);
}
