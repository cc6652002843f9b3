/**
 * The analysis runs on worker threads, never on the thread that answers requests (hardening issue, finding 1;
 * docs/decisions/015-analysis-in-workers.md). A small pool of workers (lib/analysis-worker.ts) takes two kinds of
 * job: extracting one article, and analysing a story from its articles' extractions. Each job has a time budget; a
 * job that outlives it is answered with AnalysisTimeout and its worker is terminated and replaced, since a stuck
 * computation cannot be interrupted any other way. SIGTERM and SIGINT terminate the workers at once, so the server's
 * own shutdown is not held up by an analysis in progress.
 */
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { Analysis, AnalyzeOptions, ArticleWithExtraction } from "./analysis/analyze";
import type { ArticleExtraction } from "./analysis/extract";
import type { ArticleInput } from "./analysis/schema";
import { env } from "./env";
import type { WorkerReply, WorkerRequest } from "./analysis-worker";

/** A job that did not finish within its budget; its worker was terminated. */
export class AnalysisTimeout extends Error {
  constructor(
    readonly job: "extract" | "analyse",
    readonly budgetMs: number,
  ) {
    super(`the ${job === "extract" ? "extraction" : "analysis"} took longer than ${budgetMs / 1000} s`);
    this.name = "AnalysisTimeout";
  }
}

/** No job can start now: the pool has as much waiting as it takes, or the process is shutting down. */
export class AnalysisUnavailable extends Error {
  constructor(
    readonly reason: "busy" | "closing",
    readonly retryAfterSeconds: number,
  ) {
    super(
      reason === "busy"
        ? `the server is busy analysing other articles; retry the same request in ${retryAfterSeconds} seconds or so`
        : `the server is shutting down; retry the same request in ${retryAfterSeconds} seconds or so`,
    );
    this.name = "AnalysisUnavailable";
  }
}

/** An article of a story to analyse, named by its id so that a worker that has it already is not sent it again. */
export type StoryArticle = ArticleWithExtraction & { id: string };

export interface PoolOptions {
  /** Worker threads at most; they start when work arrives. */
  size: number;
  /** Time budget of one article's extraction, and of one story's analysis, from the moment a worker takes it. */
  extractBudgetMs: number;
  analyseBudgetMs: number;
  /** Extractions that may wait for a worker; more is AnalysisUnavailable("busy"). Story analyses always wait. */
  maxWaiting: number;
  /** Articles a worker keeps between analyses (the oldest used are dropped first). */
  keptArticles: number;
}

type Job =
  { kind: "extract"; article: ArticleInput } | { kind: "analyse"; articles: StoryArticle[]; options: AnalyzeOptions };

interface Task {
  job: Job;
  budgetMs: number;
  resolve: (value: unknown) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker | null;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  /** Ids of the articles the worker keeps, least recently used first (a Map keeps insertion order). */
  kept: Map<string, true>;
  /** Ids it should drop with the next job. */
  drop: string[];
}

const RETRY_AFTER_SECONDS = 5;

export class AnalysisPool {
  private readonly slots: Slot[];
  private readonly waiting: Task[] = [];
  private closed = false;
  private seq = 0;

  constructor(readonly options: PoolOptions) {
    this.slots = Array.from({ length: Math.max(1, options.size) }, () => ({
      worker: null,
      ready: false,
      task: null,
      timer: null,
      kept: new Map(),
      drop: [],
    }));
  }

  /** One article's extraction. */
  extract(article: ArticleInput): Promise<ArticleExtraction> {
    return this.submit({ kind: "extract", article }, this.options.extractBudgetMs) as Promise<ArticleExtraction>;
  }

  /** A story's analysis from its articles' extractions. */
  analyse(articles: StoryArticle[], options: AnalyzeOptions = {}): Promise<Analysis> {
    return this.submit({ kind: "analyse", articles, options }, this.options.analyseBudgetMs) as Promise<Analysis>;
  }

  /**
   * The workers drop what they keep of these articles (their extraction was made again): the next analysis that
   * names one sends it whole.
   */
  forget(ids: Iterable<string>): void {
    for (const id of ids) for (const s of this.slots) if (s.kept.delete(id)) s.drop.push(id);
  }

  /**
   * Throws AnalysisUnavailable unless `n` more extractions may wait now. A request's articles are admitted or
   * refused together, before any of them starts.
   */
  admit(n: number): void {
    if (this.closed) throw new AnalysisUnavailable("closing", RETRY_AFTER_SECONDS);
    const idle = this.slots.filter((s) => !s.task).length;
    if (this.waiting.length + n - idle > this.options.maxWaiting)
      throw new AnalysisUnavailable("busy", RETRY_AFTER_SECONDS);
  }

