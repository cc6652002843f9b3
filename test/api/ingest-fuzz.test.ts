/**
 * POST /api/articles under a few thousand generated bad bodies (fast-check): wrong types, values out of range, unknown
 * fields, NUL and unpaired surrogates, deep nesting, huge strings, invalid UTF-8, broken JSON, wrong content types,
 * oversized batches, on top of hostile text (markup, control characters, bidi overrides). Every body is built from a
 * valid article by applying at least one defect, so the only right answers are 4xx, and no table may change.
 * Requests go through the real route handler with a live token, against one throwaway database for the file. Then the
 * valid starting points themselves must be stored: 2xx, never 5xx.
 *
 * A failure prints fast-check's seed; `FC_SEED=<seed> npx vitest run test/api/ingest-fuzz.test.ts` replays it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { createTestDatabase } from "./fresh-database";
import { tableSnapshot } from "./table-snapshot";

if (process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED) });

const removeDatabase = createTestDatabase();
const { POST } = await import("@/app/api/articles/route");
const { db } = await import("@/lib/db");
const { MAX_BATCH, MAX_INGEST_BYTES, parseIngestBody } = await import("@/lib/stories/schema");
const { createToken } = await import("@/lib/editors/tokens");
const { getArticle, getStoryMatrix } = await import("@/lib/stories/data");
const { COMMAND_LINE } = await import("@/lib/editors/actor");
const { token } = await createToken(db, COMMAND_LINE, { name: "fuzz" });

afterAll(async () => {
  await db.$disconnect();
  removeDatabase();
});

/**
 * One request: the body as bytes (so nothing adds a Content-Type of its own), the Content-Type to send, and the one
 * status it must get when a single status is right.
 */
interface Attempt {
  body: Uint8Array<ArrayBuffer>;
  type: string | null;
  status?: number;
}
const JSON_TYPE = "application/json";
const bytes = (s: string): Uint8Array<ArrayBuffer> => new Uint8Array(Buffer.from(s, "utf8"));

/** fast-check prints a failing value; a 5 MB body is printed as its size, type and first bytes instead. */
function attempt(body: Uint8Array<ArrayBuffer>, type: string | null = JSON_TYPE, status?: number): Attempt {
  return {
    body,
    type,
    status,
    [fc.toStringMethod]: () =>
      `${body.length} bytes as ${JSON.stringify(type)}: ${JSON.stringify(Buffer.from(body.subarray(0, 300)).toString("latin1"))}`,
  } as Attempt;
}
const asJson = (text: string) => attempt(bytes(text));

function post({ body, type }: Attempt) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (type !== null) headers["content-type"] = type;
  return POST(new NextRequest("http://localhost/api/articles", { method: "POST", body, headers }));
}

// ---------------------------------------------------------------------------------------------------------------
// Valid material. Every generated body starts from these, so each defect below is the reason for the refusal.

/**
 * Text that is fine inside a valid string: markup, control characters, bidi overrides, zero-width characters. (NUL
 * and unpaired surrogates are not: they are defects of their own, below.)
 */
const HOSTILE = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(2)">',
  "</textarea><svg onload=alert(3)>",
  "javascript:alert(4)",
  "\"'`${x}{{y}}",
  "\u0001\u0007\u0008\u000b\u000c\u001b[31m\u007f",
  "\r\n\t",
  "\u2028\u2029",
  "\u202e\u202d\u2066\u2067\u2069",
  "\u200b\u200d\ufeff",
  "🚧👩🏽‍🚒",
  "Ünïcödé — “quotes”",
  "%00%s%n",
  "'; DROP TABLE Article; --",
  "../../etc/passwd",
];
const hostile = fc.constantFrom(...HOSTILE);
const words = fc.array(
  fc.constantFrom("officials", "said", "bridge", "flood", "Monday", "mayor", "closed", "42", "reporters", "city"),
  { minLength: 1, maxLength: 12 },
);

/** An article text with letters in it and, half the time, hostile fragments around them. */
const validText = fc
  .tuple(words, fc.array(hostile, { maxLength: 3 }))
  .map(([w, h]) => [...h.slice(0, 1), `The ${w.join(" ")}.`, ...h.slice(1)].join(" "));

