import { headers } from "next/headers";
import { originOf } from "@/lib/public-origin";
import { matrixExportHref } from "@/lib/stories/export";
import { claimJsonLd, jsonLdScriptText, type JsonLdFlag } from "@/lib/stories/json-ld";
import type { ClaimGroupPage } from "@/lib/stories/data";
import type { MatrixParams } from "@/lib/stories/view";

const link = "font-medium text-accent hover:underline";

/**
 * "Download CSV (wide / long) · JSON" for the view on screen: the same filter and order, every page. Plain links with
 * relative URLs, so the cached default view can render them too (no request headers needed).
 */
export function MatrixExportLinks({ slug, view }: { slug: string; view: MatrixParams }) {
  return (
    <p className="text-sm text-muted">
      Download this view: CSV (
      <a
        href={matrixExportHref(slug, view, "csv", "wide")}
        download
        title="One row per claim, one column per outlet"
        aria-label="CSV, wide"
        className={link}
      >
        wide
      </a>{" "}
      /{" "}
      <a
        href={matrixExportHref(slug, view, "csv", "long")}
        download
        title="One row per outlet's sentence, with offsets and stated values"
        aria-label="CSV, long"
        className={link}
      >
        long
      </a>
      ) ·{" "}
      <a href={matrixExportHref(slug, view, "json")} download className={link}>
        JSON
      </a>
    </p>
  );
}

/**
 * The permalink's "JSON-LD" link, and the same document embedded in the page for search engines and other readers
 * of structured data (escaped so no claim text can end the script element).
 */
export async function ClaimExportLinks({
  page,
  flags,
}: {
  page: Pick<ClaimGroupPage, "group" | "story">;
  flags: JsonLdFlag[];
}) {
  const doc = claimJsonLd(page, flags, originOf(await headers()));
  return (
    <>
      <a
        href={`/claims/${encodeURIComponent(page.group.id)}/claim.jsonld`}
        type="application/ld+json"
        title="This claim as schema.org structured data"
        className="rounded border border-line bg-white px-3 py-1 text-sm font-medium hover:bg-paper"
      >
        JSON-LD
      </a>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScriptText(doc) }} />
    </>
  );
}
