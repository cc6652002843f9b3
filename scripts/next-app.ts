/**
 * Building the app and starting its production server, for the three places that need one of their own: the browser
 * tests (e2e/serve.ts), the system tests (test/system/server.ts) and the benchmark (scripts/bench.ts). Each builds
 * into a folder of its own (NEXT_DIST_DIR) so that none overwrites a developer's `.next`, and runs `next start` in a
 * process group of its own so that stopping it reaches whatever it forks.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/** The environment of `next build` and `next start` for a build folder: both set NODE_ENV themselves, and an
 * inherited "development" or vitest's "test" breaks them. */
export function productionEnv(distDir: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", ...extra };
  delete (env as Record<string, unknown>).NODE_ENV;
  delete env.VITEST;
  return env;
}

/**
 * `next build` into `env.NEXT_DIST_DIR`; returns how long it took. The build's output is shown as it comes
 * (`output: "inherit"`) or kept for the error (`"capture"`). `next build` adds its folder's type globs to
 * tsconfig.json's include list: those are taken out again, and only those (another build may add its own meanwhile).
 */
export function buildNext(env: NodeJS.ProcessEnv, output: "inherit" | "capture" = "capture", timeoutMs = 15 * 60_000) {
  const distDir = env.NEXT_DIST_DIR;
  if (!distDir || distDir === ".next") throw new Error("build into a folder of its own: set NEXT_DIST_DIR");
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  const started = performance.now();
  try {
    const r = spawnSync(process.execPath, [NEXT_BIN, "build"], {
      cwd: ROOT,
      env,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      timeout: timeoutMs,
      stdio: output === "inherit" ? "inherit" : "pipe",
    });
    if (r.status !== 0)
      throw new Error(
        `next build into ${distDir} failed (${r.status ?? r.signal}):\n${r.stdout ?? ""}\n${r.stderr ?? ""}`,
      );
  } finally {
    dropDistInclude(tsconfig, before, distDir);
  }
  return performance.now() - started;
}

/** Takes `distDir`'s globs out of tsconfig.json's include list, leaving the file as it was when they were all. */
export function dropDistInclude(file: string, before: string, distDir: string) {
  const after = readFileSync(file, "utf8");
  if (after === before) return;
  try {
    const config = JSON.parse(after) as { include?: string[] };
    const include = config.include?.filter((p) => !p.startsWith(`${distDir}/`));
    if (include?.length === config.include?.length) return;
    const dropped = { ...config, include };
    // Only the build's lines changed: the file as it was, formatting and all.
    if (JSON.stringify(dropped) === JSON.stringify(JSON.parse(before))) return writeFileSync(file, before);
    // Someone else changed it too. Next writes the file as JSON.stringify(…, null, 2) does; one formatted otherwise
    // is left as it is.
    if (`${JSON.stringify(config, null, 2)}\n` === after) writeFileSync(file, `${JSON.stringify(dropped, null, 2)}\n`);
  } catch {
    // a tsconfig with comments: leave it rather than guess
  }
}

/** `next start` on loopback in a process group of its own, its output piped to the caller. */
export function spawnNextStart(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Sends `signal` to the process group `pid` leads; nothing when it is gone already. */
export function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // gone already
  }
}

/** Stops a server's process group with `signal`, then SIGKILL after `graceMs`; resolves once it has exited. */
export async function stopGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM", graceMs = 5_000) {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  signalGroup(child.pid, signal);
  const timer = setTimeout(() => signalGroup(child.pid!, "SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}