const storyRef = fc.oneof(
  fc.constant("Testville flood"),
  fc.record({ title: fc.constant("Testville flood") }),
  fc.record({ slug: fc.constantFrom("testville-flood", "a-1", "x"), title: fc.constant("<b>Flood</b> \u202e") }),
);

const validArticle: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    text: validText,
    outlet: fc.constantFrom("The Testville Times", "Radio <i>Testville</i>", "Le Monde — é", "\u202eevil"),
    title: fc.oneof(validText, fc.constant(null)),
    url: fc.constantFrom(
      "https://example.com/a",
      "http://example.org/news?id=7&utm_source=x#top",
      "https://xn--bcher-kva.example/ü",
    ),
    publishedAt: fc.constantFrom("2024-03-04", "2024-03-04T10:00:00Z", "2024-03-04T10:00:00+02:00", null),
    file: fc.constantFrom("stories/a.txt", null),
    story: storyRef,
  },
  { requiredKeys: ["text"] },
);
const validBatch = fc.record(
  { articles: fc.array(validArticle, { minLength: 1, maxLength: 4 }), story: storyRef },
  { requiredKeys: ["articles"] },
);
const validBody = fc.oneof({ weight: 3, arbitrary: validArticle }, { weight: 1, arbitrary: validBatch });

// ---------------------------------------------------------------------------------------------------------------
// Defects. Each turns a valid body into one the route must refuse.

const ARTICLE_FIELDS = ["text", "outlet", "title", "url", "publishedAt", "file", "story"] as const;
const KNOWN_KEYS = new Set<string>([...ARTICLE_FIELDS, "articles"]);

/**
 * A JSON value of another type than a string (numbers where strings go, and so on). Never null, which most fields
 * allow, and never an object with a `title`, which a story may be.
 */
const notAString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc
    .dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })
    .filter((d) => !("title" in d)),
);
/** JSON number literals that JSON.stringify never writes (Infinity after parsing, -0, beyond 2^53). */
const rawNumber = fc.constantFrom("1e400", "-1e400", "-0", "123456789012345678901234567890", "0.1e-400", "5e-324");

/** A placeholder for raw JSON text that JSON.stringify cannot produce (deep nesting would overflow its stack). */
const RAW = "\u{E000}raw\u{E000}";
const withRaw = (value: unknown, raw: string) => JSON.stringify(value).replace(JSON.stringify(RAW), () => raw);

const NESTINGS = { array: ["[", "", "]"], object: ['{"a":', "1", "}"], mixed: ['[{"a":', "null", "}]"] } as const;
/** Nested arrays and objects up to a million levels, kept under 4 MB so the size limit does not answer first. */
const deepValue = fc
  .tuple(
    fc.constantFrom(...(Object.keys(NESTINGS) as Array<keyof typeof NESTINGS>)),
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 1_000 }) },
      { weight: 3, arbitrary: fc.integer({ min: 1_000, max: 200_000 }) },
      { weight: 1, arbitrary: fc.constant(1_000_000) },
    ),
  )
  .map(([shape, levels]) => {
    const [open, inner, close] = NESTINGS[shape];
    const depth = Math.min(levels, Math.floor(4_000_000 / (open.length + close.length)));
    return open.repeat(depth) + inner + close.repeat(depth);
  });

