import { z } from "zod";
import { limitIssues } from "./limits";

/**
 * Checks for every string that is stored: what neither database can hold is refused here, naming the field, instead
 * of failing the write with a 500. An unpaired surrogate (a JSON "\ud800" escape without its pair) is not Unicode
 * text, and Prisma's query engine rejects the whole query; PostgreSQL's text and jsonb columns cannot hold U+0000
 * (SQLite can, but the same body must get the same answer from both). Found by test/api/ingest-fuzz.test.ts.
 */
export const storable = [
  z.refine<string>((s) => !s.includes("\u0000"), "contains a NUL character (\\u0000), which cannot be stored"),
  z.refine<string>(
    (s) => !/\p{Cs}/u.test(s),
    "contains an unpaired surrogate (\\ud800–\\udfff), which is not Unicode text",
  ),
];

/**
 * One article as it enters the system. The CLI, the ingest route and the seed script all parse with this schema,
 * so a bundle that the CLI accepts is a body the API accepts.
 */
export const articleInputSchema = z
  .object({
    outlet: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .check(...storable)
      .nullish(),
    title: z
      .string()
      .trim()
      .max(1_000)
      .check(...storable)
      .nullish(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2_000)
      .check(...storable)
      .nullish(),
    publishedAt: z.iso
      .date()
      .or(z.iso.datetime({ offset: true, local: true }))
      .nullish()
      .describe("ISO date (2018-08-28) or date-time"),
    text: z
      .string()
      .max(200_000, "text is longer than 200,000 characters")
      .refine((s) => /[\p{L}\p{N}]/u.test(s), "text is empty: it has no letters or digits")
      .check(...storable)
      .superRefine((s, ctx) => {
        for (const message of limitIssues(s)) ctx.addIssue({ code: "custom", message });
      }),
    /** Where the article came from on disk (eval bundles carry it); kept for the record, not analysed. */
    file: z
      .string()
      .max(1_000)
      .check(...storable)
      .nullish(),
  })
  .strict();

export const storyBundleSchema = z
  .object({
    story: z
      .object({
        title: z
          .string()
          .max(1_000)
          .check(...storable)
          .nullish(),
        slug: z
          .string()
          .max(200)
          .check(...storable)
          .nullish(),
      })
      .passthrough()
      .nullish(),
    articles: z.array(articleInputSchema).min(1, "a story needs at least one article").max(1_000),
  })
  .strict();

export type ArticleInput = z.infer<typeof articleInputSchema>;
export type StoryBundle = z.infer<typeof storyBundleSchema>;
