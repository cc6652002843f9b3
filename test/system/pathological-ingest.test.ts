/**
 * Hardening issue, finding 1: one ingest request froze every route. The analysis ran on the request thread, and some
 * articles made it super-linear (one 200,000-character word: /api/health unanswered for over ten minutes, SIGTERM
 * ignored). Against the production server:
 *
 * - while one client ingests each pathological article of the issue, and each article as heavy as the limits allow,
 *   another client's GET /api/health and the seed story's matrix keep their p95 under 200 ms, and the ingest is
 *   answered within the extraction budget: 422 naming the limit, or 201;
 * - on a server with a short extraction budget, an article over it is refused with a 422 in about the budget and
 *   nothing of it is stored, while an ordinary article sent meanwhile is stored;
 * - SIGTERM stops the server within seconds in the middle of an analysis.
 *
 * The figures are printed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../lib/db";
import type { IngestOutcome } from "../../lib/stories/mutations";
import { createDatabase, type TestDatabase } from "../databases";
import { heavyArticles, pathologicalArticles } from "../pathological";
import { getJson, makeIngestToken, postArticles, ROOT, startServer, type Server } from "./server";

const P95_MS = 200;
/** The default extraction budget (lib/env.ts, README): no ingest may take longer to be answered. */
const EXTRACTION_BUDGET_MS = 20_000;
/** Each article is ingested for at least this long, while the other client reads. */
const WINDOW_MS = 4_000;
/** A refused article is sent again this long after each answer, for the whole window. */
const RESEND_MS = 250;
const SEED = { slug: "iran-syria-2018", title: "Iran and Syria sign military cooperation deal" };
const MATRIX = `/stories/${SEED.slug}`;

type Answer = { articles?: IngestOutcome[]; error?: string; fieldErrors?: Record<string, string[]> };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const ms = (x: number) => `${Math.round(x)}`;

/**
 * A server on a new database holding the seed story, started with `env`. The seed is stored by a server with the
 * default budgets first: a test's small budget is for its own articles, and a worker's first extractions (its code
 * not yet compiled) overran a 0.4 s budget on a loaded machine (2026-12-06).
 */
async function serverWithSeed(env: Record<string, string> = {}) {
  const database = await createDatabase();
  let server = await startServer(database.url);
  const token = await makeIngestToken(database.url);
  const seed = JSON.parse(readFileSync(path.join(ROOT, "seeds/iran-syria-2018/bundle.json"), "utf8")) as {
    articles: Array<Record<string, unknown>>;
  };
  const r = await postArticles(server, token, { story: SEED, articles: seed.articles });
  expect(r.status, JSON.stringify(r.json)).toBe(201);
  if (Object.keys(env).length) {
    await server.stop();
    server = await startServer(database.url, { env });
  }
  // The matrix's first render, and a warm worker.
  for (let i = 0; i < 3; i++) expect((await getJson(server, MATRIX)).status).toBe(200);
  return { database, server, token };
}

/** Another client: GET /api/health and the seed's matrix in turn, until `done` and for at least `minMs`. */
async function readWhile(server: Server, done: Promise<unknown>, minMs: number) {
  const times = { health: [] as number[], matrix: [] as number[] };
  let over = false;
  void done.finally(() => (over = true));
  const started = performance.now();
  while (!over || performance.now() - started < minMs) {
    for (const [key, pathname] of [
      ["health", "/api/health"],
      ["matrix", MATRIX],
    ] as const) {
      const r = await getJson(server, pathname, 60_000);
      expect(r.status, `GET ${pathname}`).toBe(200);
      times[key].push(r.ms);
    }
    await sleep(20);
  }
  return times;
}

