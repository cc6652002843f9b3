import { createHash } from "node:crypto";
import type { Group } from "../analysis/analyze";
import type { CoverageJson, DiscrepancyBasisJson, DiscrepancyValueJson } from "./json";

// A story's rows as its write builds them from the analysis, and what the next write compares them with. Pure: the
// row builder and the plan of what to write are unit-tested without a database (story-rows.test.ts); the writer
// (./mutations/write-rows.ts) runs the plan.

export const ROW_WRITES = {
  /**
   * A changed row with more members than this is updated in place, its members written only where they changed;
   * with fewer it is rewritten whole. An UPDATE costs 0.7-1.2 ms more than a row of a multi-row INSERT, as much as
   * inserting 40-55 members (SQLite and PostgreSQL, measured 2026-11).
   */
  updateMembers: 50,
};

/** One claim's place in a row: GroupClaim's columns but its row and claim. */
export interface Member {
  start: number;
  end: number;
  text: string;
  order: number;
}

/** ClaimGroup's columns that the analysis gives a row. */
export interface RowColumns {
  kind: string;
  position: number;
  soleSource: boolean;
  coverage: CoverageJson;
  subject: string | null;
}

/** Discrepancy's columns but its id and row. */
export interface DiscrepancyColumns {
  kind: string;
  detail: string;
  order: number;
  diff: unknown;
  basis: DiscrepancyBasisJson | null;
  confidence: number | null;
  subject: string | null;
  values: DiscrepancyValueJson[];
}

/**
 * An active row about to be written: its columns, its members by claim id and its discrepancies, with the digests
 * the next write compares. The digests take every column (the row's but its position, which is compared alone), so a
 * column added here is compared, and written when it changes, with nothing else to keep in step.
 */
export interface RowToWrite {
  id: string;
  columns: RowColumns;
  rowKey: string;
  members: Map<string, Member>;
  discrepancies: DiscrepancyColumns[];
  discrepanciesKey: string;
}

/** An active row as this process last stored it: what the next write compares against (digests, not its JSON). */
export interface StoredRow {
  position: number;
  rowKey: string;
  members: Map<string, Member>;
  discrepanciesKey: string;
}

const digest = (v: unknown) => createHash("sha1").update(JSON.stringify(v)).digest("base64");

/** The story's articles in order, as the row builder names them: each article's id and its claims' ids by key. */
export type ArticleIds = ReadonlyArray<{ id: string; claimIds: ReadonlyMap<string, string> }>;

/** The rows of an analysis, each under the id given to it (`ids`, by position), articles and claims named by id. */
export function buildRows(groups: Group[], ids: readonly string[], articles: ArticleIds): RowToWrite[] {
  const articleId = (index: number) => articles[index]!.id;
  const claimId = (index: number, key: string) => articles[index]!.claimIds.get(key)!;
  return groups.map((g, position): RowToWrite => {
    const columns: RowColumns = {
      kind: g.kind,
      position,
      soleSource: g.coverage.soleSource,
      coverage: {
        articles: g.coverage.articles.map(articleId),
        independent: g.coverage.independent,
        copies: g.coverage.copies.map((c) => ({ article: articleId(c.article), of: articleId(c.of) })),
      },
      subject: g.subject ?? null,
    };
    // A fact row can list one claim twice (two clauses); the first clause is the one shown.
    const members = new Map<string, Member>();
    g.claims.forEach((c, order) => {
      const claim = claimId(c.article, c.key);
      if (!members.has(claim)) members.set(claim, { start: c.start, end: c.end, text: c.text, order });
    });
    const discrepancies = g.discrepancies.map((d, order): DiscrepancyColumns => {
      const inGroup = (key: string) => g.claims.filter((c) => c.key === key).map((c) => claimId(c.article, c.key));
      return {
        kind: d.kind,
        detail: d.detail,
        order,
        diff: d.diff ?? null,
        basis: d.basis ?? null,
        confidence: d.confidence ?? null,
        subject: d.subject ?? null,
        values: d.values.map((v): DiscrepancyValueJson => ({
          value: v.value,
          articles: v.articles.map(articleId),
          claims: [...new Set(v.claims.flatMap(inGroup))],
          spans: v.spans.map((s) => ({ claim: claimId(s.article, s.claim), start: s.start, end: s.end })),
        })),
      };
    });
    const { position: _, ...compared } = columns;
    return {
      id: ids[position]!,
      columns,
      rowKey: digest(compared),
      members,
      discrepancies,
      discrepanciesKey: digest(discrepancies),
    };
  });
}

