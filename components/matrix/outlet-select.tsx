"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";
import { matrixHref, type MatrixParams } from "@/lib/stories/view";

/**
 * Rows one outlet carries (in a story wider than a page of columns, that outlet is also the first column). Without
 * JavaScript the form still works: it submits the same search params.
 */
export function OutletSelect({
  slug,
  view,
  outlets,
  any,
}: {
  slug: string;
  view: MatrixParams;
  /** Each outlet with the rows the view would show filtered on it. */
  outlets: Array<{ id: string; label: string; count: number }>;
  /** The rows without an outlet filter. */
  any: number;
}) {
  const router = useRouter();
  const id = useId();
  return (
    <form method="get" action={`/stories/${encodeURIComponent(slug)}`} className="flex items-center gap-2">
      {view.show !== "all" && <input type="hidden" name="show" value={view.show} />}
      {view.kind && <input type="hidden" name="kind" value={view.kind} />}
      {view.sort !== "conflicts" && <input type="hidden" name="sort" value={view.sort} />}
      {view.flag && <input type="hidden" name="flag" value={view.flag} />}
      <label htmlFor={id} className="flex items-center gap-1.5 text-xs font-medium text-muted">
        Outlet
        <select
          id={id}
          name="outlet"
          defaultValue={view.outlet ?? ""}
          onChange={(e) =>
            router.push(
              matrixHref(slug, {
                ...view,
                outlet: e.target.value || undefined,
                page: undefined,
                cols: undefined,
                focus: undefined,
              }),
              { scroll: false },
            )
          }
          className="rounded border border-line bg-white px-2 py-0.5 text-xs font-normal text-ink"
        >
          <option value="">Any outlet ({any})</option>
          {outlets.map((o) => (
            // An outlet none of the view's rows come from says so, and cannot be chosen (unless it is the current one).
            <option key={o.id} value={o.id} disabled={o.count === 0 && o.id !== view.outlet}>
              {`${o.label} (${o.count})`}
            </option>
          ))}
        </select>
      </label>
      <noscript>
        <button type="submit" className="rounded border border-line px-2 py-0.5 text-xs">
          Apply
        </button>
      </noscript>
    </form>
  );
}
