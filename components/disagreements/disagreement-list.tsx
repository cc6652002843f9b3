import type { GroupFlags } from "@/lib/editors/flag-labels";
import { REASON_LABEL } from "@/lib/editors/flag-labels";
import type { StoryMatrix } from "@/lib/stories/data";
import { subjectOf, truncate } from "@/lib/stories/permalink";
import { disagreements, verdictsOf, type Disagreement } from "@/lib/stories/verdicts";
import { kindLabel, outletList, topParts, valueColours } from "@/lib/stories/row-values";
import { KindBadge } from "@/components/split-summary";
import { ValueSwatch } from "@/components/value-mark";
import { VerdictMark } from "@/components/editors/flag-outcomes";
import { FlagInPlace } from "@/components/editors/flag-in-place";

/** Entries shown before "more"; the seed story has four, a wide story can have dozens. */
const SHOWN = 8;
/**
 * Values shown on one line: a wide story can split a number fifty ways (each outlet rounding its own way), which no
 * line can show; then the values the most outlets give and how many others there are, as the matrix row does (the
 * permalink lists them all).
 */
const VALUES_SHOWN = 5;

/**
 * "Where they disagree": one line per discrepancy of the story, strongest first (lib/stories/verdicts.ts), each with
 * what it is about, the values and the outlets that give each, its kind and its permalink; what editors confirmed is
 * marked, what they dismissed sits apart. The answer an analyst came for, above the matrix. The same for every reader
 * (the default view is cached): editors' tools appear in the browser (FlagInPlace).
 */
export function DisagreementList({
  story,
  flags,
}: {
  story: Pick<StoryMatrix, "groups" | "articles">;
  flags: Map<string, GroupFlags>;
}) {
  const { standing, dismissed } = disagreements(story.groups, verdictsOf(flags));
  const labels = new Map(story.articles.map((a) => [a.id, a.label]));
  const groups = new Map(story.groups.map((g) => [g.id, g]));
  const entry = (d: Disagreement) => {
    const group = groups.get(d.groupId)!;
    const outlets = story.articles
      .filter((a) => group.coverage.articles.includes(a.id))
      .map((a) => ({ id: a.id, label: a.label }));
    return (
      <Entry
        key={`${d.groupId}/${d.index}`}
        d={d}
        colours={valueColours(group)}
        labelOf={(id) => labels.get(id) ?? "?"}
        outlets={outlets}
      />
    );
  };
  return (
    <section aria-labelledby="disagree-title" className="rounded-lg border border-conflict/30 bg-white p-3 sm:p-4">
      <h2 id="disagree-title" className="font-semibold">
        Where they disagree{" "}
        <span className="font-normal text-muted">
          · {standing.length} {standing.length === 1 ? "point" : "points"}, strongest first
        </span>
      </h2>
      {standing.length ? (
        <ol className="mt-1 divide-y divide-line" data-testid="disagreements">
          {standing.slice(0, SHOWN).map(entry)}
        </ol>
      ) : (
        <p className="mt-1 text-sm text-muted">The outlets agree on every fact they share.</p>
      )}
      {standing.length > SHOWN && (
        <details className="mt-1">
          <summary className="cursor-pointer text-sm text-accent">{standing.length - SHOWN} more</summary>
          <ol className="divide-y divide-line">{standing.slice(SHOWN).map(entry)}</ol>
        </details>
      )}
      {dismissed.length > 0 && (
        <details className="mt-2 border-t border-line pt-2" data-testid="dismissed">
          <summary className="cursor-pointer text-sm text-muted">Dismissed by editors ({dismissed.length})</summary>
          <ol className="divide-y divide-line">{dismissed.map(entry)}</ol>
        </details>
      )}
    </section>
  );
}

function Entry({
  d,
  colours,
  labelOf,
  outlets,
}: {
  d: Disagreement;
  colours: Map<string, number>;
  labelOf: (id: string) => string;
  outlets: Array<{ id: string; label: string }>;
}) {
  const state = d.verdict.state;
  const permalink = `/claims/${encodeURIComponent(d.groupId)}`;
  const values = topParts(
    d.values.map((v) => ({ ...v, count: v.articles.length })),
    VALUES_SHOWN,
  );
  return (
    <li
      className="flex flex-wrap items-baseline gap-x-2 gap-y-1 py-1.5 text-sm"
      data-disagreement={d.groupId}
      data-verdict={state}
    >
      <a
        href={permalink}
        className={
          state === "dismissed"
            ? "font-semibold text-muted line-through hover:underline"
            : "font-semibold hover:underline"
        }
      >
        {subjectOf(d)}
      </a>
      <KindBadge label={kindLabel(d)} />
      {state === "confirmed" && <VerdictMark verdict="confirmed" />}
      {state === "dismissed" && (
        <span className="rounded bg-line px-1.5 py-0.5 text-xs font-medium text-ink">
          {REASON_LABEL[d.verdict.reason!]}, editors decided
        </span>
      )}
      {state === "open" && d.verdict.underReview && (
        <span className="rounded bg-sole-soft px-1.5 py-0.5 text-xs font-medium text-ink">Under review</span>
      )}
      {/* Inline runs, not flex items: on a phone a value and its outlets wrap as text does. */}
      <ul className="min-w-0" aria-label="Values and the outlets that give each">
        {values.parts.map((v, i) => (
          <li key={v.value} className="inline">
            {i > 0 && <Dot />}
            <ValueSwatch colour={colours.get(v.value) ?? 0} className="mr-1 align-[-1px]" />
            <span className="font-medium">{truncate(v.value, d.kind === "quote" ? 70 : 48)}</span>{" "}
            <span className="text-muted">— {outletList(v.articles.map(labelOf), 4)}</span>
          </li>
        ))}
        {values.more > 0 && (
          <li className="inline text-muted">
            <Dot />
            <a href={permalink} className="hover:underline">
              {values.more} other {values.more === 1 ? "value" : "values"}
            </a>
          </li>
        )}
      </ul>
      <FlagInPlace groupId={d.groupId} subject={subjectOf(d)} outlets={outlets} className="ml-auto" />
    </li>
  );
}

function Dot() {
  return (
    <span aria-hidden className="mx-1 text-muted">
      ·
    </span>
  );
}
