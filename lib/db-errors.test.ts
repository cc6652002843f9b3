import { afterEach, describe, expect, it, vi } from "vitest";
import {
  describeDatabaseError,
  isDatabaseUnavailable,
  isUniqueViolation,
  reportDatabaseAvailable,
  reportDatabaseUnavailable,
} from "./db-errors";
import { Prisma } from "./generated/prisma/client";

const known = (code: string, message: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: "6.19.3", meta });
/** A driver adapter's error as Prisma's client passes it on: its cause is what the adapter made of the driver's error. */
const adapterError = (cause: Record<string, unknown>) =>
  Object.assign(new Error(String(cause.message ?? cause.originalMessage ?? "")), { name: "DriverAdapterError", cause });
const inMeta = (cause: Record<string, unknown>) => ({ driverAdapterError: { name: "DriverAdapterError", cause } });

// Shapes recorded on these machines (lib/db-errors.ts says where each comes from), and errors that must stay 4xx/500.
const cases: Array<[string, unknown, boolean]> = [
  [
    "SQLite locked past the busy timeout (P1008)",
    known(
      "P1008",
      "Operation has timed out",
      inMeta({ originalCode: "SQLITE_BUSY", originalMessage: "database is locked", kind: "SocketTimeout" }),
    ),
    true,
  ],
  ["SQLite cannot open the file", known("SQLITE_CANTOPEN", "unable to open database file"), true],
  ["SQLite I/O error, extended code", Object.assign(new Error("disk I/O error"), { code: "SQLITE_IOERR_WRITE" }), true],
  [
    "SQLite busy, raw from better-sqlite3",
    Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }),
    true,
  ],
  [
    "PostgreSQL stopped (P1001)",
    known(
      "P1001",
      "Can't reach database server at 127.0.0.1:5433",
      inMeta({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5433 }),
    ),
    true,
  ],
  [
    "PostgreSQL ended the connection (bare adapter error, 57P01)",
    adapterError({
      originalCode: "57P01",
      originalMessage: "terminating connection due to administrator command",
      kind: "postgres",
      code: "57P01",
      severity: "FATAL",
    }),
    true,
  ],
  [
    "PostgreSQL ended the connection in a raw query (P2010)",
    known(
      "P2010",
      "Raw query failed. Code: `57P01`.",
      inMeta({ originalCode: "57P01", kind: "postgres", code: "57P01" }),
    ),
    true,
  ],
  [
    "pg lost the connection inside a transaction",
    new Error("Client has encountered a connection error and is not queryable"),
    true,
  ],
  ["pg connection terminated", new Error("Connection terminated unexpectedly"), true],
  [
    "PostgreSQL lock timeout (55P03)",
    adapterError({
      originalCode: "55P03",
      kind: "postgres",
      code: "55P03",
      message: "canceling statement due to lock timeout",
    }),
    true,
  ],
  [
    "PostgreSQL starting up (57P03)",
    adapterError({ kind: "postgres", code: "57P03", message: "the database system is starting up" }),
    true,
  ],
  ["too many connections (P2037)", known("P2037", "Too many database connections opened"), true],
  ["pool timeout (P2024)", known("P2024", "Timed out fetching a new connection from the connection pool."), true],
  [
    "connection refused, raw socket error",
    Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5433"), {
      code: "ECONNREFUSED",
      syscall: "connect",
      errno: -111,
    }),
    true,
  ],
  [
    "wrapped in another error's cause",
    new Error("ingest failed", { cause: known("P1017", "Server has closed the connection.") }),
    true,
  ],
  [
    "unique violation (P2002)",
    known("P2002", "Unique constraint failed on the fields: (`slug`)", inMeta({ kind: "UniqueConstraintViolation" })),
    false,
  ],
  [
    "missing table (P2021)",
    known(
      "P2021",
      "The table `main.Story` does not exist in the current database.",
      inMeta({ kind: "TableDoesNotExist" }),
    ),
    false,
  ],
  ["a trigger's abort", known("SQLITE_CONSTRAINT_TRIGGER", "poisoned article"), false],
  [
    "PostgreSQL syntax error (42601)",
    adapterError({ kind: "postgres", code: "42601", message: "syntax error at or near" }),
    false,
  ],
  ["a plain bug", new TypeError("Cannot read properties of undefined (reading 'id')"), false],
  ["not an error at all", "database is locked?", false],
  ["null", null, false],
];

describe("isDatabaseUnavailable", () => {
  it.each(cases)("%s → %s", (_name, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});

describe("isUniqueViolation", () => {
  // A unique key taken meanwhile: the write starts over (lib/stories/write-queue.ts). Raw INSERTs report it as P2010.
  it.each<[string, unknown, boolean]>([
    ["a model query's unique violation (P2002)", cases.find(([name]) => name.startsWith("unique"))![1], true],
    [
      "a raw INSERT's unique violation on SQLite (P2010)",
      known(
        "P2010",
        "Raw query failed. Code: `SQLITE_CONSTRAINT_UNIQUE`.",
        inMeta({
          originalCode: "SQLITE_CONSTRAINT_UNIQUE",
          originalMessage: "UNIQUE constraint failed: Article.contentHash",
          kind: "UniqueConstraintViolation",
          constraint: { fields: ["contentHash"] },
        }),
      ),
      true,
    ],
    [
      "a raw INSERT's unique violation on PostgreSQL (P2010)",
      known(
        "P2010",
        "Raw query failed. Code: `23505`.",
        inMeta({
          originalCode: "23505",
          originalMessage: 'duplicate key value violates unique constraint "Article_contentHash_key"',
          kind: "UniqueConstraintViolation",
          constraint: { fields: ["contentHash"] },
        }),
      ),
      true,
    ],
    ["a raw query that failed otherwise (P2010)", cases.find(([name]) => name.includes("(P2010)"))![1], false],
    ["a trigger's abort", known("SQLITE_CONSTRAINT_TRIGGER", "poisoned article"), false],
    ["not a Prisma error", adapterError({ kind: "UniqueConstraintViolation" }), false],
  ])("%s → %s", (_name, error, expected) => {
    expect(isUniqueViolation(error)).toBe(expected);
  });
});

describe("describeDatabaseError", () => {
  it("names the codes and the innermost message", () => {
    expect(describeDatabaseError(cases[0]![1])).toBe("P1008 SQLITE_BUSY: database is locked");
  });
});

describe("reporting an outage", () => {
  afterEach(() => {
    reportDatabaseAvailable();
    vi.restoreAllMocks();
  });

  it("logs once when it starts, once a minute while it lasts, and once when it ends", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const busy = cases[0]![1];
    for (let s = 0; s < 90; s++) reportDatabaseUnavailable("test", busy, 1_000_000 + s * 1000);
    expect(error).toHaveBeenCalledTimes(2);
    expect(error.mock.calls[0]![0]).toMatch(/^database unavailable \(test\): P1008 SQLITE_BUSY: database is locked/);
    reportDatabaseAvailable(1_000_000 + 90_000);
    expect(info).toHaveBeenCalledTimes(1);
    expect(info.mock.calls[0]![0]).toMatch(/available again after 90 s \(90 requests answered 503\)/);
  });
});
