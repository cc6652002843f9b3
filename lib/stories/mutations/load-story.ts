import type { Db } from "../../db";
import { extractionSchema, storedValue, termCountsSchema } from "../json";
import { loadedStory, type LoadedStory } from "../loaded-story";

/** Where a story's JSON column is, for the error a broken one throws (json.ts storedValue). */
export const storyAt = (id: string, column: string) => ({ table: "Story", column, id });

/**
 * The stories this process wrote last, as their write left them: the next write to one of them re-reads only its
 * version, not every article's text and extraction (a 500-article story is megabytes of JSON, read on every ingest).
 * A version that moved meanwhile (another process or server wrote) means a full read. Oldest out first. Per client:
 * two databases can hold a story under the same id at the same version (a copy of a database, or a test's two), and
 * one's story written into the other breaks it (issue 17).
 */
const RECENT_STORIES = 64;
let recent = new WeakMap<Db, Map<string, LoadedStory>>();

/** Keeps a story as its write left it, once the write's transaction has committed. */
export function remember(db: Db, story: LoadedStory) {
  let remembered = recent.get(db);
  if (!remembered) recent.set(db, (remembered = new Map()));
  remembered.delete(story.id!);
  remembered.set(story.id!, story);
  while (remembered.size > RECENT_STORIES) remembered.delete(remembered.keys().next().value!);
}

/** Forgets every story of every database (tests that change stories behind the writer's back). */
export function forgetRecentStories() {
  recent = new WeakMap();
}

/**
 * The story, from the writer's memory while its version has not moved, else read in full; once per round
 * (`loaded`).
 */
export async function loadStory(db: Db, id: string, loaded: Map<string, LoadedStory>): Promise<LoadedStory> {
  const cached = loaded.get(id);
  if (cached) return cached;
  const story = (await rememberedStory(db, id)) ?? (await readStory(db, id));
  loaded.set(id, story);
  return story;
}

async function rememberedStory(db: Db, id: string): Promise<LoadedStory | undefined> {
  const remembered = recent.get(db);
  const known = remembered?.get(id);
  if (!remembered || !known) return undefined;
  // Every write to a story's articles, rows or decisions bumps its version, whichever process makes it.
  const now = await db.story.findUnique({ where: { id }, select: { version: true } });
  remembered.delete(id);
  if (now?.version !== known.version) return undefined;
  remembered.set(id, known);
  return loadedStory(known);
}

async function readStory(db: Db, id: string): Promise<LoadedStory> {
  const row = await db.story.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      version: true,
      terms: true,
      articles: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          label: true,
          title: true,
          url: true,
          publishedAt: true,
          text: true,
          extraction: true,
          extractionVersion: true,
          outlet: { select: { name: true } },
          claims: { select: { id: true, key: true } },
        },
      },
      groups: {
        where: { status: "active" },
        select: { id: true, kind: true, claims: { select: { claimId: true }, orderBy: { order: "asc" } } },
      },
      overrides: {
        where: { undoneAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          claimId: true,
          targetClaimId: true,
          groupId: true,
          targetGroupId: true,
          measure: true,
        },
      },
    },
  });
  return loadedStory({
    id: row.id,
    slug: row.slug,
    title: row.title,
    version: row.version,
    terms: storedValue(termCountsSchema, row.terms, storyAt(row.id, "terms")),
    existing: row.articles.map((a) => ({
      id: a.id,
      label: a.label,
      input: { text: a.text, url: a.url, title: a.title, publishedAt: a.publishedAt, outlet: a.outlet?.name ?? null },
      extraction: storedValue(extractionSchema, a.extraction, { table: "Article", column: "extraction", id: a.id }),
      extractionVersion: a.extractionVersion,
      claimIds: new Map(a.claims.map((c) => [c.key, c.id])),
    })),
    rows: row.groups.map((g) => ({ id: g.id, kind: g.kind, claims: g.claims.map((c) => c.claimId) })),
    decisions: row.overrides.map((o) => ({
      ...o,
      kind: o.kind,
    })),
  });
}