  /** Terminates every worker; jobs running or waiting fail with AnalysisUnavailable("closing"), as do later ones. */
  async close(): Promise<void> {
    this.closed = true;
    const closing = new AnalysisUnavailable("closing", RETRY_AFTER_SECONDS);
    for (const t of this.waiting.splice(0)) t.reject(closing);
    await Promise.all(
      this.slots.map((s) => {
        const task = this.release(s);
        task?.reject(closing);
        return this.retire(s);
      }),
    );
  }

  /** Workers started and jobs in hand, for tests and logs. */
  stats() {
    return {
      workers: this.slots.filter((s) => s.worker).length,
      busy: this.slots.filter((s) => s.task).length,
      waiting: this.waiting.length,
    };
  }

  private submit(job: Job, budgetMs: number): Promise<unknown> {
    if (this.closed) return Promise.reject(new AnalysisUnavailable("closing", RETRY_AFTER_SECONDS));
    return new Promise((resolve, reject) => {
      const task = { job, budgetMs, resolve, reject };
      // A story's analysis goes before waiting extractions: a round of the write queue holds every other write
      // until it is done, while an extraction holds up only its own request.
      if (job.kind === "analyse") {
        const at = this.waiting.findIndex((t) => t.job.kind !== "analyse");
        this.waiting.splice(at < 0 ? this.waiting.length : at, 0, task);
      } else this.waiting.push(task);
      this.dispatch();
    });
  }

  private dispatch() {
    while (this.waiting.length) {
      const head = this.waiting[0]!;
      const free = this.slots.filter((s) => !s.task);
      if (!free.length) return;
      // An analysis goes to the worker that keeps the story's first article, if it is free.
      const first = head.job.kind === "analyse" ? head.job.articles[0]?.id : undefined;
      const slot = free.find((s) => first !== undefined && s.kept.has(first)) ?? free.find((s) => s.worker) ?? free[0]!;
      this.waiting.shift();
      slot.task = head;
      this.start(slot);
    }
  }

  private spawn(slot: Slot) {
    // In Next's bundles (next build, next dev) the entry is compiled into a chunk of its own: the URL is written out
    // in the call because that is the form the bundlers recognise. From the TypeScript sources (tsx, vitest) the
    // worker registers tsx's loader first: Node 20 does not apply a parent's --import hooks to a worker's entry.
    const worker = bundled()
      ? new Worker(new URL("./analysis-worker.ts", import.meta.url))
      : new Worker(tsxBootstrap(workerSource()), { eval: true });
    slot.worker = worker;
    slot.ready = false;
    slot.kept.clear();
    slot.drop = [];
    worker.on("message", (m: WorkerReply) => {
      if (slot.worker !== worker) return;
      if ("ready" in m) {
        slot.ready = true;
        if (slot.task) this.post(slot);
        return;
      }
      const task = this.release(slot);
      if (!task) return;
      if (m.ok) task.resolve(m.value);
      else task.reject(Object.assign(new Error(m.error), { stack: m.stack }));
      this.dispatch();
    });
    // An exception the worker did not catch, or a worker that died: its job fails, and a new worker takes the next.
    const lost = (e: unknown) => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      const task = this.release(slot);
      task?.reject(e instanceof Error ? e : new Error(`the analysis worker stopped (${String(e)})`));
      this.dispatch();
    };
    worker.on("error", lost);
    worker.on("exit", (code) => lost(new Error(`the analysis worker exited with code ${code}`)));
  }

  private start(slot: Slot) {
    try {
      if (!slot.worker) this.spawn(slot);
      slot.worker!.ref();
      if (slot.ready) this.post(slot);
    } catch (e) {
      // A worker that cannot be started fails the job, not the slot.
      this.release(slot)?.reject(e);
      void this.retire(slot);
    }
  }

  /** Sends the slot's task to its (ready) worker and starts the budget's clock. */
  private post(slot: Slot) {
    const task = slot.task!;
    const id = ++this.seq;
    let message: WorkerRequest;
    if (task.job.kind === "analyse") {
      // Articles the worker keeps go by id; the others whole, and the worker keeps them for the next analysis.
      const articles = task.job.articles.map((a) => {
        const known = slot.kept.delete(a.id);
        slot.kept.set(a.id, true);
        return known ? { id: a.id } : a;
      });
      while (slot.kept.size > this.options.keptArticles) {
        const oldest = slot.kept.keys().next().value!;
        slot.kept.delete(oldest);
        slot.drop.push(oldest);
      }
      // Not an article this message sends again (forgotten, then named): the worker keeps the new one.
      const drop = slot.drop.splice(0).filter((a) => !slot.kept.has(a));
      message = { id, kind: "analyse", articles, options: task.job.options, drop };
    } else message = { id, ...task.job };
    slot.timer = setTimeout(() => {
      if (slot.task !== task) return;
      this.release(slot);
      task.reject(new AnalysisTimeout(task.job.kind === "extract" ? "extract" : "analyse", task.budgetMs));
      void this.retire(slot).then(() => this.dispatch());
    }, task.budgetMs);
    try {
      slot.worker!.postMessage(message);
    } catch (e) {
      // Not sent (data that cannot be copied): the job fails, and a new worker starts with nothing kept.
      this.release(slot)?.reject(e);
      void this.retire(slot).then(() => this.dispatch());
    }
  }

  /** The slot's task, taken off it (with its clock stopped); the worker no longer keeps the process alive. */
  private release(slot: Slot): Task | null {
    const task = slot.task;
    slot.task = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.worker?.unref();
    return task;
  }

  /** Terminates the slot's worker; the next job on this slot starts a new one. */
  private async retire(slot: Slot) {
    const worker = slot.worker;
    slot.worker = null;
    slot.ready = false;
    slot.kept.clear();
    slot.drop = [];
    await worker?.terminate();
  }
}

