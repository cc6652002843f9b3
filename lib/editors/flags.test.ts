import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb } from "../../test/temp-db";
import { inChunks } from "../db-chunks";
import { dismissedConflictsByStory, editorGroupFlags, publicGroupFlags, reviewQueue, storyFlags } from "./flags";

// Hardening finding 2, the reads: a row that many rows were merged into over a story's re-analyses, and a story with
// many flagged rows, listed every id in one statement beside another condition or an order (999 parameters at most
// on SQLite). Here 1,200 rows are merged into one, each with a flag of its own.
describe("flags of a story with more rows than one statement may list", () => {
  const t = createTempDb();
  const db = t.db;
  const MERGED = 1_200;
  const merged = Array.from({ length: MERGED }, (_, i) => `gm${i}`);
  const coverage = { articles: [], independent: 0, copies: [] };
  // Newest first, as every reader of flags shows them: the flag on gm0 is the oldest.
  const newestFirst = [...merged].reverse();
  let storyId = "";

  beforeAll(async () => {
    storyId = (
      await db.story.create({ data: { slug: "flagged", title: "Flagged", terms: {}, summary: {}, variants: [] } })
    ).id;
    await db.user.create({ data: { id: "u-flags", name: "Flag Editor", email: "flags@example.org", role: "editor" } });
    await db.claimGroup.create({ data: { id: "gkeep", storyId, kind: "claim", position: 0, coverage } });
    await inChunks(
      merged,
      (some) =>
        db.claimGroup.createMany({
          data: some.map((id) => ({ id, storyId, kind: "claim", status: "merged", mergedIntoId: "gkeep", coverage })),
        }),
      { each: 10 },
    );
    const start = Date.UTC(2026, 10, 1);
    await inChunks(
      merged,
      (some) =>
        db.flag.createMany({
          data: some.map((groupId) => ({
            storyId,
            groupId,
            reason: "needs-review",
            createdById: "u-flags",
            createdAt: new Date(start + Number(groupId.slice(2)) * 1_000),
          })),
        }),
      { each: 10 },
    );
  });
  afterAll(() => t.cleanup());

  const groupsOf = (flags: Array<{ id: string }>, all: Array<{ id: string; groupId: string }>) =>
    flags.map((f) => all.find((x) => x.id === f.id)!.groupId);

  it.each([
    {
      name: "the matrix's flags by row (storyFlags)",
      read: async () => (await storyFlags(db, storyId)).get("gkeep")?.row,
    },
    { name: "a row's public flags", read: () => publicGroupFlags(db, "gkeep") },
    { name: "a row's flags for its editors", read: () => editorGroupFlags(db, "gkeep") },
    {
      name: "the review queue",
      read: async () => (await reviewQueue(db, { status: "open" }, MERGED)).filter((f) => f.groupId === "gkeep"),
    },
  ])("reads $name: every flag on the row they were merged into, newest first", async ({ read }) => {
    const all = await db.flag.findMany({ select: { id: true, groupId: true } });
    const flags = await read();
    expect(groupsOf(flags ?? [], all)).toEqual(newestFirst);
  });
});

// Editors' verdicts in the story list's count (docs/decisions/018-editors-verdicts.md): a resolved dismissal of a row
// with discrepancies counts, on the row its flag's row was merged into too; anything else does not.
describe("dismissedConflictsByStory", () => {
  const t = createTempDb();
  const db = t.db;
  const coverage = { articles: [], independent: 0, copies: [] };
  const discrepancy = { kind: "date" as const, detail: "dated Saturday vs Sunday", values: [], order: 0 };
  const cases: Array<{ name: string; row: string; reason: string; status: string; counts: boolean }> = [
    {
      name: "not a contradiction, resolved",
      row: "g-not",
      reason: "not-a-contradiction",
      status: "resolved",
      counts: true,
    },
    {
      name: "extraction error, resolved",
      row: "g-extract",
      reason: "extraction-error",
      status: "resolved",
      counts: true,
    },
    {
      name: "not a contradiction, still open",
      row: "g-open",
      reason: "not-a-contradiction",
      status: "open",
      counts: false,
    },
    {
      name: "reviewed with no action",
      row: "g-noaction",
      reason: "not-a-contradiction",
      status: "reviewed-no-action",
      counts: false,
    },
    { name: "confirmed", row: "g-confirmed", reason: "contradiction-confirmed", status: "resolved", counts: false },
    {
      name: "a row without discrepancies",
      row: "g-agree",
      reason: "not-a-contradiction",
      status: "resolved",
      counts: false,
    },
    {
      name: "on a row merged into another",
      row: "g-merged",
      reason: "extraction-error",
      status: "resolved",
      counts: true,
    },
  ];
  let storyId = "";

  beforeAll(async () => {
    storyId = (
      await db.story.create({ data: { slug: "verdicts", title: "Verdicts", terms: {}, summary: {}, variants: [] } })
    ).id;
    await db.user.create({
      data: { id: "u-verdicts", name: "Vera Editor", email: "vera@example.org", role: "editor" },
    });
    for (const [i, c] of cases.entries()) {
      const merged = c.row === "g-merged";
      const id = merged ? "g-target" : c.row;
      await db.claimGroup.create({
        data: {
          id,
          storyId,
          kind: "claim",
          position: i,
          coverage,
          ...(c.row !== "g-agree" && { discrepancies: { create: [discrepancy] } }),
        },
      });
      if (merged)
        await db.claimGroup.create({
          data: { id: c.row, storyId, kind: "claim", status: "merged", mergedIntoId: id, coverage },
        });
      await db.flag.create({
        data: { storyId, groupId: c.row, reason: c.reason, status: c.status, createdById: "u-verdicts" },
      });
    }
  });
  afterAll(() => t.cleanup());

  it("counts the rows whose discrepancies editors dismissed", async () => {
    const counted = await dismissedConflictsByStory(db);
    expect(counted.get(storyId)).toBe(cases.filter((c) => c.counts).length);
  });
});
