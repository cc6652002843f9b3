import "server-only";
import { db } from "../db";
import { verifyBearer } from "../editors/tokens";
import { ingestArticles, type IngestOptions } from "./mutations";
import type { IngestArticle } from "./schema";

/**
 * The ingest route's calls (app/api/articles/route.ts), on the app's client: the one writing route holds no client
 * of its own, as no page does (docs/decisions/020-data-layer.md). The CLI and the tests call the functions below with
 * theirs.
 */

/** The live ingest token an Authorization header carries, or null. */
export const ingestTokenOf = (authorization: string | null) => verifyBearer(db, authorization);

/** Stores articles and re-analyses their stories (ingestArticles, ./mutations.ts). */
export const ingest = (articles: IngestArticle[], options: IngestOptions) => ingestArticles(db, articles, options);
