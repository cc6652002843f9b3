import { answerErrors } from "@/lib/errors";
import { routeParam } from "@/lib/http";
import { claimGroupFollowing, rowFlags } from "@/lib/stories/page-data";
import { verdictOfFlags } from "@/lib/stories/verdicts";
import { claimCardImage } from "@/components/claim-card-image";

/**
 * A permalink's preview image (Open Graph and Twitter cards), linked from the page's generateMetadata. A route of its
 * own, not Next's opengraph-image file convention: that one adds its og:image to every answer of the segment, the
 * 404 of an unknown id included, whose image then took 1.5 s to draw a "not found" card.
 */
export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return answerErrors({ what: "the claim card" }, async () => {
    const id = routeParam((await params).id, 100);
    // A merged id draws the group it went into, as its page redirects there.
    const found = id ? await claimGroupFollowing(id) : null;
    if (!found) return new Response("No claim has this id.", { status: 404 });
    // Editors' verdict changes what the card says, as it changes the page's title and description.
    const verdict = verdictOfFlags(await rowFlags(found.rowIds));
    return claimCardImage(found, verdict);
  });
}
