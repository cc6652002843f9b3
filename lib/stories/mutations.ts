import { createHash, randomUUID } from "node:crypto";
import { debuglog } from "node:util";
import normalizeUrl from "normalize-url";
import slugify from "@sindresorhus/slugify";
import { z } from "zod";
import type { Analysis, ClaimAt, GroupOverride } from "../analysis/analyze";
import type { ArticleExtraction } from "../analysis/extract";
import { storable, type ArticleInput } from "../analysis/schema";
import { EXTRACTION_VERSION } from "../analysis/version";
import { analysisPool, AnalysisTimeout, AnalysisUnavailable } from "../analysis-pool";
import { hashId, normalize } from "../analysis/text";
import type { Db } from "../db";
import { inChunks } from "../db-chunks";
import { insertRows } from "../db-rows";
import { isDatabaseUnavailable, isUniqueViolation } from "../db-errors";
import type { Actor } from "../editors/actor";
import { audit } from "../editors/audit";
import { ClientError, parseInput } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { carryClaimIds, carryOver, type GroupMembers } from "./carry-over";
import { addTerms, bestStory, termCounts, type TermCounts } from "./placement";
import { reextractOptionsSchema, type IngestArticle } from "./schema";
import {
  extractionSchema,
  overrideKindSchema,
  storedValue,
  termCountsSchema,
  type CoverageJson,
  type DiscrepancyBasisJson,
  type DiscrepancyValueJson,
  type OverrideKind,
  type VariantJson,
} from "./json";

export interface IngestOutcome {
  status: "created" | "existing";
  article: { id: string; url: string };
  story: { id: string; slug: string; title: string; url: string };
}

/** Stories an article that names none is compared with: the most recently updated. */
const CANDIDATE_STORIES = 200;
const MAX_ATTEMPTS = 5;
export const ROW_WRITES = {
  /**
   * A changed row with more members than this is updated in place, its members written only where they changed;
   * with fewer it is rewritten whole. An UPDATE costs 0.7-1.2 ms more than a row of a multi-row INSERT, as much as
   * inserting 40-55 members (SQLite and PostgreSQL, measured 2026-11).
   */
  updateMembers: 50,
};

/** The same text is the same article, whatever its whitespace, case or curly quotes. */
export const contentHash = (text: string) => createHash("sha256").update(normalize(text)).digest("hex");

/** One URL per article: https, no tracking parameters, fragment, "www." or trailing slash. */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return normalizeUrl(url, {
      forceHttps: true,
      stripHash: true,
      stripWWW: true,
      removeQueryParameters: [/^utm_\w+/i, "fbclid", "gclid", "ref"],
      sortQueryParameters: true,
    });
  } catch {
    return url;
  }
}

const storyUrl = (slug: string) => `/stories/${encodeURIComponent(slug)}`;
const articleUrl = (id: string) => `/articles/${id}`;

/** A concurrent writer changed the story between our read and our write; the ingest starts over. */
class StaleStory extends Error {}

// Prisma's 5 s default is for interactive work; a batch into a large story writes thousands of rows.
const WRITE_TX = { timeout: 60_000, maxWait: 60_000 };

/**
 * Articles one ingest round takes at most. A round's transaction holds the write lock and everything behind it
 * waits for its analyses, so an unbounded round would stall everything behind it; four full batches keep it under a
 * few seconds.
 */
export const MAX_ROUND_ARTICLES = 200;

// `NODE_DEBUG=newscompare-ingest` prints one line per round step (the system tests watch for them; see test/system).
const trace = debuglog("newscompare-ingest");

// ---- The write queue ----
//
// SQLite takes one writer at a time and a story's analysis needs the story as stored, so one process writes one
// thing at a time and loses nothing by it. (The analysis itself runs on worker threads, lib/analysis-pool.ts: the
// writer waits for it, the thread that answers requests does not.) Ingests that arrive while the writer is busy wait in the queue; the next round takes
// them together (group commit, at most MAX_ROUND_ARTICLES), analyses each story they touch once for all their new
// articles and stores the lot in one transaction, so a story is analysed once per round instead of once per request.
// Each request still gets its own answer, and all of its articles are stored or none: a round that fails is run again
// request by request. An article whose extraction, or a story whose analysis, takes longer than its time budget
// fails only the requests it belongs to (a story's: every request of the round that adds to it), and the round is
// run again without them; a slow article delays its round by at most the extraction budget. An article that an earlier request of the same round stores is "existing" for the later one,
// as it would be a moment later; a request sent twice at once thus gets 201 once and 200 once, with the same ids.
// Editors' grouping decisions run alone, in their turn. Other processes on the same database are kept out by each
// story's version, checked when it is written: a round or a decision that finds it changed starts over.

interface IngestJob extends IngestRequest {
  kind: "ingest";
  db: Db;
  done: (outcomes: IngestOutcome[]) => void;
  failed: (e: unknown) => void;
}
interface SoloJob {
  kind: "solo";
  run: () => Promise<void>;
}
type Job = IngestJob | SoloJob;

const jobs: Job[] = [];
let writing = false;
let rounds = 0;

function enqueue(job: Job) {
  jobs.push(job);
  if (writing) return;
  writing = true;
  void drain();
}

/**
 * Lets the event loop take in what is waiting (requests, their bodies, their token checks). better-sqlite3 answers
 * synchronously, so a round's queries resolve as microtasks and a round would otherwise run from start to end without
 * letting any other request reach the queue: there would be nothing to group (seen: one request per round under 20
 * clients). PostgreSQL's network round trips yield anyway.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The writer: one round (or one decision) at a time, each after a turn of the event loop (so calls made in the same tick share the first round). */
async function drain() {
  try {
    while (jobs.length) {
      await nextTurn();
      const head = jobs[0]!;
      if (head.kind === "solo") {
        jobs.shift();
        await head.run();
        continue;
      }
      // Consecutive ingests only, so that a decision queued between two ingests still comes between them.
      const round: IngestJob[] = [];
      let size = 0;
      for (const job of jobs) {
        if (
          job.kind !== "ingest" ||
          job.db !== head.db ||
          (round.length && size + job.articles.length > MAX_ROUND_ARTICLES)
        )
          break;
        round.push(job);
        size += job.articles.length;
      }
      jobs.splice(0, round.length);
      await ingestRound(head.db, round);
    }
  } finally {
    writing = false;
  }
}

export interface IngestOptions {
  /** Where the body has an article's text, for the error of one that took too long to analyse ("articles.2.text"). */
  textField?: (index: number) => string;
}

/** One request's articles as a round takes them. */
interface IngestRequest {
  articles: IngestArticle[];
  textField: (index: number) => string;
}

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
  return new Promise((done, failed) => enqueue({ kind: "ingest", db, articles, textField, done, failed }));
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

/** Runs a write alone in the queue, reading afresh and starting over when another process wrote the story meanwhile. */
function retried<T>(write: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) =>
    enqueue({ kind: "solo", run: () => withRetries(write).then(resolve, reject) }),
  );
}

async function withRetries<T>(write: () => Promise<T>, round?: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (e) {
      const retry = e instanceof StaleStory || isUniqueViolation(e);
      if (!retry || attempt >= MAX_ATTEMPTS) throw e;
      if (round !== undefined)
        trace(
          "round %d: %s; starting over (attempt %d)",
          round,
          e instanceof StaleStory ? "a story changed meanwhile" : "a unique key was taken meanwhile",
          attempt + 1,
        );
    }
  }
}

/**
 * One round: every request's articles together, one analysis per story. Requests whose article or story took longer
 * than its budget to analyse fail, and the round is run again without them. When the round fails for any other
 * reason but an unavailable database or analysis pool (which would fail each request alike), its requests run again
 * one by one, so that a request that cannot be stored fails alone and the others are stored.
 */
