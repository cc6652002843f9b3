/**
 * Synthetic stories for the benchmarks, built deterministically from real articles' paragraphs (shuffled, cut, with
 * weekdays, numbers and wording varied the way rewritten wire copy varies), so every run measures exactly the same
 * text. bench uses articles about the seed story's one event (syntheticStory); bench:analysis a mixed story whose
 * articles retell every story of the evaluation kit's dev set (mixedStory).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { storyBundleSchema, type ArticleInput, type StoryBundle } from "../lib/analysis/schema";

const SEED_CANDIDATES = [
  path.resolve(import.meta.dirname, "../seeds/iran-syria-2018/bundle.json"),
  "/work/shared/eval/dev/iran-syria-2018.bundle.json",
];
const DEV_DIR = path.resolve(import.meta.dirname, "../../shared/eval/dev");
export const PRNG_SEED = 20180828;

/** mulberry32: a tiny seeded PRNG, so every run benchmarks exactly the same text. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
function shuffle<T>(rng: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}
export const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

export function loadSeedBundle(): { file: string; bundle: StoryBundle } {
  const file = SEED_CANDIDATES.find((f) => existsSync(f));
  if (!file) throw new Error(`no seed bundle found at ${SEED_CANDIDATES.join(" or ")}`);
  return { file, bundle: storyBundleSchema.parse(JSON.parse(readFileSync(file, "utf8"))) };
}

const SENTENCE_BREAK = /(?<=[.!?]["”’]?)\s+(?=["“]?[A-Z])/;

/**
 * Body paragraphs of every seed, long ones cut into runs of two or three sentences so that articles mix material
 * from several seeds the way rewritten wire copy does. Page furniture (bylines, "2 min read") is left out: it
 * would be cleaned away and only dilute the word count.
 */
export function paragraphPool(bundle: StoryBundle, rng: Rng): string[] {
  const pool: string[] = [];
  for (const a of bundle.articles) {
    for (const para of a.text.split(/\n+/).map((p) => p.trim())) {
      if (countWords(para) < 8) continue;
      const sentences = para.split(SENTENCE_BREAK);
      if (countWords(para) <= 80 || sentences.length < 3) {
        pool.push(para);
        continue;
      }
      for (let i = 0; i < sentences.length;) {
        const n = 2 + Math.floor(rng() * 2);
        pool.push(sentences.slice(i, i + n).join(" "));
        i += n;
      }
    }
  }
  return pool;
}

const MIN_WORDS = 300;
const MAX_WORDS = 600;

