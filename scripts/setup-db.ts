/**
 * npm run db:setup: creates and migrates the database, then loads the seed stories if it holds none. Runs before
 * `npm run dev` and `npm start`, so a fresh clone needs no other step.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseFile } from "../lib/env";

mkdirSync(path.dirname(databaseFile()), { recursive: true });
execFileSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"] });

const { db } = await import("../lib/db");
if ((await db.story.count()) === 0) {
  const { loadSeeds } = await import("../lib/seeds");
  const started = performance.now();
  const results = await loadSeeds(db);
  const stories = new Set(results.map((r) => r.story.url));
  console.log(`Loaded ${results.length} seed articles into ${stories.size} ${stories.size === 1 ? "story" : "stories"} in ${Math.round(performance.now() - started)} ms: ${[...stories].join(", ")}`);
}
await db.$disconnect();
