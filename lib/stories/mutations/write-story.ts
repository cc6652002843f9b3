import { randomUUID } from "node:crypto";
import type { Analysis } from "../../analysis/analyze";
import type { ArticleExtraction } from "../../analysis/extract";
import { ANALYSIS_VERSION, EXTRACTION_VERSION } from "../../analysis/version";
import { inChunks } from "../../db-chunks";
import { insertRows } from "../../db-rows";
import { Prisma } from "../../generated/prisma/client";
import type { VariantJson } from "../json";
import { keptInput, loadedStory, type LoadedStory } from "../loaded-story";
import { rowIds, type Restore } from "../story-analysis";
import { buildRows, storedRows } from "../story-rows";
import { StaleStory } from "../write-queue";
import { writeRows } from "./write-rows";

type Tx = Prisma.TransactionClient;

// Prisma's 5 s default is for interactive work; a batch into a large story writes thousands of rows.
export const WRITE_TX = { timeout: 60_000, maxWait: 60_000 };

const toJson = (v: unknown) => v as Prisma.InputJsonValue;

/** Writes the story and returns it as written (for `remember`, once the transaction has committed). */
export async function writeStory(
  tx: Tx,
  story: LoadedStory,
  analysis: Analysis,
  restore?: Restore,
): Promise<LoadedStory> {
  // The raw statements set what Prisma's @default(now()) and @updatedAt would have.
  const now = new Date();
  const version = await writeStoryRow(tx, story, analysis, now);
  const storyId = story.id!;
  await insertArticles(tx, storyId, story, analysis, now);
  await updateArticles(tx, story, analysis);

  const all = [...story.existing, ...story.added];
  const { ids, merged } = rowIds(story, analysis, restore);
  // A dismissed fact row's id leads nowhere: its claims went to no other row, they were in claim rows all along, and
  // its flags must not follow them there (a "not a contradiction" on it would dismiss the claim row's conflicts).
  for (const o of story.decisions) if (o.kind === "dismiss" && merged.has(o.groupId)) merged.set(o.groupId, null);
  const rows = buildRows(analysis.groups, ids, all);
  const reextracted = story.existing.some((a) => a.reextracted);
  await writeRows(tx, storyId, rows, merged, now, reextracted ? undefined : story.stored);

  // The story as loadStory would now read it: articles in position order with their new labels, the active rows
  // with their members in order (a claim listed twice in a row once), the same decisions.
  return loadedStory({
    ...story,
    id: storyId,
    version,
    existing: all.map((a, i) => ({
      id: a.id,
      label: analysis.articles[i]!.outlet,
      input: "hash" in a ? keptInput(a.input) : a.input,
      extraction: a.extraction,
      extractionVersion: "extractionVersion" in a && !a.reextracted ? a.extractionVersion : EXTRACTION_VERSION,
      claimIds: a.claimIds,
    })),
    rows: rows.map((r) => ({ id: r.id, kind: r.columns.kind, claims: [...r.members.keys()] })),
    stored: storedRows(rows),
  });
}

/**
 * The Story row: created for a new story (its id set on `story`), else updated where its version is still the one
 * read (the version check: StaleStory otherwise). Returns the story's new version. Every write analyses the whole
 * story, so it records the code's ANALYSIS_VERSION.
 */
async function writeStoryRow(tx: Tx, story: LoadedStory, analysis: Analysis, now: Date): Promise<number> {
  const articleId = (index: number) => [...story.existing, ...story.added][index]!.id;
  const summary = analysis.summary;
  const variants = analysis.variants.map((v): VariantJson => ({
    key: v.key,
    forms: Object.entries(v.forms).map(([form, arts]) => ({ form, articles: arts.map(articleId) })),
  }));
  if (story.id === null) {
    const created = await tx.story.create({
      data: {
        slug: story.slug,
        title: story.title,
        terms: toJson(story.terms),
        summary: toJson(summary),
        variants: toJson(variants),
        version: 1,
        analysisVersion: ANALYSIS_VERSION,
      },
      select: { id: true },
    });
    story.id = created.id;
    return 1;
  }
  const bumped =
    await tx.$executeRaw`UPDATE "Story" SET "terms" = ${JSON.stringify(story.terms)}, "summary" = ${JSON.stringify(summary)}, "variants" = ${JSON.stringify(variants)}, "version" = "version" + 1, "analysisVersion" = ${ANALYSIS_VERSION}, "updatedAt" = ${now} WHERE "id" = ${story.id} AND "version" = ${story.version}`;
  if (bumped !== 1) throw new StaleStory();
  return story.version + 1;
}

