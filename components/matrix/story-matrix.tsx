import Link from "next/link";
import type { StoryMatrix as Story } from "@/lib/stories/data";
import type { GroupFlags } from "@/lib/editors/flag-labels";
import {
  filterCounts,
  matrixHref,
  outletColumns,
  pageOf,
  pageWindow,
  rowsPerPage,
  splitSoleRows,
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
import { SoleSourceList } from "./sole-source-list";

/**
 * Sole-source rows listed under the matrix, at most: the list is part of the cached default view's page, and a story
 * of a hundred outlets has thousands of them (the rest are a link away, in the matrix's sole-source view). Each outlet
 * gets its share, so the outlet buttons narrow to a few of its rows whichever it is.
 */
const SOLE_LISTED = 60;

type StoryFlags = Map<string, GroupFlags>;

/**
 * The matrix of one story in one view, with the story's flags. The page that reads them is
 * app/stories/[slug]/story-matrix-page.tsx: rendered per request for a filtered or focused view (app/stories/[slug])
 * and cached for the default view (app/matrix-default/[slug], see next.config.ts).
 */
export function StoryMatrix({
  story,
  flags,
  view,
  header = true,
}: {
  story: Story;
  flags: StoryFlags;
  view: MatrixParams;
  /** False where a layout draws the header (app/stories/[slug]/layout.tsx), so it stays while the rows change. */
  header?: boolean;
}) {
  const all = viewRows(story, view, flags);
  const { matrix: rows, sole } = splitSoleRows(all, view);
  const counts = filterCounts(story, view, flags);
  // Ranked over every row of the view, those listed under the matrix too: "the outlets carrying the most of the view's
  // claims first" (decision 008), whichever way the rows are shown.
  const columns = outletColumns(story.articles, all, view);
  const perPage = rowsPerPage(columns.columns.length);
  const pages = Math.max(1, Math.ceil(rows.length / perPage));
  const page = Math.min(view.page ?? pageOf(rows, view.focus, perPage) ?? 1, pages);
  const shown = rows.slice((page - 1) * perPage, page * perPage);

  return (
    <div className="space-y-4">
      {header && <StoryHeader story={story} flags={flags} />}

      <DisagreementList story={story} flags={flags} />

      <NameVariants variants={story.variants} articles={story.articles} />

      <MatrixFilters slug={story.slug} view={view} articles={story.articles} counts={counts} />

      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <ViewStatus
          view={view}
          total={story.groups.length}
          all={all.length}
          rows={rows.length}
          sole={sole.length}
          page={page}
          pages={pages}
        />
        <MatrixExportLinks slug={story.slug} view={view} />
      </div>

      {columns.pages > 1 && <ColumnPages slug={story.slug} view={view} rowPage={page} columns={columns} />}

      {shown.length ? (
        <Matrix view={view} articles={columns.columns} outlets={story.articles} groups={shown} flags={flags} />
      ) : (
        <NoMatrix slug={story.slug} sole={sole.length} />
      )}

      {pages > 1 && <RowPages slug={story.slug} view={view} page={page} pages={pages} cols={columns.page} />}

      {sole.length > 0 && <SoleSource slug={story.slug} view={view} story={story} sole={sole} />}
    </div>
  );
}

/** How many rows the view shows of the story's, where, and in which order. */
function ViewStatus({
  view,
  total,
  all,
  rows,
  sole,
  page,
  pages,
}: {
  view: MatrixParams;
  /** The story's rows; `all` of them in this view, `rows` in the matrix and `sole` listed below it. */
  total: number;
  all: number;
  rows: number;
  sole: number;
  page: number;
  pages: number;
}) {
  return (
    <p className="text-sm text-muted" role="status">
      {all === total ? `All ${all} claims` : `${all} of ${total} claims`}
      {sole > 0 && rows > 0 && `: ${rows} in the matrix, ${sole} only one outlet carries below`}
      {pages > 1 && `; page ${page} of ${pages}`}. {view.sort === "story" ? "In story order" : "Conflicts first"}; arrow
      keys move between cells.
    </p>
  );
}

/** In the matrix's place when no row of the view is in it: the sole-source rows below, or none at all. */
function NoMatrix({ slug, sole }: { slug: string; sole: number }) {
  return sole ? (
    <p id="matrix" tabIndex={-1} className="rounded border border-dashed border-line p-4 text-muted">
      No claim of this view is carried by two or more outlets; the {sole} that one outlet carries are below.
    </p>
  ) : (
    <p id="matrix" tabIndex={-1} className="rounded border border-dashed border-line p-6 text-muted">
      No claims match this filter.{" "}
      <Link href={matrixHref(slug, {})} className="text-accent underline">
        Show all claims
      </Link>
      .
    </p>
  );
}

/** The pages of the matrix's rows; the page of outlet columns is kept. */
function RowPages({
  slug,
  view,
  page,
  pages,
  cols,
}: {
  slug: string;
  view: MatrixParams;
  page: number;
  pages: number;
  cols: number;
}) {
  return (
    <nav aria-label="Pages" className="flex flex-wrap gap-2">
      {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
        <Link
          key={n}
          href={matrixHref(slug, { ...view, focus: undefined, page: n, cols })}
          aria-current={n === page ? "page" : undefined}
          className="rounded border border-line px-3 py-1 text-sm aria-[current=page]:bg-ink aria-[current=page]:text-white"
        >
          {n}
        </Link>
      ))}
    </nav>
  );
}

