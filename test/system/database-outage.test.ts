/**
 * The database goes away under a running server (SQLite: another process locks it past the busy timeout;
 * PostgreSQL: the server stops, test/system/outage.ts): ingest and the exports (CSV, JSON, JSON-LD) answer 503 with a
 * clear message and Retry-After, GET /api/health says 503, the server stays up and logs the outage once; when the
 * database is back, health says ok and the same request is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RETRY_AFTER_SECONDS } from "../../lib/db-errors";
import { databaseUnavailableMessage } from "../../lib/errors";
import type { IngestOutcome } from "../../lib/stories/mutations";
import { createDatabase, type TestDatabase } from "../databases";
import { databaseOutage, type Outage } from "./outage";
import { getJson, makeIngestToken, postArticles, startServer, type Server } from "./server";
import { syntheticArticles } from "./story-check";

type Answer = { articles?: IngestOutcome[]; error?: string };
const STORY = { slug: "outage-story", title: "Outage story" };
// A request waits out the database's busy timeout (SQLite: 5 s) before it fails; well within this.
const TIMEOUT_MS = 60_000;

describe("the database going away and coming back", () => {
  let database: TestDatabase;
  let server: Server;
  let token: string;
  let outage: Outage;

  beforeAll(async () => {
    database = await createDatabase();
    server = await startServer(database.url);
    token = await makeIngestToken(database.url);
    outage = databaseOutage(database.url);
  });
  afterAll(async () => {
    await outage?.end().catch(() => undefined);
    await server?.stop();
    await database?.drop();
  });

  it("answers 503 while it is away, stays up, and stores the retried request once it is back", async () => {
    const [before, during] = [
      syntheticArticles(2, 9_000, "https://outage.example/a"),
      syntheticArticles(3, 9_001, "https://outage.example/b"),
    ];
    expect((await postArticles<Answer>(server, token, { story: STORY, articles: before }, TIMEOUT_MS)).status).toBe(
      201,
    );
    expect(await getJson(server, "/api/health", TIMEOUT_MS)).toMatchObject({ status: 200, json: { database: "ok" } });
    const matrix = await getJson<{ rows: Array<{ id: string }> }>(server, `/stories/${STORY.slug}/matrix.json`);
    expect(matrix.status).toBe(200);
    const exports = [
      `/stories/${STORY.slug}/matrix.csv`,
      `/stories/${STORY.slug}/matrix.json`,
      `/claims/${matrix.json.rows[0]!.id}/claim.jsonld`,
    ];

    const from = server.lines.length;
    await outage.start();
    let down: { status: number; json: Answer; headers: Headers; ms: number };
    try {
      down = await postArticles<Answer>(server, token, { story: STORY, articles: during }, TIMEOUT_MS);
      expect(down.status, JSON.stringify(down.json)).toBe(503);
      expect(down.json).toEqual({ error: databaseUnavailableMessage(true) });
      expect(down.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
      for (const path of exports) {
        const answer = await getJson(server, path, TIMEOUT_MS);
        expect(answer.status, `${path}: ${JSON.stringify(answer.json)}`).toBe(503);
        expect(answer.json).toEqual({ error: databaseUnavailableMessage(false) });
        expect(answer.headers.get("retry-after"), path).toBe(String(RETRY_AFTER_SECONDS));
        expect(answer.headers.get("cache-control"), path).toBe("no-store");
      }
      const health = await getJson(server, "/api/health", TIMEOUT_MS);
      expect(health).toMatchObject({ status: 503, json: { database: "unavailable" } });
      expect(health.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
      // A page cannot answer 503 (a server component sets no status): it fails as an error page, and the server lives on.
      const page = await getJson(server, "/", TIMEOUT_MS);
      expect(page.status).toBe(500);
      expect(server.alive()).toBe(true);
    } finally {
      await outage.end();
    }

    expect(await getJson(server, "/api/health", TIMEOUT_MS)).toMatchObject({ status: 200, json: { database: "ok" } });
    const retry = await postArticles<Answer>(server, token, { story: STORY, articles: during }, TIMEOUT_MS);
    expect(retry.status).toBe(201);
    expect(retry.json.articles?.map((o) => o.status)).toEqual(["created", "created", "created"]);
    expect((await getJson<{ articles?: unknown }>(server, `/stories/${STORY.slug}`, TIMEOUT_MS)).status).toBe(200);
    for (const path of exports) expect((await getJson(server, path, TIMEOUT_MS)).status, path).toBe(200);

    const log = server.lines.slice(from);
    expect(
      log.filter((l) => l.includes("database unavailable")),
      log.join("\n"),
    ).toHaveLength(1);
    expect(log.filter((l) => l.includes("database available again"))).toHaveLength(1);
    expect(log.filter((l) => /(ingest|export) failed/.test(l))).toEqual([]);
    console.log(
      `${outage.what}: ingest answered 503 after ${Math.round(down.ms)} ms; the server logged:\n  ${log.filter((l) => /database (unavailable|available)/.test(l)).join("\n  ")}`,
    );
  });
});
