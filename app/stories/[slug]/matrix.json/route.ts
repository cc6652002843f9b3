import type { NextRequest } from "next/server";
import { answerErrors } from "@/lib/errors";
import { routeParam } from "@/lib/http";
import { originOf } from "@/lib/public-origin";
import { exportFilename, matrixJson, parseExportQuery } from "@/lib/stories/export";
import { matrixExport } from "@/lib/stories/page-data";

/**
 * GET /stories/<slug>/matrix.json?<the matrix page's view params>: the rows of that view, every page, in the page's
 * order, with the story, its outlets, each row's discrepancies with their values, its cells and its public flags
 * (lib/stories/export.ts MatrixExport, `version` 1). 404 for an unknown story; malformed view params fall back to
 * their defaults, as on the page.
 */
export const dynamic = "force-dynamic";

export function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return answerErrors({ what: "the JSON export" }, async () => {
    const { view } = parseExportQuery(request.nextUrl.searchParams, "json");
    const slug = routeParam((await params).slug);
    const matrix = slug ? await matrixExport(slug, view, originOf(request.headers, request.url)) : null;
    if (!matrix) return Response.json({ error: `no story ${JSON.stringify(slug ?? "")}` }, { status: 404 });
    return new Response(matrixJson(matrix), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${exportFilename(matrix, "json")}"`,
        "cache-control": "no-store",
      },
    });
  });
}
