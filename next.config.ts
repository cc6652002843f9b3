import path from "node:path";
import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

/**
 * The query parameters of a matrix view (lib/stories/view.ts matrixParamsSchema; view.test.ts holds the two lists
 * together). /stories/<slug> with none of them is the story's default view, the same for every reader: it is served
 * from the cached route app/matrix-default/[slug] (docs/decisions/004-matrix-caching.md). Any other parameter (a
 * tracking tag, say) leaves the view as it is, so it is served from the cache too.
 */
export const MATRIX_VIEW_PARAMS = ["show", "sort", "kind", "outlet", "flag", "focus", "page", "cols"];

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon and the language model is a large data file: load both from node_modules at
  // run time instead of bundling them.
  serverExternalPackages: ["better-sqlite3", "wink-eng-lite-web-model", "wink-nlp"],
  typedRoutes: false,
  poweredByHeader: false,
  // Next hashes every HTML answer for its ETag, in JavaScript, on every request, cached pages included: a third of
  // the CPU a cached 100-article matrix costs (250 KB), and the cached matrix's p95 at 50 connections 1.4 times
  // higher. Without it a revisit downloads the page again (about 40 KB gzipped) instead of getting a 304.
  // docs/decisions/009-ingest-and-page-costs.md.
  generateEtags: false,
  // Lets a benchmark or a test run build beside a developer's own build without the two overwriting each other.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The route cache in memory, bounded, without error pages: Next's own wrote every 404 of the cached matrix route
  // to disk for good (lib/route-cache.mjs). The path is absolute as Next imports it from the build folder; next is
  // run from the project's folder (npm scripts, e2e/serve.ts, the system tests and the bench all do).
  cacheHandler: path.resolve("lib/route-cache.mjs"),
  // The cache's bound: 150-250 default matrix pages (265-450 KB each with their React payloads; decision 008).
  cacheMaxMemorySize: 64 * 1024 * 1024,
  async headers() {
    // The exports are public data, read by notebooks and newsroom tools on other sites: any origin may fetch them.
    // No credentials travel with such a request, and the exports show only what the pages show anyway.
    const open = [{ key: "Access-Control-Allow-Origin", value: "*" }];
    return [
      // Every answer, pages, APIs, assets and errors alike (docs/decisions/012-security-headers.md). An unnamed
      // group, not "/:path*": with a named parameter Next compiles every header value as a path template, on every
      // request, and the CSP's "data:" makes that a parse (20 µs).
      { source: "/(.*)", headers: securityHeaders({ dev: process.env.NODE_ENV === "development" }) },
      ...["/stories/:slug/matrix.csv", "/stories/:slug/matrix.json", "/claims/:id/claim.jsonld"].map((source) => ({
        source,
        headers: open,
      })),
    ];
  },
  // A rewrite here rather than in a proxy (middleware): the router applies it in-process, where a proxy's rewrite to
  // a URL built from the request goes out and back through an HTTP hop whenever the server is bound to an address
  // other than "localhost" (`next start -H 127.0.0.1`: 1.5 times the cost of the cached page; decision 008).
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: "/stories/:slug",
          missing: MATRIX_VIEW_PARAMS.map((key) => ({ type: "query" as const, key })),
          destination: "/matrix-default/:slug",
        },
      ],
    };
  },
};

export default nextConfig;
