import { afterEach, describe, expect, it, vi } from "vitest";
import { reportDatabaseAvailable, RETRY_AFTER_SECONDS } from "./db-errors";
import { answerErrors, classifyError, ClientError, databaseUnavailableMessage, type Failure } from "./errors";
import { Prisma } from "./generated/prisma/client";

// SQLite locked past its busy timeout, as Prisma reports it (the shape lib/db-errors.test.ts records).
const busy = new Prisma.PrismaClientKnownRequestError("Operation has timed out", {
  code: "P1008",
  clientVersion: "6.19.3",
  meta: {
    driverAdapterError: {
      name: "DriverAdapterError",
      cause: { originalCode: "SQLITE_BUSY", originalMessage: "database is locked", kind: "SocketTimeout" },
    },
  },
});
/** A route's own error, answered through the boundary's `answer` option (as the ingest route's analysis timeout). */
class OwnError extends Error {}
const own = (e: unknown): Failure | undefined =>
  e instanceof OwnError ? { status: 422, error: "took too long; nothing was stored" } : undefined;

const retryLater = { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" };
const cases: Array<{
  name: string;
  error: unknown;
  writes?: boolean;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** The console.error line it leaves, if any. */
  logged?: RegExp;
}> = [
  {
    name: "a client error with field errors",
    error: new ClientError(422, "the flag is not valid", { note: ["too long"] }),
    status: 422,
    body: { error: "the flag is not valid", fieldErrors: { note: ["too long"] } },
  },
  {
    name: "a client error without",
    error: new ClientError(404, "no such story"),
    status: 404,
    body: { error: "no such story" },
  },
  {
    name: "the caller's own error",
    error: new OwnError("slow"),
    writes: true,
    status: 422,
    body: { error: "took too long; nothing was stored" },
  },
  {
    name: "a busy database, reading",
    error: busy,
    status: 503,
    body: { error: databaseUnavailableMessage(false) },
    headers: retryLater,
    logged: /^database unavailable \(the test\): P1008 SQLITE_BUSY: database is locked/,
  },
  {
    name: "a busy database, writing",
    error: busy,
    writes: true,
    status: 503,
    body: { error: databaseUnavailableMessage(true) },
    headers: retryLater,
    logged: /^database unavailable \(the test\)/,
  },
  {
    name: "anything else, reading",
    error: new Error("SELECT * FROM secret"),
    status: 500,
    body: { error: "the test failed; try again later" },
    logged: /^the test failed$/,
  },
  {
    name: "anything else, writing",
    error: new TypeError("x is undefined"),
    writes: true,
    status: 500,
    body: { error: "the test failed; nothing was written" },
    logged: /^the test failed$/,
  },
];

describe("the error boundary", () => {
  afterEach(() => {
    reportDatabaseAvailable();
    vi.restoreAllMocks();
  });

  for (const c of cases) {
    it(`${c.name}: ${c.status}`, async () => {
      const log = vi.spyOn(console, "error").mockImplementation(() => {});
      vi.spyOn(console, "info").mockImplementation(() => {});
      const res = await answerErrors({ what: "the test", writes: c.writes, answer: own }, () =>
        Promise.reject(c.error),
      );
      expect(res.status).toBe(c.status);
      expect(await res.json()).toEqual(c.body);
      for (const [name, value] of Object.entries(c.headers ?? {})) expect(res.headers.get(name), name).toBe(value);
      if (!c.headers) expect(res.headers.get("retry-after")).toBeNull();
      expect(log.mock.calls.map((call) => String(call[0]))).toEqual(c.logged ? [expect.stringMatching(c.logged)] : []);
      // What failed is logged with the error itself, so the log has its stack.
      if (c.status === 500) expect(log.mock.calls[0]![1]).toBe(c.error);

      // A server action's result (lib/editors/session.ts, guarded) carries the same status and body.
      const { status, error, fieldErrors } = classifyError(c.error, {
        what: "the test",
        writes: c.writes,
        answer: own,
      });
      // toEqual ignores an undefined fieldErrors, as the result leaves it out.
      expect({ status, error, fieldErrors }).toEqual({ status: c.status, ...(c.body as object) });
    });
  }

  it("passes an answer through, and a success ends a reported outage", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    await answerErrors({ what: "the test" }, () => Promise.reject(busy));
    const ok = await answerErrors({ what: "the test" }, async () => Response.json({ fine: true }, { status: 201 }));
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ fine: true });
    expect(info.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringMatching(/^database available again/),
    ]);
  });

  it("does not end an outage on an answer of 400 or more, which may not have reached the database", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    await answerErrors({ what: "the test" }, () => Promise.reject(busy));
    await answerErrors({ what: "the test" }, async () => Response.json({ error: "no story" }, { status: 404 }));
    expect(info).not.toHaveBeenCalled();
  });
});