async function ingestRound(db: Db, round: IngestJob[]) {
  const n = ++rounds;
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
      return;
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

interface StoryLoad {
  id: string | null;
  slug: string;
  title: string;
  version: number;
  terms: TermCounts;
  existing: Array<{
    id: string;
    input: ArticleInput;
    extraction: ArticleExtraction;
    /** EXTRACTION_VERSION of the code that made `extraction` (0: before versions were recorded). */
    extractionVersion: number;
    /** Extracted again for this write (reextractStories): the article's extraction and claims are rewritten. */
    reextracted?: boolean;
    claimIds: Map<string, string>;
    label: string;
  }>;
  added: Array<{
    id: string;
    input: IngestArticle;
    extraction: ArticleExtraction;
    hash: string;
    canonical: string | null;
    claimIds: Map<string, string>;
  }>;
  groups: Array<GroupMembers & { kind: string }>;
  /** Editors' active grouping decisions, oldest first: every analysis of the story re-applies them. */
  overrides: OverrideLoad[];
  /** The active rows as this process last wrote them, by id; absent when the story was read from the database. */
  stored?: Map<string, WrittenRow>;
}

interface OverrideLoad {
  id: string;
  kind: OverrideKind;
  claimId: string;
  targetClaimId: string | null;
  groupId: string;
  targetGroupId: string;
  measure: string | null;
}

/** Where one article of a request ends up: a row stored before the round, or an article this round adds. */
type Slot = { stored: IngestOutcome } | { story: StoryLoad; articleId: string; by: number };

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

/**
 * A story whose analysis took longer than the budget: the requests of the round that add articles to it fail with
 * a 422; the round goes on without them (ingestRound).
 */
class StoryTooSlow extends ClientError {
  constructor(
    readonly story: StoryLoad,
    budgetMs: number,
  ) {
    super(
      422,
      `the story "${story.slug}" took longer than ${budgetMs / 1000} s to analyse with the new articles; nothing was stored`,
    );
  }
}

/**
 * One attempt at a round: the requests' articles deduplicated (against the database, each other and themselves),
 * placed, their stories analysed once each and written in one transaction. Outcomes per request, in order.
 */
async function ingestOnce(db: Db, requests: IngestRequest[], round: number): Promise<IngestOutcome[][]> {
  const stories = new Map<string, StoryLoad>();
  // The requests that add articles to each story (those that fail with it when its analysis takes too long).
  const adding = new Map<StoryLoad, Set<number>>();
  // Content hashes and canonical URLs met so far in the round, across requests.
  const known = new Map<string, Slot>();
  const slots = [];
  for (const [by, { articles, textField }] of requests.entries()) {
    // ...and within this request, whose repeats get the same outcome as their first (created twice is still one).
    const own = new Map<string, Slot>();
    const out: Slot[] = [];
    for (const [index, input] of articles.entries()) {
      const hash = contentHash(input.text);
      const canonical = canonicalUrl(input.url);
      const keys = canonical ? [hash, canonical] : [hash];
      const found =
        keys.map((k) => own.get(k)).find(Boolean) ??
        keys.map((k) => known.get(k)).find(Boolean) ??
        (await storedArticle(db, hash, canonical));
      let slot: Slot;
      if (found) slot = found;
      else {
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
              [textField(index)]: [`took longer than ${seconds} s to analyse`],
            }),
          );
        }
        const story = await placeArticle(db, input, extraction, stories);
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
        slot = { story, articleId: id, by };
        adding.set(story, (adding.get(story) ?? new Set()).add(by));
      }
      for (const k of keys) {
        own.set(k, slot);
        if (!known.has(k)) known.set(k, slot);
      }
      out.push(slot);
    }
    slots.push(out);
  }

  const changed = [...new Set(stories.values())].filter((s) => s.added.length);
  if (changed.length) {
    const started = performance.now();
    const analysed: Array<{ story: StoryLoad; analysis: Analysis }> = [];
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
      const out: StoryLoad[] = [];
      for (const { story, analysis } of analysed) out.push(await writeStory(tx, story, analysis));
      return out;
    }, WRITE_TX);
    for (const story of written) remember(db, story);
    trace("round %d: stored in %d ms", round, Math.round(performance.now() - writing));
  }
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

async function storedArticle(db: Db, hash: string, canonical: string | null): Promise<Slot | undefined> {
  const found = await db.article.findFirst({
    where: { OR: [{ contentHash: hash }, ...(canonical ? [{ canonicalUrl: canonical }] : [])] },
    select: { id: true, story: { select: { id: true, slug: true, title: true } } },
  });
  return found
    ? {
        stored: {
          status: "existing",
          article: { id: found.id, url: articleUrl(found.id) },
          story: { ...found.story, url: storyUrl(found.story.slug) },
        },
      }
    : undefined;
}

/** Finds (and loads, once per round) the story an article goes to: the one it names, else the most similar. */
async function placeArticle(
  db: Db,
  input: IngestArticle,
  extraction: ArticleExtraction,
  loaded: Map<string, StoryLoad>,
): Promise<StoryLoad> {
  if (input.story) {
    const { slug, title } = typeof input.story === "string" ? { slug: input.story, title: input.story } : input.story;
    const refKey = `ref:${slug ?? ""}|${title}`;
    const cached = loaded.get(refKey);
    if (cached) return cached;
    const row = await db.story.findFirst({
      where: { OR: [{ slug: slug ?? title }, { title }] },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    // A story an earlier request of the round starts is not in the database yet, but is the one this names.
    const started = [...new Set(loaded.values())].find(
      (s) => s.id === null && (s.slug === (slug ?? title) || s.title === title),
    );
    const story = row
      ? await loadStory(db, row.id, loaded)
      : (started ?? (await newStory(db, title, loaded, typeof input.story === "string" ? undefined : slug)));
    loaded.set(refKey, story);
    return story;
  }
  const terms = termCounts(extraction);
  const pending = [...new Set(loaded.values())];
  const rows = await db.story.findMany({
    orderBy: { updatedAt: "desc" },
    take: CANDIDATE_STORIES,
    select: { id: true, terms: true },
  });
  const candidates = [
    ...pending.map((s) => ({ key: s, terms: s.terms })),
    ...rows
      .filter((r) => !pending.some((p) => p.id === r.id))
      .map((r) => ({ key: r.id, terms: storedValue(termCountsSchema, r.terms, storyAt(r.id, "terms")) })),
  ];
  const best = bestStory(terms, candidates);
  if (best) return typeof best.key === "string" ? loadStory(db, best.key, loaded) : best.key;
  const title = input.title?.trim() || extraction.claims[0]?.text.slice(0, 120) || "Untitled story";
  return newStory(db, title, loaded);
}

async function newStory(db: Db, title: string, loaded: Map<string, StoryLoad>, wanted?: string): Promise<StoryLoad> {
  const base = wanted ?? (slugify(title).slice(0, 80).replace(/-+$/, "") || "story");
  let slug = base;
  const taken = new Set([...loaded.values()].map((s) => s.slug));
  for (let k = 2; taken.has(slug) || (await db.story.findUnique({ where: { slug }, select: { id: true } })); k++)
    slug = `${base}-${k}`;
  const story: StoryLoad = {
    id: null,
    slug,
    title,
    version: 0,
    terms: {},
    existing: [],
    added: [],
    groups: [],
    overrides: [],
  };
  loaded.set(`new:${slug}`, story);
  return story;
}

/** Where a story's JSON column is, for the error a broken one throws (json.ts storedValue). */
const storyAt = (id: string, column: string) => ({ table: "Story", column, id });

async function loadStory(db: Db, id: string, loaded: Map<string, StoryLoad>): Promise<StoryLoad> {
  const cached = loaded.get(id);
  if (cached) return cached;
  const remembered = recent.get(db);
  const known = remembered?.get(id);
  if (remembered && known) {
    // Every write to a story's articles, rows or decisions bumps its version, whichever process makes it.
    const now = await db.story.findUnique({ where: { id }, select: { version: true } });
    remembered.delete(id);
    if (now?.version === known.version) {
      remembered.set(id, known);
      const story: StoryLoad = {
        ...known,
        existing: [...known.existing],
        added: [],
        groups: [...known.groups],
        overrides: [...known.overrides],
      };
      loaded.set(id, story);
      return story;
    }
  }
  const row = await db.story.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      version: true,
      terms: true,
      articles: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          label: true,
          title: true,
          url: true,
          publishedAt: true,
          text: true,
          extraction: true,
          extractionVersion: true,
          outlet: { select: { name: true } },
          claims: { select: { id: true, key: true } },
        },
      },
      groups: {
        where: { status: "active" },
        select: { id: true, kind: true, claims: { select: { claimId: true }, orderBy: { order: "asc" } } },
      },
      overrides: {
        where: { undoneAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          claimId: true,
          targetClaimId: true,
          groupId: true,
          targetGroupId: true,
          measure: true,
        },
      },
    },
  });
  const story: StoryLoad = {
    id: row.id,
    slug: row.slug,
    title: row.title,
    version: row.version,
    terms: storedValue(termCountsSchema, row.terms, storyAt(row.id, "terms")),
    existing: row.articles.map((a) => ({
      id: a.id,
      label: a.label,
      input: { text: a.text, url: a.url, title: a.title, publishedAt: a.publishedAt, outlet: a.outlet?.name ?? null },
      extraction: storedValue(extractionSchema, a.extraction, { table: "Article", column: "extraction", id: a.id }),
      extractionVersion: a.extractionVersion,
      claimIds: new Map(a.claims.map((c) => [c.key, c.id])),
    })),
    added: [],
    groups: row.groups.map((g) => ({ id: g.id, kind: g.kind, claims: g.claims.map((c) => c.claimId) })),
    overrides: row.overrides.map((o) => ({
      ...o,
      kind: storedValue(overrideKindSchema, o.kind, { table: "GroupOverride", column: "kind", id: o.id }),
    })),
  };
  loaded.set(id, story);
  return story;
}

