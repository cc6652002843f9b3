import { afterAll, describe, expect, it } from "vitest";
import { createTempDb } from "../../test/temp-db";
import { storyFlags } from "../editors/flags";
import { ClientError } from "../errors";
import { getAttributions, getClaimGroup, getStoryMatrix, listStories } from "./data";

// A story written straight into the tables, one column at a time broken: what the analysis writes, except where a
// case says otherwise. Each case has a story of its own (slug and row ids by the case's index).
const good = {
  summary: { articles: 1, claims: 1, groups: 1, discrepancies: 1, soleSource: 0, words: 12 },
  variants: [{ key: "hatami", forms: [{ form: "Hatami", articles: ["a"] }] }],
  groupKind: "claim",
  coverage: { articles: ["a"], independent: 1, copies: [] },
  discrepancyKind: "date",
  values: [{ value: "Sunday", articles: ["a"], claims: ["c"], spans: [{ claim: "c", start: 0, end: 6 }] }],
  diff: null as unknown,
  basis: { holder: "Amir Hatami", signals: { date: 1 } } as unknown,
  attribution: { speaker: { text: "the ministry", key: null, named: false }, channel: null } as unknown,
  flagReason: "needs-review",
  flagStatus: "open",
};
type Row = typeof good;

/** The driver's own words (AGENTS.md: Prisma's message quotes the calling line, which holds the pattern). */
const driverMessage = (e: unknown) => {
  const error = e as {
    name?: string;
    message: string;
    meta?: { driverAdapterError?: { cause?: { originalMessage?: string } } };
  };
  return (
    error.meta?.driverAdapterError?.cause?.originalMessage ??
    (error.name === "DriverAdapterError" ? error.message : `another error: ${error.message}`)
  );
};

const cases: Array<{ name: string; broken: Partial<Row>; expected: RegExp | null }> = [
  { name: "a story as the analysis writes it", broken: {}, expected: null },
  {
    name: "a summary without a count",
    broken: { summary: { articles: 1 } as Row["summary"] },
    expected: /^broken row in Story\.summary, id "s\d+": claims: /,
  },
  {
    name: "variants that are not a list",
    broken: { variants: { hatami: ["Hatami"] } as unknown as Row["variants"] },
    expected: /^broken row in Story\.variants, id "s\d+"/,
  },
  {
    name: "a row of an unknown kind",
    broken: { groupKind: "quote" },
    // An enum column: the client's own check names the value and the enum (SQLite only; PostgreSQL refuses the write).
    expected: /^Value 'quote' not found in enum 'GroupKind'/,
  },
  {
    name: "a coverage without its articles",
    broken: { coverage: { independent: 1, copies: [] } as unknown as Row["coverage"] },
    expected: /^broken row in ClaimGroup\.coverage, id "g\d+": articles: /,
  },
  {
    name: "a discrepancy of an unknown kind",
    broken: { discrepancyKind: "weather" },
    expected: /^Value 'weather' not found in enum 'DiscrepancyKind'/,
  },
  {
    name: "a discrepancy value without its articles",
    broken: { values: [{ value: "Sunday", claims: ["c"], spans: [] }] as unknown as Row["values"] },
    expected: /^broken row in Discrepancy\.values, id "d\d+": 0\.articles: /,
  },
  {
    name: "a diff that is not pairs",
    broken: { diff: ["Sunday"] },
    expected: /^broken row in Discrepancy\.diff, id "d\d+"/,
  },
  {
    name: "a basis with a signal the code does not know",
    broken: { basis: { signals: { weather: 1 } } },
    expected: /^broken row in Discrepancy\.basis, id "d\d+"/,
  },
  {
    name: "an attribution without its channel",
    broken: { attribution: { speaker: null } },
    expected: /^broken row in Claim\.attribution, id "c\d+": channel: /,
  },
  {
    name: "a flag of a status the code does not know",
    broken: { flagStatus: "closed" },
    expected: /^broken row in Flag\.status, id "f\d+"/,
  },
];

