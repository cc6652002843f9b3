/**
 * The system tests' production server: one build in a folder of its own (.next-system, reused while the sources it
 * was built from are unchanged), and `next start` on a free loopback port (3600-3699) per test file, on a database
 * of the test's own. Servers run in their own process group and are stopped by their id; every one started is also
 * recorded in tmp/system-servers/, so the global teardown stops any that a crashed test file left behind.
 */
import type { ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import path from "node:path";
import { createClient } from "../../lib/db";
import { COMMAND_LINE } from "../../lib/editors/actor";
import { createToken } from "../../lib/editors/tokens";
import { buildNext, NEXT_BIN, productionEnv, ROOT, signalGroup, spawnNextStart } from "../../scripts/next-app";

export { ROOT };
export const DIST_DIR = process.env.SYSTEM_DIST_DIR ?? ".next-system";
const PORTS = { first: 3600, last: 3699 };
/** Ports browsers refuse (the Fetch standard's "bad ports"), which `next start` refuses too. */
const BAD_PORTS = new Set([3659]);
const PID_DIR = path.join(ROOT, "tmp", "system-servers");
const STAMP = path.join(ROOT, DIST_DIR, "system-source-hash");

const serverEnv = (extra: Record<string, string>) => productionEnv(DIST_DIR, extra);

// ---- The build ----

/** What a production build is made of; test files, docs and scripts are not. */
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "prisma",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "package.json",
  "package-lock.json",
];

function sourceHash(): string {
  const hash = createHash("sha256");
  const visit = (rel: string) => {
    const file = path.join(ROOT, rel);
    if (!existsSync(file)) return;
    if (statSync(file).isDirectory()) {
      for (const name of readdirSync(file).sort()) visit(path.join(rel, name));
    } else if (!/\.test\.tsx?$/.test(rel)) {
      hash.update(rel).update("\0").update(readFileSync(file)).update("\0");
    }
  };
  for (const input of BUILD_INPUTS) visit(input);
  return hash.digest("hex");
}

/** Builds the app into DIST_DIR (scripts/next-app.ts) unless the build there was made from the same sources. */
export async function ensureBuild(databaseUrl: string): Promise<"reused" | "built"> {
  const hash = sourceHash();
  if (existsSync(STAMP) && readFileSync(STAMP, "utf8") === hash && existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID")))
    return "reused";
  buildNext(serverEnv({ DATABASE_URL: databaseUrl }));
  writeFileSync(STAMP, hash);
  return "built";
}

// ---- Servers ----

export interface Server {
  base: string;
  port: number;
  pid: number;
  /** Every line the server printed so far (stdout and stderr). */
  lines: string[];
  /** The first line from `from` on that matches, waiting up to `timeoutMs` for it. */
  waitForLine(pattern: RegExp, options?: { from?: number; timeoutMs?: number }): Promise<string>;
  alive(): boolean;
  /** How the server ended, once it has: its exit code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>;
  /** SIGKILL at once, as a crash would. */
  kill(): Promise<void>;
}

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });

async function freePort(): Promise<number> {
  const span = PORTS.last - PORTS.first + 1;
  const offset = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i++) {
    const port = PORTS.first + ((offset + i) % span);
    if (!BAD_PORTS.has(port) && (await isFree(port))) return port;
  }
  throw new Error(`no free port in ${PORTS.first}-${PORTS.last}`);
}

const groupOf = new Map<number, ChildProcess>();

// A test file that ends some other way (an uncaught error) must not leave its servers running.
process.on("exit", () => {
  for (const pid of groupOf.keys()) signalGroup(pid, "SIGKILL");
});

type Exit = { code: number | null; signal: NodeJS.Signals | null };

/** Records the server under tmp/system-servers/ until it exits, so the global teardown can stop it. */
function trackServer(child: ChildProcess, port: number): Promise<Exit> {
  const pid = child.pid!;
  groupOf.set(pid, child);
  mkdirSync(PID_DIR, { recursive: true });
  writeFileSync(path.join(PID_DIR, String(pid)), `${port}\n`);
  const exited = new Promise<Exit>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  void exited.then(() => {
    groupOf.delete(pid);
    rmSync(path.join(PID_DIR, String(pid)), { force: true });
  });
  return exited;
}

/** Collects the server's output into `lines` (and its log file), waking each waiter on every new line. */
function collectLines(child: ChildProcess, port: number, lines: string[], waiters: Set<() => void>): void {
  // Kept for a look after a failure: tmp/system-servers/<port>.log (tmp/ is scratch space, never committed).
  const logFile = path.join(PID_DIR, `${port}.log`);
  writeFileSync(logFile, "");
  for (const stream of [child.stdout!, child.stderr!]) {
    let partial = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      const parts = (partial + chunk).split("\n");
      partial = parts.pop()!;
      lines.push(...parts);
      if (parts.length) appendFileSync(logFile, parts.map((l) => `${l}\n`).join(""));
      for (const wake of waiters) wake();
    });
  }
}

