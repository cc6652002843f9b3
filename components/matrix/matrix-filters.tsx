import Link from "next/link";
import { cn } from "@/lib/cn";
import { DISCREPANCY_KINDS, type StoryMatrix } from "@/lib/stories/data";
import { KIND_LABEL, matrixHref, type MatrixParams } from "@/lib/stories/view";
import { OutletSelect } from "./outlet-select";

const FLAG_FILTERS: Array<[MatrixParams["flag"], string]> = [
  [undefined, "Flagged or not"],
  ["open", "Open flags"],
  ["reviewed", "Reviewed"],
  ["unflagged", "Not flagged"],
];

/** Filters as links: each one is a URL, so a filtered view can be shared, bookmarked and reloaded. */
export function MatrixFilters({
  slug,
  view,
  articles,
  counts,
}: {
  slug: string;
  view: MatrixParams;
  articles: StoryMatrix["articles"];
  counts: { all: number; discrepancies: number; sole: number };
}) {
  const shows: Array<[MatrixParams["show"], string, number]> = [
    ["all", "All claims", counts.all],
    ["discrepancies", "Discrepancies", counts.discrepancies],
    ["sole", "Sole-source", counts.sole],
  ];
  return (
    <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
      <nav aria-label="Show" className="flex flex-wrap gap-1">
        {shows.map(([show, label, n]) => (
          <Chip
            key={show}
            href={matrixHref(slug, { ...view, show, page: undefined, cols: undefined, focus: undefined })}
            current={view.show === show}
          >
            {label} <span className="tabular-nums opacity-70">{n}</span>
          </Chip>
        ))}
      </nav>
      <nav aria-label="Kind of discrepancy" className="flex flex-wrap gap-1">
        <Chip
          href={matrixHref(slug, { ...view, kind: undefined, page: undefined, cols: undefined, focus: undefined })}
          current={!view.kind}
        >
          Any kind
        </Chip>
        {DISCREPANCY_KINDS.map((k) => (
          <Chip
            key={k}
            href={matrixHref(slug, { ...view, kind: k, page: undefined, cols: undefined, focus: undefined })}
            current={view.kind === k}
          >
            {KIND_LABEL[k]}
          </Chip>
        ))}
      </nav>
      <nav aria-label="Order" className="flex flex-wrap gap-1">
        <Chip
          href={matrixHref(slug, { ...view, sort: "conflicts", page: undefined })}
          current={view.sort === "conflicts"}
        >
          Conflicts first
        </Chip>
        <Chip href={matrixHref(slug, { ...view, sort: "story", page: undefined })} current={view.sort === "story"}>
          Story order
        </Chip>
      </nav>
      <nav aria-label="Editors' flags" className="flex flex-wrap gap-1">
        {FLAG_FILTERS.map(([flag, label]) => (
          <Chip
            key={label}
            href={matrixHref(slug, { ...view, flag, page: undefined, cols: undefined, focus: undefined })}
            current={view.flag === flag}
          >
            {label}
          </Chip>
        ))}
      </nav>
      <OutletSelect slug={slug} view={view} outlets={articles.map((a) => ({ id: a.id, label: a.label }))} />
    </div>
  );
}

function Chip({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      scroll={false}
      className={cn(
        "rounded-full border px-3 py-1 text-sm",
        current ? "border-ink bg-ink text-white" : "border-line bg-white text-ink hover:border-ink",
      )}
    >
      {children}
    </Link>
  );
}
