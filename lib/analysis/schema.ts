import { z } from "zod";

/**
 * One article as it enters the system. The CLI, the ingest route and the seed script all parse with this schema,
 * so a bundle that the CLI accepts is a body the API accepts.
 */
export const articleInputSchema = z
  .object({
    outlet: z.string().trim().min(1).max(200).nullish(),
    title: z.string().trim().max(1_000).nullish(),
    url: z.url({ protocol: /^https?$/ }).max(2_000).nullish(),
    publishedAt: z.iso
      .date()
      .or(z.iso.datetime({ offset: true, local: true }))
      .nullish()
      .describe("ISO date (2018-08-28) or date-time"),
    text: z
      .string()
      .max(200_000, "text is longer than 200,000 characters")
      .refine((s) => /[\p{L}\p{N}]/u.test(s), "text is empty: it has no letters or digits"),
    /** Where the article came from on disk (eval bundles carry it); kept for the record, not analysed. */
    file: z.string().max(1_000).nullish(),
  })
  .strict();

export const storyBundleSchema = z
  .object({
    story: z.object({ title: z.string().max(1_000).nullish(), slug: z.string().max(200).nullish() }).passthrough().nullish(),
    articles: z.array(articleInputSchema).min(1, "a story needs at least one article").max(1_000),
  })
  .strict();

export type ArticleInput = z.infer<typeof articleInputSchema>;
export type StoryBundle = z.infer<typeof storyBundleSchema>;
