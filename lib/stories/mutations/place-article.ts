import { createHash } from "node:crypto";
import normalizeUrl from "normalize-url";
import slugify from "@sindresorhus/slugify";
import type { ArticleExtraction } from "../../analysis/extract";
import { normalize } from "../../analysis/text";
import type { Db } from "../../db";
import { storedValue, termCountsSchema } from "../json";
import type { LoadedStory } from "../loaded-story";
import { bestStory, termCounts } from "../placement";
import type { IngestArticle } from "../schema";
import type { IngestOutcome } from "./ingest";
import { loadStory, storyAt } from "./load-story";

// Dedupe (is the article stored already?) and placement (which story does it go to?), for an ingest round.

/** Stories an article that names none is compared with: the most recently updated. */
const CANDIDATE_STORIES = 200;

/** The same text is the same article, whatever its whitespace, case or curly quotes. */
export const contentHash = (text: string) => createHash("sha256").update(normalize(text)).digest("hex");

/** One URL per article: https, no tracking parameters, fragment, "www." or trailing slash. */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return normalizeUrl(url, {
      forceHttps: true,
      stripHash: true,
      stripWWW: true,
      removeQueryParameters: [/^utm_\w+/i, "fbclid", "gclid", "ref"],
      sortQueryParameters: true,
    });
  } catch {
    return url;
  }
}

export const storyUrl = (slug: string) => `/stories/${encodeURIComponent(slug)}`;
export const articleUrl = (id: string) => `/articles/${id}`;

/** The article stored under the same content hash or canonical URL, as an ingest answers it, if any. */
export async function storedArticle(
  db: Db,
  hash: string,
  canonical: string | null,
): Promise<IngestOutcome | undefined> {
  const found = await db.article.findFirst({
    where: { OR: [{ contentHash: hash }, ...(canonical ? [{ canonicalUrl: canonical }] : [])] },
    select: { id: true, story: { select: { id: true, slug: true, title: true } } },
  });
  return found
    ? {
        status: "existing",
        article: { id: found.id, url: articleUrl(found.id) },
        story: { ...found.story, url: storyUrl(found.story.slug) },
      }
    : undefined;
}

/** Finds (and loads, once per round) the story an article goes to: the one it names, else the most similar. */
export async function placeArticle(
  db: Db,
  input: IngestArticle,
  extraction: ArticleExtraction,
  loaded: Map<string, LoadedStory>,
): Promise<LoadedStory> {
  if (input.story) return namedStory(db, input.story, loaded);
  const terms = termCounts(extraction);
  const pending = [...new Set(loaded.values())];
  const rows = await db.story.findMany({
    orderBy: { updatedAt: "desc" },
    take: CANDIDATE_STORIES,
    select: { id: true, terms: true },
  });
  const candidates = [
    ...pending.map((s) => ({ key: s, terms: s.terms })),
    ...rows
      .filter((r) => !pending.some((p) => p.id === r.id))
      .map((r) => ({ key: r.id, terms: storedValue(termCountsSchema, r.terms, storyAt(r.id, "terms")) })),
  ];
  const best = bestStory(terms, candidates);
  if (best) return typeof best.key === "string" ? loadStory(db, best.key, loaded) : best.key;
  const title = input.title?.trim() || extraction.claims[0]?.text.slice(0, 120) || "Untitled story";
  return newStory(db, title, loaded);
}

/** The story an article names by slug or title: stored, started earlier in the round, or new. */
async function namedStory(
  db: Db,
  ref: NonNullable<IngestArticle["story"]>,
  loaded: Map<string, LoadedStory>,
): Promise<LoadedStory> {
  const { slug, title } = typeof ref === "string" ? { slug: ref, title: ref } : ref;
  const refKey = `ref:${slug ?? ""}|${title}`;
  const cached = loaded.get(refKey);
  if (cached) return cached;
  const row = await db.story.findFirst({
    where: { OR: [{ slug: slug ?? title }, { title }] },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  // A story an earlier request of the round starts is not in the database yet, but is the one this names.
  const started = [...new Set(loaded.values())].find(
    (s) => s.id === null && (s.slug === (slug ?? title) || s.title === title),
  );
  const story = row
    ? await loadStory(db, row.id, loaded)
    : (started ?? (await newStory(db, title, loaded, typeof ref === "string" ? undefined : slug)));
  loaded.set(refKey, story);
  return story;
}

async function newStory(
  db: Db,
  title: string,
  loaded: Map<string, LoadedStory>,
  wanted?: string,
): Promise<LoadedStory> {
  const base = wanted ?? (slugify(title).slice(0, 80).replace(/-+$/, "") || "story");
  let slug = base;
  const taken = new Set([...loaded.values()].map((s) => s.slug));
  for (let k = 2; taken.has(slug) || (await db.story.findUnique({ where: { slug }, select: { id: true } })); k++)
    slug = `${base}-${k}`;
  const story: LoadedStory = {
    id: null,
    slug,
    title,
    version: 0,
    terms: {},
    existing: [],
    added: [],
    rows: [],
    decisions: [],
  };
  loaded.set(`new:${slug}`, story);
  return story;
}
