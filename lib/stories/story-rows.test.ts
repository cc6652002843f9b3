import { describe, expect, it } from "vitest";
import type { Group } from "../analysis/analyze";
import { buildRows, planRowWrites, ROW_WRITES, storedRows, type RowToWrite } from "./story-rows";

// Two articles, "a1" with claims k1 and k2, "a2" with k1.
const articles = [
  {
    id: "a1",
    claimIds: new Map([
      ["k1", "c1"],
      ["k2", "c2"],
    ]),
  },
  { id: "a2", claimIds: new Map([["k1", "c3"]]) },
];
const clause = (article: number, key: string, start = 0) => ({ article, key, start, end: start + 5, text: "text" });
const group = (over: Partial<Group> = {}): Group => ({
  id: "g",
  kind: "claim",
  claims: [clause(0, "k1"), clause(1, "k1")],
  discrepancies: [],
  coverage: { articles: [0, 1], missing: [], soleSource: false, independent: 2, copies: [] },
  ...over,
});
const date = {
  kind: "date" as const,
  detail: "Sunday or Monday",
  values: [
    { value: "Sunday", articles: [0], claims: ["k1"], spans: [{ article: 0, claim: "k1", start: 1, end: 7 }] },
    { value: "Monday", articles: [1], claims: ["k1"], spans: [{ article: 1, claim: "k1", start: 2, end: 8 }] },
  ],
};
const one = (g: Group, position = 0) =>
  buildRows([...Array<Group>(position).fill(group()), g], [], articles)[position]!;

describe("buildRows", () => {
  const cases: Array<{ name: string; groups: Group[]; ids: string[]; expected: Array<Partial<RowToWrite>> }> = [
    {
      name: "names articles and claims by id, each row under the id given to its position",
      groups: [group({ coverage: { ...group().coverage, copies: [{ article: 1, of: 0 }] } }), group({ kind: "fact" })],
      ids: ["r1", "r2"],
      expected: [
        {
          id: "r1",
          columns: {
            kind: "claim",
            position: 0,
            soleSource: false,
            coverage: { articles: ["a1", "a2"], independent: 2, copies: [{ article: "a2", of: "a1" }] },
            subject: null,
          },
          members: new Map([
            ["c1", { start: 0, end: 5, text: "text", order: 0 }],
            ["c3", { start: 0, end: 5, text: "text", order: 1 }],
          ]),
        },
        { id: "r2", columns: expect.objectContaining({ kind: "fact", position: 1 }) },
      ],
    },
    {
      name: "keeps the first clause of a claim a fact row lists twice",
      groups: [group({ kind: "fact", claims: [clause(0, "k1", 10), clause(0, "k1", 20), clause(1, "k1")] })],
      ids: ["f"],
      expected: [
        {
          members: new Map([
            ["c1", { start: 10, end: 15, text: "text", order: 0 }],
            ["c3", { start: 0, end: 5, text: "text", order: 2 }],
          ]),
        },
      ],
    },
    {
      name: "stores each discrepancy's values with the row's claims of that key, empty fields as null",
      groups: [group({ subject: "Date of the visit", discrepancies: [date] })],
      ids: ["d"],
      expected: [
        {
          columns: expect.objectContaining({ subject: "Date of the visit" }),
          discrepancies: [
            {
              kind: "date",
              detail: "Sunday or Monday",
              order: 0,
              diff: null,
              basis: null,
              confidence: null,
              subject: null,
              values: [
                { value: "Sunday", articles: ["a1"], claims: ["c1", "c3"], spans: [{ claim: "c1", start: 1, end: 7 }] },
                { value: "Monday", articles: ["a2"], claims: ["c1", "c3"], spans: [{ claim: "c3", start: 2, end: 8 }] },
              ],
            },
          ],
        },
      ],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const rows = buildRows(c.groups, c.ids, articles);
      expect(rows).toHaveLength(c.expected.length);
      c.expected.forEach((e, i) => expect(rows[i], `row ${i}`).toMatchObject(e));
    });
});

