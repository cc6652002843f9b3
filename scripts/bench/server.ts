/**
 * What the bench measures against: a fresh database of each kind, the app built into its own folder, and `next
 * start` on it, stopped however the bench ends.
 */
import { spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { redact } from "../../lib/migrate";
import { createPostgresDatabase, dropPostgresDatabase } from "../../lib/postgres-admin";
import { buildNext, ROOT, signalGroup, spawnNextStart, stopGroup } from "../next-app";
import type { Kind } from "./options";

/** A failure the bench explains itself: printed as its message, without a stack. */
export class BenchError extends Error {}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------------------------
// A fresh database: the only part of the bench that knows one provider from the other. Everything after it (schema,
// seed, the server, the reads below) goes through the app's own code with nothing but the URL.

export interface BenchDatabase {
  kind: Kind;
  url: string;
  /** The URL with any password left out, for the report. */
  shown: string;
  drop: () => Promise<void>;
}

export async function freshDatabase(kind: Kind, server: string | undefined, keep: boolean): Promise<BenchDatabase> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bench-"));
    const url = `file:${path.join(dir, "bench.db")}`;
    return {
      kind,
      url,
      shown: url,
      drop: async () => (keep ? console.log(`  kept ${dir}`) : rmSync(dir, { recursive: true, force: true })),
    };
  }
  const name = `newscompare_bench_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const url = await createPostgresDatabase(server!, name);
  return {
    kind,
    url,
    shown: redact(url),
    drop: async () => (keep ? console.log(`  kept database ${name}`) : dropPostgresDatabase(server!, name)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The server and its cleanup

let server: ChildProcess | null = null;
/** Everything the running server printed, for the errors that need it. */
export const serverLog: string[] = [];

/** Stops the server's whole process group (next start may fork), first politely. */
export async function stopServer(): Promise<void> {
  const s = server;
  server = null;
  if (s) await stopGroup(s);
}

// Last resort when the process ends some other way (an uncaught error): no waiting is possible in 'exit'.
process.on("exit", () => {
  if (server?.pid && server.exitCode === null) signalGroup(server.pid, "SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the server`);
    void stopServer().finally(() => process.exit(130));
  });
}

const portInUse = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

export async function startServer(port: number, env: NodeJS.ProcessEnv): Promise<string> {
  if (await portInUse(port))
    throw new BenchError(`port ${port} is already in use; pick another with --port (3300-3399)`);
  const base = `http://127.0.0.1:${port}`;
  serverLog.length = 0;
  // Its own process group, so stopServer reaches anything it forks.
  server = spawnNextStart(port, env);
  for (const stream of [server.stdout!, server.stderr!]) stream.on("data", (d: Buffer) => serverLog.push(d.toString()));
  const started = performance.now();
  while (performance.now() - started < 60_000) {
    if (server.exitCode !== null)
      throw new BenchError(`next start exited with code ${server.exitCode}:\n${serverLog.join("")}`);
    try {
      const r = await fetch(`${base}/`);
      await r.arrayBuffer();
      if (r.ok) return base;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new BenchError(`the server did not answer GET / with 200 within 60 s:\n${serverLog.join("")}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Build and setup

export function runStep(what: string, args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new BenchError(`${what} failed (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return performance.now() - started;
}

/** The Prisma clients, as `npm run build` makes them first, then the app into its own folder (scripts/next-app.ts). */
export function build(env: NodeJS.ProcessEnv): number {
  const generateMs = runStep("npm run db:generate", ["--import", "tsx", "scripts/db-generate.ts"], env);
  try {
    return generateMs + buildNext(env);
  } catch (e) {
    throw new BenchError((e as Error).message);
  }
}
