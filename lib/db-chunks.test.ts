import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb } from "../test/temp-db";
import { chunks, inChunks, RAW_STATEMENT_PARAMS, STATEMENT_PARAMS } from "./db-chunks";
import { insertRows } from "./db-rows";
import { GROUP_COLUMNS } from "./stories/mutations";
import { Prisma } from "./generated/prisma/client";

type Tx = Prisma.TransactionClient;

describe("chunks", () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => i);
  it.each([
    { name: "nothing", n: 0, options: {}, sizes: [] },
    { name: "ids, one slice", n: STATEMENT_PARAMS, options: {}, sizes: [STATEMENT_PARAMS] },
    { name: "ids, past one slice", n: STATEMENT_PARAMS + 1, options: {}, sizes: [STATEMENT_PARAMS, 1] },
    { name: "rows of 7 parameters", n: 300, options: { each: 7 }, sizes: [128, 128, 44] },
    { name: "raw rows of 6", n: 1_200, options: { each: 6, raw: true }, sizes: [500, 500, 200] },
    { name: "an item wider than a statement", n: 2, options: { each: RAW_STATEMENT_PARAMS * 2 }, sizes: [1, 1] },
  ])("slices $name", ({ n, options, sizes }) => {
    const out = chunks(items(n), options);
    expect(out.map((c) => c.length)).toEqual(sizes);
    expect(out.flat()).toEqual(items(n));
  });
});

// The slices must fit the engine, Prisma's cap included: 999 parameters a statement on SQLite, 32,766 on PostgreSQL
// (P2029), beside the statement's other conditions. Each shape a story's writes and reads use, on 2,000 items.
describe("statements in slices on this database", () => {
  const t = createTempDb();
  const db = t.db;
  const N = 2_000;
  const ids = Array.from({ length: N }, (_, i) => `g${i}`);
  const RAW_ROWS = 7_000;
  let storyId = "";
  beforeAll(async () => {
    storyId = (
      await db.story.create({ data: { slug: "chunks", title: "Chunks", terms: {}, summary: {}, variants: [] } })
    ).id;
  });
  afterAll(() => t.cleanup());

  const coverage = { articles: [], independent: 0, copies: [] };
  it.each([
    {
      name: "createMany of rows with every column",
      run: async (tx: Tx) =>
        (
          await inChunks(
            ids,
            (some) =>
              tx.claimGroup.createMany({
                data: some.map((id, position) => ({
                  id,
                  storyId,
                  kind: "claim",
                  position,
                  soleSource: true,
                  coverage,
                })),
              }),
            { each: 10 },
          )
        ).reduce((k, r) => k + r.count, 0),
      count: N,
    },
    {
      name: "a read by ids beside another condition and an order",
      run: async (tx: Tx) =>
        (
          await inChunks(ids, (some) =>
            tx.claimGroup.findMany({
              where: { id: { in: some }, status: "active" },
              orderBy: { position: "asc" },
              select: { id: true },
            }),
          )
        ).flat().length,
      count: N,
    },
    {
      name: "an updateMany by ids",
      run: async (tx: Tx) =>
        (
          await inChunks(ids, (some) =>
            tx.claimGroup.updateMany({ where: { id: { in: some }, storyId }, data: { soleSource: false } }),
          )
        ).reduce((k, r) => k + r.count, 0),
      count: N,
    },
    {
      name: "a raw statement",
      run: async (tx: Tx) =>
        (
          await inChunks(
            ids,
            (some) =>
              tx.$queryRaw<
                Array<{ n: number | bigint }>
              >`SELECT COUNT(*) AS "n" FROM "ClaimGroup" WHERE "id" IN (${Prisma.join(some)})`,
            { raw: true },
          )
        ).reduce((k, [r]) => k + Number(r!.n), 0),
      count: N,
    },
    {
      name: "a deleteMany by ids beside another condition",
      run: async (tx: Tx) =>
        (await inChunks(ids, (some) => tx.claimGroup.deleteMany({ where: { id: { in: some }, storyId } }))).reduce(
          (k, r) => k + r.count,
          0,
        ),
      count: N,
    },
    {
      // Past both engines' own caps on raw statements (32,766 and 65,535 parameters), not only Prisma's.
      name: "a multi-row raw INSERT of rows with every column (insertRows)",
      run: (tx: Tx) => {
        const now = new Date();
        return insertRows(
          tx,
          "ClaimGroup",
          GROUP_COLUMNS,
          Array.from({ length: RAW_ROWS }, (_, position) => ({
            id: `r${position}`,
            storyId,
            kind: "claim",
            status: "active",
            mergedIntoId: null,
            position,
            soleSource: true,
            coverage: JSON.stringify(coverage),
            subject: null,
            createdAt: now,
            updatedAt: now,
          })),
        );
      },
      count: RAW_ROWS,
    },
  ])("runs $name", async ({ run, count }) => {
    // In a transaction, as a story's writes are (and one commit instead of one a statement).
    expect(await db.$transaction((tx) => run(tx), { timeout: 60_000 })).toBe(count);
  });
});
