import { randomUUID } from "node:crypto";
import type { Analysis } from "../../analysis/analyze";
import type { ArticleExtraction } from "../../analysis/extract";
import { analysisPool, AnalysisTimeout, AnalysisUnavailable } from "../../analysis-pool";
import type { Db } from "../../db";
import { isDatabaseUnavailable } from "../../db-errors";
import { ClientError } from "../../errors";
import type { LoadedStory } from "../loaded-story";
import { addTerms, termCounts } from "../placement";
import type { IngestArticle } from "../schema";
import { analyse, StoryTooSlow } from "../story-analysis";
import { nextTurn, queueInRound, trace, withRetries, type RoundKind } from "../write-queue";
import { remember } from "./load-story";
import { articleUrl, canonicalUrl, contentHash, placeArticle, storedArticle, storyUrl } from "./place-article";
import { writeStory, WRITE_TX } from "./write-story";

// Ingests go through the write queue (../write-queue.ts) in rounds: the next round takes the ingests waiting for the
// writer together (group commit, at most MAX_ROUND_ARTICLES), analyses each story they touch once for all their new
// articles and stores the lot in one transaction, so a story is analysed once per round instead of once per request.
// Each request still gets its own answer, and all of its articles are stored or none: a round that fails is run again
// request by request. An article whose extraction, or a story whose analysis, takes longer than its time budget
// fails only the requests it belongs to (a story's: every request of the round that adds to it), and the round is
// run again without them; a slow article delays its round by at most the extraction budget. An article that an
// earlier request of the same round stores is "existing" for the later one, as it would be a moment later; a request
// sent twice at once thus gets 201 once and 200 once, with the same ids.

export interface IngestOutcome {
  status: "created" | "existing";
  article: { id: string; url: string };
  story: { id: string; slug: string; title: string; url: string };
}

export interface IngestOptions {
  /** Where the body has an article's text, for the error of one that took too long to analyse ("articles.2.text"). */
  textField?: (index: number) => string;
}

/**
 * Articles one ingest round takes at most. A round's transaction holds the write lock and everything behind it
 * waits for its analyses, so an unbounded round would stall everything behind it; four full batches keep it under a
 * few seconds.
 */
export const MAX_ROUND_ARTICLES = 200;

/** One request's articles as a round takes them. */
interface IngestRequest {
  articles: IngestArticle[];
  textField: (index: number) => string;
}

interface IngestJob extends IngestRequest {
  key: Db;
  size: number;
  done: (outcomes: IngestOutcome[]) => void;
  failed: (e: unknown) => void;
}

const INGEST: RoundKind<IngestJob> = {
  maxSize: MAX_ROUND_ARTICLES,
  run: (jobs, n) => ingestRound(jobs[0]!.key, jobs, n),
};

/**
 * Stores articles and re-analyses their stories, all in one transaction: either every article of the request is
 * stored with its story's new analysis, or nothing is. An article already stored (same canonical URL or same text)
 * is returned as it is, unchanged; so is one that an earlier request of the same round stores (its ids are valid by
 * the time the answer is sent, as the round has committed).
 *
 * The analysis runs on worker threads (lib/analysis-pool.ts). A new article's extraction starts at once, while the
 * request waits for its round; an article that takes longer than the extraction budget fails its request with a
 * 422 naming its field, and a story whose analysis takes longer than its budget fails the requests that add to
 * it. The round goes on without them. With too many articles waiting for extraction, or while the process shuts
 * down, the request fails with AnalysisUnavailable (503). Nothing of a failed request is stored.
 */
export function ingestArticles(
  db: Db,
  articles: IngestArticle[],
  options: IngestOptions = {},
): Promise<IngestOutcome[]> {
  try {
    analysisPool().admit(articles.filter((a) => !extractions.has(a)).length);
  } catch (e) {
    return Promise.reject(e);
  }
  prefetch(db, articles);
  const textField = options.textField ?? ((i: number) => `articles.${i}.text`);
  return new Promise((done, failed) =>
    queueInRound(INGEST, { key: db, size: articles.length, articles, textField, done, failed }),
  );
}

/**
 * Starts the extraction of each article not stored yet, so that it runs while the request waits for the writer.
 * The round awaits the same extraction (extractOnce); a client's retry of a stored article costs no analysis.
 */
