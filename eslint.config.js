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
);
