import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * System tests (`npm run test:system`): the production server (`next start`) on loopback, on databases of the
 * tests' own, under concurrency, a crash and a database outage (test/system/).
 */
export default defineConfig({
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL("./", import.meta.url)) }] },
  test: {
    include: ["test/system/**/*.test.ts"],
    // One production build for all files, made before any of them runs (or reused when current).
    globalSetup: ["test/system/global-setup.ts"],
    // Each file starts a server and loads it; two at once on a two-core machine would measure each other.
    fileParallelism: false,
    // Bounded: a test that hangs fails instead. Each test sets its own, tighter limits on its requests.
    testTimeout: 240_000,
    hookTimeout: 180_000,
  },
});