describe("reading stored rows", () => {
  const t = createTempDb();
  const db = t.db;
  afterAll(() => t.cleanup());

  async function store(i: number, row: Row) {
    await db.user.upsert({
      where: { id: "editor" },
      create: { id: "editor", name: "Editor", email: "editor@example.org", role: "editor" },
      update: {},
    });
    await db.story.create({
      data: {
        id: `s${i}`,
        slug: `story-${i}`,
        title: `Story ${i}`,
        terms: {},
        summary: row.summary,
        variants: row.variants,
        articles: {
          create: {
            id: `a${i}`,
            position: 0,
            label: "Source A",
            contentHash: `hash-${i}`,
            text: "Sunday: the minister visited Damascus, the ministry said.",
            extraction: { referenceDate: null, dateline: null, furniture: [], claims: [], words: 8 },
            words: 8,
            claims: {
              create: {
                id: `c${i}`,
                key: "k",
                start: 0,
                end: 6,
                text: "Sunday",
                paragraph: 0,
                attribution: row.attribution as object,
              },
            },
          },
        },
        groups: {
          create: {
            id: `g${i}`,
            kind: "claim",
            position: 0,
            coverage: row.coverage,
            claims: { create: { claimId: `c${i}`, order: 0, start: 0, end: 6, text: "Sunday" } },
            discrepancies: {
              create: {
                id: `d${i}`,
                kind: "date",
                detail: "Sunday vs Monday",
                values: row.values,
                order: 0,
                ...(row.diff !== null && { diff: row.diff as object }),
                basis: row.basis as object,
              },
            },
          },
        },
      },
    });
    await db.flag.create({
      data: {
        id: `f${i}`,
        storyId: `s${i}`,
        groupId: `g${i}`,
        reason: row.flagReason,
        status: row.flagStatus,
        createdById: "editor",
      },
    });
  }

  // GroupKind and DiscrepancyKind are enums: the client refuses any other value, and so does PostgreSQL's column.
  // SQLite stores them as text, so a value written around the client there is the broken row the reads must name.
  async function writeAround(i: number, row: Row) {
    if (row.groupKind !== good.groupKind)
      await db.$executeRaw`UPDATE "ClaimGroup" SET "kind" = ${row.groupKind} WHERE "id" = ${`g${i}`}`;
    if (row.discrepancyKind !== good.discrepancyKind)
      await db.$executeRaw`UPDATE "Discrepancy" SET "kind" = ${row.discrepancyKind} WHERE "id" = ${`d${i}`}`;
  }

  // Every read that passes the row on: the matrix, the row's permalink, the story list, the attributions and flags.
  const readAll = async (i: number) => {
    await storyFlags(db, `s${i}`);
    await getStoryMatrix(db, `story-${i}`);
    await getClaimGroup(db, `g${i}`);
    await listStories(db);
    await getAttributions(db, [`c${i}`]);
  };

  cases.forEach(({ name, broken, expected }, i) => {
    it(expected ? `names the row of ${name}` : `reads ${name}`, async () => {
      await store(i, { ...good, ...broken });
      const refused = await writeAround(i, { ...good, ...broken }).then(
        () => null,
        (e: unknown) => e,
      );
      if (refused) {
        expect(process.env.TEST_POSTGRES_URL).toBeTruthy();
        expect(driverMessage(refused)).toMatch(/invalid input value for enum/);
        await db.story.delete({ where: { id: `s${i}` } });
        return;
      }
      if (!expected) {
        await readAll(i);
        const matrix = (await getStoryMatrix(db, `story-${i}`))!;
        expect(matrix.groups[0]!.discrepancies[0]!.values[0]!.articles).toEqual(["a"]);
        await db.story.delete({ where: { id: `s${i}` } });
        return;
      }
      const error = await readAll(i).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(ClientError);
      expect((error as Error).message).toMatch(expected);
      // The listing reads every story: the broken one goes, so the next case's list reads only its own.
      await db.story.delete({ where: { id: `s${i}` } });
    });
  });
});
