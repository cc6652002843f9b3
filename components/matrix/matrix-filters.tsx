import Link from "next/link";
import { cn } from "@/lib/cn";
import { DISCREPANCY_KINDS, type StoryMatrix } from "@/lib/stories/data";
import { matrixHref, type FilterCounts, type MatrixParams } from "@/lib/stories/view";
import { KIND_LABEL } from "@/lib/stories/row-values";
import { OutletSelect } from "./outlet-select";
import { PendingMark } from "./pending-mark";

const FLAG_FILTERS: Array<[MatrixParams["flag"], string, keyof FilterCounts["flag"]]> = [
  [undefined, "Any", "any"],
  ["open", "Open", "open"],
  ["reviewed", "Reviewed", "reviewed"],
  ["unflagged", "Not flagged", "unflagged"],
];

/**
 * The view's filters in one compact bar, each choice a link (a URL, so a view can be shared, bookmarked and reloaded)
 * with the number of rows it leads to. A choice that leads to no row says 0 and is not a link; kinds no row has are
 * left out, and the editors' flag filter shows only once something is flagged.
 */
export function MatrixFilters({
  slug,
  view,
  articles,
  counts,
}: {
  slug: string;
  view: MatrixParams;
  articles: StoryMatrix["articles"];
  counts: FilterCounts;
}) {
  const flagged = counts.flag.open + counts.flag.reviewed > 0 || view.flag !== undefined;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-line bg-white px-3 py-2">
      <ShowFilter slug={slug} view={view} counts={counts} />
      <KindFilter slug={slug} view={view} counts={counts} />
      <Group label="Order">
        <Chip
          href={matrixHref(slug, { ...view, sort: "conflicts", page: undefined })}
          current={view.sort === "conflicts"}
        >
          Conflicts first
        </Chip>
        <Chip href={matrixHref(slug, { ...view, sort: "story", page: undefined })} current={view.sort === "story"}>
          Story order
        </Chip>
      </Group>
      {flagged && <FlagFilter slug={slug} view={view} counts={counts} />}
      <OutletSelect
        slug={slug}
        view={view}
        outlets={articles.map((a) => ({ id: a.id, label: a.label, count: counts.outlet[a.id] ?? 0 }))}
        any={counts.outlet.any}
      />
    </div>
  );
}

interface FilterProps {
  slug: string;
  view: MatrixParams;
  counts: FilterCounts;
}

/** A new filter starts from the first page of rows and columns, with nothing focused. */
const RESET = { page: undefined, cols: undefined, focus: undefined };

const SHOWS: Array<[MatrixParams["show"], string]> = [
  ["all", "All"],
  ["discrepancies", "Discrepancies"],
  ["sole", "Sole-source"],
];

function ShowFilter({ slug, view, counts }: FilterProps) {
  return (
    <Group label="Show">
      {SHOWS.map(([show, label]) => (
        <Chip
          key={show}
          href={matrixHref(slug, { ...view, show, ...RESET })}
          current={view.show === show}
          count={counts.show[show]}
        >
          {label}
        </Chip>
      ))}
    </Group>
  );
}

function KindFilter({ slug, view, counts }: FilterProps) {
  const kinds = DISCREPANCY_KINDS.filter((k) => (counts.kind[k] ?? 0) > 0 || view.kind === k);
  if (!(kinds.length > 0 || view.kind)) return null;
  return (
    <Group label="Kind" name="Kind of discrepancy">
      <Chip
        href={matrixHref(slug, { ...view, kind: undefined, ...RESET })}
        current={!view.kind}
        count={counts.kind.any}
      >
        Any
      </Chip>
      {kinds.map((k) => (
        <Chip
          key={k}
          href={matrixHref(slug, { ...view, kind: k, ...RESET })}
          current={view.kind === k}
          count={counts.kind[k] ?? 0}
        >
          {KIND_LABEL[k]}
        </Chip>
      ))}
    </Group>
  );
}

function FlagFilter({ slug, view, counts }: FilterProps) {
  return (
    <Group label="Editors' flags">
      {FLAG_FILTERS.map(([flag, label, key]) => (
        <Chip
          key={label}
          href={matrixHref(slug, { ...view, flag, ...RESET })}
          current={view.flag === flag}
          count={counts.flag[key]}
        >
          {label}
        </Chip>
      ))}
    </Group>
  );
}

function Group({ label, name = label, children }: { label: string; name?: string; children: React.ReactNode }) {
  return (
    <nav aria-label={name} className="flex flex-wrap items-center gap-1">
      <span aria-hidden className="mr-0.5 text-xs font-medium text-muted">
        {label}
      </span>
      {children}
    </nav>
  );
}

const chip = "inline-flex min-h-6 items-center gap-1 rounded-full border px-2.5 py-0.5 text-xs";

function Chip({
  href,
  current,
  count,
  children,
}: {
  href: string;
  current: boolean;
  count?: number;
  children: React.ReactNode;
}) {
  const number = count !== undefined && <span className="tabular-nums opacity-75">{count}</span>;
  // A choice with no row: said, not linked (the current view is always shown, even when it is empty).
  if (count === 0 && !current)
    return (
      <span aria-disabled="true" className={cn(chip, "border-dashed border-line text-muted")}>
        {children} {number}
        <span className="sr-only"> (no claims)</span>
      </span>
    );
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      scroll={false}
      className={cn(chip, current ? "border-ink bg-ink text-white" : "border-line bg-white text-ink hover:border-ink")}
    >
      {children} {number}
      <PendingMark />
    </Link>
  );
}
