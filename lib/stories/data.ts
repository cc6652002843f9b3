import type { Db } from "../db";
import type { GroupKind } from "../generated/prisma/enums";
import { inChunks } from "../db-chunks";
import {
  attributionSchema,
  coverageSchema,
  diffSchema,
  discrepancyValuesSchema,
  storedBasisSchema,
  storedValue,
  storySummarySchema,
  variantsSchema,
} from "./json";
import type { Attribution } from "../analysis/attribution";
import { DISCREPANCY_KINDS, type DiscrepancyKind } from "../analysis/kinds";

/** Reads for the pages and the API. Every function takes the client so tests and scripts can pass their own. */

export async function listStories(db: Db) {
  const rows = await db.story.findMany({
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      slug: true,
      title: true,
      updatedAt: true,
      summary: true,
      articles: { orderBy: { position: "asc" }, select: { label: true } },
    },
  });
  return rows.map((s) => ({
    id: s.id,
    slug: s.slug,
    title: s.title,
    updatedAt: s.updatedAt,
    outlets: s.articles.map((a) => a.label),
    summary: storedValue(storySummarySchema, s.summary, { table: "Story", column: "summary", id: s.id }),
  }));
}
export type StoryListItem = Awaited<ReturnType<typeof listStories>>[number];

const discrepancyColumns = {
  id: true,
  kind: true,
  detail: true,
  values: true,
  diff: true,
  basis: true,
  confidence: true,
  subject: true,
} as const;

const articleColumns = { id: true, label: true, title: true, url: true, publishedAt: true, position: true } as const;

// Parsed matrices by slug, each with the story version it was read at, per client: two databases can each hold a
// story under the same slug at the same version (issue 17: keyed by slug alone, a test's second database was answered
// with the first one's matrix). A story changes only when an ingest bumps its version, so a request costs one indexed
// lookup of the version instead of reading and parsing every row; another process's ingest is seen too, as the
// version lives in the database.
const matrixCache = new WeakMap<Db, Map<string, { version: number; matrix: Promise<StoryMatrix | null> }>>();
const MATRIX_CACHE_SIZE = 32;

export async function getStoryMatrix(db: Db, slug: string): Promise<StoryMatrix | null> {
  const head = await db.story.findUnique({ where: { slug }, select: { version: true } });
  if (!head) return null;
  let cache = matrixCache.get(db);
  if (!cache) matrixCache.set(db, (cache = new Map()));
  const hit = cache.get(slug);
  if (hit && hit.version === head.version) return hit.matrix;
  const matrix = readStoryMatrix(db, slug);
  cache.delete(slug);
  cache.set(slug, { version: head.version, matrix });
  if (cache.size > MATRIX_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  const entries = cache;
  matrix.catch(() => entries.delete(slug));
  return matrix;
}

async function readStoryMatrix(db: Db, slug: string) {
  const story = await db.story.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      updatedAt: true,
      summary: true,
      variants: true,
      version: true,
      articles: { orderBy: { position: "asc" }, select: articleColumns },
      groups: {
        where: { status: "active" },
        orderBy: { position: "asc" },
        select: {
          id: true,
          kind: true,
          position: true,
          soleSource: true,
          coverage: true,
          subject: true,
          claims: {
            orderBy: { order: "asc" },
            select: { claimId: true, start: true, end: true, text: true, claim: { select: { articleId: true } } },
          },
          discrepancies: { orderBy: { order: "asc" }, select: discrepancyColumns },
        },
      },
    },
  });
  if (!story) return null;
  const at = (column: string) => ({ table: "Story", column, id: story.id });
  return {
    ...story,
    summary: storedValue(storySummarySchema, story.summary, at("summary")),
    variants: storedValue(variantsSchema, story.variants, at("variants")),
    groups: story.groups.map(toGroupView),
  };
}
export type StoryMatrix = NonNullable<Awaited<ReturnType<typeof readStoryMatrix>>>;

