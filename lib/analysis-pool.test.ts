import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pathologicalArticles } from "../test/pathological";
import { analyzeExtractions } from "./analysis/analyze";
import { extractArticle } from "./analysis/extract";
import { storyBundleSchema } from "./analysis/schema";
import { AnalysisPool, AnalysisTimeout, AnalysisUnavailable, type PoolOptions } from "./analysis-pool";

const seed = storyBundleSchema.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../seeds/iran-syria-2018/bundle.json"), "utf8")),
).articles;
const stuck = pathologicalArticles()[0]!.text; // a 200,000-character word: minutes in wink-nlp's stemmer

const pools: AnalysisPool[] = [];
function pool(options: Partial<PoolOptions> = {}) {
  const p = new AnalysisPool({
    size: 1,
    extractBudgetMs: 30_000,
    analyseBudgetMs: 30_000,
    maxWaiting: 10,
    keptArticles: 100,
    ...options,
  });
  pools.push(p);
  return p;
}
afterAll(() => Promise.all(pools.map((p) => p.close())));

const asJson = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe("AnalysisPool", () => {
  it("extracts and analyses on a worker as the pure functions do, sending a kept article by id", async () => {
    const p = pool({ keptArticles: 3 }); // fewer than the story's five: some are dropped and sent again
    const extractions = await Promise.all(seed.map((a) => p.extract(a)));
    expect(extractions).toEqual(seed.map((a) => asJson(extractArticle(a))));
    const articles = seed.map((input, i) => ({ id: `a${i}`, input, extraction: extractions[i]! }));
    const expected = asJson(analyzeExtractions(articles));
    for (let round = 0; round < 3; round++) expect(await p.analyse(articles)).toEqual(expected);
    expect(p.stats()).toEqual({ workers: 1, busy: 0, waiting: 0 });
  });

  it("sends an article whole again once told to forget it, and keeps the new one", async () => {
    const p = pool();
    const fresh = seed.map((input, i) => ({ id: `a${i}`, input, extraction: extractArticle(input) }));
    // The worker keeps a0 as first sent: an extraction of one claim.
    const first = fresh[0]!;
    const old = [{ ...first, extraction: { ...first.extraction, claims: first.extraction.claims.slice(0, 1) } }];
    await p.analyse([...old, ...fresh.slice(1)]);
    const expected = asJson(analyzeExtractions(fresh));
    expect(await p.analyse(fresh)).not.toEqual(expected); // a0 by id: the worker's copy, the old one
    p.forget(["a0"]);
    expect(await p.analyse(fresh)).toEqual(expected);
    expect(await p.analyse(fresh)).toEqual(expected); // and by id again: the forgotten copy was not dropped after it
  });

  it("ends a stuck job at its budget and replaces its worker, while other jobs keep going", async () => {
    const budgetMs = 4_000;
    const p = pool({ size: 2, extractBudgetMs: budgetMs });
    // Both workers up: the budget counts from a job's start, not from its worker's.
    await Promise.all([p.extract(seed[0]!), p.extract(seed[1]!)]);
    const started = performance.now();
    const stuckJob = p.extract({ text: stuck });
    stuckJob.catch(() => {});
    await p.extract(seed[2]!);
    expect(performance.now() - started).toBeLessThan(budgetMs);
    await expect(stuckJob).rejects.toBeInstanceOf(AnalysisTimeout);
    expect(performance.now() - started).toBeLessThan(budgetMs + 2_000);
    expect(p.stats()).toEqual({ workers: 1, busy: 0, waiting: 0 });
    await expect(p.extract(seed[3]!)).resolves.toMatchObject({ claims: expect.any(Array) });
  });

  it("refuses extractions beyond those that may wait, a request's articles together", async () => {
    const p = pool({ maxWaiting: 2 });
    expect(() => p.admit(3)).not.toThrow(); // one starts at once on the idle worker
    expect(() => p.admit(4)).toThrow(AnalysisUnavailable);
  });

  it("fails running, waiting and later jobs when it closes", async () => {
    const p = pool();
    const running = p.extract({ text: stuck });
    const waiting = p.extract(seed[0]!);
    await new Promise((r) => setTimeout(r, 200));
    const settled = Promise.allSettled([running, waiting]);
    await p.close();
    const results = [...(await settled), ...(await Promise.allSettled([p.extract(seed[1]!)]))];
    for (const r of results)
      expect(r).toMatchObject({ status: "rejected", reason: { name: "AnalysisUnavailable", reason: "closing" } });
    expect(p.stats().workers).toBe(0);
  });
});