/**
 * Whether this module runs from one of Next's bundles: they define NEXT_RUNTIME when they are built. (Their
 * import.meta.url is the source file's, .ts and all.)
 */
function bundled(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs";
}

/**
 * The worker's TypeScript source, beside this module's. Derived from this module's own URL rather than written as
 * `new URL("./analysis-worker.ts", import.meta.url)`, which a bundler would copy into its output as an asset.
 */
const workerSource = () => import.meta.url.replace(/analysis-pool\.ts$/, "analysis-worker.ts");

/** A worker's code that registers tsx's module loader and then imports `entry` (a file: URL of a .ts module). */
const tsxBootstrap = (entry: string) =>
  `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;

// ---- The process's pool ----

const STATE = Symbol.for("newscompare.analysisPool");

/** Worker threads: one core is left to the thread that answers requests (two cores: one worker). */
export function defaultPoolSize(): number {
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(4, cores - 1));
}

/**
 * The process's pool lives on globalThis, not in this module: Next.js may load this module once per route bundle (an
 * API route and a page's server action are separate entries), and a pool per copy would start workers per copy, each
 * paying the language model's load on its first job, and hold more workers than the cores.
 */
const processState = globalThis as typeof globalThis & {
  [STATE]?: { pool: AnalysisPool | null; signalsHandled: boolean };
};
const state = (processState[STATE] ??= { pool: null, signalsHandled: false });

/** The process's pool, made on first use, with the budgets of lib/env.ts; closed on SIGTERM and SIGINT. */
export function analysisPool(): AnalysisPool {
  if (state.pool) return state.pool;
  const e = env();
  state.pool = new AnalysisPool({
    size: e.ANALYSIS_WORKERS ?? defaultPoolSize(),
    extractBudgetMs: e.EXTRACTION_BUDGET_MS,
    analyseBudgetMs: e.STORY_ANALYSIS_BUDGET_MS,
    maxWaiting: 1_000,
    keptArticles: 5_000,
  });
  handleSignals();
  return state.pool;
}

/** For tests: makes `pool` the process's pool (null: a new one from the environment on next use); the old one is returned, open. */
export function replaceAnalysisPool(pool: AnalysisPool | null): AnalysisPool | null {
  const old = state.pool;
  state.pool = pool;
  if (pool) handleSignals();
  return old;
}

function handleSignals() {
  if (state.signalsHandled) return;
  state.signalsHandled = true;
  // First in line, so that the other handlers are still there to be counted (theirs may be once-handlers too, as
  // scripts/start.ts's are).
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.prependOnceListener(signal, () => onSignal(signal));
}

/**
 * Terminates the workers, so that requests waiting on them are answered (503) and the server's own handler can
 * close: `next start` and scripts/start.ts wait for requests in flight before they exit. A process with no other
 * handler for the signal (the CLI) is then ended by it as it would have been without this one.
 */
function onSignal(signal: NodeJS.Signals) {
  void state.pool?.close();
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}