interface GroupRow {
  id: string;
  kind: GroupKind;
  position: number | null;
  soleSource: boolean;
  coverage: unknown;
  subject: string | null;
  claims: Array<{ claimId: string; start: number; end: number; text: string; claim: { articleId: string } }>;
  discrepancies: Array<{
    id: string;
    kind: DiscrepancyKind;
    detail: string;
    values: unknown;
    diff: unknown;
    basis: unknown;
    confidence: number | null;
    subject: string | null;
  }>;
}

/**
 * A row as the pages read it, its JSON and closed text columns (the enum columns: the client) checked against their schemas (json.ts): a value that
 * fails throws, naming the table, column and row, and the matrix is not cached (getStoryMatrix drops a rejected read).
 */
function toGroupView(g: GroupRow) {
  const at = (column: string) => ({ table: "ClaimGroup", column, id: g.id });
  return {
    id: g.id,
    kind: g.kind,
    position: g.position ?? 0,
    soleSource: g.soleSource,
    coverage: storedValue(coverageSchema, g.coverage, at("coverage")),
    /** What the analysis says the row is about (null: it could not name it, or the row predates the column). */
    subject: g.subject,
    cells: g.claims.map((c) => ({
      claimId: c.claimId,
      articleId: c.claim.articleId,
      start: c.start,
      end: c.end,
      text: c.text,
    })),
    discrepancies: g.discrepancies.map((d) => {
      const at = (column: string) => ({ table: "Discrepancy", column, id: d.id });
      return {
        kind: d.kind,
        detail: d.detail,
        values: storedValue(discrepancyValuesSchema, d.values, at("values")),
        diff: storedValue(diffSchema, d.diff ?? null, at("diff")),
        basis: storedValue(storedBasisSchema, d.basis ?? null, at("basis")),
        confidence: d.confidence,
        subject: d.subject,
      };
    }),
  };
}
export type GroupView = ReturnType<typeof toGroupView>;
export type CellView = GroupView["cells"][number];
export { DISCREPANCY_KINDS, type DiscrepancyKind };

/** A claim row's permalink: the row, its story with every outlet, and each member's sentence with its attribution. */
export interface ClaimGroupPage {
  group: GroupView;
  /** Each member claim's whole sentence and who it credits (a fact row's cell shows a clause of the sentence). */
  sentences: Map<string, { articleId: string; start: number; end: number; text: string; attribution: Attribution }>;
  story: {
    id: string;
    slug: string;
    title: string;
    updatedAt: Date;
    articles: Array<{
      id: string;
      label: string;
      title: string | null;
      url: string | null;
      publishedAt: string | null;
      position: number;
    }>;
  };
  /** The row's id and the ids of rows merged into it, whose flags followed their claims here. */
  rowIds: string[];
  redirect?: never;
}

// Permalink rows by id, each with the version of its story it was read at, per client (tests open several databases
// whose rows share ids). As with matrixCache: every write to a story bumps its version, rows, members, sentences and
// redirects only change in such a write, so a request costs one indexed lookup of the row's state and its story's
// version. Reading the row afresh took five more statements, each compiled anew on the request's thread by Prisma's
// query compiler (it caches no plans before Prisma 7.4), plus a full scan for the rows merged into it.
const groupCache = new WeakMap<Db, Map<string, { version: number; page: Promise<ClaimGroupPage> }>>();
const GROUP_CACHE_SIZE = 256;

/**
 * One claim group for its permalink. A group merged into another answers with where it went, so the page can
 * redirect; an unknown id answers null.
 */
