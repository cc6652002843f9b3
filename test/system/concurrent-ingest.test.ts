/**
 * 20 clients ingest 500 articles at once into 20 stories through the production server, with retries: some
 * requests are sent again by their client after the answer, some by two clients at the same moment. Every article
 * must be stored exactly once, and every story must hold the analysis of its final state (not one of the states
 * it passed through).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type Db } from "../../lib/db";
import { contentHash, type IngestOutcome } from "../../lib/stories/mutations";
import type { IngestArticle } from "../../lib/stories/schema";
import { mulberry32 } from "../../scripts/synthetic-story";
import { createDatabase, type TestDatabase } from "../databases";
import { makeIngestToken, postArticles, startServer, type Server } from "./server";
import { storyProblems, syntheticArticles } from "./story-check";

const CLIENTS = 20;
const STORIES = 20;
const PER_STORY = 25;
/** Request sizes, in turn: single articles and small batches. */
const SIZES = [1, 2, 1, 3, 1, 5, 2, 1, 4];
/** Every RESEND-th request is sent again by its client once answered; every TWIN-th by two clients at once. */
const RESEND = 5;
const TWIN = 7;
const REQUEST_TIMEOUT_MS = 120_000;

interface Send {
  n: number;
  story: { slug: string; title: string };
  articles: IngestArticle[];
}
interface Seen {
  n: number;
  status: number;
  outcomes: IngestOutcome[];
  kind: "first" | "resend" | "twin";
}

describe("20 clients ingesting 500 articles at once", () => {
  let database: TestDatabase;
  let server: Server;
  let token: string;
  let db: Db;

  beforeAll(async () => {
    database = await createDatabase();
    server = await startServer(database.url);
    token = await makeIngestToken(database.url);
    db = createClient(database.url);
  });
  afterAll(async () => {
    await server?.stop();
    await db?.$disconnect();
    await database?.drop();
  });

  it("stores every article once, each story analysed for its final state", async () => {
    const articles = syntheticArticles(STORIES * PER_STORY, 5_000, "https://load.example/a");
    const sends: Send[] = [];
    for (let s = 0; s < STORIES; s++) {
      const story = { slug: `load-${s}`, title: `Load story ${s}` };
      const own = articles.slice(s * PER_STORY, (s + 1) * PER_STORY);
      for (let i = 0, k = s; i < own.length; k++) {
        const size = SIZES[k % SIZES.length]!;
        sends.push({ n: 0, story, articles: own.slice(i, i + size) });
        i += size;
      }
    }
    // Interleaved, so that requests waiting together touch the same stories.
    const rng = mulberry32(20261124);
    for (let i = sends.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [sends[i], sends[j]] = [sends[j]!, sends[i]!];
    }
    sends.forEach((s, n) => (s.n = n));

    const seen: Seen[] = [];
    const post = async (send: Send, kind: Seen["kind"]) => {
      const r = await postArticles<{ articles: IngestOutcome[]; error?: string }>(
        server,
        token,
        { story: send.story, articles: send.articles },
        REQUEST_TIMEOUT_MS,
      );
      expect(
        [200, 201],
        `request ${send.n} (${kind}) answered ${r.status}: ${JSON.stringify(r.json).slice(0, 300)}`,
      ).toContain(r.status);
      seen.push({ n: send.n, status: r.status, outcomes: r.json.articles, kind });
      return r;
    };
    let next = 0;
    const client = async () => {
      while (next < sends.length) {
        const send = sends[next++]!;
        if (send.n % TWIN === TWIN - 1) await Promise.all([post(send, "first"), post(send, "twin")]);
        else await post(send, "first");
        if (send.n % RESEND === RESEND - 1) {
          const again = await post(send, "resend");
          expect(again.status, `the resent request ${send.n} stored something`).toBe(200);
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const seconds = (performance.now() - started) / 1000;

    // Per answer: 201 exactly when it created something; outcomes in the order of the request's articles.
    for (const s of seen) {
      const send = sends[s.n]!;
      expect(s.outcomes).toHaveLength(send.articles.length);
      expect(s.status).toBe(s.outcomes.some((o) => o.status === "created") ? 201 : 200);
      for (const o of s.outcomes) expect(o.story.slug).toBe(send.story.slug);
    }
    // Per article, across every answer that named it: created exactly once, always the same id.
    const byHash = new Map<string, Array<{ status: string; id: string }>>();
    for (const s of seen)
      sends[s.n]!.articles.forEach((a, i) => {
        const o = s.outcomes[i]!;
        const list = byHash.get(contentHash(a.text)) ?? [];
        list.push({ status: o.status, id: o.article.id });
        byHash.set(contentHash(a.text), list);
      });
    expect(byHash.size).toBe(articles.length);
    for (const [hash, list] of byHash) {
      expect(
        list.filter((o) => o.status === "created"),
        `article ${hash.slice(0, 12)}`,
      ).toHaveLength(1);
      expect(new Set(list.map((o) => o.id)).size, `article ${hash.slice(0, 12)}`).toBe(1);
    }

    // In the database: the 500 articles, each once, nothing else; every story consistent and analysed for its final state.
    const stored = await db.article.findMany({ select: { contentHash: true, story: { select: { slug: true } } } });
    expect(stored).toHaveLength(articles.length);
    expect(new Set(stored.map((a) => a.contentHash))).toEqual(new Set(articles.map((a) => contentHash(a.text))));
    const stories = await db.story.findMany({
      select: { id: true, slug: true, version: true, _count: { select: { articles: true } } },
      orderBy: { slug: "asc" },
    });
    expect(stories).toHaveLength(STORIES);
    const problems = (await Promise.all(stories.map((s) => storyProblems(db, s.id)))).flat();
    expect(problems).toEqual([]);
    for (const s of stories) {
      expect(s._count.articles).toBe(PER_STORY);
      expect(s.version, `${s.slug}: more analyses than articles`).toBeLessThanOrEqual(PER_STORY);
    }

    const requests = seen.length;
    const rounds = new Set(server.lines.flatMap((l) => /round (\d+): \d+ request/.exec(l)?.[1] ?? [])).size;
    const firstSends = sends.length;
    const versions = stories.map((s) => s.version);
    // Requests that waited for the writer went together (group commit): far fewer rounds than requests.
    expect(rounds).toBeLessThan(requests);
    console.log(
      `${articles.length} articles from ${CLIENTS} clients in ${seconds.toFixed(1)} s: ${(articles.length / seconds).toFixed(1)} articles/s; ` +
        `${requests} requests (${firstSends} first sends, ${seen.filter((s) => s.kind === "resend").length} resent, ${seen.filter((s) => s.kind === "twin").length} twins); ` +
        `${rounds} ingest rounds; story versions ${Math.min(...versions)}-${Math.max(...versions)} (${versions.reduce((a, b) => a + b, 0)} analyses in all, for ${firstSends} requests that brought new articles)`,
    );
  });
});
