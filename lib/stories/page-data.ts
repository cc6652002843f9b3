import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import { routeParam } from "../http";
import { publicRowFlags } from "../editors/flags";
import { getArticle, getClaimGroup, type ArticleView, type ClaimGroupPage } from "./data";
import { verdictOfFlags, type RowVerdict } from "./verdicts";

/**
 * The permalink pages' reads, once per request: the [id] layout, generateMetadata and the page all ask for the same
 * row. The layout asks first, outside the page's loading boundary, so that a missing id answers 404 and a merged
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
