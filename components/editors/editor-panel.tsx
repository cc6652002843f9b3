import { REASON_LABEL, STATUS_LABEL } from "@/lib/editors/flags";
import type { EditorTools } from "@/lib/editors/page-data";
import type { Viewer } from "@/lib/editors/session";
import type { ClaimGroupPage } from "@/lib/stories/data";
import { FlagBadge } from "./flag-outcomes";
import { FlagForm, FlagStatusForm } from "./flag-forms";
import { DismissFactButton, MergeForm, SplitButton, UndoButton } from "./grouping-forms";
import { UtcTime } from "@/components/utc-time";

/**
 * An editor's tools for one row: flags with their full history and notes, and the grouping corrections (merge,
 * split, undo). Rendered only for an editor, with what the page read for it (editorToolsForPage,
 * lib/editors/page-data.ts); every action behind it checks the role again on the server.
 */
export function EditorPanel({ viewer, page, tools }: { viewer: Viewer; page: ClaimGroupPage; tools: EditorTools }) {
  const { group, story } = page;
  const labels = new Map(story.articles.map((a) => [a.id, a.label]));
  const labelOf = (a: string) => labels.get(a) ?? "an outlet";
  const outlets = story.articles
    .filter((a) => group.coverage.articles.includes(a.id))
    .map((a) => ({ id: a.id, label: a.label }));

  return (
    <section
      aria-labelledby="editor-title"
      className="space-y-6 rounded-lg border-2 border-dashed border-accent/40 bg-white p-4"
    >
      <div>
        <h2 id="editor-title" className="text-xl font-semibold">
          Editor tools
        </h2>
        <p className="text-sm text-muted">
          Signed in as {viewer.email} ({viewer.role}). Notes and names here are never shown to readers.
        </p>
      </div>
      <FlagTools group={group} flags={tools.flags} outlets={outlets} labelOf={labelOf} />
      <GroupingTools group={group} tools={tools} labelOf={labelOf} />
    </section>
  );
}

type Group = ClaimGroupPage["group"];
type Flag = EditorTools["flags"][number];
type Override = EditorTools["overrides"][number];
type LabelOf = (articleId: string) => string;

/** The row's flags with their full history and notes, and the form that raises another. */
function FlagTools({
  group,
  flags,
  outlets,
  labelOf,
}: {
  group: Group;
  flags: Flag[];
  outlets: Array<{ id: string; label: string }>;
  labelOf: LabelOf;
}) {
  return (
    <div className="space-y-3">
      <h3 className="font-semibold">Flags</h3>
      {flags.length > 0 && (
        <ul className="space-y-4">
          {flags.map((f) => (
            <FlagItem key={f.id} flag={f} labelOf={labelOf} />
          ))}
        </ul>
      )}
      <details className="rounded border border-line p-3" open={flags.length === 0}>
        <summary className="cursor-pointer text-sm font-medium">Flag this claim</summary>
        <div className="pt-3">
          <FlagForm groupId={group.id} outlets={outlets} />
        </div>
      </details>
    </div>
  );
}

function FlagItem({ flag: f, labelOf }: { flag: Flag; labelOf: LabelOf }) {
  return (
    <li className="space-y-2 rounded border border-line p-3" data-flag={f.id}>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <FlagBadge flag={f} />
        <span className="text-muted">{f.articleId ? `${labelOf(f.articleId)}'s version` : "whole row"}</span>
      </p>
      <ol className="space-y-1 border-l-2 border-line pl-3 text-sm" aria-label="History">
        {f.events.map((e) => (
          <li key={e.id}>
            <span className="font-medium">{e.actor.name}</span>{" "}
            {e.action === "opened"
              ? `flagged it: ${REASON_LABEL[f.reason]}`
              : e.action === "status"
                ? `set it to ${STATUS_LABEL[e.status as keyof typeof STATUS_LABEL]}`
                : "added a note"}
            <span className="text-muted">
              {" "}
              · <UtcTime date={e.at} withTime />
            </span>
            {e.note && <q className="mt-0.5 block whitespace-pre-line text-muted">{e.note}</q>}
          </li>
        ))}
      </ol>
      <FlagStatusForm flagId={f.id} status={f.status} />
    </li>
  );
}

