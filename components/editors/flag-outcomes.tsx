import { REASON_LABEL, STATUS_LABEL, type FlagReason, type FlagStatus } from "@/lib/editors/flag-labels";
// clsx, not cn: see components/value-mark.tsx.
import { clsx } from "clsx";
import { UtcTime } from "@/components/utc-time";

export interface PublicFlag {
  id: string;
  articleId: string | null;
  reason: FlagReason;
  status: FlagStatus;
  updatedAt: Date;
}

const tone = (f: Pick<PublicFlag, "status" | "reason">) =>
  f.status === "open"
    ? "bg-sole-soft text-ink"
    : f.reason === "contradiction-confirmed"
      ? "bg-conflict-soft text-conflict"
      : "bg-line text-ink";

/** A flag's public face: reason and status. Editors' notes and names are never part of it. */
export function FlagBadge({ flag, className }: { flag: Pick<PublicFlag, "status" | "reason">; className?: string }) {
  return (
    <span
      className={clsx("inline-block rounded px-1.5 py-0.5 text-xs font-medium", tone(flag), className)}
      data-flag-status={flag.status}
    >
      <span aria-hidden>⚑ </span>
      {REASON_LABEL[flag.reason]} <span className="font-normal">· {STATUS_LABEL[flag.status]}</span>
    </span>
  );
}

/** Editors' standing verdict on a row's discrepancies: the same mark in the matrix, the list and the permalink. */
export function VerdictMark({ verdict }: { verdict: "confirmed" | "dismissed" }) {
  return verdict === "confirmed" ? (
    <span className="inline-block rounded bg-conflict px-1.5 py-0.5 text-xs font-semibold text-white">
      <span aria-hidden>✓ </span>Confirmed by editors
    </span>
  ) : (
    <span className="inline-block rounded bg-line px-1.5 py-0.5 text-xs font-medium text-ink">
      Dismissed by editors
    </span>
  );
}

/** What editors decided about this row, for everyone. */
export function FlagOutcomes({ flags, labelOf }: { flags: PublicFlag[]; labelOf: (articleId: string) => string }) {
  if (!flags.length) return null;
  return (
    <section aria-labelledby="review-title" className="space-y-2 rounded-lg border border-line bg-white p-4">
      <h2 id="review-title" className="font-semibold">
        Editors&apos; review
      </h2>
      <ul className="space-y-1.5 text-sm">
        {flags.map((f) => (
          <li key={f.id} className="flex flex-wrap items-center gap-2">
            <FlagBadge flag={f} />
            <span className="text-muted">
              {f.articleId ? `on ${labelOf(f.articleId)}'s version` : "on the whole row"} ·{" "}
              <UtcTime date={f.updatedAt} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
