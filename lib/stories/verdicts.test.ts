import { describe, expect, it } from "vitest";
import type { FlagMark, FlagReason, FlagStatus, GroupFlags } from "../editors/flag-labels";
import type { GroupView } from "./data";
import {
  compareDisagreements,
  conflictsFirst,
  disagreements,
  isLiveConflict,
  NO_VERDICT,
  rowVerdict,
  verdictsOf,
  type Disagreement,
  type RowVerdict,
} from "./verdicts";

const day = (n: number) => new Date(Date.UTC(2026, 11, n));
const flag = (reason: FlagReason, status: FlagStatus, updated = 1, articleId: string | null = null): FlagMark => ({
  id: `${reason}-${status}-${updated}-${articleId}`,
  articleId,
  reason,
  status,
  updatedAt: day(updated),
});
const flagsOf = (marks: FlagMark[]): GroupFlags => ({
  row: marks.filter((m) => !m.articleId),
  cells: new Map(marks.filter((m) => m.articleId).map((m) => [m.articleId!, [m]])),
});

describe("rowVerdict", () => {
  const cases: Array<{ name: string; flags: FlagMark[] | undefined; want: RowVerdict }> = [
    { name: "no flags: no verdict", flags: undefined, want: NO_VERDICT },
    {
      name: "an open flag is a question, not a verdict",
      flags: [flag("not-a-contradiction", "open")],
      want: { state: "open", reason: null, underReview: true },
    },
    {
      name: "resolved as not a contradiction: dismissed",
      flags: [flag("not-a-contradiction", "resolved")],
      want: { state: "dismissed", reason: "not-a-contradiction", underReview: false },
    },
    {
      name: "resolved as an extraction error: dismissed",
      flags: [flag("extraction-error", "resolved")],
      want: { state: "dismissed", reason: "extraction-error", underReview: false },
    },
    {
      name: "resolved as a confirmed contradiction: confirmed",
      flags: [flag("contradiction-confirmed", "resolved")],
      want: { state: "confirmed", reason: "contradiction-confirmed", underReview: false },
    },
    {
      name: "reviewed with no action leaves the finding standing",
      flags: [flag("not-a-contradiction", "reviewed-no-action")],
      want: NO_VERDICT,
    },
    {
      name: "reasons that do not judge the discrepancy are no verdict",
      flags: [flag("misattributed", "resolved"), flag("needs-review", "resolved")],
      want: NO_VERDICT,
    },
    {
      name: "a flag on one outlet's cell speaks for that outlet, not the row",
      flags: [flag("extraction-error", "resolved", 1, "a")],
      want: NO_VERDICT,
    },
    {
      name: "the verdict changed last stands",
      flags: [flag("not-a-contradiction", "resolved", 2), flag("contradiction-confirmed", "resolved", 5)],
      want: { state: "confirmed", reason: "contradiction-confirmed", underReview: false },
    },
    {
      name: "a verdict with another flag still open: decided, and under review",
      flags: [flag("contradiction-confirmed", "resolved", 5), flag("needs-review", "open", 6, "b")],
      want: { state: "confirmed", reason: "contradiction-confirmed", underReview: true },
    },
  ];
  for (const c of cases) it(c.name, () => expect(rowVerdict(c.flags && flagsOf(c.flags))).toEqual(c.want));
});

type Row = GroupView;
const discrepancy = (
  over: Partial<GroupView["discrepancies"][number]> & { outlets?: string[][] } = {},
): GroupView["discrepancies"][number] => ({
  kind: "date",
  detail: "dated Saturday vs Sunday",
  values: (over.outlets ?? [["a"], ["b"]]).map((articles, i) => ({
    value: `v${i}`,
    articles,
    claims: [],
    spans: [],
  })),
  diff: null,
  basis: null,
  confidence: null,
  subject: null,
  ...over,
});
const row = (id: string, position: number, discrepancies: Row["discrepancies"], carriers = 2): Row => ({
  id,
  kind: "claim",
  position,
  soleSource: carriers === 1,
  coverage: { articles: ["a", "b", "c", "d", "e"].slice(0, carriers), independent: carriers, copies: [] },
  subject: null,
  cells: [],
  discrepancies,
});
const verdictMap = (entries: Record<string, FlagMark[]>) =>
  verdictsOf(new Map(Object.entries(entries).map(([id, marks]) => [id, flagsOf(marks)])));

describe("isLiveConflict", () => {
  const conflict = row("c", 0, [discrepancy()]);
  const agree = row("a", 1, []);
  const cases: Array<{ name: string; row: Row; verdict: RowVerdict; want: boolean }> = [
    { name: "a discrepancy without verdict", row: conflict, verdict: NO_VERDICT, want: true },
    {
      name: "a confirmed one",
      row: conflict,
      verdict: { state: "confirmed", reason: "contradiction-confirmed", underReview: false },
      want: true,
    },
    {
      name: "a dismissed one",
      row: conflict,
      verdict: { state: "dismissed", reason: "not-a-contradiction", underReview: false },
      want: false,
    },
    {
      name: "a row without discrepancy, whatever its flags",
      row: agree,
      verdict: { state: "confirmed", reason: "contradiction-confirmed", underReview: false },
      want: false,
    },
  ];
  for (const c of cases) it(c.name, () => expect(isLiveConflict(c.row, c.verdict)).toBe(c.want));
});

