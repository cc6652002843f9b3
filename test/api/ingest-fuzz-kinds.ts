/** The ingest fuzz test's kinds of defect (ingest-fuzz.test.ts): how each bad body is built and what it may get. */
import fc from "fast-check";
import { MAX_BATCH, MAX_INGEST_BYTES } from "../../lib/stories/schema";
import {
  addMember,
  articleWith,
  asJson,
  attempt,
  badSlug,
  badValue,
  bytes,
  deepValue,
  JSON_TYPE,
  LIMITS,
  notAString,
  RAW,
  rawNumber,
  storyRef,
  tooLong,
  unknownKey,
  validArticle,
  validBatch,
  validBody,
  validText,
  withRaw,
  type Attempt,
} from "./ingest-fuzz-bodies";

// ---------------------------------------------------------------------------------------------------------------
// The properties: one per kind of defect, each with the statuses that kind may get.

export interface Kind {
  name: string;
  runs: number;
  bodies: fc.Arbitrary<Attempt>;
  statuses: number[];
}

export const KINDS: Kind[] = [
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
