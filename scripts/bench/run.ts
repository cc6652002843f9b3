/**
 * One database, start to finish: made fresh, migrated and seeded by the app's own setup, the app built once for every
 * database, the server started, the synthetic stories loaded through the route, then the measures the options ask
 * for; the server stopped and the database dropped however it ends.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { createClient, type Db } from "../../lib/db";
import { COMMAND_LINE } from "../../lib/editors/actor";
import { createToken } from "../../lib/editors/tokens";
import { ROOT } from "../next-app";
import { PRNG_SEED } from "../synthetic-story";
import { articleStream, post, timedGet } from "./client";
import { fmt, median } from "./figures";
import {
  measureCosts,
  measureFeeds,
  measurePages,
  measureUnderIngest,
  type Bench,
  type CostResult,
  type FeedResult,
  type PageResult,
  type StoryInfo,
  type UnderIngestResult,
} from "./measure";
import { SEED_SIZE, type Kind, type Options } from "./options";
import { BenchError, build, freshDatabase, runStep, serverLog, startServer, stopServer } from "./server";

const SEED_SLUG = "iran-syria-2018";
/** The route takes at most 50 articles per request (MAX_BATCH): the synthetic stories are loaded in such batches. */
const BATCH = 50;

export interface DatabaseRun {
  database: Kind;
  url: string;
  setupMs: number;
  loading: Array<{ size: number; ms: number }>;
  stories: StoryInfo[];
  pages: PageResult[];
  costs: CostResult[];
  feeds: FeedResult[];
  underIngest: UnderIngestResult[];
}

/** Whether the app was built yet in this bench, and how long that took: once for every database. */
export interface Built {
  done: boolean;
  ms: number | null;
}

export async function runDatabase(
  kind: Kind,
  serverUrl: string | undefined,
  opts: Options,
  distDir: string,
  built: Built,
): Promise<DatabaseRun> {
  const db0 = await freshDatabase(kind, serverUrl, opts.keep);
  console.log(`\n${kind}: ${db0.shown}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: db0.url,
  };
  // next build and next start set NODE_ENV themselves; an inherited "development" breaks both.
  delete (env as Record<string, unknown>).NODE_ENV;
  const db = createClient(db0.url);
  const headers: Record<string, string> = opts.acceptEncoding ? { "accept-encoding": opts.acceptEncoding } : {};
  try {
    // Migrated and seeded by the app's own setup, as `npm start` does.
    const setupMs = runStep("npm run db:setup", ["--import", "tsx", "scripts/setup-db.ts"], env);
    console.log(`  migrated, seed story loaded in ${fmt(setupMs / 1000, 1)} s`);
    const token = (await createToken(db, COMMAND_LINE, { name: "npm run bench" })).token;
    buildOnce(env, opts, distDir, built);
    const base = await startServer(opts.port, env);
    console.log(`  server up at ${base}`);
    const loading = await loadStories(base, token, opts.sizes);
    const stories = await describeStories(db, opts.sizes);
    const bench: Bench = { kind, base, token, headers, restMs: await restTime(base), opts };
    const pages = opts.measures.has("pages") ? await measurePages(bench, stories) : [];
    const costs = opts.measures.has("cost") ? await measureCosts(bench, stories) : [];
    const feeds = opts.measures.has("feed") ? await measureFeeds(bench) : [];
    const underIngest = opts.measures.has("under-ingest") ? await measureUnderIngest(bench, stories) : [];
    return { database: kind, url: db0.shown, setupMs, loading, stories, pages, costs, feeds, underIngest };
  } finally {
    await stopServer();
    await db.$disconnect();
    await db0.drop();
  }
}

function buildOnce(env: NodeJS.ProcessEnv, opts: Options, distDir: string, built: Built): void {
  if (built.done) return;
  if (opts.build || !existsSync(path.join(ROOT, distDir, "BUILD_ID"))) {
    console.log(`  building into ${distDir}…`);
    built.ms = build(env);
    console.log(`  built in ${fmt(built.ms / 1000, 1)} s`);
  } else console.log(`  --no-build: reusing ${distDir}`);
  built.done = true;
}

/** The synthetic stories, through the route in batches. */
async function loadStories(base: string, token: string, sizes: number[]): Promise<DatabaseRun["loading"]> {
  const loading: DatabaseRun["loading"] = [];
  const next = articleStream(PRNG_SEED + 1_000);
  for (const size of sizes.filter((s) => s !== SEED_SIZE)) {
    const story = { slug: `synthetic-${size}`, title: `Synthetic story (${size} articles)` };
    const started = performance.now();
    for (let i = 0; i < size; i += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, size - i) }, (_, j) => next(story.slug, i + j));
      const r = await post(base, token, { story, articles: batch });
      const created = r.json.articles?.filter((a) => a.status === "created").length ?? 0;
      if (r.status !== 201 || created !== batch.length)
        throw new BenchError(
          `loading ${story.slug}: the route answered ${r.status} with ${created} of ${batch.length} created: ${r.json.error ?? ""}\n${serverLog.join("")}`,
        );
    }
    loading.push({ size, ms: performance.now() - started });
    console.log(
      `  ${story.slug}: ${size} articles through the route in ${fmt((performance.now() - started) / 1000, 1)} s`,
    );
  }
  return loading;
}

/** Each story's widest row: the heaviest permalink a reader can open. */
async function describeStories(db: Db, sizes: number[]): Promise<StoryInfo[]> {
  const stories: StoryInfo[] = [];
  for (const size of sizes) {
    const slug = size === SEED_SIZE ? SEED_SLUG : `synthetic-${size}`;
    const groups = await db.claimGroup.findMany({
      where: { story: { slug }, status: "active" },
      select: { id: true, _count: { select: { claims: true } } },
    });
    const widest = groups.sort((a, b) => b._count.claims - a._count.claims || a.id.localeCompare(b.id))[0];
    if (!widest) throw new BenchError(`story ${slug} has no claim rows`);
    const articles = await db.article.count({ where: { story: { slug } } });
    stories.push({
      slug,
      size,
      articles,
      rows: groups.length,
      permalink: { id: widest.id, cells: widest._count.claims },
    });
    console.log(
      `  ${slug}: ${articles} articles, ${groups.length} rows; permalink ${widest.id} (${widest._count.claims} cells)`,
    );
  }
  return stories;
}

/** How fast the idle server answers GET /: the median of ten requests after five to warm up. */
async function restTime(base: string): Promise<number> {
  const rest: number[] = [];
  for (let i = 0; i < 15; i++) rest.push(await timedGet(`${base}/`));
  return median(rest.slice(5));
}