/** Strings each field refuses, whatever else the article holds (any string of a title or file fits, up to its limit). */
const badValue = {
  text: fc.oneof(
    fc.constant(""),
    // No letter or digit: punctuation, spaces, markup brackets, control characters, emoji, lone surrogates.
    fc
      .array(
        fc.constantFrom(
          " ",
          "\n",
          "\t",
          "<",
          ">",
          "/",
          "&",
          "!",
          "\u0000",
          "\u0001",
          "\u001b",
          "\u007f",
          "\u200b",
          "\u202e",
          "\ufeff",
          "\ud800",
          "\udfff",
          "🚧",
          "—",
          "\u2028",
        ),
        { minLength: 1, maxLength: 40 },
      )
      .map((a) => a.join("")),
  ),
  outlet: fc.constantFrom("", "   ", "\n\t"),
  url: fc.oneof(
    fc.constantFrom(
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "ftp://example.com/a",
      "file:///etc/passwd",
      "//example.com/a",
      "/news/a",
      "not a url",
      "https://",
      "http://exa mple.com",
      "mailto:a@example.com",
      "",
      "\u0000",
    ),
    fc.tuple(fc.constantFrom("javascript:", "vbscript:", "data:,", "ws://x/"), hostile).map(([a, b]) => a + b),
  ),
  publishedAt: fc.constantFrom(
    "yesterday",
    "2024-13-01",
    "2024-00-10",
    "24-03-04",
    "2024/03/04",
    "",
    "March 4, 2024",
    "2024-03-04T25:00:00Z",
    "<script>",
    "1e3",
    "\u202e2024-03-04",
  ),
  story: fc.constantFrom("", "   ", "\n"),
};
const badSlug = fc.constantFrom(
  "Not A Slug",
  "-lead",
  "trail-",
  "double--hyphen",
  "ÜMLAUT",
  "<script>",
  "a/b",
  "a b",
  "",
  "slug\u0000",
  "\u202eslug",
);

/**
 * Over each field's maximum length, filled with ASCII, multi-byte characters or hostile text. zod counts a string's
 * length in code points, so an emoji counts once although it is two UTF-16 units.
 */
const LIMITS = { text: 200_000, outlet: 200, title: 1_000, url: 2_000, file: 1_000, story: 200 } as const;
const filler = fc.constantFrom("a", "é", "€", "😀", "<script>alert(1)</script>", "\u202e", "\u0000", "a\u0301");
const tooLong = (field: keyof typeof LIMITS) =>
  fc
    .tuple(filler, fc.integer({ min: 1, max: 5_000 }))
    .map(
      ([f, extra]) =>
        (field === "url" ? "https://example.com/" : "x") + f.repeat(Math.ceil((LIMITS[field] + extra) / [...f].length)),
    );

const unknownKey = fc
  .oneof(
    fc.constantFrom(
      "__proto__",
      "constructor",
      "toString",
      "hasOwnProperty",
      "valueOf",
      "",
      " ",
      "Text",
      "TEXT",
      "text ",
      "\u0000",
      "<script>",
      "\u202etext",
      "\ud800",
      "story.slug",
      "articles[0]",
      "$where",
    ),
    fc.string({ maxLength: 20 }),
  )
  .filter((k) => !KNOWN_KEYS.has(k));

