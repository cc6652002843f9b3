/** Flag reasons, statuses and their labels, and the flag state a matrix row shows: no server imports, so client and matrix components can use them. */
export const FLAG_REASONS = [
  "contradiction-confirmed",
  "not-a-contradiction",
  "extraction-error",
  "misattributed",
  "needs-review",
] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];
export const REASON_LABEL: Record<FlagReason, string> = {
  "contradiction-confirmed": "Contradiction confirmed",
  "not-a-contradiction": "Not a contradiction",
  "extraction-error": "Extraction error",
  misattributed: "Misattributed",
  "needs-review": "Needs review",
};

export const FLAG_STATUSES = ["open", "resolved", "reviewed-no-action"] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];
export const STATUS_LABEL: Record<FlagStatus, string> = {
  open: "Open",
  resolved: "Resolved",
  "reviewed-no-action": "Reviewed, no action",
};

export interface FlagMark {
  id: string;
  reason: FlagReason;
  status: FlagStatus;
  articleId: string | null;
  updatedAt: Date;
}

export interface GroupFlags {
  row: FlagMark[];
  cells: Map<string, FlagMark[]>;
}

/** The flag state a row shows and filters on: open beats reviewed; no flag, none. */
export type FlagState = "open" | "reviewed" | null;
export function flagState(flags: GroupFlags | undefined): FlagState {
  if (!flags) return null;
  const all = [...flags.row, ...[...flags.cells.values()].flat()];
  if (!all.length) return null;
  return all.some((f) => f.status === "open") ? "open" : "reviewed";
}
