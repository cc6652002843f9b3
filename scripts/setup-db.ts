/**
 * npm run db:setup: creates and migrates the database, loads the seed stories if it holds none, extracts again the
 * articles stored by an older extractor (EXTRACTION_VERSION; decision 016), re-analysing their stories, and analyses
 * again the stories whose rows an older analysis made (ANALYSIS_VERSION; decision 031). Runs
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
const { countStaleArticles, countStaleStories, reextractStories } = await import("../lib/stories/mutations");
const staleStories = await countStaleStories(db);
if (staleStories > 0) {
  const { printStory, reextractionSummary, staleLine } = await import("./reanalyze-report");
  console.log(staleLine(await countStaleArticles(db), staleStories));
  // A story that fails keeps its analysis and is tried again by the next db:setup; the server starts regardless.
  console.log(reextractionSummary(await reextractStories(db, {}, printStory)));
}
await db.$disconnect();