type Tx = Prisma.TransactionClient;

/**
 * The stories this process wrote last, as their write left them: the next write to one of them re-reads only its
 * version, not every article's text and extraction (a 500-article story is megabytes of JSON, read on every ingest).
 * A version that moved meanwhile (another process or server wrote) means a full read. Oldest out first. Per client:
 * two databases can hold a story under the same id at the same version (a copy of a database, or a test's two), and
 * one's story written into the other breaks it (issue 17).
 */
const RECENT_STORIES = 64;
let recent = new WeakMap<Db, Map<string, StoryLoad>>();

function remember(db: Db, story: StoryLoad) {
  let remembered = recent.get(db);
  if (!remembered) recent.set(db, (remembered = new Map()));
  remembered.delete(story.id!);
  remembered.set(story.id!, story);
  while (remembered.size > RECENT_STORIES) remembered.delete(remembered.keys().next().value!);
}

/** Forgets every story of every database (tests that change stories behind the writer's back). */
export function forgetRecentStories() {
  recent = new WeakMap();
}

/** The story's analysis with its editors' decisions applied, their claims named by article index and key. */
async function analyse(story: StoryLoad): Promise<Analysis> {
  const all = [...story.existing, ...story.added];
  const at = new Map<string, ClaimAt>();
  all.forEach((a, article) => a.claimIds.forEach((id, key) => at.set(id, { article, key })));
  const overrides = story.overrides.flatMap((o): GroupOverride[] => {
    // A fact row is named by the id the analysis gives it (dismissFactRow).
    if (o.kind === "dismiss") return [{ kind: "dismiss", row: o.targetGroupId }];
    const claim = at.get(o.claimId);
    const target = o.targetClaimId === null ? undefined : at.get(o.targetClaimId);
    if (!claim) return [];
    if (o.kind === "split") return [{ kind: "split", claim }];
    if (o.kind === "leave") return o.measure ? [{ kind: "leave", claim, measure: o.measure }] : [];
    return target ? [{ kind: "merge", claim, target }] : [];
  });
  try {
    return await analysisPool().analyse(
      all.map((a) => ({
        id: poolKey(a.id, "extractionVersion" in a ? a.extractionVersion : EXTRACTION_VERSION),
        input: a.input,
        extraction: a.extraction,
      })),
      { overrides },
    );
  } catch (e) {
    throw e instanceof AnalysisTimeout ? new StoryTooSlow(story, e.budgetMs) : e;
  }
}

/**
 * An article as the analysis workers keep it: its id and the version of its extraction. A worker of a server that
 * keeps an article across another process's re-extraction (`npm run reanalyze`) thus gets the new one sent whole.
 */
const poolKey = (articleId: string, version: number) => `${articleId}@${version}`;

/** Claim id → index of the claim row holding it. Fact rows are left out: they repeat claims that have a claim row. */
function claimRows(story: StoryLoad, analysis: Analysis): Map<string, number> {
  const all = [...story.existing, ...story.added];
  const rows = new Map<string, number>();
  analysis.groups.forEach((g, n) => {
    if (g.kind === "claim") for (const c of g.claims) rows.set(all[c.article]!.claimIds.get(c.key)!, n);
  });
  return rows;
}

/**
 * The ids editors' decisions fix: a merge keeps the id of the row merged into, a split claim keeps the row it was
 * given. A later decision wins where two name the same row or the same id. `restore` (after an undo) gives a row
 * its old id back where no decision fixes that row or that id.
 */
function pinsOf(
  story: StoryLoad,
  rows: Map<string, number>,
  restore?: { row: number; id: string },
): Map<number, string> {
  const pins = new Map<number, string>();
  for (const o of story.overrides) {
    // A dismissed row is not built, so no id to fix; a fact row a statement left keeps the id the analysis gives it.
    if (o.kind === "dismiss" || o.kind === "leave") continue;
    const row = rows.get(o.kind === "merge" ? o.targetClaimId! : o.claimId);
    if (row === undefined) continue;
    for (const [other, id] of pins) if (id === o.targetGroupId) pins.delete(other);
    pins.set(row, o.targetGroupId);
  }
  if (restore && !pins.has(restore.row) && ![...pins.values()].includes(restore.id)) pins.set(restore.row, restore.id);
  return pins;
}

