import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { cache } from "react";
import { db } from "@/lib/db";
import { getStoryMatrix } from "@/lib/stories/data";
import { storyFlags } from "@/lib/editors/flags";
import {
  matrixHref,
  outletColumns,
  pageOf,
  pageWindow,
  rowsPerPage,
  type ColumnPage,
  type MatrixParams,
  viewRows,
} from "@/lib/stories/view";
import { Matrix } from "./matrix";
import { MatrixFilters } from "./matrix-filters";
import { NameVariants } from "./name-variants";
import { UtcTime } from "@/components/utc-time";
import { DisagreementList } from "@/components/disagreements/disagreement-list";
import { conflictRows, verdictsOf } from "@/lib/stories/verdicts";
import { MatrixExportLinks } from "@/components/export-links";

// generateMetadata, the layout and the page read the same story: once per request.
const storyFor = cache((slug: string) => getStoryMatrix(db, slug));
// Flags change without a new analysis, so they are read apart from the (version-cached) matrix; once per request too.
const flagsFor = cache((storyId: string) => storyFlags(db, storyId));

/** Whether a story has this slug (app/stories/[slug]/layout.tsx answers 404 before anything streams). */
export async function storyExists(slug: string): Promise<boolean> {
  return (await storyFor(slug)) !== null;
}

export async function storyMetadata(slug: string): Promise<Metadata> {
  const story = await storyFor(slug);
  if (!story) return { title: "Story not found" };
  const s = story.summary;
  // Rows whose discrepancies editors dismissed are not counted (lib/stories/verdicts.ts).
  const conflicts = conflictRows(story.groups, verdictsOf(await flagsFor(story.id)));
  return {
    title: story.title,
    description: `${story.articles.length} outlets compared claim by claim: ${conflicts} discrepancies, ${s.soleSource} claims only one outlet carries.`,
    alternates: { canonical: `/stories/${encodeURIComponent(story.slug)}` },
  };
}

/**
 * The matrix page for one story and one view. Rendered per request for a filtered or focused view
 * (app/stories/[slug]) and cached for the default view (app/matrix-default/[slug], see next.config.ts).
 */
export async function StoryMatrixPage({ slug, view }: { slug: string; view: MatrixParams }) {
  const story = await storyFor(slug);
  if (!story) notFound();
  const flags = await flagsFor(story.id);
  const rows = viewRows(story, view, flags);
  const columns = outletColumns(story.articles, rows, view);
  const perPage = rowsPerPage(columns.columns.length);
  const pages = Math.max(1, Math.ceil(rows.length / perPage));
  const page = Math.min(view.page ?? pageOf(rows, view.focus, perPage) ?? 1, pages);
  const shown = rows.slice((page - 1) * perPage, page * perPage);
  const s = story.summary;
  const discrepancyRows = conflictRows(story.groups, verdictsOf(flags));
  const soleRows = story.groups.filter((g) => g.soleSource).length;

  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <p className="text-sm text-muted">
          <Link href="/" className="hover:underline">
            Stories
          </Link>{" "}
          / updated <UtcTime date={story.updatedAt} withTime />
        </p>
        <h1 className="font-serif text-3xl font-bold">{story.title}</h1>
        <p className="text-muted">
          {story.articles.length} outlets · {story.groups.length} claims ·{" "}
          <span className="font-semibold text-conflict">{discrepancyRows} with discrepancies</span> ·{" "}
          <span className="font-semibold text-sole">{soleRows} sole-source</span> · {s.words.toLocaleString("en")} words
        </p>
      </header>

      <DisagreementList story={story} flags={flags} />

      <NameVariants variants={story.variants} articles={story.articles} />

      <MatrixFilters
        slug={story.slug}
        view={view}
        articles={story.articles}
        counts={{ all: story.groups.length, discrepancies: discrepancyRows, sole: soleRows }}
      />
      <MatrixExportLinks slug={story.slug} view={view} />

      <p className="text-sm text-muted" role="status">
        {rows.length === story.groups.length
          ? `All ${rows.length} claims`
          : `${rows.length} of ${story.groups.length} claims`}
        {pages > 1 && `, page ${page} of ${pages}`}. {view.sort === "story" ? "In story order" : "Conflicts first"};
        arrow keys move between cells.
      </p>

      {columns.pages > 1 && <ColumnPages slug={story.slug} view={view} rowPage={page} columns={columns} />}

      {shown.length ? (
        <Matrix view={view} articles={columns.columns} outlets={story.articles} groups={shown} flags={flags} />
      ) : (
        <p className="rounded border border-dashed border-line p-6 text-muted">
          No claims match this filter.{" "}
          <Link href={matrixHref(story.slug, {})} className="text-accent underline">
            Show all claims
          </Link>
          .
        </p>
      )}

      {pages > 1 && (
        <nav aria-label="Pages" className="flex flex-wrap gap-2">
          {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
            <Link
              key={n}
              href={matrixHref(story.slug, { ...view, focus: undefined, page: n, cols: columns.page })}
              aria-current={n === page ? "page" : undefined}
              className="rounded border border-line px-3 py-1 text-sm aria-[current=page]:bg-ink aria-[current=page]:text-white"
            >
              {n}
            </Link>
          ))}
        </nav>
      )}
    </div>
  );
}

/**
 * The pages of outlet columns of a story wider than a page: which outlets this page shows and links to the others.
 * The row page is kept, since the columns are ranked over every row of the view, not only this page's.
 */
function ColumnPages({
  slug,
  view,
  rowPage,
  columns,
}: {
  slug: string;
  view: MatrixParams;
  rowPage: number;
  columns: ColumnPage<{ id: string; label: string }>;
}) {
  const others = columns.total - (columns.pinned ? 1 : 0);
  const href = (n: number) => matrixHref(slug, { ...view, focus: undefined, page: rowPage, cols: n });
  const step = "rounded border border-line px-2.5 py-0.5 hover:border-ink";
  return (
    <nav aria-label="Outlet columns" className="flex flex-wrap items-center gap-1.5 text-sm">
      <span className="mr-1 text-muted">
        {columns.pinned
          ? `${columns.pinned.label}, then outlets ${columns.first}–${columns.last} of the other ${others}`
          : `Outlets ${columns.first}–${columns.last} of ${others}`}
        , those carrying the most of these claims first.
      </span>
      {columns.page > 1 && (
        <Link href={href(columns.page - 1)} className={step}>
          Previous outlets
        </Link>
      )}
      {pageWindow(columns.page, columns.pages).map((n, i) =>
        n === null ? (
          <span key={`gap-${i}`} aria-hidden className="text-muted">
            …
          </span>
        ) : (
          <Link
            key={n}
            href={href(n)}
            aria-current={n === columns.page ? "page" : undefined}
            aria-label={`Outlets page ${n}`}
            className={`${step} aria-[current=page]:bg-ink aria-[current=page]:text-white`}
          >
            {n}
          </Link>
        ),
      )}
      {columns.page < columns.pages && (
        <Link href={href(columns.page + 1)} className={step}>
          Next outlets
        </Link>
      )}
    </nav>
  );
}
