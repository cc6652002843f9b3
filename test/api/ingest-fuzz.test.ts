/**
 * POST /api/articles under a few thousand generated bad bodies (fast-check): wrong types, values out of range, unknown
 * fields, NUL and unpaired surrogates, deep nesting, huge strings, invalid UTF-8, broken JSON, wrong content types,
 * oversized batches, on top of hostile text (markup, control characters, bidi overrides). Every body is built from a
 * valid article by applying at least one defect, so the only right answers are 4xx, and no table may change.
 * Requests go through the real route handler with a live token, against one throwaway database for the file. Then the
 * valid starting points themselves must be stored: 2xx, never 5xx.
 *
 * The bodies are built in ingest-fuzz-bodies.ts, one kind of defect after another in ingest-fuzz-kinds.ts.
 *
 * A failure prints fast-check's seed; `FC_SEED=<seed> npx vitest run test/api/ingest-fuzz.test.ts` replays it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { createTestDatabase } from "./fresh-database";
import { asJson, validBody, type Attempt } from "./ingest-fuzz-bodies";
import { KINDS } from "./ingest-fuzz-kinds";
import { tableSnapshot } from "./table-snapshot";

if (process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED) });

const removeDatabase = createTestDatabase();
const { POST } = await import("@/app/api/articles/route");
const { db } = await import("@/lib/db");
const { parseIngestBody } = await import("@/lib/stories/schema");
const { createToken } = await import("@/lib/editors/tokens");
const { getArticle, getStoryMatrix } = await import("@/lib/stories/data");
const { COMMAND_LINE } = await import("@/lib/editors/actor");
const { token } = await createToken(db, COMMAND_LINE, { name: "fuzz" });

afterAll(async () => {
  await db.$disconnect();
  removeDatabase();
});

function post({ body, type }: Attempt) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (type !== null) headers["content-type"] = type;
  return POST(new NextRequest("http://localhost/api/articles", { method: "POST", body, headers }));
}

// ---------------------------------------------------------------------------------------------------------------

// Each request with the live token records its use: the one write a refused body may cause.
const TOKEN_USE = { columns: { IngestToken: ["lastUsedAt"] } };
const statuses = new Map<number, number>();
let tried = 0;
let before = "";

beforeAll(async () => {
  // Something to leave untouched: the same article every time, in a story of its own.
  const res = await post(
    asJson(
      JSON.stringify({
        text: "Officials in Testville said on Monday that two bridges were closed.",
        story: "Testville flood",
      }),
    ),
  );
  expect(res.status).toBe(201);
  before = await tableSnapshot(db, TOKEN_USE);
});

describe("the valid bodies the defects start from", () => {
  // Without this, a refusal could come from the starting point rather than from the defect under test.
  it("pass the schema, hostile text and all", () => {
    fc.assert(
      fc.property(validBody, (v) => {
        expect(parseIngestBody(JSON.parse(JSON.stringify(v)))).toMatchObject({ ok: true });
      }),
      { numRuns: 300 },
    );
  });
});

describe("POST /api/articles answers every bad body with a 4xx and stores nothing", () => {
  it.each(KINDS)("$name ($runs bodies)", async ({ runs, bodies, statuses: allowed }) => {
    await fc.assert(
      fc.asyncProperty(bodies, async (request) => {
        const res = await post(request);
        tried++;
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const text = await res.text();
        expect(allowed, `${res.status} ${text.slice(0, 300)}`).toContain(res.status);
        if (request.status) expect(res.status, text.slice(0, 300)).toBe(request.status);
        const body = JSON.parse(text) as { error?: unknown; fieldErrors?: Record<string, unknown> };
        expect(body.error).toEqual(expect.any(String));
        if (res.status === 422) {
          expect(Object.keys(body.fieldErrors ?? {}).length).toBeGreaterThan(0);
          for (const messages of Object.values(body.fieldErrors!))
            expect(messages).toEqual(expect.arrayContaining([expect.any(String)]));
        }
      }),
      { numRuns: runs },
    );
  });

  it("left every table as it was", async () => {
    console.log(
      `ingest fuzz: ${tried} bodies tried; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`,
    );
    expect(tried).toBeGreaterThanOrEqual(2_000);
    expect(await tableSnapshot(db, TOKEN_USE)).toBe(before);
  });
});

describe("POST /api/articles stores valid articles whatever their text holds", () => {
  it("markup, control characters, bidi overrides: stored as sent, and the story and article read back", async () => {
    const text =
      "<script>alert(1)</script> The council said on Tuesday that <b>three</b> roads reopened.\u0001\u0007\u001b[31m\u007f\u0085\u009b " +
      "\u202eRTL override\u202c, zero\u200bwidth, \ufeffBOM, \u2028line\u2029paragraph\r\n\tand 🚧👩🏽‍🚒.";
    const title = "<img src=x onerror=alert(2)>\u0008";
    const res = await post(
      asJson(JSON.stringify({ text, title, outlet: "\u202eevil", story: { title: "<script>alert(3)</script>" } })),
    );
    expect(res.status).toBe(201);
    const { articles } = (await res.json()) as {
      articles: Array<{ article: { id: string }; story: { slug: string } }>;
    };
    expect(await getArticle(db, articles[0]!.article.id)).toMatchObject({ text, title });
    expect(await getStoryMatrix(db, articles[0]!.story.slug)).toMatchObject({
      title: "<script>alert(3)</script>",
      articles: [{ label: "\u202eevil", title }],
    });
  });

  // The bodies the defects start from, sent as they are: the analysis and the database must take any of them.
  it("the valid bodies the fuzzing starts from: 201 or 200, never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(validBody, async (v) => {
        const res = await post(asJson(JSON.stringify(v)));
        expect([200, 201], (await res.clone().text()).slice(0, 300)).toContain(res.status);
      }),
      { numRuns: 40 },
    );
  });
});
