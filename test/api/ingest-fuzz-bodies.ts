/**
 * The bodies the ingest fuzz test (ingest-fuzz.test.ts) sends: valid material to start from, and the defects that
 * turn it into a body the route must refuse.
 */
import fc from "fast-check";

/**
 * One request: the body as bytes (so nothing adds a Content-Type of its own), the Content-Type to send, and the one
 * status it must get when a single status is right.
 */
export interface Attempt {
  body: Uint8Array<ArrayBuffer>;
  type: string | null;
  status?: number;
}
export const JSON_TYPE = "application/json";
export const bytes = (s: string): Uint8Array<ArrayBuffer> => new Uint8Array(Buffer.from(s, "utf8"));

/** fast-check prints a failing value; a 5 MB body is printed as its size, type and first bytes instead. */
export function attempt(body: Uint8Array<ArrayBuffer>, type: string | null = JSON_TYPE, status?: number): Attempt {
  return {
    body,
    type,
    status,
    [fc.toStringMethod]: () =>
      `${body.length} bytes as ${JSON.stringify(type)}: ${JSON.stringify(Buffer.from(body.subarray(0, 300)).toString("latin1"))}`,
  } as Attempt;
}
export const asJson = (text: string) => attempt(bytes(text));

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
export const validText = fc
  .tuple(words, fc.array(hostile, { maxLength: 3 }))
  .map(([w, h]) => [...h.slice(0, 1), `The ${w.join(" ")}.`, ...h.slice(1)].join(" "));

export const storyRef = fc.oneof(
  fc.constant("Testville flood"),
  fc.record({ title: fc.constant("Testville flood") }),
  fc.record({ slug: fc.constantFrom("testville-flood", "a-1", "x"), title: fc.constant("<b>Flood</b> \u202e") }),
);

export const validArticle: fc.Arbitrary<Record<string, unknown>> = fc.record(
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
export const validBatch = fc.record(
  { articles: fc.array(validArticle, { minLength: 1, maxLength: 4 }), story: storyRef },
  { requiredKeys: ["articles"] },
);
export const validBody = fc.oneof({ weight: 3, arbitrary: validArticle }, { weight: 1, arbitrary: validBatch });

// ---------------------------------------------------------------------------------------------------------------
// Defects. Each turns a valid body into one the route must refuse.

const ARTICLE_FIELDS = ["text", "outlet", "title", "url", "publishedAt", "file", "story"] as const;
const KNOWN_KEYS = new Set<string>([...ARTICLE_FIELDS, "articles"]);

/**
 * A JSON value of another type than a string (numbers where strings go, and so on). Never null, which most fields
 * allow, and never an object with a `title`, which a story may be.
 */
export const notAString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc
    .dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })
    .filter((d) => !("title" in d)),
);
/** JSON number literals that JSON.stringify never writes (Infinity after parsing, -0, beyond 2^53). */
export const rawNumber = fc.constantFrom(
  "1e400",
  "-1e400",
  "-0",
  "123456789012345678901234567890",
  "0.1e-400",
  "5e-324",
);

/** A placeholder for raw JSON text that JSON.stringify cannot produce (deep nesting would overflow its stack). */
export const RAW = "\u{E000}raw\u{E000}";
export const withRaw = (value: unknown, raw: string) => JSON.stringify(value).replace(JSON.stringify(RAW), () => raw);

const NESTINGS = { array: ["[", "", "]"], object: ['{"a":', "1", "}"], mixed: ['[{"a":', "null", "}]"] } as const;
/** Nested arrays and objects up to a million levels, kept under 4 MB so the size limit does not answer first. */
export const deepValue = fc
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
export const badValue = {
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
export const badSlug = fc.constantFrom(
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
export const LIMITS = { text: 200_000, outlet: 200, title: 1_000, url: 2_000, file: 1_000, story: 200 } as const;
const filler = fc.constantFrom("a", "é", "€", "😀", "<script>alert(1)</script>", "\u202e", "\u0000", "a\u0301");
export const tooLong = (field: keyof typeof LIMITS) =>
  fc
    .tuple(filler, fc.integer({ min: 1, max: 5_000 }))
    .map(
      ([f, extra]) =>
        (field === "url" ? "https://example.com/" : "x") + f.repeat(Math.ceil((LIMITS[field] + extra) / [...f].length)),
    );

export const unknownKey = fc
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
export const addMember = (body: unknown, key: string, valueJson: string) =>
  JSON.stringify(body).replace(/^\{/, () => `{${JSON.stringify(key)}:${valueJson},`);

/** A single article with one field replaced by the RAW placeholder, for `withRaw` to fill. */
export const articleWith = fc
  .tuple(validArticle, fc.constantFrom(...ARTICLE_FIELDS))
  .map(([a, f]) => ({ ...a, [f]: RAW }));
