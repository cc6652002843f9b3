/**
 * Requests a client gets wrong or an attacker sends on purpose, against the production server (hardening issue,
 * findings 7-9): malformed percent-escapes in a path, TRACE, a server action posted from another site, a flood of
 * unknown stories. Each must get a 4xx, never a 500, and leave nothing behind; every answer, the refusals included,
 * carries the security headers. Raw HTTP (node:http), since fetch normalises paths and refuses TRACE.
 */
import { readdirSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IngestOutcome } from "../../lib/stories/mutations";
import { createDatabase, type TestDatabase } from "../databases";
import { DIST_DIR, makeIngestToken, postArticles, ROOT, startServer, type Server } from "./server";
import { syntheticArticles } from "./story-check";

const STORY = { slug: "hostile-requests", title: "Hostile requests" };

interface Sent {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}
interface Received {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request with the path sent exactly as written. */
function send(server: Server, { method = "GET", path: target, headers = {}, body }: Sent): Promise<Received> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: server.port, method, path: target, headers, timeout: 60_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`${method} ${target}: no answer within 60 s`)));
    req.on("error", reject);
    req.end(body);
  });
}

/** Files and bytes under a folder, recursively. */
function footprint(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

describe("hostile requests against next start", () => {
  let database: TestDatabase;
  let server: Server;
  let slug: string;

  beforeAll(async () => {
    database = await createDatabase();
    server = await startServer(database.url);
    const token = await makeIngestToken(database.url);
    const r = await postArticles<{ articles: IngestOutcome[] }>(server, token, {
      story: STORY,
      articles: syntheticArticles(3, 4_242, "https://hostile.example/a"),
    });
    expect(r.status, JSON.stringify(r.json).slice(0, 300)).toBe(201);
    slug = r.json.articles[0]!.story.slug;
    expect(slug).toBe(STORY.slug);
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  // Every dynamic route, reached with a segment that is not a valid escape: "%" alone, a truncated UTF-8 sequence,
  // an overlong encoding, an encoded surrogate. Next.js fails to decode such a segment and answers 500.
  const MALFORMED: Array<{ name: string; path: string }> = [
    { name: "story, default view", path: "/stories/%E0%A4%A" },
    { name: "story, a bare %", path: "/stories/%" },
    { name: "story, filtered view", path: "/stories/%E0%A4%A?show=sole" },
    { name: "story, overlong encoding", path: "/stories/%C0%80" },
    { name: "story, as the flight data of a client navigation", path: "/stories/%?_rsc=1" },
    { name: "matrix export, JSON", path: "/stories/%/matrix.json" },
    { name: "matrix export, CSV", path: "/stories/%E0%A4%A/matrix.csv" },
    { name: "the cached route itself", path: "/matrix-default/%" },
    { name: "claim", path: "/claims/%" },
    { name: "claim, encoded surrogate", path: "/claims/%ED%A0%80" },
    { name: "claim's JSON-LD", path: "/claims/%/claim.jsonld" },
    { name: "claim's Open Graph image", path: "/claims/%/card" },
    { name: "claim's preview card, longer escape", path: "/claims/%E0%A4%A/card" },
    { name: "article", path: "/articles/%" },
    { name: "article, truncated sequence", path: "/articles/%E0%A4%A" },
    // Valid escapes, for a slug that cannot exist: the page decoded the decoded slug again, and "%" threw.
    { name: "story, an escaped %", path: "/stories/%25" },
    { name: "story, an escaped %, filtered view", path: "/stories/%25?show=sole" },
  ];

  describe("a malformed escape in a path is 404", () => {
    for (const { name, path: target } of MALFORMED) {
      it(`${name}: GET ${target}`, async () => {
        const r = await send(server, { path: target, headers: target.includes("_rsc") ? { rsc: "1" } : {} });
        expect(r.status, r.body.slice(0, 200)).toBe(404);
      });
    }

    it("HEAD as well, without a body", async () => {
      const r = await send(server, { method: "HEAD", path: "/claims/%" });
      expect(r).toMatchObject({ status: 404, body: "" });
    });

    it("an unknown story's filtered view is a 404 too, not a 200 with the not-found page streamed into it", async () => {
      const r = await send(server, { path: "/stories/no-such-story?show=sole" });
      expect(r.status).toBe(404);
    });

    it("a valid escape still reaches its story", async () => {
      const r = await send(server, { path: `/stories/${slug.replace(/^h/, "%68")}?show=sole` });
      expect(r.status).toBe(200);
    });
  });

  describe("methods", () => {
    const TRACE = ["/", `/stories/${STORY.slug}`, "/api/health", "/api/articles", "/claims/x/claim.jsonld", "/%"];
    for (const target of TRACE) {
      it(`TRACE ${target}: 405, and nothing echoed`, async () => {
        const r = await send(server, { method: "TRACE", path: target, headers: { cookie: "secret=1" } });
        expect(r.status).toBe(405);
        expect(r.headers.allow).toMatch(/GET/);
        expect(r.body).not.toContain("secret=1");
      });
    }
  });

  describe("a server action posted from another site is refused with 403", () => {
    const ACTION = "7f".repeat(21);
    const CASES: Array<{ name: string; request: Sent; status: number }> = [
      {
        name: "an action call (next-action header) from another origin",
        request: {
          method: "POST",
          path: "/claims/x",
          headers: { "next-action": ACTION, origin: "https://evil.example", "content-type": "text/plain" },
          body: "[]",
        },
        status: 403,
      },
      {
        name: "a form post (multipart) from another origin",
        request: {
          method: "POST",
          path: "/admin/users",
          headers: { origin: "https://evil.example", "content-type": "multipart/form-data; boundary=x" },
          body: '--x\r\nContent-Disposition: form-data; name="role"\r\n\r\nadmin\r\n--x--\r\n',
        },
        status: 403,
      },
      {
        name: "an action call from an opaque origin (a sandboxed frame)",
        request: {
          method: "POST",
          path: "/",
          headers: { "next-action": ACTION, origin: "null", "content-type": "text/plain" },
          body: "[]",
        },
        status: 403,
      },
      {
        name: "an origin that only shares the host name (another port)",
        request: {
          method: "POST",
          path: "/",
          headers: { "next-action": ACTION, origin: "http://127.0.0.1:1", "content-type": "text/plain" },
          body: "[]",
        },
        status: 403,
      },
    ];
    for (const { name, request, status } of CASES) {
      it(name, async () => {
        const r = await send(server, request);
        expect(r.status, r.body.slice(0, 200)).toBe(status);
      });
    }

    it("the same call from the site itself gets past the origin check (an unknown action: not a 403, not a 5xx)", async () => {
      const r = await send(server, {
        method: "POST",
        path: "/",
        headers: { "next-action": ACTION, origin: `http://127.0.0.1:${server.port}`, "content-type": "text/plain" },
        body: "[]",
      });
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).not.toBe(403);
      expect(r.status).toBeLessThan(500);
    });
  });

  describe("security headers on every answer", () => {
    const answers: Array<{ name: string; request: () => Sent; status: number }> = [
      { name: "the home page", request: () => ({ path: "/" }), status: 200 },
      { name: "a cached matrix", request: () => ({ path: `/stories/${slug}` }), status: 200 },
      { name: "a filtered matrix", request: () => ({ path: `/stories/${slug}?show=sole` }), status: 200 },
      { name: "an export", request: () => ({ path: `/stories/${slug}/matrix.json` }), status: 200 },
      { name: "the health API", request: () => ({ path: "/api/health" }), status: 200 },
      { name: "an ingest refused", request: () => ({ method: "POST", path: "/api/articles" }), status: 401 },
      { name: "an unknown page", request: () => ({ path: "/claims/no-such-claim" }), status: 404 },
      { name: "a static asset", request: () => ({ path: "/icon.svg" }), status: 200 },
      { name: "a malformed path", request: () => ({ path: "/claims/%" }), status: 404 },
      { name: "TRACE", request: () => ({ method: "TRACE", path: "/" }), status: 405 },
    ];
    for (const { name, request, status } of answers) {
      it(name, async () => {
        const r = await send(server, request());
        expect(r.status).toBe(status);
        const csp = String(r.headers["content-security-policy"] ?? "");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("object-src 'none'");
        expect(csp).toMatch(/script-src 'self'/);
        expect(r.headers).toMatchObject({
          "x-content-type-options": "nosniff",
          "x-frame-options": "DENY",
          "referrer-policy": "same-origin",
        });
        expect(r.headers["permissions-policy"]).toMatch(/camera=\(\)/);
      });
    }
  });

  describe("the route cache", () => {
    it("is still used for a story's default view", async () => {
      await send(server, { path: `/stories/${slug}` });
      const r = await send(server, { path: `/stories/${slug}` });
      expect(r.status).toBe(200);
      expect(r.headers["x-nextjs-cache"]).toMatch(/HIT|STALE/);
    });

    it("does not grow with 200 requests for unknown stories", async () => {
      const dist = path.join(ROOT, DIST_DIR);
      const before = footprint(dist);
      const slugs = Array.from({ length: 200 }, (_, i) => `no-such-story-${i}-${Date.now().toString(36)}`);
      for (let i = 0; i < slugs.length; i += 10) {
        const answers = await Promise.all(slugs.slice(i, i + 10).map((s) => send(server, { path: `/stories/${s}` })));
        expect(answers.map((a) => a.status)).toEqual(answers.map(() => 404));
      }
      expect(footprint(dist)).toEqual(before);
    });
  });
});
