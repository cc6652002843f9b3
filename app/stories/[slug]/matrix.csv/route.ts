import type { NextRequest } from "next/server";
import { answerErrors } from "@/lib/errors";
import { routeParam } from "@/lib/http";
import { originOf } from "@/lib/public-origin";
import { exportFilename, parseExportQuery } from "@/lib/stories/export";
import { longCsv, wideCsv } from "@/lib/stories/export-csv";
import { matrixExport } from "@/lib/stories/page-data";

/**
 * GET /stories/<slug>/matrix.csv?layout=wide|long&<the matrix page's view params>: the rows of that view, every page,
 * in the page's order, as CSV (columns in README.md, choices in docs/decisions/006-exports.md). 404 for an unknown
 * story, 422 for a layout other than wide or long; malformed view params fall back to their defaults, as on the page.
 * Not caught by the default view's rewrite (next.config.ts), which takes only /stories/<slug> itself.
 */
export const dynamic = "force-dynamic";

export function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return answerErrors({ what: "the CSV export" }, async () => {
    const { view, layout } = parseExportQuery(request.nextUrl.searchParams, "csv");
    const slug = routeParam((await params).slug);
    const matrix = slug ? await matrixExport(slug, view, originOf(request.headers, request.url)) : null;
    if (!matrix) return Response.json({ error: `no story ${JSON.stringify(slug ?? "")}` }, { status: 404 });
    return new Response(layout === "long" ? longCsv(matrix) : wideCsv(matrix), {
      headers: {
        "content-type": "text/csv; charset=utf-8; header=present",
        "content-disposition": `attachment; filename="${exportFilename(matrix, "csv", layout)}"`,
        // Flags change without a new analysis: always the current state.
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  });
}