/** Writes the story and returns it as written (for `remember`, once the transaction has committed). */
async function writeStory(
  tx: Tx,
  story: StoryLoad,
  analysis: Analysis,
  restore?: { row: number; id: string },
): Promise<StoryLoad> {
  const all = [...story.existing, ...story.added];
  const articleId = (index: number) => all[index]!.id;
  const claimId = (index: number, key: string) => all[index]!.claimIds.get(key)!;
  const toJson = (v: unknown) => v as Prisma.InputJsonValue;
  // The raw statements below set what Prisma's @default(now()) and @updatedAt would have.
  const now = new Date();
  const summary = analysis.summary;
  const variants = analysis.variants.map((v): VariantJson => ({
    key: v.key,
    forms: Object.entries(v.forms).map(([form, arts]) => ({ form, articles: arts.map(articleId) })),
  }));

  const version = story.id === null ? 1 : story.version + 1;
  if (story.id === null) {
    const created = await tx.story.create({
      data: {
        slug: story.slug,
        title: story.title,
        terms: toJson(story.terms),
        summary: toJson(summary),
        variants: toJson(variants),
        version: 1,
      },
      select: { id: true },
    });
    story.id = created.id;
  } else {
    const bumped =
      await tx.$executeRaw`UPDATE "Story" SET "terms" = ${JSON.stringify(story.terms)}, "summary" = ${JSON.stringify(summary)}, "variants" = ${JSON.stringify(variants)}, "version" = "version" + 1, "updatedAt" = ${now} WHERE "id" = ${story.id} AND "version" = ${story.version}`;
    if (bumped !== 1) throw new StaleStory();
  }
  const storyId = story.id;

  // The new articles and their claims in a few multi-row INSERTs rather than a create per article: Prisma walked and
  // serialised each extraction on the request thread, most of an ingest's write (decision 015).
  const outlets = await outletIds(
    tx,
    story.added.flatMap((a) => a.input.outlet?.trim() || []),
    now,
  );
  await insertRows(
    tx,
    "Article",
    ARTICLE_COLUMNS,
    story.added.map((a, i) => {
      const index = story.existing.length + i;
      return {
        id: a.id,
        storyId,
        outletId: outlets.get(a.input.outlet?.trim() ?? "") ?? null,
        position: index,
        label: analysis.articles[index]!.outlet,
        title: a.input.title ?? null,
        url: a.input.url ?? null,
        canonicalUrl: a.canonical,
        contentHash: a.hash,
        publishedAt: a.input.publishedAt ?? null,
        text: a.input.text,
        extraction: JSON.stringify(a.extraction),
        extractionVersion: EXTRACTION_VERSION,
        words: a.extraction.words,
        createdAt: now,
      };
    }),
  );
  await createClaims(tx, story.added);
  for (const [i, a] of story.existing.entries()) {
    const label = analysis.articles[i]!.outlet;
    if (a.reextracted) {
      await tx.article.update({
        where: { id: a.id },
        data: {
          label,
          extraction: toJson(a.extraction),
          extractionVersion: EXTRACTION_VERSION,
          words: a.extraction.words,
        },
      });
      // Its claims as the new extraction has them, under the ids carried over (reextractOnce). Deleting the old ones
      // takes their row memberships with them: a story with a re-extracted article has every row written anew.
      await tx.claim.deleteMany({ where: { articleId: a.id } });
      await createClaims(tx, [a]);
    } else if (label !== a.label) await tx.article.update({ where: { id: a.id }, data: { label } });
  }

  const next = analysis.groups.map((g) => ({ id: g.id, claims: g.claims.map((c) => claimId(c.article, c.key)) }));
  const { ids, merged } = carryOver(story.groups, next, pinsOf(story, claimRows(story, analysis), restore));
  // A dismissed fact row's id leads nowhere: its claims went to no other row, they were in claim rows all along, and
  // its flags must not follow them there (a "not a contradiction" on it would dismiss the claim row's conflicts).
  for (const o of story.overrides) if (o.kind === "dismiss" && merged.has(o.groupId)) merged.set(o.groupId, null);
  const rows = analysis.groups.map((g, position): StoredRow => {
    const id = ids[position]!;
    const coverage: CoverageJson = {
      articles: g.coverage.articles.map(articleId),
      independent: g.coverage.independent,
      copies: g.coverage.copies.map((c) => ({ article: articleId(c.article), of: articleId(c.of) })),
    };
    // A fact row can list one claim twice (two clauses); the first clause is the one shown.
    const members = new Map<string, Member>();
    g.claims.forEach((c, order) => {
      const claim = claimId(c.article, c.key);
      if (!members.has(claim)) members.set(claim, { start: c.start, end: c.end, text: c.text, order });
    });
    const discrepancies = g.discrepancies.map((d, order) => {
      const inGroup = (key: string) => g.claims.filter((c) => c.key === key).map((c) => claimId(c.article, c.key));
      return {
        kind: d.kind,
        detail: d.detail,
        order,
        diff: d.diff ?? null,
        basis: d.basis ?? null,
        confidence: d.confidence ?? null,
        subject: d.subject ?? null,
        values: d.values.map((v): DiscrepancyValueJson => ({
          value: v.value,
          articles: v.articles.map(articleId),
          claims: [...new Set(v.claims.flatMap(inGroup))],
          spans: v.spans.map((s) => ({ claim: claimId(s.article, s.claim), start: s.start, end: s.end })),
        })),
      };
    });
    const subject = g.subject ?? null;
    return {
      id,
      row: { kind: g.kind, position, soleSource: g.coverage.soleSource, coverage, subject },
      rowKey: digest([g.kind, g.coverage.soleSource, coverage, subject]),
      members,
      discrepancies,
      discrepanciesKey: digest(discrepancies),
    };
  });
  const reextracted = story.existing.some((a) => a.reextracted);
  await writeRows(tx, storyId, rows, merged, now, reextracted ? undefined : story.stored);

  // The story as loadStory would now read it: articles in position order with their new labels, the active rows
  // with their members in order (a claim listed twice in a row once), the same decisions.
  return {
    ...story,
    id: storyId,
    version,
    existing: all.map((a, i) => ({
      id: a.id,
      label: analysis.articles[i]!.outlet,
      input:
        "hash" in a
          ? {
              text: a.input.text,
              url: a.input.url ?? null,
              title: a.input.title ?? null,
              publishedAt: a.input.publishedAt ?? null,
              outlet: a.input.outlet?.trim() || null,
            }
          : a.input,
      extraction: a.extraction,
      extractionVersion: "extractionVersion" in a && !a.reextracted ? a.extractionVersion : EXTRACTION_VERSION,
      claimIds: a.claimIds,
    })),
    added: [],
    groups: rows.map((r) => ({ id: r.id, kind: r.row.kind, claims: [...r.members.keys()] })),
    overrides: [...story.overrides],
    stored: new Map(
      rows.map((r) => [
        r.id,
        { position: r.row.position, rowKey: r.rowKey, members: r.members, discrepanciesKey: r.discrepanciesKey },
      ]),
    ),
  };
}

const ARTICLE_COLUMNS = [
  "id",
  "storyId",
  "outletId",
  "position",
  "label",
  "title",
  "url",
  "canonicalUrl",
  "contentHash",
  "publishedAt",
  "text",
  "extraction",
  "extractionVersion",
  "words",
  "createdAt",
] as const;
const CLAIM_COLUMNS = ["id", "articleId", "key", "start", "end", "text", "paragraph", "attribution"] as const;
/** ClaimGroup's columns as the story's write inserts them (every one: see AGENTS.md). */
export const GROUP_COLUMNS = [
  "id",
  "storyId",
  "kind",
  "status",
  "mergedIntoId",
  "position",
  "soleSource",
  "coverage",
  "subject",
  "createdAt",
  "updatedAt",
] as const;
const DISCREPANCY_COLUMNS = [
  "id",
  "groupId",
  "kind",
  "detail",
  "order",
  "values",
  "diff",
  "basis",
  "confidence",
  "subject",
] as const;

/**
 * The ids of the outlets named, each made first if it is new: two statements for a round's articles, where an upsert
 * each cost more. Another writer may add the same name meanwhile; the INSERT then leaves its row alone.
 */