export async function getClaimGroup(
  db: Db,
  id: string,
): Promise<ClaimGroupPage | { group?: never; redirect: string | null } | null> {
  const head = await db.claimGroup.findUnique({
    where: { id },
    select: { status: true, mergedIntoId: true, story: { select: { version: true } } },
  });
  if (!head) return null;
  if (head.status !== "active") return { redirect: head.mergedIntoId };
  let cache = groupCache.get(db);
  if (!cache) groupCache.set(db, (cache = new Map()));
  const hit = cache.get(id);
  if (hit && hit.version === head.story.version) return hit.page;
  const page = readClaimGroup(db, id);
  cache.delete(id);
  cache.set(id, { version: head.story.version, page });
  if (cache.size > GROUP_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  const entries = cache;
  page.catch(() => entries.delete(id));
  return page;
}

async function readClaimGroup(db: Db, id: string): Promise<ClaimGroupPage> {
  const row = await db.claimGroup.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      status: true,
      position: true,
      soleSource: true,
      coverage: true,
      subject: true,
      story: {
        select: {
          id: true,
          slug: true,
          title: true,
          updatedAt: true,
          articles: { orderBy: { position: "asc" }, select: articleColumns },
        },
      },
      claims: {
        orderBy: { order: "asc" },
        select: {
          claimId: true,
          start: true,
          end: true,
          text: true,
          claim: { select: { articleId: true, start: true, end: true, text: true, attribution: true } },
        },
      },
      discrepancies: { orderBy: { order: "asc" }, select: discrepancyColumns },
    },
  });
  // The head read found it active: the story was written in between. Thrown, so the entry is dropped and the next
  // request reads the row as it now is.
  if (!row || row.status !== "active") throw new Error(`claim row ${id} changed while it was read`);
  // The rows merged into this one (indexed by mergedIntoId).
  const merged = await db.claimGroup.findMany({ where: { mergedIntoId: id }, select: { id: true } });
  return {
    group: toGroupView(row),
    sentences: new Map(
      row.claims.map((c) => [
        c.claimId,
        {
          ...c.claim,
          attribution: storedValue(attributionSchema, c.claim.attribution, {
            table: "Claim",
            column: "attribution",
            id: c.claimId,
          }),
        },
      ]),
    ),
    story: row.story,
    rowIds: [id, ...merged.map((m) => m.id)],
  };
}

/** An article with its claims and, for each claim, the rows it appears in (first the claim row). */
export async function getArticle(db: Db, id: string) {
  const a = await db.article.findUnique({
    where: { id },
    select: {
      ...articleColumns,
      text: true,
      words: true,
      createdAt: true,
      story: { select: { slug: true, title: true } },
      claims: {
        orderBy: { start: "asc" },
        select: {
          id: true,
          start: true,
          end: true,
          text: true,
          members: {
            where: { group: { status: "active" } },
            select: {
              group: {
                select: { id: true, kind: true, soleSource: true, _count: { select: { discrepancies: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!a) return null;
  return {
    ...a,
    claims: a.claims.map((c) => {
      const groups = c.members
        .map((m) => m.group)
        .sort((x, y) => (x.kind === y.kind ? 0 : x.kind === "claim" ? -1 : 1));
      return {
        id: c.id,
        start: c.start,
        end: c.end,
        text: c.text,
        groupId: groups[0]?.id ?? null,
        soleSource: groups[0]?.soleSource ?? false,
        discrepancies: groups.reduce((n, g) => n + g._count.discrepancies, 0),
      };
    }),
  };
}
export type ArticleView = NonNullable<Awaited<ReturnType<typeof getArticle>>>;

/** Who each claim credits (speaker) and through whom (channel), as extracted at ingest: the permalink's "who said it". */
export async function getAttributions(db: Db, claimIds: string[]): Promise<Map<string, Attribution>> {
  const claims = (
    await inChunks(claimIds, (some) =>
      db.claim.findMany({ where: { id: { in: some } }, select: { id: true, attribution: true } }),
    )
  ).flat();
  return new Map(
    claims.map((c) => [
      c.id,
      storedValue(attributionSchema, c.attribution, { table: "Claim", column: "attribution", id: c.id }),
    ]),
  );
}

/** A claim group, or for a merged id the group it went into (redirects are one hop, see mutations.ts). */
export async function getClaimGroupFollowing(db: Db, id: string): Promise<ClaimGroupPage | null> {
  const found = await getClaimGroup(db, id);
  if (!found) return null;
  if (found.group) return found;
  const target = found.redirect ? await getClaimGroup(db, found.redirect) : null;
  return target?.group ? target : null;
}