// Every column but the position is in the row's digest, so a change to any is written (AGENTS.md, "Row writes").
describe("a row's digest", () => {
  const digests: Array<{ name: string; other: RowToWrite; same: boolean }> = [
    { name: "its position alone", other: one(group(), 1), same: true },
    { name: "its kind", other: one(group({ kind: "fact" })), same: false },
    { name: "its subject", other: one(group({ subject: "Visit" })), same: false },
    { name: "its coverage", other: one(group({ coverage: { ...group().coverage, independent: 1 } })), same: false },
    {
      name: "its sole source",
      other: one(group({ coverage: { ...group().coverage, soleSource: true } })),
      same: false,
    },
  ];
  for (const d of digests)
    it(`${d.same ? "keeps" : "changes"} a row's digest when ${d.name} changes`, () => {
      expect(d.other.rowKey === one(group()).rowKey).toBe(d.same);
    });
});

describe("planRowWrites", () => {
  const rows = (groups: Group[], ids: string[]) => buildRows(groups, ids, articles);
  const before = storedRows(rows([group(), group({ discrepancies: [date] }), group()], ["r1", "r2", "r3"]));
  const summary = (r: ReturnType<typeof planRowWrites>) => ({
    written: r.written.map((x) => x.id),
    updated: r.updated.map((x) => x.id),
    moved: r.moved.map((x) => x.id),
    deleted: r.deleted,
    membersIn: r.membersIn.map((m) => `${m.groupId}/${m.claimId}`),
    membersOut: r.membersOut.filter((m) => m.claimIds.length),
    discrepanciesStale: r.discrepanciesStale.map((x) => x.id),
  });
  const none = {
    written: [],
    updated: [],
    moved: [],
    deleted: [],
    membersIn: [],
    membersOut: [],
    discrepanciesStale: [],
  };
  const cases: Array<{
    name: string;
    next: RowToWrite[];
    before?: typeof before;
    updateMembers?: number;
    plan: object;
  }> = [
    {
      name: "writes every row, after every active row, without what it last wrote",
      next: rows([group()], ["r1"]),
      plan: { ...none, written: ["r1"], deleted: ["r1"], membersIn: ["r1/c1", "r1/c3"] },
    },
    {
      name: "writes nothing when nothing changed",
      next: rows([group(), group({ discrepancies: [date] }), group()], ["r1", "r2", "r3"]),
      before,
      plan: none,
    },
    {
      name: "moves the rows below one that left, deletes it, and writes a new one whole",
      next: rows([group(), group(), group()], ["r1", "r3", "r4"]),
      before,
      plan: { ...none, written: ["r4"], moved: ["r3"], deleted: ["r2", "r4"], membersIn: ["r4/c1", "r4/c3"] },
    },
    {
      name: "rewrites a changed row of few members whole",
      next: rows([group({ subject: "Visit" }), group({ discrepancies: [date] }), group()], ["r1", "r2", "r3"]),
      before,
      plan: { ...none, written: ["r1"], deleted: ["r1"], membersIn: ["r1/c1", "r1/c3"] },
    },
    {
      name: "updates a changed row of many members in place, its members and discrepancies where they changed",
      next: rows(
        [group(), group({ subject: "Visit", claims: [clause(0, "k1"), clause(1, "k1", 3), clause(0, "k2")] }), group()],
        ["r1", "r2", "r3"],
      ),
      before,
      updateMembers: 0,
      plan: {
        ...none,
        updated: ["r2"],
        membersIn: ["r2/c3", "r2/c2"],
        membersOut: [{ rowId: "r2", claimIds: ["c3"] }],
        discrepanciesStale: ["r2"],
      },
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      ROW_WRITES.updateMembers = c.updateMembers ?? 50;
      try {
        expect(summary(planRowWrites(c.next, c.before))).toEqual(c.plan);
      } finally {
        ROW_WRITES.updateMembers = 50;
      }
    });
});