const ARTICLE_COLUMNS = [
  "id",
  "storyId",
  "outletId",
  "position",
  "label",
  "title",
  "url",
  "canonicalUrl",
  "contentHash",
  "publishedAt",
  "text",
  "extraction",
  "extractionVersion",
  "words",
  "createdAt",
] as const;
const CLAIM_COLUMNS = ["id", "articleId", "key", "start", "end", "text", "paragraph", "attribution"] as const;

/**
 * The new articles and their claims in a few multi-row INSERTs rather than a create per article: Prisma walked and
 * serialised each extraction on the request thread, most of an ingest's write (decision 015).
 */
async function insertArticles(tx: Tx, storyId: string, story: LoadedStory, analysis: Analysis, now: Date) {
  const outlets = await outletIds(
    tx,
    story.added.flatMap((a) => a.input.outlet?.trim() || []),
    now,
  );
  await insertRows(
    tx,
    "Article",
    ARTICLE_COLUMNS,
    story.added.map((a, i) => {
      const index = story.existing.length + i;
      return {
        id: a.id,
        storyId,
        outletId: outlets.get(a.input.outlet?.trim() ?? "") ?? null,
        position: index,
        label: analysis.articles[index]!.outlet,
        title: a.input.title ?? null,
        url: a.input.url ?? null,
        canonicalUrl: a.canonical,
        contentHash: a.hash,
        publishedAt: a.input.publishedAt ?? null,
        text: a.input.text,
        extraction: JSON.stringify(a.extraction),
        extractionVersion: EXTRACTION_VERSION,
        words: a.extraction.words,
        createdAt: now,
      };
    }),
  );
  await createClaims(tx, story.added);
}

/** The stored articles' new labels, and the extraction and claims of those extracted again. */
async function updateArticles(tx: Tx, story: LoadedStory, analysis: Analysis) {
  for (const [i, a] of story.existing.entries()) {
    const label = analysis.articles[i]!.outlet;
    if (a.reextracted) {
      await tx.article.update({
        where: { id: a.id },
        data: {
          label,
          extraction: toJson(a.extraction),
          extractionVersion: EXTRACTION_VERSION,
          words: a.extraction.words,
        },
      });
      // Its claims as the new extraction has them, under the ids carried over (reextractOnce). Deleting the old ones
      // takes their row memberships with them: a story with a re-extracted article has every row written anew.
      await tx.claim.deleteMany({ where: { articleId: a.id } });
      await createClaims(tx, [a]);
    } else if (label !== a.label) await tx.article.update({ where: { id: a.id }, data: { label } });
  }
}

/**
 * The ids of the outlets named, each made first if it is new: two statements for a round's articles, where an upsert
 * each cost more. Another writer may add the same name meanwhile; the INSERT then leaves its row alone.
 */
async function outletIds(tx: Tx, names: string[], now: Date): Promise<Map<string, string>> {
  const wanted = [...new Set(names)];
  await inChunks(
    wanted,
    (some) =>
      tx.$executeRaw`INSERT INTO "Outlet" ("id", "name", "createdAt") VALUES ${Prisma.join(some.map((name) => Prisma.sql`(${randomUUID()}, ${name}, ${now})`))} ON CONFLICT ("name") DO NOTHING`,
    { each: 3, raw: true },
  );
  const found = await inChunks(
    wanted,
    (some) =>
      tx.$queryRaw<
        Array<{ id: string; name: string }>
      >`SELECT "id", "name" FROM "Outlet" WHERE "name" IN (${Prisma.join(some)})`,
    { raw: true },
  );
  return new Map(found.flat().map((o) => [o.name, o.id]));
}

/** Articles' claims as their extractions have them, under the ids given by key. */
async function createClaims(
  tx: Tx,
  articles: Array<{ id: string; extraction: ArticleExtraction; claimIds: Map<string, string> }>,
) {
  await insertRows(
    tx,
    "Claim",
    CLAIM_COLUMNS,
    articles.flatMap((a) =>
      a.extraction.claims.map((c) => ({
        id: a.claimIds.get(c.key)!,
        articleId: a.id,
        key: c.key,
        start: c.start,
        end: c.end,
        text: c.text,
        paragraph: c.paragraph,
        attribution: JSON.stringify(c.attribution),
      })),
    ),
  );
}