describe("one client ingests pathological articles while another reads", () => {
  let database: TestDatabase;
  let server: Server;
  let token: string;
  const figures: string[][] = [];

  beforeAll(async () => {
    ({ database, server, token } = await serverWithSeed());
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    if (figures.length) {
      const header = ["article", "answer", "ingest ms", "health p50/p95/max (n)", "matrix p50/p95/max (n)"];
      const widths = header.map((h, i) => Math.max(h.length, ...figures.map((r) => r[i]!.length)));
      const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ");
      console.log(
        `\nWhile one client ingests, another reads (p95 must stay under ${P95_MS} ms):\n${[header, ...figures].map(line).join("\n")}`,
      );
    }
  });

  const cases = [
    ...pathologicalArticles().map((p) => ({ name: p.name, text: p.text, refused: p.message })),
    ...heavyArticles().map((h) => ({ name: `${h.name} (within the limits)`, text: h.text, refused: null })),
  ].map((c, i) => ({ ...c, story: `Pathological ${i + 1}` }));

  it.each(cases)("$name", async ({ name, text, refused, story }) => {
    const db = createClient(database.url);
    const before = await db.article.count();
    // A refused article is sent again after each answer for the whole window; one that is stored, once.
    const answers: Array<{ status: number; ms: number; json: Answer }> = [];
    const ingest = (async () => {
      const started = performance.now();
      do {
        const r = await postArticles<Answer>(server, token, { text, story }, 120_000);
        answers.push({ status: r.status, ms: r.ms, json: r.json });
        if (refused) await sleep(RESEND_MS);
      } while (refused && performance.now() - started < WINDOW_MS);
    })();
    const reads = await readWhile(server, ingest, WINDOW_MS);
    await ingest;
    const after = await db.article.count();
    await db.$disconnect();

    const stat = (xs: number[]) =>
      `${ms(percentile(xs, 50))}/${ms(percentile(xs, 95))}/${ms(Math.max(...xs))} (${xs.length})`;
    const slowest = Math.max(...answers.map((a) => a.ms));
    figures.push([
      name,
      `${answers[0]!.status}${answers.length > 1 ? ` ×${answers.length}` : ""}`,
      ms(slowest),
      stat(reads.health),
      stat(reads.matrix),
    ]);

    for (const a of answers) {
      if (refused) {
        expect(a.status, JSON.stringify(a.json).slice(0, 300)).toBe(422);
        expect(a.json.fieldErrors?.text).toContain(refused);
      } else expect(a.status, JSON.stringify(a.json).slice(0, 300)).toBe(201);
    }
    expect(after).toBe(before + (refused ? 0 : 1));
    expect(slowest).toBeLessThan(EXTRACTION_BUDGET_MS);
    expect(percentile(reads.health, 95)).toBeLessThan(P95_MS);
    expect(percentile(reads.matrix, 95)).toBeLessThan(P95_MS);
  });

  it("stops within seconds on SIGTERM while it analyses", async () => {
    // Eight heavy articles: tens of seconds of extraction, one after another on the worker.
    const heavy = heavyArticles()[0]!.text.slice(0, 190_000);
    const batch = Array.from({ length: 8 }, (_, k) => ({ text: `${heavy} Batch ${k}.` }));
    const from = server.lines.length;
    const pending = postArticles<Answer>(server, token, { story: "sigterm", articles: batch }, 120_000).then(
      (r) => `${r.status} ${r.json.error ?? ""}`,
      (e: Error) => `no answer (${e.message})`,
    );
    await server.waitForLine(/extracting an article/, { from, timeoutMs: 30_000 });
    await sleep(500);
    const started = performance.now();
    process.kill(-server.pid, "SIGTERM");
    const exit = await Promise.race([server.exited, sleep(15_000).then(() => null)]);
    const seconds = (performance.now() - started) / 1000;
    const answer = await pending;
    console.log(
      `SIGTERM in the middle of an analysis: exited in ${seconds.toFixed(2)} s (${JSON.stringify(exit)}); the request: ${answer}`,
    );
    expect(exit, "still running 15 s after SIGTERM").not.toBeNull();
    expect(exit!.signal).toBeNull(); // it exited by itself: no SIGKILL was needed
    expect(seconds).toBeLessThan(5);
    expect(answer).toMatch(/^503 the server is shutting down|^no answer/);
  });
});

describe("an article over the extraction budget", () => {
  // Well under the heavy article's extraction on any machine (2.5 s on the loaded two-core one, 2026-12; at 1.5 s
  // it once fit when the load eased), well over an ordinary article's (tens of milliseconds: a worker loads the
  // language model before it takes a job).
  const BUDGET_MS = 400;
  let database: TestDatabase;
  let server: Server;
  let token: string;

  beforeAll(async () => {
    ({ database, server, token } = await serverWithSeed({ EXTRACTION_BUDGET_MS: String(BUDGET_MS) }));
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it("is refused in about the budget and nothing of it is stored; an ordinary article sent meanwhile is stored", async () => {
    const db = createClient(database.url);
    const before = await db.article.count();
    // Its extraction takes seconds (the names in one sentence are slow to analyse as a story, not to extract).
    const heavy = heavyArticles()[0]!.text;
    const slow = postArticles<Answer>(server, token, { text: heavy, story: "over budget" });
    await sleep(200);
    const ordinary = postArticles<Answer>(server, token, {
      text: "Officials in Testville said on Monday that 12 bridges were closed after the flood. The mayor said they would reopen within 5 days.",
      story: "ordinary",
    });
    const [s, o] = await Promise.all([slow, ordinary]);
    const reads = await readWhile(server, Promise.resolve(), 1_000);
    console.log(
      `Extraction budget ${BUDGET_MS / 1000} s: the heavy article answered ${s.status} in ${ms(s.ms)} ms (${s.json.error}); ` +
        `an ordinary article sent 200 ms later ${o.status} in ${ms(o.ms)} ms; health p95 afterwards ${ms(percentile(reads.health, 95))} ms`,
    );
    expect(s.status, JSON.stringify(s.json)).toBe(422);
    expect(s.json.fieldErrors).toEqual({ text: [`took longer than ${BUDGET_MS / 1000} s to analyse`] });
    expect(s.ms).toBeLessThan(BUDGET_MS + 3_000);
    expect(o.status, JSON.stringify(o.json)).toBe(201);
    expect(await db.article.count()).toBe(before + 1);
    expect(await db.story.count({ where: { slug: "over-budget" } })).toBe(0);
    await db.$disconnect();
  });
});
