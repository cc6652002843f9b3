import { revalidatePath } from "next/cache";
import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/db";
import { ClientError } from "@/lib/errors";
import { ingestArticles } from "@/lib/stories/mutations";
import { MAX_INGEST_BYTES, parseIngestBody } from "@/lib/stories/schema";
import { readJsonBody } from "@/lib/http";

/**
 * POST /api/articles: one article, or { articles: [...] }. 201 when something was stored, 200 when every article
 * was already there (nothing is duplicated), 422 with field errors, 413 over MAX_INGEST_BYTES, 415 for a body that
 * is not JSON.
 */
export async function POST(request: NextRequest) {
  try {
    const raw = await readJsonBody(request, MAX_INGEST_BYTES);
    const parsed = parseIngestBody(raw);
    if (!parsed.ok) throw new ClientError(422, "the article is not valid", parsed.fieldErrors);
    const results = await ingestArticles(db, parsed.articles);
    const created = results.some((r) => r.status === "created");
    refreshCachedViews(results.filter((r) => r.status === "created").map((r) => r.story.slug));
    return NextResponse.json({ articles: results }, { status: created ? 201 : 200 });
  } catch (e) {
    if (e instanceof ClientError) return NextResponse.json({ error: e.message, ...(e.fieldErrors && { fieldErrors: e.fieldErrors }) }, { status: e.status });
    console.error("ingest failed", e);
    return NextResponse.json({ error: "the articles could not be stored; nothing was written" }, { status: 500 });
  }
}

/**
 * The default matrix view is cached (app/matrix-default); a changed story renders afresh on its next request. The
 * articles are stored by now, so a failure here must not turn the answer into an error: the cache expires on its own
 * within its revalidate period. (Outside a Next.js server, as in the API tests, revalidatePath throws.)
 */
function refreshCachedViews(slugs: string[]) {
  for (const slug of new Set(slugs)) {
    try {
      revalidatePath(`/matrix-default/${slug}`);
    } catch (e) {
      if (process.env.NODE_ENV === "production") console.warn(`could not revalidate /stories/${slug}:`, (e as Error).message);
    }
  }
}
