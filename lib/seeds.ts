import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Db } from "./db";
import { storyBundleSchema } from "./analysis/schema";
import { ingestArticles, type IngestOutcome } from "./stories/mutations";

const manifestSchema = z.object({
  stories: z.array(z.object({ slug: z.string(), title: z.string(), bundle: z.string() }).passthrough()),
});

/**
 * Loads every story of seeds/manifest.json through the ingest code, under the manifest's slug and title. Running it
 * again stores nothing new: each article is recognised by its text.
 */
export async function loadSeeds(db: Db, root = process.cwd()): Promise<IngestOutcome[]> {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(root, "seeds", "manifest.json"), "utf8")));
  const out: IngestOutcome[] = [];
  for (const s of manifest.stories) {
    const bundle = storyBundleSchema.parse(JSON.parse(readFileSync(path.join(root, s.bundle), "utf8")));
    out.push(
      ...(await ingestArticles(
        db,
        bundle.articles.map((a) => ({ ...a, story: { slug: s.slug, title: s.title } })),
      )),
    );
  }
  return out;
}
