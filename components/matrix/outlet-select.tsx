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
}: {
  slug: string;
  view: MatrixParams;
  outlets: Array<{ id: string; label: string }>;
}) {
  const router = useRouter();
  const id = useId();
  return (
    <form method="get" action={`/stories/${encodeURIComponent(slug)}`} className="flex items-end gap-2">
      {view.show !== "all" && <input type="hidden" name="show" value={view.show} />}
      {view.kind && <input type="hidden" name="kind" value={view.kind} />}
      {view.sort !== "conflicts" && <input type="hidden" name="sort" value={view.sort} />}
      {view.flag && <input type="hidden" name="flag" value={view.flag} />}
      <label htmlFor={id} className="flex flex-col text-xs text-muted">
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
          className="mt-0.5 rounded border border-line bg-white px-2 py-1 text-sm text-ink"
        >
          <option value="">Any outlet</option>
          {outlets.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <noscript>
        <button type="submit" className="rounded border border-line px-2 py-1 text-sm">
          Apply
        </button>
      </noscript>
    </form>
  );
}