/** The view's sole-source rows, collapsed behind their count (components/matrix/sole-source-list.tsx). */
function SoleSource({
  slug,
  view,
  story,
  sole,
}: {
  slug: string;
  view: MatrixParams;
  story: Story;
  sole: ReturnType<typeof viewRows>;
}) {
  const index = new Map(story.articles.map((a, i) => [a.id, i]));
  const count = new Map<string, number>();
  for (const g of sole) {
    const a = g.coverage.articles[0]!;
    count.set(a, (count.get(a) ?? 0) + 1);
  }
  const only = count.size === 1 ? story.articles.find((a) => count.has(a.id)) : undefined;
  const reset = { page: undefined, cols: undefined, focus: undefined };
  return (
    <SoleSourceList
      title={`${sole.length} ${sole.length === 1 ? "claim" : "claims"} only ${only ? only.label : "one outlet"} carries`}
      total={sole.length}
      allHref={matrixHref(slug, { ...view, show: "sole", kind: undefined, ...reset })}
      outlets={story.articles.map((a) => ({
        label: a.label,
        count: count.get(a.id) ?? 0,
        href: matrixHref(slug, { ...view, show: "sole", kind: undefined, outlet: a.id, ...reset }),
      }))}
      items={listedSole(sole, count.size).map((g) => ({
        id: g.id,
        outlet: index.get(g.coverage.articles[0]!) ?? 0,
        text: g.cells.map((c) => c.text).join(" … "),
      }))}
    />
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

/** Up to SOLE_LISTED of the sole-source rows, in the view's order, at most an equal share from each outlet. */
function listedSole<G extends { coverage: { articles: string[] } }>(sole: G[], outlets: number): G[] {
  if (sole.length <= SOLE_LISTED) return sole;
  const share = Math.ceil(SOLE_LISTED / Math.max(1, outlets));
  const taken = new Map<string, number>();
  const out: G[] = [];
  for (const g of sole) {
    if (out.length === SOLE_LISTED) break;
    const a = g.coverage.articles[0]!;
    if ((taken.get(a) ?? 0) >= share) continue;
    taken.set(a, (taken.get(a) ?? 0) + 1);
    out.push(g);
  }
  return out;
}

/**
 * The story's title and figures, with a skip link to the matrix (the filter bar's chips are a dozen tabs). The same
 * for every view of the story: the filtered views' layout draws it, so it stays on screen while a filter loads.
 */
export function StoryHeader({ story, flags }: { story: Story; flags: StoryFlags }) {
  const s = story.summary;
  // Rows whose discrepancies editors dismissed are not counted (lib/stories/verdicts.ts).
  const discrepancyRows = conflictRows(story.groups, verdictsOf(flags));
  const soleRows = story.groups.filter((g) => g.soleSource).length;
  return (
    <>
      <a
        href="#matrix"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
      >
        Skip to the matrix
      </a>
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
    </>
  );
}
