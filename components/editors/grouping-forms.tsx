"use client";

import { dismissFactRowAction, mergeRowsAction, splitClaimAction, undoOverrideAction } from "@/lib/editors/actions";
import { FieldError, FormError, useAction } from "./use-action";

const button =
  "rounded border border-line bg-white px-3 py-1.5 text-sm font-medium hover:bg-line/50 disabled:opacity-60";

/** Merge this row into another: its claims join that row, and its permalink redirects there. */
export function MergeForm({ groupId, rows }: { groupId: string; rows: Array<{ id: string; text: string }> }) {
  const { run, pending, error, fieldErrors } = useAction(
    mergeRowsAction,
    (r) => `/claims/${encodeURIComponent(r.groupId)}`,
  );
  return (
    <form
      aria-label="Merge rows"
      className="space-y-2"
      action={(f) => run({ sourceGroupId: groupId, targetGroupId: f.get("targetGroupId") })}
    >
      <label className="block space-y-1">
        <span className="text-sm font-medium">Merge this row into</span>
        <select
          name="targetGroupId"
          required
          defaultValue=""
          className="w-full rounded border border-line bg-white px-2 py-1.5 text-sm"
        >
          <option value="" disabled>
            Choose a row…
          </option>
          {rows.map((r) => (
            <option key={r.id} value={r.id}>
              {r.text.length > 110 ? `${r.text.slice(0, 109)}…` : r.text}
            </option>
          ))}
        </select>
        <FieldError messages={fieldErrors.targetGroupId} />
      </label>
      <FormError error={error} />
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Merging…" : "Merge"}
      </button>
    </form>
  );
}

/**
 * Move one outlet's claim out of this row into a row of its own; on a fact row (`fact`), take its statement out of the
 * fact, which is then built from the others.
 */
export function SplitButton({
  groupId,
  claimId,
  outlet,
  fact = false,
}: {
  groupId: string;
  claimId: string;
  outlet: string;
  fact?: boolean;
}) {
  const { run, pending, error } = useAction(splitClaimAction, (r) => `/claims/${encodeURIComponent(r.groupId)}`);
  return (
    <div className="space-y-1">
      <button type="button" disabled={pending} className={button} onClick={() => run({ groupId, claimId })}>
        {fact ? (pending ? "Taking out…" : "Take out of this fact") : pending ? "Moving…" : "Move to its own row"}
        <span className="sr-only">{fact ? ` (${outlet}'s statement)` : ` (${outlet}'s claim)`}</span>
      </button>
      <FormError error={error} />
    </div>
  );
}

/** Dismiss a fact row: the analysis will not build it again. Leads to the claim row of its first statement. */
export function DismissFactButton({ groupId }: { groupId: string }) {
  const { run, pending, error } = useAction(dismissFactRowAction, (r) => `/claims/${encodeURIComponent(r.groupId)}`);
  return (
    <div className="space-y-1">
      <button type="button" disabled={pending} className={button} onClick={() => run({ groupId })}>
        {pending ? "Dismissing…" : "Dismiss this fact row"}
      </button>
      <FormError error={error} />
    </div>
  );
}

export function UndoButton({ overrideId, what }: { overrideId: string; what: string }) {
  const { run, pending, error } = useAction(undoOverrideAction);
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        disabled={pending}
        className="text-sm font-medium text-accent hover:underline disabled:opacity-60"
        onClick={() => run({ overrideId })}
      >
        {pending ? "Undoing…" : "Undo"}
        <span className="sr-only"> {what}</span>
      </button>
      <FormError error={error} />
    </span>
  );
}