/** The rows as the write stores them, for the next write to compare with. */
export const storedRows = (rows: RowToWrite[]): Map<string, StoredRow> =>
  new Map(
    rows.map((r) => [
      r.id,
      { position: r.columns.position, rowKey: r.rowKey, members: r.members, discrepanciesKey: r.discrepanciesKey },
    ]),
  );

/** A member as GroupClaim stores it. */
export type MemberToWrite = Member & { groupId: string; claimId: string };

/** What a write of a story's rows does, in the order it does it (./mutations/write-rows.ts). */
export interface RowWrites {
  /** Rows stored whole, in multi-row INSERTs (deleted first where they exist). */
  written: RowToWrite[];
  /** Rows kept whose columns changed: an UPDATE each. */
  updated: RowToWrite[];
  /** Rows kept whose place alone changed (a row above them came or went): one UPDATE for them all. */
  moved: RowToWrite[];
  /** Rows deleted before writing: without `before`, every active row of the story goes, and these with them. */
  deleted: string[];
  /** Of each kept row, the members that left or whose clause changed. */
  membersOut: Array<{ rowId: string; claimIds: string[] }>;
  /** Every member of a written row, and of a kept row those that are new or changed. */
  membersIn: MemberToWrite[];
  /** Kept rows whose discrepancies changed: deleted, and written again with those of the written rows. */
  discrepanciesStale: RowToWrite[];
}

const sameMember = (a: Member | undefined, b: Member) =>
  !!a && (Object.keys(b) as Array<keyof Member>).every((k) => a[k] === b[k]);

/**
 * Which rows to write whole and which to keep, given `before`, the active rows as this process last wrote them.
 * Written: rows stored whole, in one statement. Kept: rows whose columns stay (but perhaps their place) or get an
 * UPDATE of their own, with their members and discrepancies written only where they changed. A row a new article
 * joined has its coverage changed: it is written whole unless it has so many members that an UPDATE and the few
 * members that changed cost less (a story of a few dozen articles has most of its rows changed by each article).
 * Without `before`, every row is written whole.
 */
export function planRowWrites(rows: RowToWrite[], before?: ReadonlyMap<string, StoredRow>): RowWrites {
  const written: RowToWrite[] = [];
  const kept: Array<{ r: RowToWrite; old: StoredRow }> = [];
  for (const r of rows) {
    const old = before?.get(r.id);
    if (!old || (old.rowKey !== r.rowKey && r.members.size <= ROW_WRITES.updateMembers)) written.push(r);
    else kept.push({ r, old });
  }
  const current = new Set(rows.map((r) => r.id));
  const membersIn: MemberToWrite[] = [];
  for (const r of written) for (const [claimId, m] of r.members) membersIn.push({ groupId: r.id, claimId, ...m });
  const membersOut = kept.map(({ r, old }) => {
    for (const [claimId, m] of r.members)
      if (!sameMember(old.members.get(claimId), m)) membersIn.push({ groupId: r.id, claimId, ...m });
    return {
      rowId: r.id,
      claimIds: [...old.members].filter(([c, m]) => !sameMember(r.members.get(c), m)).map(([c]) => c),
    };
  });
  return {
    written,
    updated: kept.filter(({ r, old }) => old.rowKey !== r.rowKey).map(({ r }) => r),
    moved: kept
      .filter(({ r, old }) => old.rowKey === r.rowKey && old.position !== r.columns.position)
      .map(({ r }) => r),
    deleted: before
      ? [...[...before.keys()].filter((id) => !current.has(id)), ...written.map((r) => r.id)]
      : rows.map((r) => r.id),
    membersOut,
    membersIn,
    discrepanciesStale: kept.filter(({ r, old }) => old.discrepanciesKey !== r.discrepanciesKey).map(({ r }) => r),
  };
}
