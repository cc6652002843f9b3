import Link from "next/link";
import { cn } from "@/lib/cn";
import type { GroupView, StoryMatrix } from "@/lib/stories/data";
import { cellSegments, cellsByArticle, splitOf, valueColours, type MatrixParams } from "@/lib/stories/view";
import { HighlightedText } from "@/components/value-mark";
import { KindBadge, SoleSourceBadge, SplitSummary } from "@/components/split-summary";
import { FlagBadge } from "@/components/editors/flag-outcomes";
import { flagState, type GroupFlags } from "@/lib/editors/flag-labels";
import { MatrixGrid } from "./matrix-grid";

type Article = StoryMatrix["articles"][number];

/**
 * The comparison matrix: one row per claim, one column per outlet. On a phone the same table reflows into one card
 * per claim (CSS only: one DOM, so the keyboard grid and the cards cannot disagree).
 */
export function Matrix({
  slug,
  view,
  articles,
  groups,
  flags,
}: {
  slug: string;
  view: MatrixParams;
  articles: Article[];
  groups: GroupView[];
  flags: Map<string, GroupFlags>;
}) {
  const labelOf = new Map(articles.map((a) => [a.id, a.label]));
  const label = (id: string) => labelOf.get(id) ?? "?";
  const focusRow = Math.max(0, groups.findIndex((g) => g.id === view.focus));
  return (
    <MatrixGrid focusId={view.focus ?? null}>
      <table
        role="grid"
        aria-label={`Claims by outlet. Rows are claims, columns are outlets.`}
        aria-rowcount={groups.length + 1}
        className="w-full border-separate border-spacing-0 text-sm max-md:block"
      >
        <thead className="max-md:hidden">
          <tr>
            <th scope="col" className="sticky left-0 top-0 z-30 w-[16rem] min-w-[16rem] border-b border-r border-line bg-white p-2 text-left align-bottom">
              Claim
            </th>
            {articles.map((a) => (
              <th key={a.id} scope="col" className="sticky top-0 z-20 min-w-[13rem] border-b border-line bg-white p-2 text-left align-bottom font-normal">
                <Link href={`/articles/${a.id}`} className="font-semibold text-ink hover:underline">
                  {a.label}
                </Link>
                {(a.title || a.publishedAt) && (
                  <span className="mt-0.5 line-clamp-2 block text-xs text-muted">
                    {[a.publishedAt?.slice(0, 10), a.title].filter(Boolean).join(" · ")}
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-md:block max-md:space-y-4">
          {groups.map((g, r) => (
            <Row key={g.id} group={g} flags={flags.get(g.id)} row={r} articles={articles} label={label} focused={view.focus === g.id} tabbable={r === focusRow} slug={slug} />
          ))}
        </tbody>
      </table>
    </MatrixGrid>
  );
}

function Row({
  group,
  flags,
  row,
  articles,
  label,
  focused,
  tabbable,
}: {
  group: GroupView;
  flags: GroupFlags | undefined;
  row: number;
  articles: Article[];
  label: (id: string) => string;
  focused: boolean;
  tabbable: boolean;
  slug: string;
}) {
  const colours = valueColours(group);
  const splits = splitOf(group, colours);
  const cells = cellsByArticle(group);
  const conflict = group.discrepancies.length > 0;
  const copyOf = new Map(group.coverage.copies.map((c) => [c.article, c.of]));
  const missing = articles.filter((a) => !cells.has(a.id));
  const permalink = `/claims/${group.id}`;
  const edge = conflict ? "border-l-conflict" : group.soleSource ? "border-l-sole" : "border-l-transparent";
  return (
    <tr
      id={`row-${group.id}`}
      data-row={row}
      aria-current={focused ? "true" : undefined}
      data-conflict={conflict || undefined}
      data-sole-source={group.soleSource || undefined}
      data-flag={flagState(flags) ?? undefined}
      className="group/row scroll-mt-24 max-md:block max-md:rounded-lg max-md:border max-md:border-line max-md:bg-white aria-[current=true]:outline-3 aria-[current=true]:outline-accent"
    >
      <th
        scope="row"
        className={cn(
          "sticky left-0 z-10 border-b border-l-4 border-r border-line bg-white p-2 text-left align-top font-normal max-md:static max-md:block max-md:border-r-0",
          edge,
          conflict && "bg-conflict-soft",
          group.soleSource && !conflict && "bg-sole-soft",
        )}
      >
        <div className="flex flex-wrap gap-1">
          {splits.map((s, i) => (
            <KindBadge key={i} kind={s.kind} />
          ))}
          {group.soleSource && <SoleSourceBadge />}
          {group.kind === "fact" && <span className="rounded bg-line px-1.5 py-0.5 text-xs text-muted">Same fact, different sentences</span>}
          {flags?.row.map((f) => (
            <FlagBadge key={f.id} flag={f} />
          ))}
        </div>
        {splits.map((s, i) => (
          <SplitSummary key={i} parts={s.parts} labelOf={label} className="mt-1.5" />
        ))}
        <p className="mt-1.5 text-xs text-muted">
          {group.soleSource
            ? `Only ${label(group.coverage.articles[0]!)} carries this`
            : `${group.coverage.articles.length} of ${articles.length} outlets${group.coverage.copies.length ? ` · ${group.coverage.copies.length} word-for-word ${group.coverage.copies.length === 1 ? "copy" : "copies"}` : ""}`}
        </p>
        {missing.length > 0 && missing.length < articles.length && (
          <p className="mt-1 text-xs text-muted md:hidden">Not mentioned by {missing.map((a) => a.label).join(", ")}</p>
        )}
        <a href={permalink} className="mt-1.5 inline-block text-xs font-medium text-accent hover:underline">
          Permalink<span className="sr-only"> to this claim</span>
        </a>
      </th>
      {articles.map((a, c) => {
        const here = cells.get(a.id);
        const cellFlags = flags?.cells.get(a.id);
        const common = { "data-cell": "", "data-row": row, "data-col": c, tabIndex: tabbable && c === 0 ? 0 : -1 };
        // Plain <a>, not next/link: each Link is a client component, and a large matrix holds thousands of them.
        return here ? (
          <td key={a.id} {...common} data-href={`${permalink}#outlet-${a.id}`} className={group.soleSource ? "mx-td mx-sole" : "mx-td"}>
            <span className="mx-label">{a.label}</span>
            {here.map((cell) => (
              <p key={cell.claimId}>
                <HighlightedText segments={cellSegments(cell, group, colours)} />
              </p>
            ))}
            {cellFlags?.map((f) => (
              <FlagBadge key={f.id} flag={f} className="mt-1" />
            ))}
            <span className="mx-foot">
              {copyOf.has(a.id) && <span>Word-for-word as {label(copyOf.get(a.id)!)}</span>}
              <a href={`${permalink}#outlet-${a.id}`} tabIndex={-1}>
                Compare<span className="sr-only"> {a.label}&apos;s version</span>
              </a>
            </span>
          </td>
        ) : (
          <td key={a.id} {...common} className="mx-td mx-empty">
            Not mentioned<span className="sr-only"> by {a.label}</span>
          </td>
        );
      })}
    </tr>
  );
}
