"use client";

import { openFlagAction, updateFlagAction } from "@/lib/editors/actions";
import { FLAG_REASONS, FLAG_STATUSES, REASON_LABEL, STATUS_LABEL } from "@/lib/editors/flag-labels";
import { FieldError, FormError, useAction } from "./use-action";

const input = "w-full rounded border border-line bg-white px-2 py-1.5 text-sm";
const button = "rounded bg-ink px-3 py-1.5 text-sm font-medium text-white hover:bg-ink/85 disabled:opacity-60";

/** Flag the whole row or one outlet's version of it. */
export function FlagForm({
  groupId,
  outlets,
  label = "Flag this claim",
  narrow = false,
  onDone,
}: {
  groupId: string;
  outlets: Array<{ id: string; label: string }>;
  /** The form's accessible name; several on one page need names of their own. */
  label?: string;
  /** Fields one under another at every width (a matrix row's first column is 16rem wide). */
  narrow?: boolean;
  onDone?: () => void;
}) {
  const { run, pending, error, fieldErrors } = useAction(openFlagAction, () => onDone?.());
  return (
    <form
      aria-label={label}
      className="space-y-3"
      action={(f) =>
        run({ groupId, articleId: f.get("articleId") || undefined, reason: f.get("reason"), note: f.get("note") })
      }
    >
      <div className={narrow ? "grid gap-3" : "grid gap-3 sm:grid-cols-2"}>
        <label className="space-y-1">
          <span className="text-sm font-medium">What</span>
          <select name="articleId" className={input} defaultValue="">
            <option value="">The whole row</option>
            {outlets.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}&apos;s version
              </option>
            ))}
          </select>
          <FieldError messages={fieldErrors.articleId} />
        </label>
        <label className="space-y-1">
          <span className="text-sm font-medium">Reason</span>
          <select name="reason" className={input} required defaultValue="">
            <option value="" disabled>
              Choose…
            </option>
            {FLAG_REASONS.map((r) => (
              <option key={r} value={r}>
                {REASON_LABEL[r]}
              </option>
            ))}
          </select>
          <FieldError messages={fieldErrors.reason} />
        </label>
      </div>
      <label className="block space-y-1">
        <span className="text-sm font-medium">Note (editors only; never shown to readers)</span>
        <textarea name="note" rows={2} maxLength={4000} className={input} />
        <FieldError messages={fieldErrors.note} />
      </label>
      <FormError error={error} />
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Flagging…" : "Flag"}
      </button>
    </form>
  );
}

/** Resolve, close with no action, reopen, or add a note: one more step in the flag's history. */
export function FlagStatusForm({
  flagId,
  status,
  compact = false,
  label = "Update flag",
}: {
  flagId: string;
  status: string;
  compact?: boolean;
  /** The form's name; a page with several of these names each apart (forms are landmarks, told apart by name). */
  label?: string;
}) {
  const { run, pending, error, fieldErrors } = useAction(updateFlagAction);
  return (
    <form
      aria-label={label}
      className="space-y-2"
      action={(f) => run({ flagId, status: f.get("status"), note: f.get("note") })}
    >
      <div className="flex flex-wrap items-end gap-2">
        <label className="space-y-1">
          <span className="block text-xs font-medium">Status</span>
          <select name="status" defaultValue={status === "open" ? "resolved" : status} className={input}>
            {FLAG_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        {!compact && (
          <label className="min-w-48 flex-1 space-y-1">
            <span className="block text-xs font-medium">Note</span>
            <input name="note" maxLength={4000} className={input} />
          </label>
        )}
        <button type="submit" disabled={pending} className={button}>
          {pending ? "Saving…" : "Update"}
        </button>
      </div>
      <FieldError messages={fieldErrors.note ?? fieldErrors.status} />
      <FormError error={error} />
    </form>
  );
}
