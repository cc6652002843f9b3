import type { z } from "zod";
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
