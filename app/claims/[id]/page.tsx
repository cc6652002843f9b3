import type { Metadata } from "next";
import Link from "next/link";
import { claimFlagsForPage, claimGroupForPage } from "@/lib/stories/page-data";
import { editorToolsForPage } from "@/lib/editors/page-data";
import { claimDescription, claimHeadline } from "@/lib/stories/permalink";
import { claimPageModel, sentenceCase } from "@/lib/stories/claim-page";
import { KIND_LABEL, matrixHref } from "@/lib/stories/view";
import { KindBadge, SoleSourceBadge, SplitSummary } from "@/components/split-summary";
import { HighlightedText, ValueSwatch } from "@/components/value-mark";
import { CopyLinkButton } from "@/components/copy-link-button";
import { PublishedDate } from "@/components/published-date";
import { StoryBreadcrumb } from "@/components/story-breadcrumb";
import { FlagOutcomes, VerdictMark } from "@/components/editors/flag-outcomes";
import { EditorPanel } from "@/components/editors/editor-panel";
import { hasRole } from "@/lib/editors/actor";
import { currentViewer } from "@/lib/editors/session";
import { ClaimExportLinks } from "@/components/export-links";
import { CARD_SIZE } from "@/components/claim-card-image";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const found = await claimGroupForPage(id);
  const { verdict } = await claimFlagsForPage(found);
  const labels = new Map(found.story.articles.map((a) => [a.id, a.label]));
  const labelOf = (a: string) => labels.get(a) ?? "an outlet";
  // What editors decided is public (reason and status, never notes or names) and changes what the link announces.
  const title = `${claimHeadline(found.group, labelOf, verdict)} — ${found.story.title}`;
  const description = claimDescription(found.group, labelOf, 300, verdict);
  const url = `/claims/${encodeURIComponent(found.group.id)}`;
  // The card is a route beside this page (card/route.ts), not the opengraph-image file convention, which would link
  // it from the 404 of an unknown id too.
  const image = { url: `${url}/card`, ...CARD_SIZE, alt: "How the outlets split on this claim", type: "image/png" };
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, type: "article", siteName: "Newscompare", images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

