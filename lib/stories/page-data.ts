import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import { routeParam } from "../http";
import { dismissedConflictsByStory, publicRowFlags, storyFlags } from "../editors/flags";
import {
  getArticle,
  getClaimGroup,
  getClaimGroupFollowing,
  getStoryMatrix,
  listStories,
  type ArticleView,
  type ClaimGroupPage,
} from "./data";
import { readMatrixExport } from "./export";
import type { MatrixParams } from "./view";
import { verdictOfFlags, type RowVerdict } from "./verdicts";

/**
 * The public pages' and routes' reads, on the app's client: app/ and components/ never hold the client themselves
 * (eslint.config.js, docs/decisions/020-data-layer.md). The functions in ./data.ts take the client so that tests and
 * scripts can pass their own; these bind the app's.
 *
 * The permalink pages' reads are once per request: the [id] layout, generateMetadata and the page all ask for the
 * same row. The layout asks first, outside the page's loading boundary, so that a missing id answers 404 and a merged
 * one 307 before anything streams (inside the boundary both would arrive as a 200 with the status in the body).
 */

/** Ids are at most 100 characters; a longer one, or a malformed escape, is an unknown id (lib/http.ts routeParam). */
const routeId = (raw: string) => routeParam(raw, 100);

/** The row of a permalink's id as stored (or where it was merged), null for an unknown id; never throws. */
export const claimGroupLookup = cache(async (raw: string) => {
  const id = routeId(raw);
  return id ? getClaimGroup(db, id) : null;
});

export const claimGroupForPage = cache(async (raw: string): Promise<ClaimGroupPage> => {
  const found = await claimGroupLookup(raw);
  if (!found) notFound();
  if (found.group) return found as ClaimGroupPage;
  // Re-analysis merged this row into another; the old link keeps working.
  if (found.redirect) redirect(`/claims/${encodeURIComponent(found.redirect)}`);
  notFound();
});

/** An article by the id in a route, null for an unknown id; never throws. */
export const articleLookup = cache(async (raw: string): Promise<ArticleView | null> => {
  const id = routeId(raw);
  return id ? getArticle(db, id) : null;
});

export const articleForPage = cache(async (raw: string): Promise<ArticleView> => {
  const found = await articleLookup(raw);
  if (!found) notFound();
  return found;
});

/** A row's public flags and the verdict they give, once per request: the metadata and the page both show it. */
export const claimFlagsForPage = cache(async (page: Pick<ClaimGroupPage, "rowIds">) => {
  const flags = await publicRowFlags(db, page.rowIds);
  return { flags, verdict: verdictOfFlags(flags) as RowVerdict };
});

/** The story list of the home page, with the rows editors dismissed per story (taken off its count of conflicts). */
export async function storiesForHome() {
  const [stories, dismissed] = await Promise.all([listStories(db), dismissedConflictsByStory(db)]);
  return { stories, dismissed };
}

// generateMetadata, the layout and the page of a story's matrix read the same story: once per request.
/** A story's matrix by slug, null for an unknown slug. */
export const storyLookup = cache((slug: string) => getStoryMatrix(db, slug));

export const storyForPage = cache(async (slug: string) => {
  const story = await storyLookup(slug);
  if (!story) notFound();
  return story;
});

// Flags change without a new analysis, so they are read apart from the (version-cached) matrix; once per request too.
export const storyFlagsForPage = cache((storyId: string) => storyFlags(db, storyId));

/** The claim card's row: a merged id gives the row it went into, an unknown one null. */
export const claimGroupFollowing = (id: string) => getClaimGroupFollowing(db, id);

/** A claim row by id as stored, or where it was merged; null for an unknown id (the JSON-LD route). */
export const claimGroupById = (id: string) => getClaimGroup(db, id);

/** The public flags of a row and the rows merged into it (the card and the JSON-LD route). */
export const rowFlags = (rowIds: string[]) => publicRowFlags(db, rowIds);

/** A story's matrix as exported (CSV and JSON routes), null for an unknown slug. */
export const matrixExport = (slug: string, view: MatrixParams, origin: string) =>
  readMatrixExport(db, slug, view, origin);