async function outletIds(tx: Tx, names: string[], now: Date): Promise<Map<string, string>> {
  const wanted = [...new Set(names)];
  await inChunks(
    wanted,
    (some) =>
      tx.$executeRaw`INSERT INTO "Outlet" ("id", "name", "createdAt") VALUES ${Prisma.join(some.map((name) => Prisma.sql`(${randomUUID()}, ${name}, ${now})`))} ON CONFLICT ("name") DO NOTHING`,
    { each: 3, raw: true },
  );
  const found = await inChunks(
    wanted,
    (some) =>
      tx.$queryRaw<
        Array<{ id: string; name: string }>
      >`SELECT "id", "name" FROM "Outlet" WHERE "name" IN (${Prisma.join(some)})`,
    { raw: true },
  );
  return new Map(found.flat().map((o) => [o.name, o.id]));
}

/** Articles' claims as their extractions have them, under the ids given by key. */
async function createClaims(
  tx: Tx,
  articles: Array<{ id: string; extraction: ArticleExtraction; claimIds: Map<string, string> }>,
) {
  await insertRows(
    tx,
    "Claim",
    CLAIM_COLUMNS,
    articles.flatMap((a) =>
      a.extraction.claims.map((c) => ({
        id: a.claimIds.get(c.key)!,
        articleId: a.id,
        key: c.key,
        start: c.start,
        end: c.end,
        text: c.text,
        paragraph: c.paragraph,
        attribution: JSON.stringify(c.attribution),
      })),
    ),
  );
}

/** One claim's place in a row, as GroupClaim stores it. */
interface Member {
  start: number;
  end: number;
  text: string;
  order: number;
}

/**
 * An active row as written: the ClaimGroup columns, its members by claim id and its discrepancies, each with a key
 * to compare against the next write.
 */
interface StoredRow extends Omit<WrittenRow, "position"> {
  id: string;
  row: { kind: string; position: number; soleSource: boolean; coverage: CoverageJson; subject: string | null };
  /** Every column of each discrepancy: the row's `discrepanciesKey` is their digest, so a change to any is written. */
  discrepancies: Array<{
    kind: string;
    detail: string;
    order: number;
    diff: unknown;
    basis: DiscrepancyBasisJson | null;
    confidence: number | null;
    subject: string | null;
    values: DiscrepancyValueJson[];
  }>;
}

/** What the next write compares against, kept with the story (digests rather than a wide story's JSON). */
interface WrittenRow {
  position: number;
  /** Digest of the row's columns but its position. */
  rowKey: string;
  members: Map<string, Member>;
  discrepanciesKey: string;
}

const digest = (v: unknown) => createHash("sha1").update(JSON.stringify(v)).digest("base64");

/**
 * Stores a story's rows. Rows that no longer name a group stay as redirects to where their claims went (`merged`),
 * and earlier redirects to them are pointed one step further, so no permalink needs more than one hop.
 *
 * `before`, the active rows as this process last wrote them (the story's version has not moved since), lets it write
 * only what changed: an article joins a few dozen rows of a wide story, while a rewrite of every row and member
 * (9,200 members in a 500-article story) was a quarter of its ingest and grew with the story (decision 010).
 * Without it, every active row is replaced.
 */
async function writeRows(
  tx: Tx,
  storyId: string,
  rows: StoredRow[],
  merged: Map<string, string | null>,
  now: Date,
  before?: Map<string, WrittenRow>,
) {
  const ids = rows.map((r) => r.id);
  // Written: rows stored whole, in one statement. Kept: rows whose columns stay (but perhaps their place) or get an
  // UPDATE of their own, with their members and discrepancies written only where they changed. A row a new article
  // joined has its coverage changed: it is written whole unless it has so many members that an UPDATE and the few
  // members that changed cost less (a story of a few dozen articles has most of its rows changed by each article).
  const written: StoredRow[] = [];
  const kept: Array<{ r: StoredRow; old: WrittenRow }> = [];
  for (const r of rows) {
    const old = before?.get(r.id);
    if (!old || (old.rowKey !== r.rowKey && r.members.size <= ROW_WRITES.updateMembers)) written.push(r);
    else kept.push({ r, old });
  }
  const updated = kept.filter(({ r, old }) => old.rowKey !== r.rowKey).map(({ r }) => r);
  // Kept rows whose place alone changed (a row above them came or went) are moved in one UPDATE for them all.
  const moved = kept
    .filter(({ r, old }) => old.rowKey === r.rowKey && old.position !== r.row.position)
    .map(({ r }) => r);

  // Away, with their members and discrepancies: rows written anew, active rows no longer in the story (they become
  // redirects below) and redirects whose id a row takes back. Every list here grows with the story: in slices.
  // (Their GroupClaim and Discrepancy rows go with them: ON DELETE CASCADE.)
  const deleteRows = (some: string[]) => tx.$executeRaw`DELETE FROM "ClaimGroup" WHERE "id" IN (${Prisma.join(some)})`;
  if (before) {
    const current = new Set(ids);
    await inChunks([...[...before.keys()].filter((id) => !current.has(id)), ...written.map((r) => r.id)], deleteRows, {
      raw: true,
    });
  } else {
    await tx.claimGroup.deleteMany({ where: { storyId, status: "active" } });
    await inChunks(ids, deleteRows, { raw: true });
  }
  // The rows written whole, and the redirects of rows that left the story, in multi-row INSERTs.
  const redirect = JSON.stringify({ articles: [], independent: 0, copies: [] } satisfies CoverageJson);
  await insertRows(tx, "ClaimGroup", GROUP_COLUMNS, [
    ...written.map((r) => ({
      id: r.id,
      storyId,
      kind: r.row.kind,
      status: "active",
      mergedIntoId: null,
      position: r.row.position,
      soleSource: r.row.soleSource,
      coverage: JSON.stringify(r.row.coverage),
      subject: r.row.subject,
      createdAt: now,
      updatedAt: now,
    })),
    ...[...merged].map(([id, to]) => ({
      id,
      storyId,
      kind: "claim",
      status: to ? "merged" : "gone",
      mergedIntoId: to,
      position: null,
      soleSource: false,
      coverage: redirect,
      subject: null,
      createdAt: now,
      updatedAt: now,
    })),
  ]);
  for (const [id, to] of merged)
    await tx.claimGroup.updateMany({
      where: { mergedIntoId: id },
      data: { mergedIntoId: to, status: to ? "merged" : "gone" },
    });

  for (const r of updated)
    await tx.$executeRaw`UPDATE "ClaimGroup" SET "kind" = ${r.row.kind}, "position" = ${r.row.position}, "soleSource" = ${r.row.soleSource}, "coverage" = ${JSON.stringify(r.row.coverage)}, "subject" = ${r.row.subject}, "updatedAt" = ${now} WHERE "id" = ${r.id}`;
  await inChunks(
    moved,
    (some) => {
      // CAST: PostgreSQL types the CASE's parameters as text otherwise.
      const cases = some.map((r) => Prisma.sql`WHEN ${r.id} THEN CAST(${r.row.position} AS INTEGER)`);
      return tx.$executeRaw`UPDATE "ClaimGroup" SET "position" = CASE "id" ${Prisma.join(cases, " ")} END WHERE "id" IN (${Prisma.join(some.map((r) => r.id))})`;
    },
    { each: 3, raw: true },
  );

  // Members: all of a written row's; of a kept row, those whose clause changed, after deleting the old ones.
  const inserts: Array<Member & { groupId: string; claimId: string }> = [];
  for (const r of written) for (const [claimId, m] of r.members) inserts.push({ groupId: r.id, claimId, ...m });
  const same = (a: Member | undefined, b: Member) =>
    !!a && a.start === b.start && a.end === b.end && a.order === b.order && a.text === b.text;
  for (const { r, old } of kept) {
    const out = [...old.members].filter(([c, m]) => !same(r.members.get(c), m)).map(([c]) => c);
    await inChunks(out, (some) => tx.groupClaim.deleteMany({ where: { groupId: r.id, claimId: { in: some } } }));
    for (const [claimId, m] of r.members)
      if (!same(old.members.get(claimId), m)) inserts.push({ groupId: r.id, claimId, ...m });
  }
  // Multi-row INSERTs: createMany costs about 0.13 ms a row through the driver adapter, five times as much (tmp
  // measurement, 2026-11). Prisma.sql gives each provider its own placeholders.
  await inChunks(
    inserts,
    (some) => {
      const values = some.map(
        (m) => Prisma.sql`(${m.groupId}, ${m.claimId}, ${m.start}, ${m.end}, ${m.text}, ${m.order})`,
      );
      return tx.$executeRaw`INSERT INTO "GroupClaim" ("groupId", "claimId", "start", "end", "text", "order") VALUES ${Prisma.join(values)}`;
    },
    { each: 6, raw: true },
  );

  // Discrepancies: a kept row's list is replaced when any of it changed.
  const stale = kept.filter(({ r, old }) => old.discrepanciesKey !== r.discrepanciesKey).map(({ r }) => r);
  await inChunks(
    stale.map((r) => r.id),
    (some) => tx.$executeRaw`DELETE FROM "Discrepancy" WHERE "groupId" IN (${Prisma.join(some)})`,
    { raw: true },
  );
  // A UUID where Prisma made a cuid: nothing orders by a discrepancy's id or shows it.
  await insertRows(
    tx,
    "Discrepancy",
    DISCREPANCY_COLUMNS,
    [...written, ...stale].flatMap((r) =>
      r.discrepancies.map((d) => ({
        id: randomUUID(),
        groupId: r.id,
        kind: d.kind,
        detail: d.detail,
        order: d.order,
        values: JSON.stringify(d.values),
        // SQL NULL, as Prisma.DbNull was: the column is empty, not a JSON null.
        diff: d.diff === null ? null : JSON.stringify(d.diff),
        basis: d.basis === null ? null : JSON.stringify(d.basis),
        confidence: d.confidence,
        subject: d.subject,
      })),
    ),
  );
}

