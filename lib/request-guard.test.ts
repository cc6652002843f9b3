import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { hasMalformedEscape, refusalOf } from "./request-guard";

const SITE = { host: "news.example" };

describe("refusalOf", () => {
  const CASES: Array<{
    name: string;
    method: string;
    url: string;
    headers?: IncomingHttpHeaders;
    status: number | null;
  }> = [
    { name: "a page", method: "GET", url: "/stories/iran-syria-2018?show=sole", status: null },
    { name: "valid escapes", method: "GET", url: "/stories/caf%C3%A9%25", status: null },
    { name: "a malformed escape in the query is the page's to read", method: "GET", url: "/?next=%", status: null },
    { name: "a bare %", method: "GET", url: "/claims/%", status: 404 },
    { name: "% and one hex digit", method: "GET", url: "/claims/%A", status: 404 },
    { name: "a truncated UTF-8 sequence", method: "GET", url: "/stories/%E0%A4%A", status: 404 },
    { name: "an overlong encoding", method: "GET", url: "/stories/%C0%80", status: 404 },
    { name: "an encoded surrogate", method: "GET", url: "/articles/%ED%A0%80/x", status: 404 },
    { name: "in any method", method: "POST", url: "/stories/%/matrix.json", status: 404 },
    { name: "TRACE", method: "TRACE", url: "/", status: 405 },
    { name: "TRACE before a malformed path", method: "TRACE", url: "/%", status: 405 },
    {
      name: "a post from the site",
      method: "POST",
      url: "/claims/x",
      headers: { ...SITE, origin: "https://news.example" },
      status: null,
    },
    {
      name: "a post from another site",
      method: "POST",
      url: "/claims/x",
      headers: { ...SITE, origin: "https://evil.example" },
      status: 403,
    },
    { name: "an opaque origin", method: "POST", url: "/", headers: { ...SITE, origin: "null" }, status: 403 },
    { name: "an origin that is not a URL", method: "POST", url: "/", headers: { ...SITE, origin: "::" }, status: 403 },
    {
      name: "the host the proxy in front forwarded",
      method: "POST",
      url: "/",
      headers: { host: "10.0.0.5:3000", "x-forwarded-host": "news.example, 10.0.0.5", origin: "https://news.example" },
      status: null,
    },
    { name: "no origin: not a browser's request", method: "POST", url: "/", headers: SITE, status: null },
    {
      name: "an API route judges its callers itself",
      method: "POST",
      url: "/api/articles",
      headers: { ...SITE, origin: "https://evil.example" },
      status: null,
    },
    {
      name: "a read from another site",
      method: "GET",
      url: "/stories/x/matrix.json",
      headers: { ...SITE, origin: "https://evil.example" },
      status: null,
    },
  ];
  for (const c of CASES) {
    it(`${c.name}: ${c.method} ${c.url} → ${c.status ?? "passed on"}`, () => {
      expect(refusalOf(c.method, c.url, c.headers ?? SITE)?.status ?? null).toBe(c.status);
    });
  }

  it("a refused TRACE says which methods there are", () => {
    expect(refusalOf("TRACE", "/", SITE)?.headers).toEqual({ Allow: "GET, HEAD, OPTIONS, POST" });
  });
});

describe("hasMalformedEscape", () => {
  it("checks each segment as Next.js decodes it", () => {
    expect(hasMalformedEscape("/a%2Fb/%41")).toBe(false);
    expect(hasMalformedEscape("/ok/%zz")).toBe(true);
  });
});
