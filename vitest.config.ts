import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: [
      // app/ code imports through tsconfig's "@/*" path; the API tests import the real route handlers.
      { find: /^@\//, replacement: fileURLToPath(new URL("./", import.meta.url)) },
      // The route handlers' reads and writes (lib/*/page-data.ts, lib/stories/ingest.ts) are marked server-only; the
      // marker throws unless the bundler resolves it for the server (the "react-server" condition). Tests run on the
      // server side, so they get the marker's empty module, as Next's server bundle does.
      {
        find: /^server-only$/,
        replacement: fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
      },
    ],
  },
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