// ---- Editors' grouping decisions ----

export interface GroupingOutcome {
  overrideId: string;
  storySlug: string;
  /** The row to show next: the row merged into, the split claim's own row, or the row an undo gave back. */
  groupId: string;
}

const idField = (what: string) =>
  z
    .string(`which ${what}?`)
    .trim()
    .min(1, `which ${what}?`)
    .max(100)
    .check(...storable);
export const mergeGroupsSchema = z.object({ sourceGroupId: idField("row"), targetGroupId: idField("row") });
export const splitClaimSchema = z.object({ groupId: idField("row"), claimId: idField("claim") });
export const dismissFactRowSchema = z.object({ groupId: idField("row") });
// The decision's id, bare (scripts) or as a form's field.
export const undoOverrideSchema = z.preprocess(
  (v) => (typeof v === "string" ? { overrideId: v } : v),
  z.object({ overrideId: idField("decision") }),
);

/** A decision is recorded under its editor's account, which the command line does not have. */
function editorId(actor: Actor): string {
  if (actor.id === null)
    throw new ClientError(422, "grouping decisions are recorded under an editor's account; sign in to make one");
  return actor.id;
}

type Row = StoryLoad["groups"][number];

/** The story an active row belongs to, loaded for re-analysis, and the row as that load sees it. */
async function storyWithRow(db: Db, groupId: string): Promise<{ story: StoryLoad; row: Row }> {
  const found = await db.claimGroup.findUnique({
    where: { id: groupId },
    select: { storyId: true, status: true, mergedIntoId: true },
  });
  if (!found) throw new ClientError(404, `no such row: ${groupId}`);
  if (found.status !== "active") throw gone(groupId, found.mergedIntoId);
  const story = await loadStory(db, found.storyId, new Map());
  const row = story.groups.find((g) => g.id === groupId);
  // Another process re-analysed the story between the two reads.
  if (!row) throw new ClientError(409, `row ${groupId} changed meanwhile; reload the page`);
  return { story, row };
}

const gone = (id: string, mergedIntoId: string | null) =>
  new ClientError(
    409,
    mergedIntoId ? `row ${id} has been merged into ${mergedIntoId}` : `row ${id} is no longer in the story`,
  );

// A fact row is derived from the claim rows around it and rebuilt by each analysis: a merge would have nothing to hold
// on to (its statements are taken out one by one, or the row dismissed, instead).
function claimRow(row: Row): Row {
  if (row.kind !== "claim")
    throw new ClientError(
      422,
      "a fact row cannot be merged: it is built from the claim rows' sentences; merge those, or take a statement out of the fact",
    );
  return row;
}

const DECISION_EVENT = {
  merge: "group.merge",
  split: "group.split",
  dismiss: "group.dismiss",
  leave: "group.leave",
} as const;

/** The override row, the re-analysed story and the audit event: all three or none. */
async function decide(
  db: Db,
  actor: Actor,
  story: StoryLoad,
  override: OverrideLoad,
  createdById: string,
): Promise<void> {
  story.overrides.push(override);
  const analysis = await analyse(story);
  const written = await db.$transaction(async (tx) => {
    await tx.groupOverride.create({ data: { ...override, storyId: story.id!, createdById } });
    const out = await writeStory(tx, story, analysis);
    const { id, ...decision } = override;
    await audit(tx, actor, DECISION_EVENT[override.kind], { type: "override", id }, { story: story.slug, ...decision });
    return out;
  }, WRITE_TX);
  remember(db, written);
}

/**
 * Merges one row into another: every later analysis puts the source row's claims with the target's. The merged row
 * keeps the target's id; the source's permalink redirects there.
 */
export async function mergeGroups(db: Db, actor: Actor, input: unknown): Promise<GroupingOutcome> {
  const { sourceGroupId, targetGroupId } = parseInput(mergeGroupsSchema, input, "merge");
  const createdById = editorId(actor);
  if (sourceGroupId === targetGroupId)
    throw new ClientError(422, "a row cannot be merged into itself", { targetGroupId: ["choose another row"] });
  return retried(async () => {
    const { story, row } = await storyWithRow(db, sourceGroupId);
    const source = claimRow(row);
    const found = story.groups.find((g) => g.id === targetGroupId);
    if (!found) {
      const other = await db.claimGroup.findUnique({
        where: { id: targetGroupId },
        select: { storyId: true, mergedIntoId: true },
      });
      if (!other) throw new ClientError(404, `no such row: ${targetGroupId}`, { targetGroupId: ["no such row"] });
      if (other.storyId !== story.id)
        throw new ClientError(422, "rows of different stories cannot be merged", {
          targetGroupId: ["a row of another story"],
        });
      throw gone(targetGroupId, other.mergedIntoId);
    }
    const target = claimRow(found);
    const override: OverrideLoad = {
      id: randomUUID(),
      kind: "merge",
      claimId: source.claims[0]!,
      targetClaimId: target.claims[0]!,
      groupId: source.id,
      targetGroupId: target.id,
      measure: null,
    };
    await decide(db, actor, story, override, createdById);
    return { overrideId: override.id, storySlug: story.slug, groupId: target.id };
  });
}

/**
 * Moves one claim out of its row into a row of its own, which every later analysis keeps apart. On a fact row, takes
 * the outlet's statement out of the fact instead (leaveFactRow).
 */
