import { NextResponse, type NextRequest } from "next/server";
import { answerErrors, ClientError, retryLaterHeaders, type Failure } from "@/lib/errors";
import { ingest, ingestTokenOf } from "@/lib/stories/ingest";
import { AnalysisTimeout, AnalysisUnavailable } from "@/lib/analysis-pool";
import { MAX_INGEST_BYTES, parseIngestBody } from "@/lib/stories/schema";
import { readJsonBody } from "@/lib/http";
import { refreshStories } from "@/lib/stories/revalidate";

// The analysis pool's own "try later" and time budget; everything else is the shared boundary's (lib/errors.ts).
function analysisFailure(e: unknown): Failure | undefined {
  if (e instanceof AnalysisUnavailable)
    return { status: 503, error: e.message, headers: retryLaterHeaders(e.retryAfterSeconds) };
  // Extraction is done ahead of the write queue, where its timeout is answered with the article's field; this is
  // one that happened later (an article deleted meanwhile and extracted again).
  if (e instanceof AnalysisTimeout) return { status: 422, error: `${e.message}; nothing was stored` };
  return undefined;
}

/**
 * POST /api/articles: one article, or { articles: [...] }. 201 when something was stored, 200 when every article
 * was already there (nothing is duplicated), 422 with field errors, 413 over MAX_INGEST_BYTES, 415 for a body that
 * is not JSON. Only a client holding a live ingest token may write (`Authorization: Bearer …`, lib/editors/tokens.ts);
 * anything else gets 401 before the body is read. 503 with Retry-After when the database is unavailable or busy
 * (lib/db-errors.ts, answered by lib/errors.ts like every route's), or the analysis workers are
 * (lib/analysis-pool.ts): retrying the same request is safe, as nothing is stored twice. An article or a story that
 * takes longer than its time budget to analyse is a 422.
 */
export function POST(request: NextRequest) {
  return answerErrors({ what: "ingest", writes: true, answer: analysisFailure }, async () => {
    const token = await ingestTokenOf(request.headers.get("authorization"));
    if (!token) {
      return NextResponse.json(
        {
          error:
            "an ingest token is required: send Authorization: Bearer <token> (an admin creates tokens at /admin/tokens or with npm run token:create)",
        },
        { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="ingest"' } },
      );
    }
    const raw = await readJsonBody(request, MAX_INGEST_BYTES);
    const parsed = parseIngestBody(raw);
    if (!parsed.ok) throw new ClientError(422, "the article is not valid", parsed.fieldErrors);
    const results = await ingest(parsed.articles, { textField: parsed.textField });
    const created = results.some((r) => r.status === "created");
    refreshStories(results.filter((r) => r.status === "created").map((r) => r.story.slug));
    return NextResponse.json({ articles: results }, { status: created ? 201 : 200 });
  });
}
