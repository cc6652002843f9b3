import { debuglog } from "node:util";
import { isUniqueViolation } from "../db-errors";

// ---- The write queue ----
//
// SQLite takes one writer at a time and a story's analysis needs the story as stored, so one process writes one
// thing at a time and loses nothing by it. (The analysis itself runs on worker threads, lib/analysis-pool.ts: the
// writer waits for it, the thread that answers requests does not.) Writes that arrive while the writer is busy wait
// in the queue. Consecutive jobs of one round kind on one database go together in one round (group commit: ingests,
// ./mutations/ingest.ts, which analyses each story a round touches once for all its new articles); other writes
// (editors' grouping decisions, re-extraction) run alone, in their turn. Other processes on the same database are
// kept out by each story's version, checked when it is written: a write that finds it changed throws StaleStory and
// starts over (withRetries).

/** A concurrent writer changed the story between our read and our write; the write starts over. */
export class StaleStory extends Error {}

const MAX_ATTEMPTS = 5;

// `NODE_DEBUG=newscompare-ingest` prints one line per round step (the system tests watch for them; see test/system).
export const trace = debuglog("newscompare-ingest");

/** What a round takes together: jobs of one kind on one database (`key`), `size` each, up to the kind's `maxSize`. */
export interface Batched {
  key: unknown;
  size: number;
}

/** A kind of job that runs in rounds: `run` gets the round's jobs, in order, and the round's number. */
export interface RoundKind<B extends Batched> {
  maxSize: number;
  run: (jobs: B[], round: number) => Promise<void>;
}

type Job = { kind: RoundKind<Batched>; job: Batched } | { kind: "solo"; run: () => Promise<void> };

const jobs: Job[] = [];
let writing = false;
let rounds = 0;

function enqueue(job: Job) {
  jobs.push(job);
  if (writing) return;
  writing = true;
  void drain();
}

/** Queues a job that shares a round with the jobs of the same kind and key queued next to it. */
export function queueInRound<B extends Batched>(kind: RoundKind<B>, job: B) {
  // The queue holds every kind's jobs; a round hands a kind only jobs queued with that kind.
  enqueue({ kind: kind as unknown as RoundKind<Batched>, job });
}

/**
 * Lets the event loop take in what is waiting (requests, their bodies, their token checks). better-sqlite3 answers
 * synchronously, so a round's queries resolve as microtasks and a round would otherwise run from start to end without
 * letting any other request reach the queue: there would be nothing to group (seen: one request per round under 20
 * clients). PostgreSQL's network round trips yield anyway.
 */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The writer: one round (or one solo write) at a time, each after a turn of the event loop (so calls made in the same
 * tick share the first round).
 */
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
      const round = roundAt(head.kind, head.job.key);
      jobs.splice(0, round.length);
      await head.kind.run(round, ++rounds);
    }
  } finally {
    writing = false;
  }
}

/**
 * The jobs at the head of the queue that go into one round: consecutive ones only, so that a write queued between two
 * jobs of a kind still comes between them.
 */
function roundAt(kind: RoundKind<Batched>, key: unknown): Batched[] {
  const round: Batched[] = [];
  let size = 0;
  for (const job of jobs) {
    if (job.kind !== kind || job.job.key !== key || (round.length && size + job.job.size > kind.maxSize)) break;
    round.push(job.job);
    size += job.job.size;
  }
  return round;
}

/** Runs a write alone in the queue, reading afresh and starting over when another process wrote the story meanwhile. */
export function retried<T>(write: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) =>
    enqueue({ kind: "solo", run: () => withRetries(write).then(resolve, reject) }),
  );
}

/** Runs a write again while it finds a story changed (StaleStory) or a unique key taken meanwhile, a few times. */
export async function withRetries<T>(write: () => Promise<T>, round?: number): Promise<T> {
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