export async function splitClaim(db: Db, actor: Actor, input: unknown): Promise<GroupingOutcome> {
  const { groupId, claimId } = parseInput(splitClaimSchema, input, "split");
  const createdById = editorId(actor);
  return retried(async () => {
    const { story, row } = await storyWithRow(db, groupId);
    if (!row.claims.includes(claimId))
      throw new ClientError(422, "that claim is not in this row", { claimId: ["not in this row"] });
    if (row.kind === "fact") return leaveFactRow(db, actor, story, row, claimId, createdById);
    if (row.claims.length < 2) throw new ClientError(409, "the claim is alone in its row already");
    const id = randomUUID();
    const override: OverrideLoad = {
      id,
      kind: "split",
      claimId,
      targetClaimId: null,
      groupId,
      targetGroupId: await freshGroupId(db, `s${hashId(id)}`),
      measure: null,
    };
    await decide(db, actor, story, override, createdById);
    return { overrideId: id, storySlug: story.slug, groupId: override.targetGroupId };
  });
}

/**
 * Takes one outlet's statement out of a fact row: its value was paired with a value of another fact (another event's
 * toll, another person's age). Every later analysis leaves that statement's values of the row's measure uncompared,
 * so the row is built from the other statements (under its id while its first statement stays), or not at all when
 * they agree or one outlet is left. The statement keeps its claim row. Undone like the other decisions.
 */
async function leaveFactRow(
  db: Db,
  actor: Actor,
  story: StoryLoad,
  row: Row,
  claimId: string,
  createdById: string,
): Promise<GroupingOutcome> {
  const built = await builtRow(story, row.id);
  if (!built.measure || built.measure === "clause")
    throw new ClientError(422, "this row's statements cannot be taken out one by one; dismiss the row instead");
  const override: OverrideLoad = {
    id: randomUUID(),
    kind: "leave",
    claimId,
    targetClaimId: null,
    groupId: row.id,
    // The analysis's own id for the row, which undo gives back the stored one.
    targetGroupId: built.id,
    measure: built.measure,
  };
  await decide(db, actor, story, override, createdById);
  // Next, the row again when it is still built, else the claim row of the statement, where the decision is listed.
  const still = await db.claimGroup.findFirst({ where: { id: row.id, status: "active" }, select: { id: true } });
  const home =
    still ??
    (await db.groupClaim
      .findFirst({
        where: { claimId, group: { status: "active", kind: "claim" } },
        select: { groupId: true },
      })
      .then((m) => (m ? { id: m.groupId } : null)));
  return { overrideId: override.id, storySlug: story.slug, groupId: home?.id ?? row.id };
}

/** The analysis's own group for a stored fact row, which the stored row is unless it took over an older row's id. */
async function builtRow(story: StoryLoad, groupId: string) {
  const analysis = await analyse(story);
  const all = [...story.existing, ...story.added];
  const next = analysis.groups.map((g) => ({
    id: g.id,
    claims: g.claims.map((c) => all[c.article]!.claimIds.get(c.key)!),
  }));
  const n = carryOver(story.groups, next, pinsOf(story, claimRows(story, analysis))).ids.indexOf(groupId);
  const built = analysis.groups[n];
  if (!built || built.kind !== "fact") throw new ClientError(409, `row ${groupId} changed meanwhile; reload the page`);
  return { ...built, claimIds: next[n]!.claims };
}

/**
 * Dismisses a fact row: its clauses do not state one fact (two amounts of different things, a date of another event),
 * or what it holds is no fact at all. Every later analysis leaves the row out, so its discrepancy leaves the story's
 * counts, the disagreement list and the exports, and its permalink answers 404 (the row is gone, not moved: its
 * sentences stay in their claim rows, and its flags follow nobody). The decision names the row by the id the analysis
 * derives from its first statement and its measure: it holds while those stay, across new articles, as the row's
 * permalink does. Undone like a merge or a split, which builds the row again under its id.
 */
export async function dismissFactRow(db: Db, actor: Actor, input: unknown): Promise<GroupingOutcome> {
  const { groupId } = parseInput(dismissFactRowSchema, input, "dismiss");
  const createdById = editorId(actor);
  return retried(async () => {
    const { story, row } = await storyWithRow(db, groupId);
    if (row.kind !== "fact")
      throw new ClientError(
        422,
        "only fact rows can be dismissed; a claim row's conflict is dismissed by resolving a 'not a contradiction' flag on it",
      );
    const built = await builtRow(story, groupId);
    const override: OverrideLoad = {
      id: randomUUID(),
      kind: "dismiss",
      // Its first statement and the first of another outlet: what the editors' list of decisions shows.
      claimId: row.claims[0]!,
      targetClaimId: built.claimIds.find((_, i) => built.claims[i]!.article !== built.claims[0]!.article) ?? null,
      groupId,
      targetGroupId: built.id,
      measure: null,
    };
    await decide(db, actor, story, override, createdById);
    // Next, the claim row of its first statement, where the decision is listed and can be undone.
    const home = await db.groupClaim.findFirst({
      where: { claimId: override.claimId, group: { status: "active", kind: "claim" } },
      select: { groupId: true },
    });
    return { overrideId: override.id, storySlug: story.slug, groupId: home?.groupId ?? groupId };
  });
}

/** Group ids are global (permalinks), so a new one must not be any story's row or redirect. */
async function freshGroupId(db: Db, base: string): Promise<string> {
  let id = base;
  for (let k = 2; await db.claimGroup.findUnique({ where: { id }, select: { id: true } }); k++) id = `${base}-${k}`;
  return id;
}

/**
 * Takes back a merge or a split: the story is analysed as if it had never been decided. The claim's row gets its
 * old id back (the merged-away row its permalink, the split claim the row it came from), unless it now shares a
 * row with the other side of the decision or another decision fixes that row's id.
 */
export async function undoOverride(db: Db, actor: Actor, input: unknown): Promise<GroupingOutcome> {
  const { overrideId } = parseInput(undoOverrideSchema, input, "undo");
  return retried(async () => {
    const o = await db.groupOverride.findUnique({
      where: { id: overrideId },
      select: {
        storyId: true,
        kind: true,
        claimId: true,
        targetClaimId: true,
        groupId: true,
        targetGroupId: true,
        undoneAt: true,
      },
    });
    if (!o) throw new ClientError(404, "no such grouping decision");
    if (o.undoneAt) throw new ClientError(409, "the decision has been undone already");
    const story = await loadStory(db, o.storyId, new Map());
    story.overrides = story.overrides.filter((x) => x.id !== overrideId);
    const analysis = await analyse(story);
    const rows = claimRows(story, analysis);
    const row = rows.get(o.claimId);
    // Not if the analysis puts the claim with the merge's target anyway, nor if a split claim did not rejoin the
    // claims of the row it left: that id stays with them.
    const back =
      o.kind === "merge"
        ? rows.get(o.targetClaimId!) !== row
        : !!story.groups.find((g) => g.id === o.groupId)?.claims.some((c) => rows.get(c) === row);
    // A dismissed fact row, or one a statement left, is built again under the id it had when the analysis makes it.
    const factRow = o.kind === "dismiss" || o.kind === "leave";
    const rebuilt = factRow ? analysis.groups.findIndex((g) => g.id === o.targetGroupId) : -1;
    const restore = factRow
      ? rebuilt >= 0
        ? { row: rebuilt, id: o.groupId }
        : undefined
      : row !== undefined && back
        ? { row, id: o.groupId }
        : undefined;
    const written = await db.$transaction(async (tx) => {
      const undone = await tx.groupOverride.updateMany({
        where: { id: overrideId, undoneAt: null },
        data: { undoneAt: new Date(), undoneById: actor.id },
      });
      if (undone.count !== 1) throw new StaleStory();
      const out = await writeStory(tx, story, analysis, restore);
      await audit(
        tx,
        actor,
        "group.undo",
        { type: "override", id: overrideId },
        { story: story.slug, kind: o.kind, groupId: o.groupId, targetGroupId: o.targetGroupId },
      );
      return out;
    }, WRITE_TX);
    remember(db, written);
    return { overrideId, storySlug: story.slug, groupId: o.groupId };
  });
}

