/**
 * The server killed (SIGKILL) while it stores a large batch: the database must hold all of the batch or none of
 * it, with a consistent story, and the same request sent to a restarted server must then be stored, once.
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../lib/db";
import { fileOfUrl } from "../../lib/env";
import type { IngestOutcome } from "../../lib/stories/mutations";
import { createDatabase, type TestDatabase } from "../databases";
import { makeIngestToken, postArticles, startServer, type Server } from "./server";
import { storyProblems, syntheticArticles } from "./story-check";

const STORY = { slug: "crash-story", title: "Crash story" };
const BATCH = 50;
type Answer = { articles: IngestOutcome[]; error?: string };

describe("a server killed while it stores a batch", () => {
  let database: TestDatabase;
  const servers: Server[] = [];
  let token: string;

  beforeAll(async () => {
    database = await createDatabase();
    token = await makeIngestToken(database.url);
  });
  afterAll(async () => {
    for (const s of servers) await s.kill();
    await database?.drop();
  });

  /** The story's stored articles' URLs, and what is wrong with it, through a connection opened now. */
  async function inspect() {
    const db = createClient(database.url);
    try {
      const story = await db.story.findUniqueOrThrow({
        where: { slug: STORY.slug },
        select: { id: true, version: true, articles: { select: { url: true } } },
      });
      return {
        urls: new Set(story.articles.map((a) => a.url!)),
        version: story.version,
        problems: await storyProblems(db, story.id),
      };
    } finally {
      await db.$disconnect();
    }
  }

  it("leaves none or all of the batch, and a retry after a restart stores it once", async () => {
    const articles = syntheticArticles(3 * BATCH, 7_000, "https://crash.example/a");
    const [first, second, batch] = [
      articles.slice(0, BATCH),
      articles.slice(BATCH, 2 * BATCH),
      articles.slice(2 * BATCH),
    ];
    const server = await startServer(database.url);
    servers.push(server);

    // A 100-article story first, so that the batch's write takes a while.
    for (const part of [first, second]) {
      const r = await postArticles<Answer>(server, token, { story: STORY, articles: part });
      expect(r.status, JSON.stringify(r.json).slice(0, 300)).toBe(201);
    }
    // How long the last write took: the kill comes a third of that into the next, bigger one.
    const stored = server.lines
      .map((l) => /round \d+: stored in (\d+) ms/.exec(l))
      .filter(Boolean)
      .at(-1);
    const killAfterMs = Math.min(300, Math.round(Number(stored?.[1] ?? 0) / 3));

    const from = server.lines.length;
    const request = postArticles<Answer>(server, token, { story: STORY, articles: batch }).then(
      (r) => ({ answered: r.status }),
      (e: Error) => ({ failed: `${e.message} ${(e.cause as Error | undefined)?.message ?? ""}` }),
    );
    // The server says when the analysis is done and the transaction begins.
    await server.waitForLine(new RegExp(`round \\d+: writing ${BATCH} article`), { from, timeoutMs: 120_000 });
    await new Promise((r) => setTimeout(r, killAfterMs));
    await server.kill();
    const seen = await request;
    expect(seen, "the client saw its connection fail, not an answer").toHaveProperty("failed");

    const file = database.url.startsWith("file:") ? fileOfUrl(database.url) : null;
    // SQLite: a journal left behind means the kill landed inside the transaction; the next connection rolls it back.
    const hotJournal = file ? existsSync(`${file}-journal`) : null;
    const after = await inspect();
    const held = batch.filter((a) => after.urls.has(a.url!)).length;
    expect([0, BATCH], `the database holds ${held} of the batch's ${BATCH} articles`).toContain(held);
    expect(after.urls.size).toBe(2 * BATCH + held);
    expect(after.problems).toEqual([]);

    const restarted = await startServer(database.url);
    servers.push(restarted);
    const retry = await postArticles<Answer>(restarted, token, { story: STORY, articles: batch });
    expect(retry.status).toBe(held ? 200 : 201);
    expect(retry.json.articles.map((o) => o.status)).toEqual(batch.map(() => (held ? "existing" : "created")));
    const final = await inspect();
    expect(final.urls.size).toBe(3 * BATCH);
    expect(final.problems).toEqual([]);
    console.log(
      `killed ${killAfterMs} ms into the write of ${BATCH} articles (the previous write took ${stored?.[1] ?? "?"} ms): the database held ${held} of them` +
        `${hotJournal === null ? "" : hotJournal ? ", with a hot journal that the next connection rolled back" : ", with no journal left"}; ` +
        `the retry answered ${retry.status}; ${final.urls.size} articles, story version ${final.version}`,
    );
  });
});