/** The grouping corrections: merge, split (or take a statement out of a fact), dismiss a fact row, and undo. */
function GroupingTools({ group, tools, labelOf }: { group: Group; tools: EditorTools; labelOf: LabelOf }) {
  const { rows, overrides } = tools;
  const sentences = new Set(group.cells.map((c) => c.claimId));
  // A dismissed fact row has no page of its own: its dismissal is listed on the claim rows of its two sentences.
  // A statement taken out of a fact row: listed on that row while it is built, and on the statement's claim row.
  const here = overrides.filter((o) =>
    o.kind === "dismiss"
      ? group.kind === "claim" && (sentences.has(o.claimId) || (!!o.targetClaimId && sentences.has(o.targetClaimId)))
      : o.kind === "leave"
        ? o.groupId === group.id || (group.kind === "claim" && sentences.has(o.claimId))
        : o.groupId === group.id || o.targetGroupId === group.id,
  );
  return (
    <div className="space-y-3">
      <h3 className="font-semibold">Grouping</h3>
      <p className="text-sm text-muted">
        Corrections here are kept when new articles arrive and the story is analysed again.
      </p>
      {group.kind === "claim" && rows.length > 0 && (
        <MergeForm groupId={group.id} rows={rows.map((r) => ({ id: r.id, text: r.claims[0]?.text ?? r.id }))} />
      )}
      {group.kind === "claim" && group.cells.length > 1 && (
        <ul className="space-y-2">
          {group.cells.map((c) => (
            <StatementItem key={c.claimId} group={group} cell={c} labelOf={labelOf} />
          ))}
        </ul>
      )}
      {group.kind !== "claim" && <FactTools group={group} labelOf={labelOf} />}
      {here.length > 0 && (
        <ul className="space-y-1 text-sm" aria-label="Corrections on this row">
          {here.map((o) => (
            <CorrectionItem key={o.id} override={o} group={group} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** A fact row's own corrections: take one outlet's statement out, or dismiss the row. */
function FactTools({ group, labelOf }: { group: Group; labelOf: LabelOf }) {
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted">
        A fact row is built from the claim rows&apos; sentences, so it cannot be merged. If one outlet&apos;s statement
        is about another fact (another event&apos;s toll, another person&apos;s age), take it out: the row is built from
        the others, and the statement stays in its claim row. If the clauses do not state one fact at all, dismiss the
        row: it leaves the matrix, the counts and the exports, and its link stops working. Both are listed, with an
        undo, on the row of the statement.
      </p>
      {group.cells.length > 1 && (
        <ul className="space-y-2" aria-label="Statements of this fact">
          {group.cells.map((c) => (
            <StatementItem key={c.claimId} group={group} cell={c} labelOf={labelOf} fact />
          ))}
        </ul>
      )}
      <DismissFactButton groupId={group.id} />
    </div>
  );
}

/** One outlet's sentence of the row, with the button that splits it off (or takes it out of a fact). */
function StatementItem({
  group,
  cell: c,
  labelOf,
  fact,
}: {
  group: Group;
  cell: Group["cells"][number];
  labelOf: LabelOf;
  fact?: true;
}) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 rounded border border-line p-2 text-sm">
      <span className="min-w-0 flex-1">
        <span className="font-medium">{labelOf(c.articleId)}:</span>{" "}
        <span className="text-muted">{c.text.length > 140 ? `${c.text.slice(0, 139)}…` : c.text}</span>
      </span>
      <SplitButton groupId={group.id} claimId={c.claimId} outlet={labelOf(c.articleId)} fact={fact} />
    </li>
  );
}

function CorrectionItem({ override: o, group }: { override: Override; group: Group }) {
  return (
    <li className="flex flex-wrap items-center gap-2">
      <span>
        {correctionLabel(o, group)} by {o.createdBy.name} · <UtcTime date={o.createdAt} withTime />
      </span>
      {o.undoneAt ? (
        <span className="text-muted">
          (undone <UtcTime date={o.undoneAt} withTime />)
        </span>
      ) : (
        <UndoButton overrideId={o.id} what={o.kind} />
      )}
    </li>
  );
}

function correctionLabel(o: Override, group: Group): string {
  return o.kind === "merge"
    ? "Merged a row into this one"
    : o.kind === "dismiss"
      ? "Dismissed a fact row built on this row's sentence"
      : o.kind === "leave"
        ? o.groupId === group.id
          ? `Took ${o.claim?.outlet ?? "an outlet"}'s statement out of this fact`
          : "Took this row's statement out of a fact row"
        : o.groupId === group.id
          ? "Moved a claim out of this row"
          : "Moved here from another row";
}
