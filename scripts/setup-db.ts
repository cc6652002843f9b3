/**
 * npm run db:setup: creates and migrates the database, then loads the seed stories if it holds none. Runs before
 * `npm run dev` and `npm start`, so a fresh clone needs no other step.
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
await db.$disconnect();
