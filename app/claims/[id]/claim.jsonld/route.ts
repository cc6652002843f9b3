import type { NextRequest } from "next/server";
import { answerErrors } from "@/lib/errors";
import { routeParam } from "@/lib/http";
import { originOf } from "@/lib/public-origin";
import type { ClaimGroupPage } from "@/lib/stories/data";
import { claimGroupById, rowFlags } from "@/lib/stories/page-data";
import { claimJsonLd } from "@/lib/stories/json-ld";

/**
 * GET /claims/<id>/claim.jsonld: the claim row as a schema.org Claim (lib/stories/json-ld.ts), the document its
 * permalink page embeds. Like the page: a row merged into another answers 307 to that row's document (temporary, as
 * an editor can undo the merge), an unknown id 404.
 */
export const dynamic = "force-dynamic";

export function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return answerErrors({ what: "the JSON-LD export" }, async () => {
    const id = routeParam((await params).id, 100);
    const found = id ? await claimGroupById(id) : null;
    if (found && !found.group && found.redirect) {
      return Response.redirect(new URL(`/claims/${encodeURIComponent(found.redirect)}/claim.jsonld`, request.url), 307);
    }
    if (!found?.group) return Response.json({ error: `no claim ${JSON.stringify(id ?? "")}` }, { status: 404 });
    const page = found as ClaimGroupPage;
    const doc = claimJsonLd(page, await rowFlags(page.rowIds), originOf(request.headers, request.url));
    return new Response(JSON.stringify(doc), {
      headers: {
        "content-type": "application/ld+json",
        "content-disposition": `inline; filename="claim-${page.group.id.replace(/[^\w-]/g, "_")}.jsonld"`,
        "cache-control": "no-store",
      },
    });
  });
}
