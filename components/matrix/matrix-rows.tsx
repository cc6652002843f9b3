"use client";

import type { FlagReason, FlagStatus, FlagState } from "@/lib/editors/flag-labels";
import type { Segment } from "@/lib/stories/row-values";
import { HighlightedText } from "@/components/value-mark";
import { KindBadge, SoleSourceBadge, SplitList, type SplitListPart } from "@/components/split-summary";
import { FlagBadge, VerdictMark } from "@/components/editors/flag-outcomes";
import { FlagInPlace } from "@/components/editors/flag-in-place";

/**
 * The matrix's rows, drawn from compact data (components/matrix/matrix.tsx builds it). A server component's output
 * travels twice, as HTML and again as the React payload that hydrates it, and a cell's payload (element tree, class
 * names, keys, its outlet's id twice) was about twice its HTML. Drawn here, the payload is the data: each cell's text
 * once and a few numbers, and a column is named once, not in every cell. Rows and their headers take one short class
 * each (app/globals.css) rather than the same utility lists in every row.
 */

/** A run of a cell's text: plain, or a value that differs across the row as [text, colour] or [text, colour, value]. */
export type SegmentData = string | [text: string, colour: number, value?: string];

export interface FlagData {
  id: string;
  reason: FlagReason;
  status: FlagStatus;
}

/** An outlet's version of the claim; null where the outlet does not mention it. */
export interface CellData {
  paras: SegmentData[][];
  flags?: FlagData[];
  /** The outlet it reprints word for word. */
  copyOf?: string;
}

export interface RowData {
  id: string;
  /** What the row is about, in a line (lib/stories/permalink.ts rowHeadline). */
  headline: string;
  /** The headline is the row's own leading words, not a subject the analysis named. */
  words?: true;
  conflict: boolean;
  /** Editors' verdict on the row's discrepancies, when one stands (lib/stories/verdicts.ts). */
  verdict?: "confirmed" | "dismissed";
  sole: boolean;
  fact: boolean;
  flag: FlagState;
  /** The badges of its discrepancies' kinds (row-values.ts kindLabel), each once. */
  kinds: string[];
  flags: FlagData[];
  splits: Array<{ parts: SplitListPart[]; more: number }>;
  /** Quote splits' differing words in context: [op, text], -1 only in the first wording, 1 only in the second. */
  diffs: Array<Array<[number, string]>>;
  /** "3 of 5 outlets · 1 word-for-word copy", or "Only Reuters carries this". */
  coverage: string;
  /** The outlets that leave the claim out, for a phone's card (which has no empty cells). */
  missing: string | null;
  /** One per column. */
  cells: Array<CellData | null>;
}

const segment = (s: SegmentData): Segment =>
  typeof s === "string" ? { text: s } : { text: s[0], colour: s[1], value: s[2] ?? s[0] };

export function MatrixRows({
  columns,
  rows,
  focusId,
  focusRow,
}: {
  columns: Column[];
  rows: RowData[];
  focusId: string | null;
  focusRow: number;
}) {
  return (
    <tbody className="max-md:block max-md:space-y-4">
      {rows.map((g, row) => (
        <MatrixRow
          key={g.id}
          data={g}
          index={row}
          columns={columns}
          focused={focusId === g.id}
          tabbable={row === focusRow}
        />
      ))}
    </tbody>
  );
}

type Column = { id: string; label: string };

/** One claim row: its header (what it is about, badges, splits, wording diffs, links) and a cell per column. */
function MatrixRow({
  data: g,
  index: row,
  columns,
  focused,
  tabbable,
}: {
  data: RowData;
  index: number;
  columns: Column[];
  focused: boolean;
  /** The row the grid's single tab stop is in (its first cell). */
  tabbable: boolean;
}) {
  const permalink = `/claims/${g.id}`;
  return (
    <tr
      id={`row-${g.id}`}
      data-row={row}
      aria-current={focused ? "true" : undefined}
      data-conflict={g.conflict || undefined}
      data-verdict={g.verdict}
      data-sole-source={g.sole || undefined}
      data-flag={g.flag ?? undefined}
      className="mx-tr"
    >
      <RowHeader g={g} columns={columns} permalink={permalink} />
      {columns.map((a, c) => (
        <MatrixCell key={c} g={g} column={a} row={row} col={c} tabbable={tabbable} permalink={permalink} />
      ))}
    </tr>
  );
}

