import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb } from "../../test/temp-db";
import { inChunks } from "../db-chunks";
import { editorGroupFlags, publicGroupFlags, reviewQueue, storyFlags } from "./flags";

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
