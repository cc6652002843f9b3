import Link from "next/link";
import { cn } from "@/lib/cn";
import type { ArticleView } from "@/lib/stories/data";
import type { TextRun } from "@/lib/stories/article-text";
import { articleParagraphs } from "@/lib/stories/article-text";

type ArticleClaim = ArticleView["claims"][number];

/** How a claim is marked in the text, by what the other outlets make of it; the page's key shows the same marks. */
export const TONE = {
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

/** The article's text in paragraphs, each claim marked and linked to its row's page. */
export function ArticleText({ article: a }: { article: Pick<ArticleView, "text" | "claims"> }) {
  const paragraphs = articleParagraphs(a.text, a.claims);
  return (
    <div className="space-y-4 font-serif text-lg leading-relaxed">
      {paragraphs.map((p) => (
        <p key={p.start} dir="auto">
          {p.runs.map((r) =>
            r.claim ? <ClaimRun key={r.start} run={r} claim={r.claim} /> : <span key={r.start}>{r.text}</span>,
          )}
        </p>
      ))}
    </div>
  );
}

function ClaimRun({ run: r, claim }: { run: TextRun<ArticleClaim>; claim: ArticleClaim }) {
  const tone = toneOf(claim);
  const className = cn(
    "scroll-mt-24 rounded-sm underline underline-offset-4 box-decoration-clone target:bg-value-1 target:ring-2 target:ring-accent",
    TONE[tone],
  );
  const anchor = r.first ? `claim-${claim.id}` : undefined;
  return claim.groupId ? (
    <Link
      id={anchor}
      href={`/claims/${encodeURIComponent(claim.groupId)}`}
      prefetch={false}
      title={TITLE[tone]}
      className={className}
    >
      {r.text}
    </Link>
  ) : (
    <span id={anchor} className={cn(className, "no-underline")}>
      {r.text}
    </span>
  );
}
