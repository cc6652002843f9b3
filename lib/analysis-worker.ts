/**
 * A worker thread of the analysis pool (lib/analysis-pool.ts): runs the pure analysis on the messages it is sent and
 * answers each with its result. It keeps the articles of the stories it analysed, so that the next analysis of a
 * story is sent only the ids of articles it has (a 500-article story's extractions are megabytes to copy) and finds
 * their claims' normalised texts computed already.
 */
import { parentPort } from "node:worker_threads";
import { analyzeExtractions, type AnalyzeOptions } from "./analysis/analyze";
import { extractArticle } from "./analysis/extract";
import type { ArticleInput } from "./analysis/schema";
import type { StoryArticle } from "./analysis-pool";

export type WorkerRequest =
  | { id: number; kind: "extract"; article: ArticleInput }
  | {
      id: number;
      kind: "analyse";
      /** Whole, or by id when the worker keeps the article from an earlier analysis. */
      articles: Array<StoryArticle | { id: string }>;
      options: AnalyzeOptions;
      /** Articles the worker no longer needs to keep. */
      drop: string[];
    };

export type WorkerReply =
  { ready: true } | { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string; stack?: string };

const kept = new Map<string, StoryArticle>();

function run(m: WorkerRequest): unknown {
  if (m.kind === "extract") return extractArticle(m.article);
  for (const a of m.articles) if ("input" in a) kept.set(a.id, a);
  const articles = m.articles.map((a) => {
    const found = kept.get(a.id);
    if (!found) throw new Error(`the analysis worker does not have article ${a.id}`);
    return found;
  });
  try {
    return analyzeExtractions(articles, m.options);
  } finally {
    for (const id of m.drop) kept.delete(id);
  }
}

const port = parentPort;
if (!port) throw new Error("lib/analysis-worker.ts runs as a worker thread of lib/analysis-pool.ts");
port.on("message", (m: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: m.id, ok: true, value: run(m) };
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    reply = { id: m.id, ok: false, error: error.message, stack: error.stack };
  }
  port.postMessage(reply);
});
// The language model and the lexicon load on their first use: used once here, before the worker says it is ready,
// so that a job's time budget counts the job and not the worker's start-up.
const warmUp = { text: "The minister visited the capital on Monday, officials said." };
analyzeExtractions([{ input: warmUp, extraction: extractArticle(warmUp) }]);
port.postMessage({ ready: true } satisfies WorkerReply);
