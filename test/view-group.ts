/** A claim row of two outlets at odds over a date, for the tests of the matrix view and of what a row shows. */
import type { GroupView } from "../lib/stories/data";

export const text = "Hatami visited Damascus on Saturday for talks.";
export const group = (over: Partial<GroupView> = {}): GroupView => ({
  id: "g1",
  subject: null,
  kind: "claim",
  position: 0,
  soleSource: false,
  coverage: { articles: ["a", "b", "c"], independent: 3, copies: [] },
  cells: [
    { claimId: "c1", articleId: "a", start: 100, end: 100 + text.length, text },
    { claimId: "c2", articleId: "b", start: 0, end: 20, text: "He went on Sunday xx" },
  ],
  discrepancies: [
    {
      kind: "date",
      detail: "dated Saturday (A) vs Sunday (B)",
      diff: null,
      subject: null,
      confidence: null,
      basis: null,
      values: [
        { value: "Saturday", articles: ["a"], claims: ["c1"], spans: [{ claim: "c1", start: 127, end: 135 }] },
        { value: "Sunday", articles: ["b", "c"], claims: ["c2"], spans: [{ claim: "c2", start: 11, end: 17 }] },
      ],
    },
  ],
  ...over,
});
