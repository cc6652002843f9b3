/**
 * The four measures of one database, each on the stories the run loaded: pages, ingest cost, ingest throughput (a
 * wire feed) and pages under ingest. Each prints its figures as it goes and returns them for the report.
 */
import { PRNG_SEED } from "../synthetic-story";
import { articleStream, ingestOne, measure, post, settle } from "./client";
import { fmt, load1, median, percentile } from "./figures";
import type { Kind, Options } from "./options";
import { TARGETS } from "./report";
import { BenchError, sleep } from "./server";

export const WARMUP_SECONDS = 1;

/** What every measure needs: the server, a token for its ingest route, and how fast it answers at rest. */
export interface Bench {
  kind: Kind;
  base: string;
  token: string;
  headers: Record<string, string>;
  /** The median time of GET / on the idle server, which `settle` waits to see again between measurements. */
  restMs: number;
  opts: Options;
}

export interface StoryInfo {
  slug: string;
  size: number;
  articles: number;
  rows: number;
  permalink: { id: string; cells: number };
}

export interface PageResult {
  database: Kind;
  page: "matrix" | "permalink";
  size: number;
  url: string;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Mean size of a 2xx response body as sent (compressed when --accept-encoding asks for it), in bytes. */
  bytes: number;
  non2xx: number;
  /** Connection errors and timeouts (autocannon's 10 s). */
  errors: number;
  /**
   * Requests still in flight when the time was up (autocannon drops them). Up to one per connection is normal; a run
   * with fewer responses than connections measured a page slower than the run is long.
   */
  inFlightAtEnd: number;
  loadAverage: number;
}

export interface CostResult {
  database: Kind;
  size: number;
  articlesBefore: number;
  samplesMs: number[];
  medianMs: number;
  loadAverage: number;
}

export interface FeedResult {
  database: Kind;
  clients: number;
  articles: number;
  stories: number;
  seconds: number;
  articlesPerSecond: number;
  p50: number;
  p95: number;
  retries: number;
  loadAverage: number;
}

