import type { FlagMark, FlagReason, GroupFlags } from "../editors/flag-labels";
import type { GroupView } from "./data";

/**
 * What editors decided about a row's discrepancies, and what follows from it for readers: which rows still count as
 * conflicts, the order of "conflicts first", and the order of the disagreement list. Pure: the flags are read by the
 * caller (lib/editors/flags.ts storyFlags), so the page, the exports and the permalink reach the same state.
 *
 * A verdict is a flag on the whole row, resolved, with a reason that judges the discrepancy: "contradiction
 * confirmed" confirms it; "not a contradiction" or "extraction error" dismisses it. An open flag is a question, not
 * an answer, and "reviewed, no action" leaves the machine's finding as it was; a flag on one outlet's cell speaks for
 * that outlet, not for the row. When a row has several verdicts, the one changed last stands.
 */

export type VerdictState = "confirmed" | "dismissed" | "open";

export interface RowVerdict {
  state: VerdictState;
  /** The reason of the deciding flag; null while no verdict stands. */
  reason: FlagReason | null;
  /** A flag on the row (or one of its cells) is still open: editors are looking at it. */
  underReview: boolean;
}

const DISMISSING: ReadonlySet<FlagReason> = new Set(["not-a-contradiction", "extraction-error"]);

export const NO_VERDICT: RowVerdict = { state: "open", reason: null, underReview: false };

export function rowVerdict(flags: Pick<GroupFlags, "row" | "cells"> | undefined): RowVerdict {
  return flags ? verdictOfFlags([...flags.row, ...[...flags.cells.values()].flat()]) : NO_VERDICT;
}

/** The verdict from a row's flags as one list (its cells' too, which only count as under review). */
export function verdictOfFlags(
  flags: Array<Pick<FlagMark, "articleId" | "reason" | "status" | "updatedAt">>,
): RowVerdict {
  let decided: (typeof flags)[number] | null = null;
  for (const f of flags) {
    if (f.articleId !== null || f.status !== "resolved") continue;
    if (f.reason !== "contradiction-confirmed" && !DISMISSING.has(f.reason)) continue;
    if (!decided || f.updatedAt.getTime() > decided.updatedAt.getTime()) decided = f;
  }
  const underReview = flags.some((f) => f.status === "open");
  if (!decided) return underReview ? { ...NO_VERDICT, underReview } : NO_VERDICT;
  return {
    state: decided.reason === "contradiction-confirmed" ? "confirmed" : "dismissed",
    reason: decided.reason,
    underReview,
  };
}

/** The verdict of every row, by id, from a story's flags. */
export function verdictsOf(flags: Map<string, GroupFlags>): (groupId: string) => RowVerdict {
  const memo = new Map<string, RowVerdict>();
  return (id) => {
    let v = memo.get(id);
    if (!v) memo.set(id, (v = rowVerdict(flags.get(id))));
    return v;
  };
}

/** A row counts as a conflict when the analysis found a discrepancy in it and editors have not dismissed it. */
export function isLiveConflict(group: Pick<GroupView, "discrepancies">, verdict: RowVerdict): boolean {
  return group.discrepancies.length > 0 && verdict.state !== "dismissed";
}

/** How many rows count as conflicts: the story's "with discrepancies" figure. */
export function conflictRows(
  groups: Array<Pick<GroupView, "id" | "discrepancies">>,
  verdictOf: (groupId: string) => RowVerdict,
): number {
  return groups.filter((g) => isLiveConflict(g, verdictOf(g.id))).length;
}

/**
 * "Conflicts first": confirmed conflicts, then the other live conflicts, both in the analysis' order (by how many
 * discrepancies, then how many outlets); then every other row. A dismissed row joins the rows without conflict, placed
 * as the analysis places those (by how many outlets carry it), ahead of rows of equal coverage.
 */
export function conflictsFirst<G extends Pick<GroupView, "id" | "discrepancies" | "coverage">>(
  rows: G[],
  verdictOf: (groupId: string) => RowVerdict,
): G[] {
  const confirmed: G[] = [];
  const live: G[] = [];
  const dismissed: G[] = [];
  const rest: G[] = [];
  for (const g of rows) {
    const v = verdictOf(g.id);
    if (isLiveConflict(g, v)) (v.state === "confirmed" ? confirmed : live).push(g);
    else (g.discrepancies.length ? dismissed : rest).push(g);
  }
  const carried = (g: G) => g.coverage.articles.length;
  for (const d of dismissed) {
    const at = rest.findIndex((g) => g.discrepancies.length === 0 && carried(g) <= carried(d));
    rest.splice(at < 0 ? rest.length : at, 0, d);
  }
  return [...confirmed, ...live, ...rest];
}

/** One line of "Where they disagree": a discrepancy with its row and what editors decided about the row. */
export interface Disagreement {
  groupId: string;
  /** The discrepancy's place in its row. */
  index: number;
  kind: GroupView["discrepancies"][number]["kind"];
  /** What its values measure, from the analysis' basis ("time" for times of day); null when it gives none. */
  basis: { measure?: string } | null;
  /** What it is about ("Date of Amir Hatami's visit"); null for rows stored before the analysis named subjects. */
  subject: string | null;
  detail: string;
  values: Array<{ value: string; articles: string[] }>;
  confidence: number | null;
  /** Distinct outlets stating one of the values. */
  outlets: number;
  /** The row's place in the analysis' order (ties keep it). */
  position: number;
  verdict: RowVerdict;
}

/**
 * Strongest first: editors' confirmations, then the analysis's confidence (a discrepancy stored without one ranks
 * below every scored one), then how many outlets disagree, then the analysis' own order.
 */
export function compareDisagreements(a: Disagreement, b: Disagreement): number {
  const confirmed = (d: Disagreement) => (d.verdict.state === "confirmed" ? 0 : 1);
  return (
    confirmed(a) - confirmed(b) ||
    (b.confidence ?? -1) - (a.confidence ?? -1) ||
    b.outlets - a.outlets ||
    a.position - b.position ||
    a.index - b.index
  );
}

/** Every discrepancy of a story, split into what stands (strongest first) and what editors dismissed. */
export function disagreements(
  groups: GroupView[],
  verdictOf: (groupId: string) => RowVerdict,
): { standing: Disagreement[]; dismissed: Disagreement[] } {
  const all = groups.flatMap((g) =>
    g.discrepancies.map((d, index): Disagreement => ({
      groupId: g.id,
      index,
      kind: d.kind,
      basis: d.basis && { measure: d.basis.measure },
      subject: d.subject,
      detail: d.detail,
      values: d.values.map((v) => ({ value: v.value, articles: v.articles })),
      confidence: d.confidence,
      outlets: new Set(d.values.flatMap((v) => v.articles)).size,
      position: g.position,
      verdict: verdictOf(g.id),
    })),
  );
  all.sort(compareDisagreements);
  return {
    standing: all.filter((d) => d.verdict.state !== "dismissed"),
    dismissed: all.filter((d) => d.verdict.state === "dismissed"),
  };
}
