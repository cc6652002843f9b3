/**
 * npm run db:setup: creates and migrates the database, loads the seed stories if it holds none, and extracts again
 * the articles stored by an older extractor (EXTRACTION_VERSION; decision 016), re-analysing their stories. Runs
 * before `npm run dev` and `npm start`, so a fresh clone needs no other step and an upgraded one serves analyses of
 * the code it runs.
 */
import { migrate } from "../lib/migrate";

migrate();

const { db } = await import("../lib/db");
if ((await db.story.count()) === 0) {
  const { loadSeeds } = await import("../lib/seeds");
  const started = performance.now();
  const results = await loadSeeds(db);
  const stories = new Set(results.map((r) => r.story.url));
  console.log(
    `Loaded ${results.length} seed articles into ${stories.size} ${stories.size === 1 ? "story" : "stories"} in ${Math.round(performance.now() - started)} ms: ${[...stories].join(", ")}`,
  );
}
const { countStaleArticles, reextractStories } = await import("../lib/stories/mutations");
const stale = await countStaleArticles(db);
if (stale > 0) {
  const { printStory, reextractionSummary } = await import("./reanalyze-report");
  console.log(
    `${stale} stored article${stale === 1 ? " was" : "s were"} extracted by an older extractor: extracting again`,
  );
  // A story that fails keeps its analysis and is tried again by the next db:setup; the server starts regardless.
  console.log(reextractionSummary(await reextractStories(db, {}, printStory)));
}
await db.$disconnect();
