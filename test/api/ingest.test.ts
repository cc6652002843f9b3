/**
 * POST /api/articles against a real, throwaway SQLite database: the route handler itself, called with real requests.
 * Every refused request must leave the database as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { createTestDatabase } from "./fresh-database";
import { pathologicalArticles } from "../pathological";

const removeDatabase = createTestDatabase();
const { POST } = await import("@/app/api/articles/route");
const { db } = await import("@/lib/db");
const { MAX_BATCH, MAX_INGEST_BYTES } = await import("@/lib/stories/schema");
const { createToken } = await import("@/lib/editors/tokens");
const { AnalysisPool, AnalysisTimeout, AnalysisUnavailable, replaceAnalysisPool } = await import("@/lib/analysis-pool");
const { COMMAND_LINE } = await import("@/lib/editors/actor");
const { token } = await createToken(db, COMMAND_LINE, { name: "ingest tests" });

afterAll(async () => {
  await db.$disconnect();
  await removeDatabase();
});

const JSON_TYPE = { "content-type": "application/json" };

function post(body: BodyInit | null, headers: Record<string, string> = JSON_TYPE) {
  return POST(
    new NextRequest("http://localhost/api/articles", {
      method: "POST",
      body,
      headers: { authorization: `Bearer ${token}`, ...headers },
    }),
  );
}
const postJson = (value: unknown) => post(JSON.stringify(value));

const counts = async () => ({
  articles: await db.article.count(),
  claims: await db.claim.count(),
  stories: await db.story.count(),
});

interface Outcome {
  status: "created" | "existing";
  article: { id: string; url: string };
  story: { id: string; slug: string; title: string; url: string };
}
async function outcomes(res: Response): Promise<Outcome[]> {
  return ((await res.json()) as { articles: Outcome[] }).articles;
}

const text = (n: number) =>
  `Officials in Testville said on Monday that ${n} bridges were closed after the flood. ` +
  `The mayor, Jane Roe, told reporters the city would reopen them within ${n + 2} days.`;
const valid = { text: text(1) };

describe("POST /api/articles refuses bad requests and stores nothing", () => {
  interface Refusal {
    name: string;
    /** Sent as JSON unless `raw` is given. */
    json?: unknown;
    raw?: BodyInit | null;
    headers?: Record<string, string>;
    status: 413 | 415 | 422;
    /** The field-error key the answer must name (422 only). */
    field?: string;
    /** A message the answer must give for that field. */
    message?: string;
  }

  const cases: Refusal[] = [
    { name: "missing text", json: { url: "https://example.com/a" }, status: 422, field: "text" },
    { name: "empty text", json: { text: "" }, status: 422, field: "text" },
    { name: "blank text", json: { text: " \n\t " }, status: 422, field: "text" },
    { name: "text is a number", json: { text: 5 }, status: 422, field: "text" },
    { name: "text over 200,000 characters", json: { text: "a ".repeat(100_001) }, status: 422, field: "text" },
    { name: "url is not a URL", json: { ...valid, url: "not a url" }, status: 422, field: "url" },
    { name: "url is not http(s)", json: { ...valid, url: "javascript:alert(1)" }, status: 422, field: "url" },
    {
      name: "publishedAt is not a date",
      json: { ...valid, publishedAt: "yesterday" },
      status: 422,
      field: "publishedAt",
    },
    { name: "outlet is an object", json: { ...valid, outlet: { name: "x" } }, status: 422, field: "outlet" },
    {
      name: "story slug is not a slug",
      json: { ...valid, story: { slug: "Not A Slug", title: "T" } },
      status: 422,
      field: "story.slug",
    },
    { name: "unknown field", json: { ...valid, bogus: 1 }, status: 422, field: "bogus" },
    // Keys that name Object.prototype's members once answered 500 (fieldErrors was a plain object).
    {
      name: "unknown field named constructor",
      raw: JSON.stringify({ ...valid, constructor: 1 }),
      status: 422,
      field: "constructor",
    },
    {
      name: "unknown field named __proto__",
      raw: `{"__proto__": {"polluted": 1}, "text": ${JSON.stringify(valid.text)}}`,
      status: 422,
      field: "__proto__",
    },
    {
      name: "unknown field named toString in a batch",
      raw: JSON.stringify({ articles: [{ ...valid, toString: 1 }] }),
      status: 422,
      field: "articles.0.toString",
    },
    // Prisma's engine failed on an unpaired surrogate (500), and PostgreSQL cannot store NUL; both found by ingest-fuzz.test.ts.
    { name: "unpaired surrogate in text", json: { text: `${text(1)} \ud800` }, status: 422, field: "text" },
    {
      name: "surrogates in the wrong order in the title",
      json: { ...valid, title: "a\udc00\ud800" },
      status: 422,
      field: "title",
    },
    { name: "unpaired surrogate in the outlet", json: { ...valid, outlet: "\udfff" }, status: 422, field: "outlet" },
    {
      name: "unpaired surrogate in the URL",
      json: { ...valid, url: "https://example.com/\udbff" },
      status: 422,
      field: "url",
    },
    {
      name: "unpaired surrogate in the story's title",
      json: { ...valid, story: { title: "Flood \ud800" } },
      status: 422,
      field: "story.title",
    },
    { name: "NUL in text", json: { text: `${text(1)}\u0000` }, status: 422, field: "text" },
    { name: "NUL in a batch's story", json: { story: "Flood\u0000", articles: [valid] }, status: 422, field: "story" },
    {
      name: "unknown field in a batch's article",
      json: { articles: [{ ...valid, bogus: 1 }] },
      status: 422,
      field: "articles.0.bogus",
    },
    { name: "unknown field beside a batch", json: { articles: [valid], extra: true }, status: 422, field: "extra" },
    {
      name: "batch with one bad article",
      json: { articles: [{ text: text(2) }, { text: "" }, { text: text(3) }] },
      status: 422,
      field: "articles.1.text",
    },
    { name: "empty batch", json: { articles: [] }, status: 422, field: "articles" },
    {
      name: `more than ${MAX_BATCH} articles`,
      json: { articles: Array.from({ length: MAX_BATCH + 1 }, (_, i) => ({ text: text(100 + i) })) },
      status: 422,
      field: "articles",
    },
    { name: "articles is not a list", json: { articles: "x" }, status: 422, field: "articles" },
    { name: "JSON array body", json: [valid], status: 422, field: "(body)" },
    { name: "JSON string body", json: "an article", status: 422, field: "(body)" },
    { name: "JSON null body", json: null, status: 422, field: "(body)" },
    { name: "JSON number body", json: 42, status: 422, field: "(body)" },
    { name: "empty body", raw: "", status: 422, field: "(body)" },
    {
      name: `body over ${MAX_INGEST_BYTES / 1024 / 1024} MB`,
      json: { text: "a".repeat(MAX_INGEST_BYTES) },
      status: 413,
    },
    {
      name: "body over the limit with a false Content-Length",
      raw: JSON.stringify({ text: "a".repeat(MAX_INGEST_BYTES) }),
      headers: { ...JSON_TYPE, "content-length": "100" },
      status: 413,
    },
    {
      name: "declared Content-Length over the limit",
      raw: JSON.stringify(valid),
      headers: { ...JSON_TYPE, "content-length": String(MAX_INGEST_BYTES + 1) },
      status: 413,
    },
    {
      name: "text/plain content type",
      raw: JSON.stringify(valid),
      headers: { "content-type": "text/plain" },
      status: 415,
    },
    {
      name: "form content type",
      raw: "text=hello",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      status: 415,
    },
    { name: "no content type", raw: new Uint8Array(Buffer.from(JSON.stringify(valid))), headers: {}, status: 415 },
    { name: "JSON content type, body not JSON", raw: "{ text: hello", status: 415 },
    { name: "JSON content type, body is plain text", raw: "hello", status: 415 },
    // Each of these held the request thread for seconds to minutes (hardening issue, finding 1); now refused before
    // any analysis, naming the limit, for a single article and within a batch.
    ...pathologicalArticles().flatMap((p): Refusal[] => [
      { name: p.name, json: { text: p.text }, status: 422, field: "text", message: p.message },
      {
        name: `${p.name}, second of a batch`,
        json: { articles: [valid, { text: p.text }] },
        status: 422,
        field: "articles.1.text",
        message: p.message,
      },
    ]),
    {
      name: "invalid UTF-8",
      raw: new Uint8Array([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      status: 415,
    },
  ];

  it.each(cases)("$name → $status", async (c) => {
    const before = await counts();
    const res = await post(c.raw !== undefined ? c.raw : JSON.stringify(c.json), c.headers ?? JSON_TYPE);
    const body = (await res.json()) as { error?: string; fieldErrors?: Record<string, string[]> };
    expect(res.status, JSON.stringify(body).slice(0, 500)).toBe(c.status);
    expect(body.error).toEqual(expect.any(String));
    if (c.field) expect(Object.keys(body.fieldErrors ?? {})).toContain(c.field);
    if (c.message) expect(body.fieldErrors?.[c.field!]).toContain(c.message);
    expect(await counts()).toEqual(before);
  });
});

