import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["lib/**/*.test.ts", "test/**/*.test.ts", "scripts/**/*.test.ts"],
    // The evaluation test analyses five stories; the first load of the language model takes a few seconds.
    testTimeout: 60_000,
  },
});
