import Link from "next/link";
import { cn } from "@/lib/cn";
import type { ArticleView } from "@/lib/stories/data";
import { matrixHref } from "@/lib/stories/view";
import { PublishedDate } from "@/components/published-date";
import { StoryBreadcrumb } from "@/components/story-breadcrumb";
import { TONE } from "./article-text";

/** The article page's header: outlet, title, figures, the original's address, its story and the key to the marks. */
export function ArticleHeader({ article: a }: { article: ArticleView }) {
  const conflicts = a.claims.filter((c) => c.discrepancies > 0).length;
  const sole = a.claims.filter((c) => !c.discrepancies && c.soleSource).length;
  return (
    <header className="space-y-3">
      <StoryBreadcrumb story={a.story} />
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">
        <bdi>{a.label}</bdi>
      </p>
      <h1 id="article-title" dir="auto" className="font-serif text-3xl font-bold text-balance">
        {a.title ?? `${a.label}’s report`}
      </h1>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted">
        {a.publishedAt && <PublishedDate value={a.publishedAt} />}
        <span>{a.words.toLocaleString("en")} words</span>
        <span>
          {a.claims.length} claims: <span className="font-semibold text-conflict">{conflicts} disputed</span>,{" "}
          <span className="font-semibold text-sole">{sole} only here</span>
        </span>
      </p>
      {a.url && <SourceLink url={a.url} />}
      <p className="text-sm">
        Part of{" "}
        <Link href={matrixHref(a.story.slug, { outlet: a.id })} className="text-accent hover:underline">
          the comparison of “<bdi>{a.story.title}</bdi>”
        </Link>
        .
      </p>
      <ToneKey />
    </header>
  );
}

/** The original's address: a link when it is a web address, else as given. */
function SourceLink({ url }: { url: string }) {
  const external = /^https?:\/\//i.test(url) ? url : null;
  return (
    <p className="text-sm break-all">
      {external ? (
        // A block of its own, so at least 24 px tall: alone on its line it is a target, not a link in running text
        // (axe target-size; the text's 20 px line was too small).
        <a
          href={external}
          rel="noopener noreferrer nofollow"
          target="_blank"
          className="inline-block py-0.5 text-accent underline"
        >
          {url}
          <span className="sr-only"> (original article, opens in a new tab)</span>
        </a>
      ) : (
        <span className="text-muted">{url}</span>
      )}
    </p>
  );
}

function ToneKey() {
  return (
    <ul
      aria-label="Key"
      className="flex flex-wrap gap-x-4 gap-y-1 rounded border border-line bg-white px-3 py-2 text-sm"
    >
      <li>
        <span className={cn("rounded-sm px-1 underline underline-offset-4", TONE.conflict)}>Disputed</span> outlets
        disagree
      </li>
      <li>
        <span className={cn("rounded-sm px-1 underline underline-offset-4", TONE.sole)}>Sole source</span> only this
        outlet
      </li>
      <li>
        <span className={cn("rounded-sm px-1 underline underline-offset-4", TONE.shared)}>Shared</span> others report it
        too
      </li>
    </ul>
  );
}