/** A story's grouping decisions for its editors, newest first, undone ones too, with who took them and their claims. */
export async function listOverrides(db: Db, storyId: string) {
  const rows = await db.groupOverride.findMany({
    where: { storyId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      kind: true,
      claimId: true,
      targetClaimId: true,
      groupId: true,
      targetGroupId: true,
      measure: true,
      createdAt: true,
      undoneAt: true,
      createdBy: { select: { name: true, email: true } },
      undoneBy: { select: { name: true, email: true } },
    },
  });
  const ids = [...new Set(rows.flatMap((o) => (o.targetClaimId ? [o.claimId, o.targetClaimId] : [o.claimId])))];
  const found = (
    await inChunks(ids, (some) =>
      db.claim.findMany({
        where: { id: { in: some } },
        select: { id: true, text: true, article: { select: { label: true } } },
      }),
    )
  ).flat();
  const claims = new Map(found.map((c) => [c.id, { id: c.id, text: c.text, outlet: c.article.label }]));
  return rows.map((o) => ({
    ...o,
    kind: storedValue(overrideKindSchema, o.kind, { table: "GroupOverride", column: "kind", id: o.id }),
    claim: claims.get(o.claimId) ?? null,
    targetClaim: o.targetClaimId ? (claims.get(o.targetClaimId) ?? null) : null,
  }));
}
export type OverrideItem = Awaited<ReturnType<typeof listOverrides>>[number];

// ---- Extractions that follow the code (decision 016) ----

/** What re-extracting one story did, or why it was left as it was. */
export interface StoryReextraction {
  slug: string;
  /** Articles extracted again (0: none was older than the code by the time the story's turn came). */
  articles: number;
  /** Their claims: those that kept an id, those new to them, and old claims none of the new ones carries on. */
  claims: { kept: number; added: number; lost: number };
  /** Editors' grouping decisions naming a lost claim: they no longer apply (an editor can still undo them). */
  lostDecisions: number;
  ms: number;
  /** Set when the story failed: it keeps its stored extractions and analysis, untouched. */
  error?: string;
}

export interface ReextractReport {
  /** The code's EXTRACTION_VERSION, which every re-extracted article now records. */
  version: number;
  stories: StoryReextraction[];
  ms: number;
}

/** Stored articles whose extraction is older than the code's (db:setup re-extracts them when there are any). */
export function countStaleArticles(db: Db): Promise<number> {
  return db.article.count({ where: { extractionVersion: { lt: EXTRACTION_VERSION } } });
}

/**
 * Brings stored extractions up to the code: each story with an article extracted by an older EXTRACTION_VERSION (or,
 * with `all`, every story) has those articles extracted again and the story analysed again, through the write queue
 * and the analysis workers like any ingest. Editors' decisions are re-applied as by every analysis: claims keep
 * their ids (carryClaimIds), rows keep theirs (carryOver) and a row that no longer exists redirects, so flags,
 * merges, splits and permalinks hold. One transaction per story: a story that fails (an article over the extraction
 * budget, the analysis over its budget, a failed write) is reported with its error and left as it was; the others go
 * on. Running it again finds nothing to do. `onStory` hears of each story as it is done.
 */
export async function reextractStories(
  db: Db,
  input: unknown = {},
  onStory?: (r: StoryReextraction) => void,
): Promise<ReextractReport> {
  const { story: slug, all } = parseInput(reextractOptionsSchema, input, "reanalyze");
  const started = performance.now();
  const stories = await db.story.findMany({
    where: {
      ...(slug === undefined ? {} : { slug }),
      articles: { some: all ? {} : { extractionVersion: { lt: EXTRACTION_VERSION } } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, slug: true },
  });
  if (slug !== undefined && !stories.length && !(await db.story.findUnique({ where: { slug }, select: { id: true } })))
    throw new ClientError(404, `no such story: ${slug}`);
  const out: StoryReextraction[] = [];
  for (const s of stories) {
    const t = performance.now();
    // Extractions survive the write's retries (another process wrote the story meanwhile): they depend on the text.
    const extracted = new Map<string, Promise<ArticleExtraction>>();
    let r: Omit<StoryReextraction, "slug" | "ms">;
    try {
      r = await retried(() => reextractOnce(db, s.id, all, extracted));
    } catch (e) {
      r = { ...NOTHING_REEXTRACTED, error: e instanceof Error ? e.message : String(e) };
    }
    const done = { slug: s.slug, ...r, ms: Math.round(performance.now() - t) };
    trace("re-extraction of %s: %o", s.slug, done);
    out.push(done);
    onStory?.(done);
  }
  return { version: EXTRACTION_VERSION, stories: out, ms: Math.round(performance.now() - started) };
}

const NOTHING_REEXTRACTED = { articles: 0, claims: { kept: 0, added: 0, lost: 0 }, lostDecisions: 0 };

/** One attempt at one story, alone in the write queue (retried). */
async function reextractOnce(
  db: Db,
  storyId: string,
  all: boolean,
  extracted: Map<string, Promise<ArticleExtraction>>,
): Promise<Omit<StoryReextraction, "slug" | "ms">> {
  const story = await loadStory(db, storyId, new Map());
  const stale = story.existing.filter((a) => all || a.extractionVersion < EXTRACTION_VERSION);
  if (!stale.length) return NOTHING_REEXTRACTED; // another process did it meanwhile
  const fresh = new Map<string, ArticleExtraction>();
  // All of the story's articles at once: the pool spreads them over its workers.
  await Promise.all(
    stale.map(async (a) => {
      let extraction = extracted.get(a.id);
      if (!extraction) {
        extraction = analysisPool().extract(a.input);
        extraction.catch(() => {}); // awaited below; a rejection waiting for its turn stays quiet
        extracted.set(a.id, extraction);
      }
      try {
        fresh.set(a.id, await extraction);
      } catch (e) {
        if (!(e instanceof AnalysisTimeout)) throw e;
        throw new ClientError(
          422,
          `article ${a.id} took longer than ${e.budgetMs / 1000} s to extract; the story keeps its stored analysis`,
        );
      }
    }),
  );
  const claims = { kept: 0, added: 0, lost: 0 };
  const lost = new Set<string>();
  story.existing = story.existing.map((a) => {
    const extraction = fresh.get(a.id);
    if (!extraction) return a;
    const r = carryClaimIds(a.extraction.claims, a.claimIds, extraction.claims, randomUUID);
    const old = new Set(a.claimIds.values());
    for (const id of r.ids.values()) claims[old.has(id) ? "kept" : "added"]++;
    for (const id of r.lost) lost.add(id);
    return { ...a, extraction, claimIds: r.ids, reextracted: true };
  });
  claims.lost = lost.size;
  // The story's placement terms, summed as the articles arrived (in position order, as ingest adds them).
  story.terms = story.existing.reduce<TermCounts>((sum, a) => addTerms(sum, termCounts(a.extraction)), {});
  analysisPool().forget(stale.flatMap((a) => [poolKey(a.id, a.extractionVersion), poolKey(a.id, EXTRACTION_VERSION)]));
  await nextTurn();
  const analysis = await analyse(story);
  const written = await db.$transaction((tx) => writeStory(tx, story, analysis), WRITE_TX);
  remember(db, written);
  return {
    articles: stale.length,
    claims,
    lostDecisions: story.overrides.filter(
      (o) => lost.has(o.claimId) || (o.targetClaimId !== null && lost.has(o.targetClaimId)),
    ).length,
  };
}
