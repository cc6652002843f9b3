import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon and the language model is a large data file: load both from node_modules at
  // run time instead of bundling them.
  serverExternalPackages: ["better-sqlite3", "wink-eng-lite-web-model", "wink-nlp"],
  typedRoutes: false,
  poweredByHeader: false,
  // Lets a benchmark or a test run build beside a developer's own build without the two overwriting each other.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