export default async function ClaimPage({ params }: Props) {
  const { id } = await params;
  const page = await claimGroupForPage(id);
  const { group, story } = page;
  const [{ flags, verdict }, viewer] = await Promise.all([claimFlagsForPage(page), currentViewer()]);
  // Only an editor's request reads the editor tools' flags, notes and corrections.
  const editing = viewer && hasRole(viewer, "editor") ? { viewer, tools: await editorToolsForPage(page) } : null;
  const m = claimPageModel(page, verdict);
  const { labelOf } = m;

  return (
    <article className="mx-auto max-w-6xl space-y-8" aria-labelledby="claim-title">
      <header className="space-y-3">
        <StoryBreadcrumb story={story} />
        {(m.kinds.length > 0 || group.soleSource) && (
          <div className="flex flex-wrap gap-2">
            {m.kinds.map((k) => (
              <KindBadge key={k} kind={k} className={verdict.state === "dismissed" ? "line-through" : undefined} />
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

      <FlagOutcomes flags={flags} labelOf={labelOf} />

      {m.split.length > 0 && (
        <section
          aria-labelledby="split-title"
          className={
            verdict.state === "dismissed"
              ? "space-y-3 rounded-lg border border-line bg-white p-4"
              : "space-y-3 rounded-lg border border-conflict/30 bg-conflict-soft/50 p-4"
          }
        >
          <h2 id="split-title" className="font-semibold">
            How the outlets split
          </h2>
          <ul className="space-y-3">
            {m.split.map((d, i) => (
              <li key={i} className="space-y-1.5">
                <p className="flex flex-wrap items-baseline gap-2">
                  <KindBadge kind={d.kind} />
                  <span className="text-sm">{sentenceCase(d.detail)}</span>
                </p>
                <SplitSummary parts={d.parts} labelOf={labelOf} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="versions-title" className="space-y-3">
        <h2 id="versions-title" className="text-xl font-semibold">
          What each outlet says
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {m.versions.map(({ outlet: a, copyOf: of, cells }) => (
            // The matrix's cells link here (#outlet-<id>); the outlet's version is highlighted while it is the target.
            <li
              key={a.id}
              id={`outlet-${a.id}`}
              className="flex scroll-mt-16 flex-col gap-3 rounded-lg border border-line bg-white p-4 target:border-accent target:bg-accent/5 target:ring-3 target:ring-accent/40"
            >
              <div className="space-y-0.5">
                <h3 className="font-semibold">
                  <bdi>{a.label}</bdi>
                </h3>
                {(a.title || a.publishedAt) && (
                  <p className="text-sm text-muted">
                    {a.title && <bdi>{a.title}</bdi>}
                    {a.title && a.publishedAt && " · "}
                    {a.publishedAt && <PublishedDate value={a.publishedAt} />}
                  </p>
                )}
                {of && <p className="text-xs font-medium text-muted">Word-for-word copy of {of}</p>}
              </div>
              {cells.map((c) => (
                <div key={c.claimId} className="flex flex-1 flex-col gap-2 border-t border-line pt-3">
                  <blockquote dir="auto" className="font-serif leading-relaxed">
                    <HighlightedText segments={c.segments} />
                  </blockquote>
                  {c.sentence && <p className="text-sm text-muted">In the sentence: “{c.sentence}”</p>}
                  {c.statesNone && <p className="text-sm text-muted">States none of the differing values</p>}
                  {c.stated.length > 0 && (
                    <p className="flex flex-wrap items-center gap-1.5 text-sm">
                      <span className="text-muted">States</span>
                      {c.stated.map(({ value, colour }) => (
                        <span key={value} className="inline-flex max-w-full items-center gap-1">
                          <ValueSwatch colour={colour} />
                          <span className="truncate">{value}</span>
                        </span>
                      ))}
                    </p>
                  )}
                  {/* A plain link: :target (the claim's highlight) is only set by a real navigation, not by pushState. */}
                  <a
                    href={`/articles/${encodeURIComponent(c.articleId)}#claim-${c.claimId}`}
                    className="mt-auto text-sm text-accent hover:underline"
                  >
                    Read in article<span className="sr-only"> by {a.label}</span> →
                  </a>
                </div>
              ))}
            </li>
          ))}
        </ul>
        {m.silent.length > 0 && (
          <p className="text-sm text-muted">
            <span className="font-semibold text-ink">Not mentioned by:</span> {m.silent.map((a) => a.label).join(", ")}
          </p>
        )}
      </section>

      {m.diffs.map(({ kind, first, second, diff }, i) => (
        <section key={i} aria-labelledby={`diff-${i}`} className="space-y-3">
          <h2 id={`diff-${i}`} className="text-xl font-semibold">
            {KIND_LABEL[kind]}: word by word
          </h2>
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <span>
              <del className="bg-conflict-soft text-conflict decoration-2">struck out</del>: only {first}
            </span>
            <span>
              <ins className="bg-value-4 no-underline decoration-2">highlighted</ins>: only {second}
            </span>
          </p>
          <p className="rounded-lg border border-line bg-white p-4 font-serif text-lg leading-relaxed">
            {diff.map(([op, text], k) =>
              op < 0 ? (
                <del key={k} className="rounded-sm bg-conflict-soft px-0.5 text-conflict decoration-2">
                  <span className="sr-only">[only {first}: </span>
                  {text}
                  <span className="sr-only">]</span>
                </del>
              ) : op > 0 ? (
                <ins key={k} className="rounded-sm bg-value-4 px-0.5 no-underline">
                  <span className="sr-only">[only {second}: </span>
                  {text}
                  <span className="sr-only">]</span>
                </ins>
              ) : (
                <span key={k}>{text}</span>
              ),
            )}
          </p>
        </section>
      ))}

      {m.credits && (
        <section aria-labelledby="who-title" className="space-y-3">
          <h2 id="who-title" className="text-xl font-semibold">
            Who said it
          </h2>
          {m.credits.conflict && (
            <p className="flex flex-wrap items-baseline gap-2">
              <KindBadge kind="attribution" />
              <span className="text-sm">{m.credits.conflict}</span>
            </p>
          )}
          <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-line bg-white p-4 text-sm sm:grid-cols-[max-content_1fr]">
            {m.credits.rows.map(({ claimId, outlet, attribution }) => (
              <div key={claimId} className="contents">
                <dt className="font-semibold">{outlet}</dt>
                <dd className="max-sm:mb-2">
                  {attribution?.speaker ? (
                    <>
                      {attribution.speaker.text}
                      {!attribution.speaker.named && <span className="text-muted"> (not named)</span>}
                      {attribution.channel && <span className="text-muted">, via {attribution.channel.text}</span>}
                    </>
                  ) : attribution?.channel ? (
                    <>
                      <span className="text-muted">Reported by</span> {attribution.channel.text}
                    </>
                  ) : (
                    <span className="text-muted">Not attributed in the sentence</span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      {editing && <EditorPanel viewer={editing.viewer} page={page} tools={editing.tools} />}
    </article>
  );
}
