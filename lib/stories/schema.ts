import { z } from "zod";
import { articleInputSchema, storable } from "../analysis/schema";

/** Largest request body the ingest route reads (bytes). A batch of max-size articles fits; anything larger is 413. */
export const MAX_INGEST_BYTES = 5 * 1024 * 1024;
/** Articles per batch request. */
export const MAX_BATCH = 50;

/**
 * The story an article belongs to: an existing story's slug, or a title (an existing story with that title, or a
 * new one). Left out, the article joins the most similar recent story or starts its own.
 */
export const storyRefSchema = z.union([
  z
    .string()
    .trim()
    .min(1, "story is empty")
    .max(200)
    .check(...storable),
  z
    .object({
      slug: z
        .string()
        .trim()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug: lower-case letters, digits and single hyphens")
        .max(100)
        .optional(),
      title: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .check(...storable),
    })
    .strict(),
]);
export type StoryRef = z.infer<typeof storyRefSchema>;

/** One article as the ingest route, the ingest CLI and the seed loader take it: the analysis input plus its story. */
export const ingestArticleSchema = articleInputSchema.extend({ story: storyRefSchema.nullish() });

export const ingestBatchSchema = z
  .object({
    story: storyRefSchema.nullish(),
    articles: z
      .array(ingestArticleSchema)
      .min(1, "articles is empty")
      .max(MAX_BATCH, `at most ${MAX_BATCH} articles per request`),
  })
  .strict();

export type IngestArticle = z.infer<typeof ingestArticleSchema>;
export type FieldErrors = Record<string, string[]>;

const notAnObject = "the body must be a JSON object: one article, or { articles: [...] }";

/**
 * A body is a batch when it has an `articles` key, otherwise one article. `textField` names an article's text as
 * the body has it, for errors found later (an article that took too long to analyse). Branching before parsing (rather than a
 * z.union) keeps the field errors of the shape the client meant.
 */
export function parseIngestBody(
  raw: unknown,
):
  | { ok: true; articles: IngestArticle[]; textField: (index: number) => string }
  | { ok: false; fieldErrors: FieldErrors } {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return { ok: false, fieldErrors: { "(body)": [notAnObject] } };
  if ("articles" in raw) {
    const r = ingestBatchSchema.safeParse(raw);
    return r.success
      ? {
          ok: true,
          articles: r.data.articles.map((a) => ({ ...a, story: a.story ?? r.data.story })),
          textField: (i) => `articles.${i}.text`,
        }
      : { ok: false, fieldErrors: fieldErrors(r.error) };
  }
  const r = ingestArticleSchema.safeParse(raw);
  return r.success
    ? { ok: true, articles: [r.data], textField: () => "text" }
    : { ok: false, fieldErrors: fieldErrors(r.error) };
}

/** Field errors keyed by dotted path ("articles.2.text"), as the API returns them. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  // A Map, not an object literal: the keys are the client's own ("constructor", "__proto__"), and on a plain object
  // those find Object.prototype's members instead of an empty slot.
  const out = new Map<string, string[]>();
  const add = (path: PropertyKey[], message: string) => {
    const key = path.map(String).join(".") || "(body)";
    out.set(key, [...(out.get(key) ?? []), message]);
  };
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") for (const k of issue.keys) add([...issue.path, k], "unknown field");
    else add(issue.path, issue.message);
  }
  return Object.fromEntries(out);
}

/**
 * What `reextractStories` (lib/stories/mutations/reextract.ts) is asked to do: `npm run reanalyze [-- --story <slug>] [--all]`
 * and `npm run db:setup`. Without `all`, only articles whose stored extraction is older than the code's
 * (EXTRACTION_VERSION) are extracted again; with it, every article of the stories chosen.
 */
export const reextractOptionsSchema = z
  .object({
    story: z
      .string("the story's slug")
      .trim()
      .min(1, "which story?")
      .max(200)
      .check(...storable)
      .optional(),
    all: z.boolean().default(false),
  })
  .strict();
export type ReextractOptions = z.input<typeof reextractOptionsSchema>;

// ---- Editors' grouping decisions (lib/stories/mutations/grouping.ts) ----

const idField = (what: string) =>
  z
    .string(`which ${what}?`)
    .trim()
    .min(1, `which ${what}?`)
    .max(100)
    .check(...storable);
export const mergeGroupsSchema = z.object({ sourceGroupId: idField("row"), targetGroupId: idField("row") });
export const splitClaimSchema = z.object({ groupId: idField("row"), claimId: idField("claim") });
export const dismissFactRowSchema = z.object({ groupId: idField("row") });
// The decision's id, bare (scripts) or as a form's field.
export const undoOverrideSchema = z.preprocess(
  (v) => (typeof v === "string" ? { overrideId: v } : v),
  z.object({ overrideId: idField("decision") }),
);