/** The JSON text of `body` with one more member, written as text so `__proto__` stays a plain key. */
// Replacements by function: a replacement string would read "$'" or "$&" in generated JSON as patterns (seen: a key
// "$'" copied the rest of the body into itself).
const addMember = (body: unknown, key: string, valueJson: string) =>
  JSON.stringify(body).replace(/^\{/, () => `{${JSON.stringify(key)}:${valueJson},`);

/** A single article with one field replaced by the RAW placeholder, for `withRaw` to fill. */
const articleWith = fc.tuple(validArticle, fc.constantFrom(...ARTICLE_FIELDS)).map(([a, f]) => ({ ...a, [f]: RAW }));

// ---------------------------------------------------------------------------------------------------------------
// The properties: one per kind of defect, each with the statuses that kind may get.

interface Kind {
  name: string;
  runs: number;
  bodies: fc.Arbitrary<Attempt>;
  statuses: number[];
}

const KINDS: Kind[] = [
  {
    name: "a field of the wrong type (numbers, booleans, arrays, objects where strings go)",
    runs: 300,
    bodies: fc.oneof(
      fc.tuple(articleWith, notAString).map(([article, v]) => asJson(withRaw(article, JSON.stringify(v)))),
      fc.tuple(articleWith, rawNumber).map(([article, n]) => asJson(withRaw(article, n))),
      validArticle.map((a) => asJson(JSON.stringify({ ...a, text: null }))),
      validArticle.map((a) => asJson(JSON.stringify({ ...a, text: undefined }))),
      fc
        .tuple(validArticle, fc.oneof(notAString, fc.constant(null)))
        .map(([a, v]) => asJson(JSON.stringify({ ...a, story: { slug: v, title: "T" } }))),
      fc
        .tuple(validArticle, fc.oneof(notAString, fc.constant(null)))
        .map(([a, v]) => asJson(JSON.stringify({ ...a, story: { title: v } }))),
      fc
        .tuple(
          validArticle,
          fc.constantFrom({}, { slug: "a" }, { title: "T", extra: 1 }, { title: "T", slug: "a", __x: "<script>" }),
        )
        .map(([a, s]) => asJson(JSON.stringify({ ...a, story: s }))),
    ),
    statuses: [422],
  },
  {
    name: "a field with a value it refuses (blank, no letters, bad URL, bad date, bad slug), hostile text included",
    runs: 250,
    bodies: fc.oneof(
      ...(Object.keys(badValue) as Array<keyof typeof badValue>).map((f) =>
        fc.tuple(validArticle, badValue[f]).map(([a, v]) => asJson(JSON.stringify({ ...a, [f]: v }))),
      ),
      fc.tuple(validArticle, badSlug).map(([a, s]) => asJson(JSON.stringify({ ...a, story: { slug: s, title: "T" } }))),
      fc
        .tuple(validArticle, fc.constantFrom("", "  \n"))
        .map(([a, t]) => asJson(JSON.stringify({ ...a, story: { title: t } }))),
    ),
    statuses: [422],
  },
  {
    name: "a string over its field's length limit",
    runs: 120,
    bodies: fc.oneof(
      ...(Object.keys(LIMITS) as Array<keyof typeof LIMITS>).map((f) =>
        fc.tuple(validArticle, tooLong(f)).map(([a, v]) => asJson(JSON.stringify({ ...a, [f]: v }))),
      ),
    ),
    statuses: [422],
  },
  {
    name: "an unknown field (the schema is strict), with any JSON value",
    runs: 200,
    bodies: fc.oneof(
      fc
        .tuple(validArticle, unknownKey, fc.jsonValue({ maxDepth: 3 }))
        .map(([a, k, v]) => asJson(addMember(a, k, JSON.stringify(v)))),
      fc
        .tuple(validBatch, unknownKey, fc.jsonValue({ maxDepth: 2 }))
        .map(([b, k, v]) => asJson(addMember(b, k, JSON.stringify(v)))),
      fc.tuple(validBatch, fc.nat(), unknownKey, fc.jsonValue({ maxDepth: 2 })).map(([b, i, k, v]) => {
        const articles = b.articles as unknown[];
        const at = i % articles.length;
        return asJson(
          JSON.stringify({ ...b, articles: articles.map((a, j) => (j === at ? RAW : a)) }).replace(
            JSON.stringify(RAW),
            () => addMember(articles[at], k, JSON.stringify(v)),
          ),
        );
      }),
      // A duplicate key: JSON.parse keeps the last one, here the bad one.
      fc
        .tuple(validArticle, notAString)
        .map(([a, v]) => asJson(JSON.stringify(a).replace(/\}$/, () => `,"text":${JSON.stringify(v)}}`))),
    ),
    statuses: [422],
  },
  {
    name: "a NUL or an unpaired surrogate in a string that would be stored",
    runs: 150,
    bodies: fc
      .tuple(
        validBody,
        fc.constantFrom("text", "outlet", "title", "url", "file", "story", "story.title"),
        fc.constantFrom("\u0000", "\ud800", "\udbff", "\udc00", "\udfff", "\udc00\ud800"),
        fc.nat(),
      )
      .map(([valid, field, bad, i]) => {
        const v = structuredClone(valid);
        const article = ("articles" in v ? (v.articles as Array<Record<string, unknown>>)[0] : v)!;
        // Between two code points: inside an emoji's surrogate pair, "\udc00\ud800" would complete both halves.
        const insert = (s: string) => {
          const points = [...s];
          const at = i % (points.length + 1);
          return points.slice(0, at).join("") + bad + points.slice(at).join("");
        };
        if (field === "url") article.url = `https://example.com/${insert("news/a")}`;
        else if (field === "story.title") article.story = { title: insert("Testville flood") };
        else article[field] = insert(typeof article[field] === "string" ? (article[field] as string) : "Testville");
        return asJson(JSON.stringify(v));
      }),
    statuses: [422],
  },
  {
    name: "deep nesting (up to 1,000,000 levels) in a field, an unknown field, the batch or the whole body",
    runs: 120,
    bodies: fc.oneof(
      fc.tuple(articleWith, deepValue).map(([article, d]) => asJson(withRaw(article, d))),
      fc.tuple(validArticle, deepValue).map(([a, d]) => asJson(addMember(a, "nested", d))),
      fc
        .tuple(validBatch, deepValue)
        .map(([b, d]) => asJson(withRaw({ ...b, articles: [...(b.articles as unknown[]), RAW] }, d))),
      fc.tuple(validBatch, deepValue).map(([b, d]) => asJson(withRaw({ ...b, articles: RAW }, d))),
      deepValue.map((d) => asJson(d)),
    ),
    statuses: [422],
  },
  {
    name: "a batch that breaks the batch rules (empty, over the maximum, not a list, one bad article)",
    runs: 150,
    bodies: fc.oneof(
      fc.option(storyRef, { nil: undefined }).map((s) => asJson(JSON.stringify({ story: s, articles: [] }))),
      fc
        .array(validArticle, { minLength: MAX_BATCH + 1, maxLength: MAX_BATCH + 20 })
        .map((articles) => asJson(JSON.stringify({ articles }))),
      fc
        .oneof(
          notAString.filter((v) => !Array.isArray(v)),
          fc.constant(null),
          fc.string(),
        )
        .map((v) => asJson(JSON.stringify({ articles: v }))),
      fc
        .tuple(fc.array(validArticle, { minLength: 1, maxLength: 5 }), fc.nat(), badValue.text)
        .map(([articles, i, t]) =>
          asJson(
            JSON.stringify({ articles: articles.map((a, j) => (j === i % articles.length ? { ...a, text: t } : a)) }),
          ),
        ),
      fc
        .tuple(validBatch, fc.oneof(notAString, fc.constantFrom("", "  ")))
        .map(([b, s]) => asJson(JSON.stringify({ ...b, story: s }))),
    ),
    statuses: [422],
  },
  {
    name: "a body that is JSON but not an object (array, string, number, null, boolean)",
    runs: 100,
    bodies: fc
      .oneof(
        fc.array(validArticle, { maxLength: 3 }),
        fc.string(),
        validText,
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constant(null),
        fc.boolean(),
      )
      .map((v) => asJson(JSON.stringify(v))),
    statuses: [422],
  },
  {
    name: "invalid UTF-8 (stray, overlong, truncated and surrogate sequences; UTF-16 and Latin-1 bodies)",
    runs: 300,
    bodies: fc.oneof(
      fc
        .tuple(
          validBody,
          fc.nat(),
          fc.constantFrom(
            [0x80],
            [0xbf],
            [0xc0, 0x80],
            [0xc1, 0xbf],
            [0xe0, 0x80, 0x80],
            [0xed, 0xa0, 0x80],
            [0xed, 0xbf, 0xbf],
            [0xf4, 0x90, 0x80, 0x80],
            [0xf8, 0x88, 0x80, 0x80, 0x80],
            [0xfe],
            [0xff],
            [0xc3],
            [0xe2, 0x82],
            [0xf0, 0x9f, 0x98],
          ),
        )
        .map(([v, i, bad]) => {
          const good = bytes(JSON.stringify(v));
          const at = i % (good.length + 1);
          return attempt(new Uint8Array([...good.subarray(0, at), ...bad, ...good.subarray(at)]));
        }),
      fc.tuple(validBody, fc.boolean()).map(([v, bom]) => {
        const le = Buffer.from(JSON.stringify(v), "utf16le");
        return attempt(
          new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), le]) : le.swap16()),
          "application/json; charset=utf-16",
        );
      }),
      validBody.map((v) => attempt(new Uint8Array(Buffer.from(JSON.stringify(v), "utf16le")))),
      // Latin-1 differs from UTF-8 only outside ASCII, so the outlet makes sure there is such a character.
      validArticle.map((a) =>
        attempt(
          new Uint8Array(
            Buffer.from(JSON.stringify({ ...a, outlet: "Le Monde — é" }).replace(/[\u0100-\uffff]/g, "?"), "latin1"),
          ),
        ),
      ),
    ),
    statuses: [415],
  },
  {
    name: "broken JSON (truncated, trailing garbage, comments, single quotes, NaN, raw control characters)",
    runs: 300,
    bodies: fc.oneof(
      fc.tuple(validBody, fc.nat()).map(([v, i]) => {
        const good = bytes(JSON.stringify(v));
        return attempt(good.subarray(0, 1 + (i % (good.length - 1))));
      }),
      fc
        .tuple(
          validBody,
          fc.constantFrom<(json: string) => string>(
            (j) => j + "x",
            (j) => j + j,
            (j) => j + "<script>alert(1)</script>",
            (j) => j.replace(/\}$/, ",}"),
            (j) => j.replace(/^\{/, "{/* c */"),
            (j) => j.replace(/^\{/, "{// c\n"),
            (j) => j.replace(/"/g, "'"),
            (j) => j.replace(/"(\w+)":/, "$1:"),
            (j) => j.replace(/\}$/, ',"x":NaN}'),
            (j) => j.replace(/\}$/, ',"x":undefined}'),
            (j) => j.replace(/\}$/, ',"x":0x10}'),
            (j) => j.replace(/\}$/, ',"x":01}'),
            (j) => j.replace(/\}$/, ',"x":+1}'),
            (j) => j.replace(/\}$/, ',"x":Infinity}'),
            (j) => j.replace(/"text":"/, '"text":"\u0000'),
            (j) => j.replace(/"text":"/, '"text":"line\nbreak '),
            (j) => j.replace(/"text":"/, '"text":"\u001b[2J'),
            (j) => j.replace(/"text":"/, '"text":"bad escape \\x41 '),
            (j) => j.replace(/"text":"/, '"text":"a short escape \\u12 '),
            (j) => `\u0000${j}`,
            (j) => j.slice(0, -1),
            (j) => `[${j}`,
            (j) => `<?xml version="1.0"?><article>${j}</article>`,
          ),
        )
        // The edits that touch "text" need an article: a batch's first one.
        .map(([v, f]) => asJson(f(JSON.stringify("articles" in v ? (v.articles as unknown[])[0] : v)))),
    ),
    statuses: [415],
  },
  {
    name: "a valid article sent without a JSON content type",
    runs: 150,
    bodies: fc
      .tuple(
        validBody,
        fc.oneof(
          fc.constantFrom(
            null,
            "",
            "text/plain",
            "text/plain; charset=utf-8",
            "text/html",
            "text/json",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/javascript",
            "application/json5",
            "application/jsonl",
            "application/x-ndjson",
            "application/octet-stream",
            "json",
            "application/",
            "application json",
            "application/json-seq",
            "*/*",
          ),
          fc.string({ maxLength: 30 }).filter((s) => !/json/i.test(s)),
        ),
      )
      .map(([v, type]) => attempt(bytes(JSON.stringify(v)), type)),
    statuses: [415],
  },
  {
    name: "a body around the size limit: over it 413, at or under it 422 (the text is too long)",
    runs: 40,
    bodies: fc
      .tuple(fc.integer({ min: -64, max: 64 }), fc.constantFrom("a", "é", "€", "😀", "<p>"))
      .map(([offset, fill]) => {
        // {"text":"…"} of exactly MAX_INGEST_BYTES + offset bytes: multi-byte fill, padded with ASCII.
        const size = MAX_INGEST_BYTES + offset - '{"text":""}'.length;
        const unit = Buffer.byteLength(fill);
        const body = bytes(JSON.stringify({ text: fill.repeat(Math.floor(size / unit)) + "a".repeat(size % unit) }));
        if (body.length !== MAX_INGEST_BYTES + offset)
          throw new Error(`built ${body.length} bytes, meant ${MAX_INGEST_BYTES + offset}`);
        return attempt(body, JSON_TYPE, offset > 0 ? 413 : 422);
      }),
    statuses: [413, 422],
  },
];

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
