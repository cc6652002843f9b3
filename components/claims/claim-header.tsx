import Link from "next/link";
import type { ClaimPageModel } from "@/lib/stories/claim-page";
import type { ClaimGroupPage } from "@/lib/stories/data";
import type { JsonLdFlag } from "@/lib/stories/json-ld";
import type { RowVerdict } from "@/lib/stories/verdicts";
import { matrixHref } from "@/lib/stories/view";
import { KindBadge, SoleSourceBadge } from "@/components/split-summary";
import { CopyLinkButton } from "@/components/copy-link-button";
import { StoryBreadcrumb } from "@/components/story-breadcrumb";
import { VerdictMark } from "@/components/editors/flag-outcomes";
import { ClaimExportLinks } from "@/components/export-links";

/** The claim page's header: its story, badges, headline, what it says, who carries it, and its links. */
export function ClaimHeader({
  page,
  model: m,
  verdict,
  flags,
}: {
  page: ClaimGroupPage;
  model: ClaimPageModel;
  verdict: RowVerdict;
  flags: JsonLdFlag[];
}) {
  const { group, story } = page;
  return (
    <header className="space-y-3">
      <StoryBreadcrumb story={story} />
      {(m.kinds.length > 0 || group.soleSource) && (
        <div className="flex flex-wrap gap-2">
          {m.kinds.map((k) => (
            <KindBadge key={k} label={k} className={verdict.state === "dismissed" ? "line-through" : undefined} />
          ))}
          {verdict.state !== "open" && group.discrepancies.length > 0 && <VerdictMark verdict={verdict.state} />}
          {group.soleSource && <SoleSourceBadge />}
        </div>
      )}
      <h1 id="claim-title" className="font-serif text-2xl font-bold text-balance sm:text-3xl">
        {m.headline}
      </h1>
      {group.discrepancies.length ? (
        <p className="max-w-3xl text-lg">{m.description}</p>
      ) : (
        <p dir="auto" className="max-w-3xl font-serif text-lg">
          “{group.cells[0]?.text}”
        </p>
      )}
      <p className="text-sm text-muted">{m.carriedBy}</p>
      <div className="flex flex-wrap items-center gap-3">
        <Link
          href={matrixHref(story.slug, { focus: group.id }, `row-${group.id}`)}
          className="rounded bg-ink px-3 py-1 text-sm font-medium text-white hover:bg-ink/85"
        >
          See this row in the matrix
        </Link>
        <CopyLinkButton path={m.permalink} />
        <ClaimExportLinks page={page} flags={flags} />
      </div>
    </header>
  );
}