const wordSets = new Map<string, Set<string>>();
function wordSet(s: string): Set<string> {
  let set = wordSets.get(s);
  if (!set) wordSets.set(s, (set = new Set(s.toLowerCase().match(/[a-z]+/g) ?? [])));
  return set;
}
/** Share of the smaller paragraph's words that the other one also has. */
function overlap(a: string, b: string): number {
  const [x, y] = [wordSet(a), wordSet(b)];
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const SYNONYMS: Array<[RegExp, string[]]> = [
  [/\bvisited\b/g, ["visited", "travelled to", "arrived in"]],
  [/\bsaid\b/g, ["said", "reported", "stated"]],
  [/\ba deal\b/g, ["a deal", "an agreement", "an accord", "a pact"]],
  [/\bthe deal\b/g, ["the deal", "the agreement", "the accord", "the pact"]],
  [/\bsigned\b/g, ["signed", "inked", "concluded"]],
  [/\bofficials\b/g, ["officials", "authorities"]],
  [/\bhelp\b/g, ["help", "assist"]],
  [/\bforces\b/g, ["forces", "troops"]],
  [/\ba meeting\b/g, ["a meeting", "a session"]],
  [/\bsenior\b/g, ["senior", "high-ranking", "top"]],
  [/\bDefen[cs]e Minister\b/g, ["Defence Minister", "Defense Minister", "defence chief"]],
];

function perturbNumber(rng: Rng, raw: string): string {
  const value = Number(raw.replace(/,/g, ""));
  if (!Number.isFinite(value) || rng() < 0.4) return raw;
  // Years move by one at most; counts by up to a third, which is what conflicting reports look like.
  if (/^(19|20)\d\d$/.test(raw)) return rng() < 0.2 ? String(value + (rng() < 0.5 ? -1 : 1)) : raw;
  const decimals = raw.includes(".") ? raw.split(".")[1]!.length : 0;
  const next = Math.max(1, value * (1 + (rng() - 0.5) * 0.66));
  const fixed = decimals ? next.toFixed(decimals) : String(Math.round(next));
  return raw.includes(",") ? Number(fixed).toLocaleString("en-US") : fixed;
}

function vary(rng: Rng, text: string): string {
  let out = text.replace(/\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g, (w) =>
    rng() < 0.5 ? pick(rng, WEEKDAYS) : w,
  );
  out = out.replace(
    /\d[\d,]*(?:\.\d+)?/g,
    (n) => perturbNumber(rng, n.replace(/,$/, "")) + (n.endsWith(",") ? "," : ""),
  );
  for (const [re, options] of SYNONYMS) out = out.replace(re, (w) => (rng() < 0.5 ? pick(rng, options) : w));
  return out;
}

const HEADLINES = [
  "Iran and Syria sign military cooperation deal",
  "Iran to keep military presence in Syria, official says",
  "Tehran and Damascus agree defence pact",
  "Iranian defence minister in Damascus for talks with Assad",
];

/** The text of one rewrite: paragraphs of the pool, the lead first more often than not, 300 to 600 words. */
function composeText(rng: Rng, pool: string[]): string {
  const target = MIN_WORDS + Math.floor(rng() * (MAX_WORDS - MIN_WORDS + 1));
  const order = shuffle(
    rng,
    pool.map((_, i) => i),
  );
  // The lead stays a lead: open with one of the pool's first paragraphs more often than not.
  if (rng() < 0.7) order.unshift(Math.floor(rng() * Math.min(6, pool.length)));
  const used = new Set<number>();
  const paras: string[] = [];
  let words = 0;
  for (const i of order) {
    if (words >= target) break;
    // The seeds share wire copy almost word for word; one outlet prints such a paragraph once.
    if (used.has(i) || [...used].some((j) => overlap(pool[i]!, pool[j]!) > 0.5)) continue;
    if (words >= MIN_WORDS && words + countWords(pool[i]!) > MAX_WORDS) continue;
    used.add(i);
    let para = vary(rng, pool[i]!);
    const sentences = para.split(SENTENCE_BREAK);
    // Drop a sentence now and then, as an editor cutting to length would.
    if (sentences.length > 2 && rng() < 0.3) sentences.splice(Math.floor(rng() * sentences.length), 1);
    para = sentences.join(" ");
    paras.push(para);
    words += countWords(para);
  }
  return paras.join("\n\n");
}

export function syntheticArticle(rng: Rng, pool: string[], index: number): ArticleInput {
  const text = composeText(rng, pool);
  const day = 27 + Math.floor(rng() * 5); // 27 August to 31 August 2018
  return {
    outlet: `Outlet ${index + 1}`,
    title: pick(rng, HEADLINES),
    url: `https://outlet-${index + 1}.example/world/iran-syria-${index + 1}`,
    publishedAt: `2018-08-${String(day).padStart(2, "0")}`,
    text,
  };
}

export function syntheticStory(pool: string[], size: number): StoryBundle {
  // One stream per size, so the 50-article story does not depend on whether the 25-article one was built first.
  const rng = mulberry32(PRNG_SEED + size);
  const articles = Array.from({ length: size }, (_, i) => syntheticArticle(rng, pool, i));
  return storyBundleSchema.parse({ story: { title: `Synthetic story (${size} articles)` }, articles });
}

/** A real story whose articles a mixed story retells: its name, its articles and its paragraph pool. */
export interface SourceStory {
  name: string;
  bundle: StoryBundle;
  pool: string[];
}

/**
 * Every story of the evaluation kit's dev set (../shared/eval/dev/*.bundle.json), in name order, each with its
 * paragraph pool; the seed story alone when the kit is not there (`fallback`). Read at bench time, never copied into
 * the repository (AGENTS.md).
 */
export function loadSourceStories(rng: Rng): { source: string; fallback: boolean; stories: SourceStory[] } {
  const files = existsSync(DEV_DIR)
    ? readdirSync(DEV_DIR)
        .filter((f) => f.endsWith(".bundle.json"))
        .sort()
    : [];
  if (!files.length) {
    const { file, bundle } = loadSeedBundle();
    return { source: file, fallback: true, stories: [{ name: "seed", bundle, pool: paragraphPool(bundle, rng) }] };
  }
  const stories = files.map((f) => {
    const bundle = storyBundleSchema.parse(JSON.parse(readFileSync(path.join(DEV_DIR, f), "utf8")));
    return { name: f.replace(".bundle.json", ""), bundle, pool: paragraphPool(bundle, rng) };
  });
  return { source: DEV_DIR, fallback: false, stories };
}

/** An ISO date `days` later (bench input, not the analysis: plain UTC arithmetic). */
function daysLater(iso: string, days: number): string {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/**
 * A wide story mixing every source story: article i retells source story i mod n (so each is told by about size/n
 * outlets, and a 50-article story tells each dev story about as often as the kit does), with that story's headlines
 * and dates (a day or two later now and then). A story of 400 articles thus has the names, numbers, dates, quotes and
 * vocabulary of all the dev stories, not the seed's text repeated.
 */
export function mixedStory(stories: SourceStory[], size: number): StoryBundle {
  // One stream per size, so the 100-article story does not depend on whether the 50-article one was built first.
  const rng = mulberry32(PRNG_SEED + size);
  const articles = Array.from({ length: size }, (_, i): ArticleInput => {
    const home = stories[i % stories.length]!;
    const text = composeText(rng, home.pool);
    const source = pick(rng, home.bundle.articles);
    const shift = Math.floor(rng() * 3);
    return {
      outlet: `Outlet ${i + 1}`,
      title: source.title ?? home.bundle.story?.title ?? null,
      url: `https://outlet-${i + 1}.example/news/${home.name}-${i + 1}`,
      publishedAt: source.publishedAt ? daysLater(source.publishedAt, shift) : null,
      text,
    };
  });
  return storyBundleSchema.parse({ story: { title: `Mixed story (${size} articles)` }, articles });
}