function prefetch(db: Db, articles: IngestArticle[]) {
  for (const a of articles) {
    if (extractions.has(a)) continue;
    storedArticle(db, contentHash(a.text), canonicalUrl(a.url)).then(
      (stored) => void (stored || extractOnce(a)),
      () => {}, // the round meets the same database error and answers it
    );
  }
}

/**
 * One round: every request's articles together, one analysis per story. Requests whose article or story took longer
 * than its budget to analyse fail, and the round is run again without them. When the round fails for any other
 * reason but an unavailable database or analysis pool (which would fail each request alike), its requests run again
 * one by one, so that a request that cannot be stored fails alone and the others are stored.
 */
async function ingestRound(db: Db, round: IngestJob[], n: number) {
  const started = performance.now();
  trace(
    "round %d: %d request(s), %d article(s)",
    n,
    round.length,
    round.reduce((k, j) => k + j.articles.length, 0),
  );
  let jobs = round;
  for (;;) {
    try {
      const outcomes = await withRetries(() => ingestOnce(db, jobs, n), n);
      trace("round %d: done in %d ms", n, Math.round(performance.now() - started));
      jobs.forEach((job, i) => job.done(outcomes[i]!));
      return;
    } catch (e) {
      // An article or a story that took too long to analyse fails the requests it belongs to; the others go on as a
      // round (their extractions are kept, so the round is quick to run again).
      if (e instanceof RequestsFailed) {
        trace("round %d: %s; %d request(s) fail, the others go on", n, e.error.message, e.requests.length);
        const failing = new Set(e.requests);
        jobs.forEach((job, i) => failing.has(i) && job.failed(e.error));
        jobs = jobs.filter((_, i) => !failing.has(i));
        if (jobs.length) continue;
        return;
      }
      if (jobs.length === 1 || isDatabaseUnavailable(e) || e instanceof AnalysisUnavailable) {
        for (const job of jobs) job.failed(e);
        return;
      }
      return oneByOne(db, jobs, n, e);
    }
  }
}

/** A round that failed as a whole runs again request by request: one that cannot be stored fails alone. */
async function oneByOne(db: Db, jobs: IngestJob[], n: number, e: unknown) {
  trace(
    "round %d failed (%s); its %d requests run one by one",
    n,
    String((e as Error | null)?.message ?? e)
      .split("\n")
      .at(-1),
    jobs.length,
  );
  for (const job of jobs) {
    try {
      job.done((await withRetries(() => ingestOnce(db, [job], n), n))[0]!);
    } catch (err) {
      job.failed(err instanceof RequestsFailed ? err.error : err);
    }
  }
}

/** Requests of a round (by index) that cannot be stored, and why; the round is tried again without them. */
class RequestsFailed extends Error {
  constructor(
    readonly requests: number[],
    readonly error: ClientError,
  ) {
    super(error.message);
  }
}

/** Where one article of a request ends up: a row stored before the round, or an article this round adds. */
type Slot = { stored: IngestOutcome } | { story: LoadedStory; articleId: string; by: number };

// Extraction depends on the article alone; a round that starts over, or runs its requests one by one, reuses it
// (and a failed one fails again at once, rather than after another budget).
const extractions = new WeakMap<IngestArticle, Promise<ArticleExtraction>>();
function extractOnce(input: IngestArticle): Promise<ArticleExtraction> {
  let extraction = extractions.get(input);
  if (!extraction) {
    trace("extracting an article of %d characters", input.text.length);
    extraction = analysisPool().extract(input);
    extraction.catch(() => {}); // awaited by whoever asked; this keeps a rejection nobody waits for yet quiet
    extractions.set(input, extraction);
  }
  return extraction;
}

/** What one attempt at a round has met so far. */
interface RoundState {
  /** The stories loaded or started, by id, reference and slug (placeArticle). */
  stories: Map<string, LoadedStory>;
  /** The requests that add articles to each story (those that fail with it when its analysis takes too long). */
  adding: Map<LoadedStory, Set<number>>;
  /** Content hashes and canonical URLs met so far in the round, across requests. */
  known: Map<string, Slot>;
}

/**
 * One attempt at a round: the requests' articles deduplicated (against the database, each other and themselves),
 * placed, their stories analysed once each and written in one transaction. Outcomes per request, in order.
 */