function lineWaiter(
  lines: string[],
  waiters: Set<() => void>,
  alive: () => boolean,
  exited: Promise<Exit>,
): Server["waitForLine"] {
  return (pattern, { from = 0, timeoutMs = 60_000 } = {}) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const line = lines.slice(from).find((l) => pattern.test(l));
        if (line !== undefined) return finish(() => resolve(line));
        if (!alive())
          finish(() => reject(new Error(`the server exited before printing ${pattern}:\n${lines.join("\n")}`)));
      };
      const timer = setTimeout(
        () =>
          finish(() =>
            reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${lines.slice(-40).join("\n")}`)),
          ),
        timeoutMs,
      );
      const finish = (then: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        then();
      };
      waiters.add(check);
      void exited.then(check);
      check();
    });
}

/** Resolves once GET /api/health answers; kills the server and rejects if it exits or `timeoutMs` passes first. */
async function untilHealthy(server: Server, child: ChildProcess, timeoutMs: number): Promise<Server> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!server.alive())
      throw new Error(`next start exited (${child.exitCode ?? child.signalCode}):\n${server.lines.join("\n")}`);
    try {
      const r = await fetch(`${server.base}/api/health`, { signal: AbortSignal.timeout(10_000) });
      await r.arrayBuffer();
      if (r.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.kill();
  throw new Error(`the server did not answer GET /api/health within ${timeoutMs} ms:\n${server.lines.join("\n")}`);
}

/** `next start` on a free loopback port with DATABASE_URL = `databaseUrl`; resolves once GET /api/health answers. */
export async function startServer(
  databaseUrl: string,
  options: { env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // One line per ingest round step (lib/stories/mutations/ingest.ts): the tests watch for them.
  const child = spawnNextStart(
    port,
    serverEnv({ DATABASE_URL: databaseUrl, NODE_DEBUG: "newscompare-ingest", ...options.env }),
  );
  const pid = child.pid!;
  const exited = trackServer(child, port);
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  collectLines(child, port, lines, waiters);
  const alive = () => child.exitCode === null && child.signalCode === null;

  const stopWith = async (signal: NodeJS.Signals) => {
    if (!alive()) return;
    signalGroup(pid, signal);
    const timer = setTimeout(() => signalGroup(pid, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const server: Server = {
    base,
    port,
    pid,
    lines,
    waitForLine: lineWaiter(lines, waiters, alive, exited),
    alive,
    exited,
    stop: () => stopWith("SIGTERM"),
    kill: () => stopWith("SIGKILL"),
  };
  return untilHealthy(server, child, options.timeoutMs ?? 90_000);
}

/** Stops the servers a test file left running (the global teardown): each by its recorded process group id. */
export function stopLeftoverServers(): number {
  if (!existsSync(PID_DIR)) return 0;
  let stopped = 0;
  for (const name of readdirSync(PID_DIR).filter((n) => /^\d+$/.test(n))) {
    const pid = Number(name);
    // Only a process that is still one of these servers: a pid left by an older run may belong to anything now.
    if (Number.isInteger(pid) && pid > 1 && isOurServer(pid)) {
      try {
        process.kill(-pid, "SIGKILL");
        stopped++;
      } catch {
        // gone already
      }
    }
    rmSync(path.join(PID_DIR, name), { force: true });
  }
  return stopped;
}

function isOurServer(pid: number): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    const environ = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
    return cmdline.includes(NEXT_BIN) && cmdline.includes("start") && environ.includes(`NEXT_DIST_DIR=${DIST_DIR}`);
  } catch {
    return false;
  }
}

/** An ingest token made directly in the server's database. */
export async function makeIngestToken(databaseUrl: string): Promise<string> {
  const db = createClient(databaseUrl);
  try {
    return (await createToken(db, COMMAND_LINE, { name: "system tests" })).token;
  } finally {
    await db.$disconnect();
  }
}

export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  json: T;
  ms: number;
}

/** POST /api/articles with a token; fails (rejects) on a connection error or after `timeoutMs`. */
export async function postArticles<T = unknown>(
  server: { base: string },
  token: string,
  body: unknown,
  timeoutMs = 120_000,
): Promise<Answer<T>> {
  const started = performance.now();
  const r = await fetch(`${server.base}/api/articles`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return answer<T>(r, started);
}

export async function getJson<T = unknown>(
  server: { base: string },
  pathname: string,
  timeoutMs = 60_000,
): Promise<Answer<T>> {
  const started = performance.now();
  const r = await fetch(server.base + pathname, { signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
  return answer<T>(r, started);
}

/** The response's body as JSON (as text when it is not JSON), with the time since `started`. */
async function answer<T>(r: Response, started: number): Promise<Answer<T>> {
  const text = await r.text();
  let json: T;
  try {
    json = JSON.parse(text) as T;
  } catch {
    json = text as T;
  }
  return { status: r.status, headers: r.headers, json, ms: performance.now() - started };
}

/** Signs in through the server's auth route (as the sign-in page does) and returns the session cookie. */
export async function signIn(server: { base: string }, email: string, password: string): Promise<string> {
  const r = await fetch(`${server.base}/api/auth/sign-in/email`, {
    method: "POST",
    // A client address of its own: sign-in is rate-limited per client.
    headers: { "content-type": "application/json", origin: server.base, "x-forwarded-for": "198.51.100.77" },
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(30_000),
  });
  if (!r.ok) throw new Error(`sign-in as ${email} answered ${r.status}: ${await r.text()}`);
  return r.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/**
 * Calls a server action as a page's client component does: a POST to the page with the action's id (from the
 * build's manifest) and its argument encoded as React encodes plain JSON. Answers the status and the raw RSC text.
 */
export async function callServerAction(
  server: { base: string },
  cookie: string,
  pathname: string,
  name: string,
  input: unknown,
  timeoutMs = 120_000,
): Promise<{ status: number; text: string }> {
  const manifest = JSON.parse(
    readFileSync(path.join(ROOT, DIST_DIR, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, a]) => a.exportedName === name)?.[0];
  if (!id) throw new Error(`no server action named ${name} in ${DIST_DIR}'s manifest`);
  const r = await fetch(server.base + pathname, {
    method: "POST",
    headers: {
      "next-action": id,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: server.base,
      cookie,
    },
    body: JSON.stringify([input]),
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: r.status, text: await r.text() };
}
