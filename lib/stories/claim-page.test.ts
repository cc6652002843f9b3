import { describe, expect, it } from "vitest";
import type { Attribution } from "../analysis/attribution";
import type { ClaimGroupPage, GroupView } from "./data";
import { claimPageModel } from "./claim-page";
import { NO_VERDICT, verdictOfFlags } from "./verdicts";

// A fact row of a four-outlet story: three outlets give the toll (Wire B reprints Wire A word for word), one of them
// only in a clause of a longer sentence; Gazette D does not carry it.
const A = "Dead toll: 12 people died in the blast, police said.";
const B = "Dead toll: 12 people died in the blast, police said.";
const C = "The blast, which 14 people died in, shook the port on Monday.";
const C_CLAUSE = "which 14 people died in";
const cOffset = 100;
const cStart = cOffset + C.indexOf(C_CLAUSE);

const police: Attribution = { speaker: null, channel: { text: "police", key: null, named: false } };
const none: Attribution = { speaker: null, channel: null };

const group: GroupView = {
  id: "f-toll",
  kind: "fact",
  position: 0,
  soleSource: false,
  subject: "Death toll of the blast",
  coverage: { articles: ["a", "b", "c"], independent: 2, copies: [{ article: "b", of: "a" }] },
  cells: [
    { claimId: "ca", articleId: "a", start: 0, end: A.length, text: A },
    { claimId: "cb", articleId: "b", start: 0, end: B.length, text: B },
    { claimId: "cc", articleId: "c", start: cStart, end: cStart + C_CLAUSE.length, text: C_CLAUSE },
  ],
  discrepancies: [
    {
      kind: "number",
      detail: "12 dead vs 14 dead",
      values: [
        {
          value: "12",
          articles: ["a", "b"],
          claims: ["ca", "cb"],
          spans: [
            { claim: "ca", start: A.indexOf("12"), end: A.indexOf("12") + 2 },
            { claim: "cb", start: B.indexOf("12"), end: B.indexOf("12") + 2 },
          ],
        },
        {
          value: "14",
          articles: ["c"],
          claims: ["cc"],
          spans: [{ claim: "cc", start: cOffset + C.indexOf("14"), end: cOffset + C.indexOf("14") + 2 }],
        },
      ],
      diff: null,
      basis: null,
      confidence: 0.7,
      subject: "Death toll of the blast",
    },
  ],
};

const article = (id: string, label: string, position: number) => ({
  id,
  label,
  title: `${label}'s report`,
  url: null,
  publishedAt: "2026-03-02",
  position,
});

const page = (g: GroupView = group): ClaimGroupPage => ({
  group: g,
  sentences: new Map([
    ["ca", { articleId: "a", start: 0, end: A.length, text: A, attribution: police }],
    ["cb", { articleId: "b", start: 0, end: B.length, text: B, attribution: police }],
    ["cc", { articleId: "c", start: cOffset, end: cOffset + C.length, text: C, attribution: none }],
  ]),
  story: {
    id: "s",
    slug: "port-blast",
    title: "Port blast",
    updatedAt: new Date("2026-03-02T12:00:00Z"),
    articles: [
      article("a", "Wire A", 0),
      article("b", "Wire B", 1),
      article("c", "Courier C", 2),
      article("d", "Gazette D", 3),
    ],
  },
  rowIds: [g.id],
});

describe("claimPageModel", () => {
  const m = claimPageModel(page(), NO_VERDICT);

  it("names the fact, its split and who carries it", () => {
    expect(m.permalink).toBe("/claims/f-toll");
    expect(m.headline).toBe("Death toll of the blast: 12 (2) · 14 (1)");
    expect(m.kinds).toEqual(["Number conflict"]);
    expect(m.carriedBy).toBe("A fact carried by 3 of 4 outlets (2 independent).");
    expect(m.split[0]!.parts.map((p) => [p.value, p.count])).toEqual([
      ["12", 2],
      ["14", 1],
    ]);
  });

  it("gives each carrier its version, with the values it states marked, and names who does not carry it", () => {
    expect(m.versions.map((v) => v.outlet.label)).toEqual(["Wire A", "Wire B", "Courier C"]);
    expect(m.versions[1]!.copyOf).toBe("Wire A");
    expect(m.versions[0]!.copyOf).toBeUndefined();
    const c = m.versions[2]!.cells[0]!;
    expect(c.segments.map((s) => [s.text, s.value])).toEqual([
      ["which ", undefined],
      ["14", "14"],
      [" people died in", undefined],
    ]);
    expect(c.stated.map((s) => s.value)).toEqual(["14"]);
    expect(c.statesNone).toBe(false);
    expect(m.silent.map((a) => a.label)).toEqual(["Gazette D"]);
  });

  it("shows the whole sentence only where the row shows a clause of it", () => {
    expect(m.versions[2]!.cells[0]!.sentence).toBe(C);
    expect(m.versions[0]!.cells[0]!.sentence).toBeUndefined();
  });

  it("lists who each version credits when any credits someone", () => {
    expect(m.credits?.conflict).toBeUndefined();
    expect(m.credits?.rows.map((r) => [r.outlet, r.attribution?.channel?.text ?? null])).toEqual([
      ["Wire A", "police"],
      ["Wire B", "police"],
      ["Courier C", null],
    ]);
    const uncredited = claimPageModel(
      { ...page(), sentences: new Map([...page().sentences].map(([k, s]) => [k, { ...s, attribution: none }])) },
      NO_VERDICT,
    );
    expect(uncredited.credits).toBeNull();
  });

  it("says when a version states none of the differing values", () => {
    const g: GroupView = {
      ...group,
      discrepancies: [{ ...group.discrepancies[0]!, values: group.discrepancies[0]!.values.slice(0, 1) }],
    };
    const only = claimPageModel(page(g), NO_VERDICT);
    expect(only.versions[2]!.cells[0]!.statesNone).toBe(true);
    expect(only.versions[0]!.cells[0]!.statesNone).toBe(false);
  });

  it("sets out a quote split word by word, with the outlets on each side", () => {
    const g: GroupView = {
      ...group,
      kind: "claim",
      discrepancies: [
        {
          kind: "quote",
          detail: "two wordings",
          values: [
            { value: "we will rebuild", articles: ["a", "b"], claims: ["ca", "cb"], spans: [] },
            { value: "we shall rebuild", articles: ["c"], claims: ["cc"], spans: [] },
          ],
          diff: [
            [0, "we "],
            [-1, "will"],
            [1, "shall"],
            [0, " rebuild"],
          ],
          basis: null,
          confidence: null,
          subject: null,
        },
      ],
    };
    const q = claimPageModel(page(g), NO_VERDICT);
    expect(q.carriedBy).toBe("A claim carried by 3 of 4 outlets (2 independent).");
    expect(q.diffs).toEqual([
      { kind: "quote", first: "Wire A, Wire B", second: "Courier C", diff: g.discrepancies[0]!.diff },
    ]);
    // A quote is marked in the text; the "States" line names short values only.
    expect(q.versions.every((v) => v.cells.every((c) => c.stated.length === 0))).toBe(true);
  });

  it("says what editors decided once they dismissed the conflict", () => {
    const dismissed = verdictOfFlags([
      { articleId: null, reason: "not-a-contradiction", status: "resolved", updatedAt: new Date() },
    ]);
    expect(claimPageModel(page(), dismissed).headline).toBe(
      "Death toll of the blast: not a contradiction, editors decided",
    );
  });
});
