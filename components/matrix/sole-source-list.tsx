"use client";

import { useState } from "react";
import { clsx } from "clsx";

export interface SoleItem {
  id: string;
  /** Index into `outlets`. */
  outlet: number;
  text: string;
}

/**
 * The rows one outlet carries, collapsed behind their count under the matrix: on a real story they are most of its
 * rows, and as matrix rows each was a line of "Not mentioned" cells. Opened, each is the outlet's sentence with its
 * permalink; the outlet buttons narrow the list. Drawn from compact data, as the matrix rows are (matrix-rows.tsx).
 */
export function SoleSourceList({
  outlets,
  items,
  total,
  allHref,
  title,
}: {
  /** `count`: this view's sole-source rows of the outlet, listed here or not; `href`: all of them in the matrix. */
  outlets: Array<{ label: string; count: number; href: string }>;
  /** The first of the view's sole-source rows, in its order. */
  items: SoleItem[];
  total: number;
  allHref: string;
  title: string;
}) {
  const [only, setOnly] = useState<number | null>(null);
  const shown = only === null ? items : items.filter((i) => i.outlet === only);
  const wanted = only === null ? total : outlets[only]!.count;
  return (
    <details id="sole-source" className="group rounded-lg border border-line bg-white">
      <summary className="cursor-pointer list-none px-3 py-2 font-medium marker:hidden hover:bg-paper">
        <span aria-hidden className="mr-1.5 inline-block text-sole transition-transform group-open:rotate-90">
          ▸
        </span>
        {title}
      </summary>
      <div className="space-y-3 border-t border-line px-3 py-3">
        <div role="group" aria-label="Outlet" className="flex flex-wrap items-center gap-1">
          <span aria-hidden className="mr-0.5 text-xs font-medium text-muted">
            Outlet
          </span>
          <Toggle pressed={only === null} onClick={() => setOnly(null)}>
            All <span className="tabular-nums">{total}</span>
          </Toggle>
          {outlets.map((o, i) =>
            o.count ? (
              <Toggle key={i} pressed={only === i} onClick={() => setOnly(i)}>
                {o.label} <span className="tabular-nums">{o.count}</span>
              </Toggle>
            ) : null,
          )}
        </div>
        <ul className="divide-y divide-line">
          {shown.map((item) => (
            <li
              key={item.id}
              data-sole-row={item.id}
              className="grid gap-x-3 gap-y-0.5 py-2 text-sm sm:grid-cols-[9rem_1fr]"
            >
              <span data-outlet className="text-xs font-semibold text-sole">
                {outlets[item.outlet]!.label}
              </span>
              <p dir="auto" className="leading-relaxed">
                {item.text}{" "}
                <a
                  href={`/claims/${item.id}`}
                  className="text-xs font-medium whitespace-nowrap text-accent hover:underline"
                >
                  Permalink<span className="sr-only"> to this claim</span>
                </a>
              </p>
            </li>
          ))}
        </ul>
        {shown.length < wanted && (
          <p className="text-sm">
            <a href={only === null ? allHref : outlets[only]!.href} className="font-medium text-accent hover:underline">
              {`All ${wanted}${only === null ? "" : ` from ${outlets[only]!.label}`}, in the matrix →`}
            </a>
          </p>
        )}
      </div>
    </details>
  );
}

function Toggle({ pressed, onClick, children }: { pressed: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={clsx(
        "inline-flex min-h-6 items-center gap-1 rounded-full border px-2.5 py-0.5 text-xs",
        pressed ? "border-sole bg-sole text-white" : "border-line bg-white text-ink hover:border-ink",
      )}
    >
      {children}
    </button>
  );
}
