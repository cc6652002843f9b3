// clsx, not cn: see components/value-mark.tsx.
import { clsx } from "clsx";
import type { SplitPart } from "@/lib/stories/row-values";
import { ValueSwatch } from "./value-mark";

/** A discrepancy's kind as a badge: "Date conflict" (row-values.ts kindLabel). */
export function KindBadge({ label, className }: { label: string; className?: string }) {
  return (
    <span
      className={clsx(
        "inline-flex items-center rounded bg-conflict-soft px-1.5 py-0.5 text-xs font-semibold text-conflict ring-1 ring-conflict/30",
        className,
      )}
    >
      {label}
    </span>
  );
}

export function SoleSourceBadge({ className }: { className?: string }) {
  return (
    <span
      className={clsx(
        "inline-flex items-center rounded bg-sole-soft px-1.5 py-0.5 text-xs font-semibold text-sole ring-1 ring-sole/30",
        className,
      )}
    >
      Sole source
    </span>
  );
}

/** One value of a split as shown: its colour, how many outlets state it, and those outlets named (the tooltip). */
export interface SplitListPart {
  value: string;
  count: number;
  colour: number;
  outlets: string;
}

/**
 * The split at a glance: "Saturday 2 · Sunday 2 · Monday 1", each value with its colour swatch and how many outlets
 * state it. `labelOf` names the outlets in the tooltip.
 */
export function SplitSummary({
  parts,
  labelOf,
  className,
}: {
  parts: SplitPart[];
  labelOf: (articleId: string) => string;
  className?: string;
}) {
  return (
    <SplitList
      parts={parts.map((p) => ({
        value: p.value,
        count: p.count,
        colour: p.colour,
        outlets: p.articles.map(labelOf).join(", "),
      }))}
      className={className}
    />
  );
}

/**
 * SplitSummary's list from parts already named; `more` counts the values left out (lib/stories/row-values.ts
 * topParts).
 */
export function SplitList({
  parts,
  more = 0,
  className,
}: {
  parts: SplitListPart[];
  more?: number;
  className?: string;
}) {
  return (
    <ul
      className={clsx("flex flex-wrap items-center gap-x-1 gap-y-1 text-sm", className)}
      aria-label="How the outlets split"
    >
      {parts.map((p, i) => (
        <li key={p.value} className="inline-flex items-center gap-1" title={p.outlets}>
          {i > 0 && (
            <span aria-hidden className="text-muted">
              ·
            </span>
          )}
          <ValueSwatch colour={p.colour} />
          <span className="max-w-[16rem] truncate">{p.value}</span>
          <span
            className="font-semibold tabular-nums"
            aria-label={`${p.count} ${p.count === 1 ? "outlet" : "outlets"}`}
          >
            {p.count}
          </span>
        </li>
      ))}
      {more > 0 && (
        <li className="inline-flex items-center gap-1 text-muted">
          <span aria-hidden>·</span>
          {more} other {more === 1 ? "value" : "values"}
        </li>
      )}
    </ul>
  );
}