async function ingestOnce(db: Db, requests: IngestRequest[], round: number): Promise<IngestOutcome[][]> {
  const state: RoundState = { stories: new Map(), adding: new Map(), known: new Map() };
  const slots: Slot[][] = [];
  for (const [by, request] of requests.entries()) slots.push(await placeRequest(db, request, by, state));
  const changed = [...new Set(state.stories.values())].filter((s) => s.added.length);
  if (changed.length) await storeRound(db, changed, state.adding, round);
  // An article another request of the round stores is "existing" for this one, as it would be a moment later.
  return slots.map((out, by) =>
    out.map((slot): IngestOutcome => {
      if ("stored" in slot) return slot.stored;
      const { story } = slot;
      return {
        status: slot.by === by ? "created" : "existing",
        article: { id: slot.articleId, url: articleUrl(slot.articleId) },
        story: { id: story.id!, slug: story.slug, title: story.title, url: storyUrl(story.slug) },
      };
    }),
  );
}

/** Where each article of one request (`by`) ends up: stored before, met earlier in the round, or added to a story. */
async function placeRequest(db: Db, { articles, textField }: IngestRequest, by: number, state: RoundState) {
  // ...and within this request, whose repeats get the same outcome as their first (created twice is still one).
  const own = new Map<string, Slot>();
  const out: Slot[] = [];
  for (const [index, input] of articles.entries()) {
    const hash = contentHash(input.text);
    const canonical = canonicalUrl(input.url);
    const keys = canonical ? [hash, canonical] : [hash];
    const found =
      keys.map((k) => own.get(k)).find(Boolean) ??
      keys.map((k) => state.known.get(k)).find(Boolean) ??
      (await storedArticle(db, hash, canonical).then((stored) => stored && { stored }));
    const slot = found ?? (await addArticle(db, input, { hash, canonical, by, field: () => textField(index) }, state));
    for (const k of keys) {
      own.set(k, slot);
      if (!state.known.has(k)) state.known.set(k, slot);
    }
    out.push(slot);
  }
  return out;
}

/** A new article, extracted, placed and added to its story for this round's write. */
async function addArticle(
  db: Db,
  input: IngestArticle,
  { hash, canonical, by, field }: { hash: string; canonical: string | null; by: number; field: () => string },
  state: RoundState,
): Promise<Slot> {
  await nextTurn();
  let extraction: ArticleExtraction;
  try {
    extraction = await extractOnce(input);
  } catch (e) {
    if (!(e instanceof AnalysisTimeout)) throw e;
    const seconds = e.budgetMs / 1000;
    throw new RequestsFailed(
      [by],
      new ClientError(422, `an article took longer than ${seconds} s to analyse; nothing was stored`, {
        [field()]: [`took longer than ${seconds} s to analyse`],
      }),
    );
  }
  const story = await placeArticle(db, input, extraction, state.stories);
  const id = randomUUID();
  story.added.push({
    id,
    input,
    extraction,
    hash,
    canonical,
    claimIds: new Map(extraction.claims.map((c) => [c.key, randomUUID()])),
  });
  story.terms = addTerms(story.terms, termCounts(extraction));
  state.adding.set(story, (state.adding.get(story) ?? new Set()).add(by));
  return { story, articleId: id, by };
}

/** The round's changed stories, each analysed once, and written in one transaction. */
async function storeRound(db: Db, changed: LoadedStory[], adding: Map<LoadedStory, Set<number>>, round: number) {
  const started = performance.now();
  const analysed: Array<{ story: LoadedStory; analysis: Analysis }> = [];
  for (const story of changed) {
    try {
      analysed.push({ story, analysis: await analyse(story) });
    } catch (e) {
      if (e instanceof StoryTooSlow) throw new RequestsFailed([...adding.get(story)!], e);
      throw e;
    }
  }
  trace(
    "round %d: writing %d article(s) into %d story(ies), analysed in %d ms",
    round,
    changed.reduce((k, s) => k + s.added.length, 0),
    changed.length,
    Math.round(performance.now() - started),
  );
  const writing = performance.now();
  const written = await db.$transaction(async (tx) => {
    const out: LoadedStory[] = [];
    for (const { story, analysis } of analysed) out.push(await writeStory(tx, story, analysis));
    return out;
  }, WRITE_TX);
  for (const story of written) remember(db, story);
  trace("round %d: stored in %d ms", round, Math.round(performance.now() - writing));
}
