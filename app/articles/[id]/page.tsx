import type { Metadata } from "next";
import Link from "next/link";
import { cn } from "@/lib/cn";
import type { ArticleView } from "@/lib/stories/data";
import { articleForPage } from "@/lib/stories/page-data";
import { articleParagraphs } from "@/lib/stories/article-text";
import { truncate } from "@/lib/stories/permalink";
import { matrixHref } from "@/lib/stories/view";
import { PublishedDate } from "@/components/published-date";
import { StoryBreadcrumb } from "@/components/story-breadcrumb";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await articleForPage((await params).id);
  const title = a.title ?? `${a.label} on ${a.story.title}`;
  const description = truncate(`${a.label}: ${a.text}`, 200);
  return {
    title,
    description,
    alternates: { canonical: `/articles/${encodeURIComponent(a.id)}` },
    openGraph: { title, description, type: "article" },
  };
}

type ArticleClaim = ArticleView["claims"][number];

const TONE = {
  conflict: "bg-conflict/8 decoration-conflict decoration-2 hover:bg-conflict/15",
  sole: "bg-sole/5 decoration-sole/70 decoration-1 hover:bg-sole/15",
  shared: "decoration-muted/50 decoration-dotted hover:bg-line/60",
} as const;

const toneOf = (c: ArticleClaim): keyof typeof TONE =>
  c.discrepancies > 0 ? "conflict" : c.soleSource ? "sole" : "shared";

const TITLE = {
  conflict: "Outlets disagree on this: compare them",
  sole: "Only this outlet reports this: see the claim",
  shared: "Compare how the outlets report this",
} as const;

export default async function ArticlePage({ params }: Props) {
  const a = await articleForPage((await params).id);
  const paragraphs = articleParagraphs(a.text, a.claims);
  const conflicts = a.claims.filter((c) => c.discrepancies > 0).length;
  const sole = a.claims.filter((c) => !c.discrepancies && c.soleSource).length;
  const external = a.url && /^https?:\/\//i.test(a.url) ? a.url : null;

  return (
    <article className="mx-auto max-w-3xl space-y-6" aria-labelledby="article-title">
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
        {a.url && (
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
                {a.url}
                <span className="sr-only"> (original article, opens in a new tab)</span>
              </a>
            ) : (
              <span className="text-muted">{a.url}</span>
            )}
          </p>
        )}
        <p className="text-sm">
          Part of{" "}
          <Link href={matrixHref(a.story.slug, { outlet: a.id })} className="text-accent hover:underline">
            the comparison of “<bdi>{a.story.title}</bdi>”
          </Link>
          .
        </p>
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
            <span className={cn("rounded-sm px-1 underline underline-offset-4", TONE.shared)}>Shared</span> others
            report it too
          </li>
        </ul>
      </header>

      <div className="space-y-4 font-serif text-lg leading-relaxed">
        {paragraphs.map((p) => (
          <p key={p.start} dir="auto">
            {p.runs.map((r) => {
              if (!r.claim) return <span key={r.start}>{r.text}</span>;
              const tone = toneOf(r.claim);
              const className = cn(
                "scroll-mt-24 rounded-sm underline underline-offset-4 box-decoration-clone target:bg-value-1 target:ring-2 target:ring-accent",
                TONE[tone],
              );
              const anchor = r.first ? `claim-${r.claim.id}` : undefined;
              return r.claim.groupId ? (
                <Link
                  key={r.start}
                  id={anchor}
                  href={`/claims/${encodeURIComponent(r.claim.groupId)}`}
                  prefetch={false}
                  title={TITLE[tone]}
                  className={className}
                >
                  {r.text}
                </Link>
              ) : (
                <span key={r.start} id={anchor} className={cn(className, "no-underline")}>
                  {r.text}
                </span>
              );
            })}
          </p>
        ))}
      </div>
    </article>
  );
}
