import { defineConfig, devices } from "@playwright/test";
import { databaseOn } from "./lib/postgres-admin";

// Loopback port and build folder of the tests' own, so a run does not collide with a developer's `next dev` on 3000
// or their `.next` build. Both can be overridden to run two suites side by side.
const port = Number(process.env.E2E_PORT ?? 3210);
const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
const baseURL = `http://127.0.0.1:${port}`;
// A SQLite file, or a database on the PostgreSQL server the tests are given (TEST_POSTGRES_URL, test/databases.ts).
const postgresServer = process.env.TEST_POSTGRES_URL;
const databaseUrl = postgresServer ? databaseOn(postgresServer, `nc_e2e_${port}`) : `file:./tmp/e2e/${port}.db`;
// The test workers load this file too: they find the run's ingest token beside this database (e2e/fixtures.ts).
process.env.E2E_DATABASE_URL = databaseUrl;

/** Specs that change the seed story (e2e/reanalysis.spec.ts adds a sixth outlet to it). */
const CHANGES_SEED = /reanalysis\.spec\.ts$/;

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    // Playwright cannot download its own browser on these machines; Debian's chromium package is used instead
    // (../shared/STACK.md). CHROMIUM_PATH points elsewhere when it lives elsewhere.
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      // CI runs as root, where Chromium refuses to start with its sandbox.
      "--no-sandbox",
      // No GPU on a headless CI machine.
      "--disable-gpu",
      // There is no network: without these, Chromium keeps trying update, sync and QUIC hosts it cannot reach.
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  // Failure screenshots, traces and videos land here (gitignored), one folder per failed test.
  outputDir: "test-results/e2e",
  // Baselines of any toHaveScreenshot() comparison sit beside the tests, one folder per spec file.
  snapshotPathTemplate: "e2e/screenshots/{testFilePath}/{arg}{ext}",
  // A test.only left in a commit would silently skip the rest of the suite in CI.
  forbidOnly: !!process.env.CI,
  // No retries: a test that passes on its second try is a flaky test, and retries would hide it.
  retries: 0,
  // The list on the console; the HTML report on disk for a failure's trace, never opened automatically (CI has no
  // display, and a blocking report server would hang the run).
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
    // Evidence for a failure without the cost on passing tests.
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  projects: [
    {
      // Signs the editor and the admin in once and keeps their cookies (e2e/accounts.setup.ts): sign-in is
      // rate-limited, so every test signing in anew would soon be refused.
      name: "accounts",
      testMatch: /accounts\.setup\.ts$/,
      use: chromium,
    },
    {
      name: "chromium",
      testIgnore: CHANGES_SEED,
      dependencies: ["accounts"],
      use: chromium,
    },
    {
      // Specs that change the seed story run once every other spec has read it as seeded (a project dependency:
      // they are skipped when the first project fails).
      name: "changes-seed",
      testMatch: CHANGES_SEED,
      dependencies: ["chromium"],
      use: chromium,
    },
  ],
  webServer: {
    // The production build, not `next dev`: what users get, and no compile-on-first-visit delays in the tests.
    // e2e/serve.ts creates a fresh database, migrates and seeds it, builds, then runs `npm start`'s server
    // (scripts/start.ts) on loopback.
    command: "npx --no-install tsx e2e/serve.ts",
    url: `${baseURL}/`,
    // Every run starts from a fresh database and a fresh build; a server left from another run would have neither.
    reuseExistingServer: false,
    // A cold `next build` takes a few minutes on a small CI machine.
    timeout: 10 * 60_000,
    stdout: "pipe",
    env: {
      PORT: String(port),
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