describe("POST /api/articles stores articles once", () => {
  const first = {
    text: text(10),
    url: "https://www.example.com/news/bridges?id=7",
    outlet: "The Testville Times",
    title: "Bridges closed",
    publishedAt: "2024-03-04",
    story: { slug: "testville-flood", title: "Testville flood" },
  };
  let created: Outcome;

  it("201 for a new article, with its ids and its story's URL", async () => {
    const before = await counts();
    const res = await postJson(first);
    expect(res.status).toBe(201);
    const [out] = await outcomes(res);
    created = out!;
    expect(created).toMatchObject({
      status: "created",
      article: { id: expect.any(String), url: `/articles/${created.article.id}` },
      story: {
        id: expect.any(String),
        slug: "testville-flood",
        title: "Testville flood",
        url: "/stories/testville-flood",
      },
    });
    const after = await counts();
    expect(after.articles).toBe(before.articles + 1);
    expect(after.stories).toBe(before.stories + 1);
    expect(after.claims).toBeGreaterThan(before.claims);
  });

  const again: Array<{ name: string; body: Record<string, unknown> }> = [
    { name: "the same request", body: first },
    {
      name: "the same URL with utm_ parameters, and the text with different whitespace",
      body: {
        ...first,
        url: "https://example.com/news/bridges/?utm_source=x&id=7&utm_medium=social#top",
        text: `  ${first.text.replace(/ /g, "  ").replace(". ", ".\n\n")}\n`,
      },
    },
    { name: "the same text under no URL or story", body: { text: first.text } },
    {
      name: "the same URL with other text",
      body: { text: text(11), url: "https://example.com/news/bridges?id=7&utm_campaign=z" },
    },
  ];
  it.each(again)("200 with the same ids for $name", async ({ body }) => {
    const before = await counts();
    const res = await postJson(body);
    expect(res.status).toBe(200);
    const [out] = await outcomes(res);
    expect(out).toEqual({ ...created, status: "existing" });
    expect(await counts()).toEqual(before);
  });

  it("201 for a batch, each article placed in the story the batch names; a repeat within it is stored once", async () => {
    const before = await counts();
    const res = await postJson({
      story: "testville-flood",
      articles: [
        { text: text(20), outlet: "Testville Radio" },
        { text: text(21) },
        { text: text(20) },
        { text: first.text },
      ],
    });
    expect(res.status).toBe(201);
    const out = await outcomes(res);
    expect(out.map((o) => o.status)).toEqual(["created", "created", "created", "existing"]);
    expect(out[2]!.article.id).toBe(out[0]!.article.id);
    expect(out[3]!.article.id).toBe(created.article.id);
    expect(new Set(out.map((o) => o.story.id))).toEqual(new Set([created.story.id]));
    const after = await counts();
    expect(after.articles).toBe(before.articles + 2);
    expect(after.stories).toBe(before.stories);
    expect(await db.article.count({ where: { storyId: created.story.id } })).toBe(3);
  });

  it("stores an article sent several times at once exactly once", async () => {
    const before = await counts();
    const body = { text: text(30), url: "https://example.com/news/parallel" };
    const results = await Promise.all([
      postJson(body),
      postJson(body),
      postJson({ ...body, url: `${body.url}?utm_source=feed` }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    const ids = await Promise.all(results.map(async (r) => (await outcomes(r))[0]!.article.id));
    expect(new Set(ids).size).toBe(1);
    expect((await counts()).articles).toBe(before.articles + 1);
  });

  it("stores markup in the text byte for byte", async () => {
    const hostile = `  <script>alert(1)</script> The council said on Tuesday that <b>three</b> roads & "two" bridges reopened.\r\n\u2028Ünïcödé — “quotes” 🚧 <img src=x onerror="alert(2)">\n`;
    const res = await postJson({
      text: hostile,
      title: "<script>alert(3)</script>",
      story: { title: "Markup <i>story</i>" },
    });
    expect(res.status).toBe(201);
    const [out] = await outcomes(res);
    const row = await db.article.findUniqueOrThrow({
      where: { id: out!.article.id },
      select: { text: true, title: true, story: { select: { title: true } } },
    });
    expect(row.text).toBe(hostile);
    expect(row.title).toBe("<script>alert(3)</script>");
    expect(row.story.title).toBe("Markup <i>story</i>");
  });
});

describe("POST /api/articles reads words that name JavaScript's object members as words", () => {
  // The analysis's word tables were plain objects: "constructor" found Object.prototype.constructor, and the
  // article got a 500 and was never stored (hardening issue, finding 6).
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "prototype"])(
    "stores an article that says %s",
    async (word) => {
      const res = await postJson({
        text:
          `The ${word} said on Monday that 4 ${word}s died and 12 ${word} workers were hurt. ` +
          `Officials said the ${word} paid $3 million ${word} for 40 ${word} houses on ${word} street.`,
        story: { title: `Object members ${word}` },
      });
      expect(res.status).toBe(201);
      const [out] = await outcomes(res);
      expect(await db.claim.count({ where: { articleId: out!.article.id } })).toBeGreaterThan(0);
    },
  );
});

describe("POST /api/articles when the analysis takes too long or cannot start", () => {
  // The pool's own timeouts and shutdown are tested in lib/analysis-pool.test.ts; here, what the route answers.
  const answers = {
    slow: () => Promise.reject(new AnalysisTimeout("extract", 20_000)),
    closing: () => Promise.reject(new AnalysisUnavailable("closing", 5)),
  };
  let answer: () => Promise<never> = answers.slow;
  class Failing extends AnalysisPool {
    override extract() {
      return answer();
    }
  }
  const failing = new Failing({ size: 1, extractBudgetMs: 1, analyseBudgetMs: 1, maxWaiting: 1, keptArticles: 1 });
  let before: InstanceType<typeof AnalysisPool> | null = null;
  beforeAll(() => void (before = replaceAnalysisPool(failing)));
  afterAll(() => void replaceAnalysisPool(before));

  const cases = [
    { name: "an article", body: { text: text(70) }, field: "text" },
    { name: "a batch's article", body: { articles: [{ text: text(71) }] }, field: "articles.0.text" },
  ];
  it.each(cases)("422 naming $name's text when its extraction takes longer than the budget", async (c) => {
    answer = answers.slow;
    const before = await counts();
    const res = await postJson(c.body);
    const body = (await res.json()) as { error: string; fieldErrors?: Record<string, string[]> };
    expect(res.status, JSON.stringify(body)).toBe(422);
    expect(body.error).toMatch(/took longer than 20 s to analyse; nothing was stored/);
    expect(body.fieldErrors).toEqual({ [c.field]: ["took longer than 20 s to analyse"] });
    expect(await counts()).toEqual(before);
  });

  it("503 with Retry-After when the analysis workers are shutting down", async () => {
    answer = answers.closing;
    const before = await counts();
    const res = await postJson({ text: text(72) });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(((await res.json()) as { error: string }).error).toMatch(/shutting down; retry/);
    expect(await counts()).toEqual(before);
  });
});