describe("conflictsFirst", () => {
  // The analysis' order: conflicts, then by how many outlets carry a row.
  const rows = [
    row("c1", 0, [discrepancy(), discrepancy()], 4),
    row("c2", 1, [discrepancy()], 3),
    row("c3", 2, [discrepancy()], 2),
    row("r4", 3, [], 5),
    row("r3", 4, [], 3),
    row("r2", 5, [], 2),
    row("s1", 6, [], 1),
  ];
  const cases: Array<{ name: string; flags: Record<string, FlagMark[]>; want: string[] }> = [
    { name: "no verdicts: the analysis' order", flags: {}, want: ["c1", "c2", "c3", "r4", "r3", "r2", "s1"] },
    {
      name: "a confirmed row leads",
      flags: { c3: [flag("contradiction-confirmed", "resolved")] },
      want: ["c3", "c1", "c2", "r4", "r3", "r2", "s1"],
    },
    {
      name: "a dismissed row leaves the conflicts, placed by its coverage ahead of equal rows",
      flags: { c1: [flag("not-a-contradiction", "resolved")] },
      want: ["c2", "c3", "r4", "c1", "r3", "r2", "s1"],
    },
    {
      name: "an extraction error likewise: ahead of the first row carried by as few outlets",
      flags: { c3: [flag("extraction-error", "resolved")], r2: [] },
      want: ["c1", "c2", "r4", "r3", "c3", "r2", "s1"],
    },
    {
      name: "an open flag moves nothing",
      flags: { c3: [flag("contradiction-confirmed", "open")], c1: [flag("not-a-contradiction", "open")] },
      want: ["c1", "c2", "c3", "r4", "r3", "r2", "s1"],
    },
  ];
  for (const c of cases)
    it(c.name, () => expect(conflictsFirst(rows, verdictMap(c.flags)).map((g) => g.id)).toEqual(c.want));
});

describe("disagreements", () => {
  const d = (over: Partial<Disagreement>): Disagreement => ({
    groupId: "g",
    index: 0,
    kind: "date",
    basis: null,
    subject: null,
    detail: "",
    values: [],
    confidence: 0.5,
    outlets: 2,
    position: 0,
    verdict: NO_VERDICT,
    ...over,
  });
  const confirmed: RowVerdict = { state: "confirmed", reason: "contradiction-confirmed", underReview: false };
  const cases: Array<{ name: string; a: Disagreement; b: Disagreement; first: "a" | "b" }> = [
    {
      name: "editors' confirmation beats confidence",
      a: d({ confidence: 0.9 }),
      b: d({ confidence: 0.2, verdict: confirmed }),
      first: "b",
    },
    { name: "then confidence", a: d({ confidence: 0.4 }), b: d({ confidence: 0.8 }), first: "b" },
    { name: "a stored confidence beats none", a: d({ confidence: null }), b: d({ confidence: 0.1 }), first: "b" },
    {
      name: "then how many outlets disagree",
      a: d({ outlets: 4 }),
      b: d({ outlets: 2 }),
      first: "a",
    },
    { name: "then the analysis' order", a: d({ position: 3 }), b: d({ position: 1 }), first: "b" },
  ];
  for (const c of cases)
    it(c.name, () => {
      const sorted = [c.a, c.b].sort(compareDisagreements);
      expect(sorted[0]).toBe(c.first === "a" ? c.a : c.b);
    });

  it("lists every discrepancy of the story, strongest first, dismissed ones apart", () => {
    const groups = [
      row("g1", 0, [discrepancy({ confidence: 0.6, subject: "Date of the visit", outlets: [["a", "b"], ["c"]] })], 3),
      row("g2", 1, [discrepancy({ confidence: 0.9, kind: "number" }), discrepancy({ confidence: 0.3 })], 2),
      row("g3", 2, [discrepancy({ confidence: 0.95 })], 2),
      row("g4", 3, [], 5),
    ];
    const { standing, dismissed } = disagreements(
      groups,
      verdictMap({ g1: [flag("contradiction-confirmed", "resolved")], g3: [flag("not-a-contradiction", "resolved")] }),
    );
    expect(standing.map((x) => `${x.groupId}/${x.index}`)).toEqual(["g1/0", "g2/0", "g2/1"]);
    expect(standing[0]).toMatchObject({
      subject: "Date of the visit",
      outlets: 3,
      values: [
        { value: "v0", articles: ["a", "b"] },
        { value: "v1", articles: ["c"] },
      ],
      verdict: { state: "confirmed" },
    });
    expect(dismissed.map((x) => x.groupId)).toEqual(["g3"]);
  });
});