function RowHeader({ g, columns, permalink }: { g: RowData; columns: Column[]; permalink: string }) {
  return (
    <th scope="row" className="mx-th">
      <p className={g.words ? "mx-words" : "mx-subject"} data-headline={g.words ? "words" : "subject"}>
        {g.headline}
      </p>
      <div className="mt-1 flex flex-wrap gap-1 empty:hidden">
        {g.kinds.map((k) => (
          <KindBadge key={k} label={k} className={g.verdict === "dismissed" ? "line-through" : undefined} />
        ))}
        {g.verdict && <VerdictMark verdict={g.verdict} />}
        {g.sole && <SoleSourceBadge />}
        {g.fact && (
          <span className="rounded bg-line px-1.5 py-0.5 text-xs text-muted">Same fact, different sentences</span>
        )}
        {g.flags.map((f) => (
          <FlagBadge key={f.id} flag={f} />
        ))}
      </div>
      {g.splits.map((s, i) => (
        <SplitList key={i} parts={s.parts} more={s.more} className="mt-1.5" />
      ))}
      {g.diffs.map((d, i) => (
        <WordingDiff key={i} diff={d} />
      ))}
      <p className="mt-1.5 text-xs text-muted">{g.coverage}</p>
      {g.missing && <p className="mt-1 text-xs text-muted md:hidden">{`Not mentioned by ${g.missing}`}</p>}
      <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1">
        <a href={permalink} className="mx-perma">
          Permalink<span className="sr-only"> to this claim</span>
        </a>
        {/* Editors only, drawn in the browser. One outlet's version can be flagged where its column is shown. */}
        <FlagInPlace groupId={g.id} subject={g.headline} outlets={columns.filter((_, c) => g.cells[c])} narrow />
      </div>
    </th>
  );
}

function WordingDiff({ diff }: { diff: Array<[number, string]> }) {
  return (
    <p className="mt-1.5 font-serif text-sm leading-snug">
      <span className="sr-only">Wording differs: </span>
      {diff.map(([op, text], k) =>
        op < 0 ? (
          <del key={k} className="rounded-sm bg-conflict-soft px-0.5 text-conflict">
            <span className="sr-only">[one wording: </span>
            {text}
            <span className="sr-only">]</span>
          </del>
        ) : op > 0 ? (
          <ins key={k} className="rounded-sm bg-value-4 px-0.5 no-underline">
            <span className="sr-only">[the other: </span>
            {text}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          text
        ),
      )}
    </p>
  );
}

function MatrixCell({
  g,
  column: a,
  row,
  col: c,
  tabbable,
  permalink,
}: {
  g: RowData;
  column: Column;
  row: number;
  col: number;
  tabbable: boolean;
  permalink: string;
}) {
  const cell = g.cells[c];
  const common = {
    "data-cell": "",
    "data-row": row,
    "data-col": c,
    tabIndex: tabbable && c === 0 ? 0 : -1,
  };
  // Plain <a>, not next/link: a large matrix holds thousands of cells.
  return cell ? (
    <td {...common} className={g.sole ? "mx-td mx-sole" : "mx-td"}>
      <span className="mx-label">{a.label}</span>
      {cell.paras.map((p, i) => (
        <p key={i}>
          <HighlightedText segments={p.map(segment)} />
        </p>
      ))}
      {cell.flags?.map((f) => (
        <FlagBadge key={f.id} flag={f} className="mt-1" />
      ))}
      <span className="mx-foot">
        {cell.copyOf && <span>{`Word-for-word as ${cell.copyOf}`}</span>}
        <a href={`${permalink}#outlet-${a.id}`} tabIndex={-1}>
          Compare<span className="sr-only">{` ${a.label}'s version`}</span>
        </a>
      </span>
    </td>
  ) : (
    <td {...common} className="mx-td mx-empty">
      Not mentioned<span className="sr-only">{` by ${a.label}`}</span>
    </td>
  );
}
