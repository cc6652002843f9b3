import type { z } from "zod";
import {
  isDatabaseUnavailable,
  reportDatabaseAvailable,
  reportDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
} from "./db-errors";
import { fieldErrors, type FieldErrors } from "./stories/schema";

/**
 * Errors a client can cause, each with its HTTP status. Route handlers map these and nothing else to 4xx; anything
 * else is logged and answered with a generic 500 (dub's lib/api/errors.ts keeps the same split).
 */
export class ClientError extends Error {
  constructor(
    readonly status: 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "ClientError";
  }
}

/** `input` parsed with `schema`, or a 422 naming what was not valid ("the flag is not valid") with field errors. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const r = schema.safeParse(input);
  if (!r.success) throw new ClientError(422, `the ${what} is not valid`, fieldErrors(r.error));
  return r.data;
}

/** What a failed request is answered with, as a route's JSON body or a server action's result. */
export interface Failure {
  status: ClientError["status"] | 500 | 503;
  error: string;
  fieldErrors?: FieldErrors;
  headers?: Record<string, string>;
}

export interface Boundary {
  /** What the request does, for the log and the 500's message: "the CSV export", "storing the articles". */
  what: string;
  /** Whether the request writes: its 503 and 500 then say that nothing was written. */
  writes?: boolean;
  /** The caller's own errors (the ingest route's analysis timeouts), answered before the shared classes. */
  answer?: (e: unknown) => Failure | undefined;
}

/** Headers of a "try again later" answer; never cached, since the next request may well succeed. */
export function retryLaterHeaders(seconds: number): Record<string, string> {
  return { "Retry-After": String(seconds), "Cache-Control": "no-store" };
}

/** The 503's message: a write says that it may be sent again as it was. */
export function databaseUnavailableMessage(writes: boolean): string {
  return writes
    ? `the database is unavailable or busy right now; nothing was written: retry the same request in ${RETRY_AFTER_SECONDS} seconds or so`
    : `the database is unavailable or busy right now; try again in ${RETRY_AFTER_SECONDS} seconds or so`;
}

/**
 * The one classification of a failed request, shared by route handlers (`answerErrors`) and server actions
 * (`guarded`, lib/editors/session.ts): a ClientError is its status with its field errors; a database that is
 * unavailable or busy is a 503 with Retry-After, logged once per outage; anything else is logged with what failed
 * and is a 500 that says nothing of the cause (it may quote SQL or a file path).
 */
export function classifyError(e: unknown, { what, writes = false, answer }: Boundary): Failure {
  if (e instanceof ClientError)
    return { status: e.status, error: e.message, ...(e.fieldErrors && { fieldErrors: e.fieldErrors }) };
  const own = answer?.(e);
  if (own) return own;
  if (isDatabaseUnavailable(e)) {
    reportDatabaseUnavailable(what, e);
    return { status: 503, error: databaseUnavailableMessage(writes), headers: retryLaterHeaders(RETRY_AFTER_SECONDS) };
  }
  console.error(`${what} failed`, e);
  return { status: 500, error: `${what} failed; ${writes ? "nothing was written" : "try again later"}` };
}

/** A Failure as a route's answer: `{ error, fieldErrors? }` with its status and headers. */
export function failureResponse({ status, error, fieldErrors, headers }: Failure): Response {
  return Response.json({ error, ...(fieldErrors && { fieldErrors }) }, { status, headers });
}

/**
 * Runs a route handler inside the error boundary: whatever it throws is answered as `classifyError` says. An answer
 * below 400 means the database served the request, which ends an outage that was reported.
 */
export async function answerErrors(boundary: Boundary, handler: () => Promise<Response>): Promise<Response> {
  try {
    const response = await handler();
    if (response.status < 400) reportDatabaseAvailable();
    return response;
  } catch (e) {
    return failureResponse(classifyError(e, boundary));
  }
}
