/**
 * The bench as a client of the server: pages under load (autocannon), single requests, articles posted to the
 * ingest route, and the deterministic articles it sends.
 */
import autocannon from "autocannon";
import type { IngestOutcome } from "../../lib/stories/mutations";
import type { IngestArticle } from "../../lib/stories/schema";
import { loadSeedBundle, mulberry32, paragraphPool, PRNG_SEED, syntheticArticle, type Rng } from "../synthetic-story";
import { percentile } from "./figures";
import { BenchError, serverLog, sleep } from "./server";

/** 503 answers (database busy) are retried after Retry-After, as a well-behaved client would, at most this often. */
const MAX_RETRIES = 20;

/**
 * autocannon's result has p50, p90, p97.5 and p99 but no p95, and its histogram keeps whole milliseconds; the
 * 'response' event gives every response time, so the percentiles here are exact (2xx responses only).
 */
export async function measure(url: string, connections: number, duration: number, headers: Record<string, string>) {
  const times: number[] = [];
  let non2xx = 0;
  let bytes = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, headers }, (err, r) => (err ? reject(err) : resolve(r)));
    instance.on("response", (_client, status, size, ms) => {
      if (status >= 200 && status < 300) {
        times.push(ms);
        bytes += size;
      } else non2xx++;
    });
  });
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    requestsPerSecond: times.length / result.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times.at(-1) ?? NaN,
    bytes: times.length ? bytes / times.length : NaN,
    non2xx,
    errors: result.errors + result.timeouts,
    inFlightAtEnd: Math.max(0, result.requests.sent - result.requests.total - result.errors - result.timeouts),
  };
}

export async function timedGet(url: string): Promise<number> {
  const started = performance.now();
  const r = await fetch(url);
  await r.arrayBuffer();
  return performance.now() - started;
}

/**
 * Waits until the server is idle again. When autocannon stops it drops its connections, but the server finishes the
 * renders it has started, so the next measurement would pay for the last one. Idle: two story-list requests in a row
 * about as fast as at rest.
 */
export async function settle(base: string, restMs: number): Promise<void> {
  const started = performance.now();
  const limit = Math.max(30, 3 * restMs);
  for (let fast = 0; fast < 2 && performance.now() - started < 60_000;)
    fast = (await timedGet(`${base}/`)) <= limit ? fast + 1 : 0;
}

/** POST /api/articles; a 503 (the database busy) is retried after its Retry-After, and the retries counted. */
export async function post(
  base: string,
  token: string,
  body: unknown,
): Promise<{ ms: number; status: number; retries: number; json: { articles?: IngestOutcome[]; error?: string } }> {
  const started = performance.now();
  for (let retries = 0; ; retries++) {
    const r = await fetch(`${base}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    const json = (await r.json()) as { articles?: IngestOutcome[]; error?: string };
    if (r.status !== 503 || retries >= MAX_RETRIES)
      return { ms: performance.now() - started, status: r.status, retries, json };
    await sleep(1000 * Math.min(5, Number(r.headers.get("retry-after")) || 1));
  }
}

/** One new article into `slug`, or an error that says what the route answered instead. */
export async function ingestOne(base: string, token: string, article: IngestArticle, slug: string) {
  const r = await post(base, token, article);
  const outcome = r.json.articles?.[0];
  if (r.status !== 201 || outcome?.status !== "created")
    throw new BenchError(
      `POST /api/articles answered ${r.status} (${outcome?.status ?? r.json.error}); expected a new article in ${slug}\n${serverLog.slice(-20).join("")}`,
    );
  if (outcome.story.slug !== slug) throw new BenchError(`the article went to ${outcome.story.slug}, not ${slug}`);
  return r;
}

// ---------------------------------------------------------------------------------------------------------------
// Articles: deterministic streams, so every run sends the same text. Every article gets a URL of its own story, as
// two stories never share an article (the same URL is the same article).

export function articleStream(seed: number): (slug: string, index: number) => IngestArticle {
  const { bundle } = loadSeedBundle();
  const pool = paragraphPool(bundle, mulberry32(PRNG_SEED));
  const rng: Rng = mulberry32(seed);
  let n = 0;
  return (slug, index) => {
    const a = syntheticArticle(rng, pool, n++);
    return { ...a, outlet: `Outlet ${index + 1}`, url: `https://outlet-${index + 1}.example/${slug}/${n}` };
  };
}