export interface UnderIngestResult {
  database: Kind;
  view: "cached matrix" | "filtered matrix";
  url: string;
  connections: number;
  clients: number;
  stories: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  /** Articles stored meanwhile, and the ingest requests' p95. */
  ingested: number;
  ingestP95: number;
  ingestFailures: number;
  loadAverage: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Pages

/** Each story's matrix and widest permalink at every --connections, after a warm-up. */
export async function measurePages(bench: Bench, stories: StoryInfo[]): Promise<PageResult[]> {
  const pages: PageResult[] = [];
  for (const s of stories)
    for (const [page, pathname] of [
      ["matrix", `/stories/${s.slug}`],
      ["permalink", `/claims/${s.permalink.id}`],
    ] as const)
      pages.push(...(await measurePage(bench, s, page, pathname)));
  return pages;
}

async function measurePage(bench: Bench, s: StoryInfo, page: PageResult["page"], pathname: string) {
  const { base, headers, opts } = bench;
  const url = base + pathname;
  const first = await fetch(url, { headers });
  await first.arrayBuffer();
  if (first.status !== 200) throw new BenchError(`GET ${pathname} answered ${first.status}`);
  // The first requests pay for module loading, cold caches and the cached view's first render.
  await measure(url, 10, WARMUP_SECONDS, headers);
  const pages: PageResult[] = [];
  for (const c of opts.connections) {
    await settle(base, bench.restMs);
    const r: PageResult = {
      database: bench.kind,
      page,
      size: s.size,
      url: pathname,
      connections: c,
      ...(await measure(url, c, opts.duration, headers)),
      loadAverage: load1(),
    };
    pages.push(r);
    const trouble = [
      r.non2xx && `${r.non2xx} non-2xx`,
      r.errors && `${r.errors} errors or timeouts`,
      r.requests < c && `only ${r.requests} responses in ${opts.duration} s`,
    ].filter(Boolean);
    console.log(
      `  ${page} (${s.size}) at ${c}: p50 ${fmt(r.p50, 1)} ms, p95 ${fmt(r.p95, 1)} ms, ${fmt(r.requestsPerSecond, 1)} req/s, ${fmt(r.bytes / 1024)} KB${trouble.length ? ` (${trouble.join(", ")})` : ""}`,
    );
  }
  return pages;
}

// ---------------------------------------------------------------------------------------------------------------
// Ingest cost

/**
 * Ingest cost by story size, after the pages (the stories grow by --cost-reps articles each). The sizes take turns,
 * one article each per round, so a slow spell of a shared machine weighs on every size alike rather than on whichever
 * size it fell on.
 */
export async function measureCosts(bench: Bench, stories: StoryInfo[]): Promise<CostResult[]> {
  const { base, token, restMs, opts } = bench;
  const fresh = articleStream(PRNG_SEED + 2_000);
  const samples = stories.map((): number[] => []);
  for (let i = 0; i < opts.costReps; i++)
    for (const [k, s] of stories.entries()) {
      await settle(base, restMs);
      samples[k]!.push((await ingestOne(base, token, { ...fresh(s.slug, s.articles + i), story: s.slug }, s.slug)).ms);
    }
  return stories.map((s, k): CostResult => {
    console.log(`  ingest one article into ${s.slug} (${s.articles} articles): median ${fmt(median(samples[k]!))} ms`);
    return {
      database: bench.kind,
      size: s.size,
      articlesBefore: s.articles,
      samplesMs: samples[k]!,
      medianMs: median(samples[k]!),
      loadAverage: load1(),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Ingest throughput

/**
 * A wire feed per --feed-clients. Article i goes to story i mod n, so every story grows at the same pace, and each
 * client takes the next article as soon as its last one is answered. Each run has stories of its own, so both start
 * from the same sizes.
 */
export async function measureFeeds(bench: Bench): Promise<FeedResult[]> {
  const feeds: FeedResult[] = [];
  for (const clients of bench.opts.feedClients) feeds.push(await measureFeed(bench, clients));
  return feeds;
}

async function measureFeed(bench: Bench, clients: number): Promise<FeedResult> {
  const { base, token, opts } = bench;
  await settle(base, bench.restMs);
  const slugs = Array.from({ length: opts.feedStories }, (_, i) => `wire-${clients}c-${i + 1}`);
  const feedNext = articleStream(PRNG_SEED + 3_000 + clients);
  const feed = Array.from({ length: opts.feedArticles }, (_, i) => {
    const slug = slugs[i % slugs.length]!;
    return {
      slug,
      article: { ...feedNext(slug, Math.floor(i / slugs.length)), story: { slug, title: `Wire story ${slug}` } },
    };
  });
  const times: number[] = [];
  let retries = 0;
  let at = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (at < feed.length) {
        const item = feed[at++]!;
        const r = await ingestOne(base, token, item.article, item.slug);
        times.push(r.ms);
        retries += r.retries;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const f: FeedResult = {
    database: bench.kind,
    clients,
    articles: feed.length,
    stories: slugs.length,
    seconds,
    articlesPerSecond: feed.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    retries,
    loadAverage: load1(),
  };
  console.log(
    `  wire feed, ${clients} client(s): ${f.articles} articles into ${f.stories} stories in ${fmt(seconds, 1)} s, ${fmt(f.articlesPerSecond, 1)} articles/s (p95 ${fmt(f.p95)} ms${retries ? `, ${retries} retries after 503` : ""})`,
  );
  return f;
}

// ---------------------------------------------------------------------------------------------------------------
// Pages under ingest

interface Ingesting {
  stop: boolean;
  ingested: number;
  failures: number;
  times: number[];
}

/**
 * The clients ingest one article after another, spread over a few stories as the wire feed is, while a reader loads
 * the cached matrix of the 100-article story for the given time, then a filtered view of it (rendered per request).
 * The analysis used to run on the request thread: 20 ingesting clients took the cached matrix's p95 from 12 ms to
 * 689 ms (hardening issue, finding 1).
 */
export async function measureUnderIngest(bench: Bench, stories: StoryInfo[]): Promise<UnderIngestResult[]> {
  const story =
    stories.find((s) => s.size === TARGETS.matrixStorySize) ?? stories.reduce((a, b) => (b.size > a.size ? b : a));
  await settle(bench.base, bench.restMs);
  const state: Ingesting = { stop: false, ingested: 0, failures: 0, times: [] };
  const clients = startIngesting(bench, state);
  await sleep(2_000); // every client has a request in flight
  const underIngest: UnderIngestResult[] = [];
  for (const [view, pathname] of [
    ["cached matrix", `/stories/${story.slug}`],
    ["filtered matrix", `/stories/${story.slug}?show=discrepancies`],
  ] as const)
    underIngest.push(await measureWhileIngesting(bench, state, story, view, pathname));
  state.stop = true;
  await Promise.all(clients);
  return underIngest;
}

/** --under-ingest-clients clients, each posting one article after another until `state.stop`. */
function startIngesting(bench: Bench, state: Ingesting): Promise<void>[] {
  const { base, token, opts } = bench;
  const busyNext = articleStream(PRNG_SEED + 4_000);
  let sent = 0;
  return Array.from({ length: opts.underIngestClients }, async () => {
    while (!state.stop) {
      const n = sent++;
      const s = (n % opts.underIngestStories) + 1;
      const slug = `busy-${s}`;
      const article = busyNext(slug, Math.floor(n / opts.underIngestStories));
      const r = await post(base, token, { ...article, story: { slug, title: `Busy story ${s}` } });
      if (r.status === 201) {
        state.ingested++;
        state.times.push(r.ms);
      } else state.failures++;
    }
  });
}

async function measureWhileIngesting(
  bench: Bench,
  state: Ingesting,
  story: StoryInfo,
  view: UnderIngestResult["view"],
  pathname: string,
): Promise<UnderIngestResult> {
  const { opts } = bench;
  const before = { ingested: state.ingested, times: state.times.length, failures: state.failures };
  const m = await measure(bench.base + pathname, opts.underIngestConnections, opts.underIngest, bench.headers);
  const times = state.times.slice(before.times).sort((a, b) => a - b);
  const r: UnderIngestResult = {
    database: bench.kind,
    view,
    url: pathname,
    connections: opts.underIngestConnections,
    clients: opts.underIngestClients,
    stories: opts.underIngestStories,
    requests: m.requests,
    p50: m.p50,
    p95: m.p95,
    p99: m.p99,
    max: m.max,
    non2xx: m.non2xx,
    errors: m.errors,
    ingested: state.ingested - before.ingested,
    ingestP95: percentile(times, 95),
    ingestFailures: state.failures - before.failures,
    loadAverage: load1(),
  };
  console.log(
    `  ${view} (${story.size}) at ${r.connections} while ${r.clients} clients ingest into ${r.stories} stories: p50 ${fmt(r.p50, 1)} ms, p95 ${fmt(r.p95, 1)} ms, ${fmt(r.requests / opts.underIngest, 1)} req/s; ${r.ingested} articles stored meanwhile (ingest p95 ${fmt(r.ingestP95)} ms${r.ingestFailures ? `, ${r.ingestFailures} failed` : ""})`,
  );
  return r;
}
