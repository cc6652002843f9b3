// ESLint flat config. Type-aware rules are left out on purpose: they need a full type-check per lint run, and
// `npm run typecheck` already does that once.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

export default defineConfig(
  globalIgnores([
    "node_modules/",
    "tmp/",
    "coverage/",
    "bench-results/",
    ".next*/",
    "lib/generated/",
    "next-env.d.ts",
    "test-results/",
    "playwright-report/",
    "data/",
  ]),
  {
    files: ["**/*.{ts,tsx}"],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The analysis is a pure core shared by the web app, the CLI, the benchmarks and the tests, so it may not
    // depend on any of them. Matches relative paths (../../app/page) and the @/ or ~/ aliases.
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?:(?:\\.{1,2}/)+(?:.*/)?|[@~]/)(?:app|components)(?:/|$)",
              message:
                "Imports flow one way: app → components → lib. lib/ must not import from app/ or components/; move the shared code into lib/ instead.",
            },
          ],
        },
      ],
    },
  },
  {
    // One layer holds the database client (docs/decisions/020-data-layer.md). Matches @/lib/db, ~/lib/db and relative
    // paths to lib/db or lib/generated/** (the Prisma clients), and @prisma/client; not lib/db-errors or the other
    // lib/db-* helpers.
    // `import type` passes: a type (Db, a model's row) lets code take a client from its caller, never reach one.
    files: ["**/*.{ts,tsx}"],
    ignores: [
      // Reads and writes: the functions that query, each taking the client from its caller. A domain whose writes
      // are too many for one file keeps them in a mutations/ folder, one module per job (lib/stories/mutations/).
      "lib/**/data.ts",
      "lib/**/mutations.ts",
      "lib/**/mutations/*.ts",
      // The app's entry points into them, on the app's client: pages' and routes' loaders (server-only), server
      // actions, and the ingest route's calls.
      "lib/**/page-data.ts",
      "lib/**/actions.ts",
      "lib/stories/ingest.ts",
      // The database layer itself: the client (db.ts), the raw row writes (Prisma.sql), the health probe, and
      // better-auth, whose Prisma adapter holds the client for the auth tables.
      "lib/db.ts",
      "lib/db-rows.ts",
      "lib/db-health.ts",
      "lib/auth.ts",
      // Outside the app: scripts, seeds, tests (beside the code too) and the browser tests' account setup open or
      // inspect databases themselves.
      "scripts/**",
      "prisma/**",
      "test/**",
      "e2e/**",
      "**/*.test.ts",
    ],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?:(?:[@~]/lib/|(?:\\.{1,2}/)+(?:lib/)?)(?:db|generated(?:/.*)?)|@prisma/client(?:/.*)?)$",
              allowTypeImports: true,
              message:
                "Pages, components and route handlers read through lib/<domain>/data.ts and write through lib/<domain>/mutations.ts (on the app's client: lib/<domain>/page-data.ts, actions.ts), so that every query is in one layer that tests and scripts can call with their own database, and no Prisma call ends up in a client bundle. Add the read or write there (docs/decisions/020-data-layer.md).",
            },
          ],
        },
      ],
    },
  },
);
