import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  // app/ code imports through tsconfig's "@/*" path; the API tests import the real route handlers.
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL("./", import.meta.url)) }] },
  test: {
    include: ["lib/**/*.test.ts", "test/**/*.test.ts", "scripts/**/*.test.ts"],
    // Against a production server: `npm run test:system` (vitest.system.config.ts).
    exclude: [...configDefaults.exclude, "test/system/**"],
    // The evaluation test analyses five stories; the first load of the language model takes a few seconds. So does
    // the first analysis worker of a file (lib/analysis-pool.ts), often in a beforeAll that ingests the seed story.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
