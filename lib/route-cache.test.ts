import { beforeEach, describe, expect, it, vi } from "vitest";
import RouteCache, { clearRouteCache, routeCacheUsage, type CachedValue } from "./route-cache.mjs";

const page = (path: string, status: number, size = 1000): CachedValue => ({
  kind: "APP_PAGE",
  status,
  html: "x".repeat(size),
  rscData: Buffer.alloc(10),
  headers: { "x-next-cache-tags": `_N_T_/layout,_N_T_${path}` },
});
const control = { cacheControl: { revalidate: 60, expire: 31536000 } };

beforeEach(() => clearRouteCache());

describe("the route cache (next.config.ts cacheHandler)", () => {
  it("keeps a page with its cache control, and hands it back", async () => {
    const cache = new RouteCache({ maxMemoryCacheSize: 1e6 });
    await cache.set("/matrix-default/a", page("/matrix-default/a", 200), control);
    expect(await cache.get("/matrix-default/a")).toMatchObject({
      value: { kind: "APP_PAGE", status: 200 },
      cacheControl: control.cacheControl,
      lastModified: expect.any(Number),
    });
  });

  it("keeps no error page: an unknown slug takes no room", async () => {
    const cache = new RouteCache({ maxMemoryCacheSize: 1e6 });
    for (const status of [404, 500]) await cache.set(`/matrix-default/${status}`, page("/x", status), control);
    await cache.set("/gone", null);
    expect(routeCacheUsage().entries).toBe(0);
  });

  it("an error page replaces what was kept under its key", async () => {
    const cache = new RouteCache({ maxMemoryCacheSize: 1e6 });
    await cache.set("/matrix-default/a", page("/matrix-default/a", 200), control);
    await cache.set("/matrix-default/a", page("/matrix-default/a", 404), control);
    expect(await cache.get("/matrix-default/a")).toBeNull();
  });

  it("stays within its bound, the least recently used out first", async () => {
    // Each entry is about 1 KB; four fit.
    const cache = new RouteCache({ maxMemoryCacheSize: 4_200 });
    for (const key of ["/a", "/b", "/c", "/d"]) await cache.set(key, page(key, 200), control);
    await cache.get("/a");
    await cache.set("/e", page("/e", 200), control);
    const usage = routeCacheUsage();
    expect(usage.keys).toEqual(["/c", "/d", "/a", "/e"]);
    expect(usage.bytes).toBeLessThanOrEqual(4_200);
    for (let i = 0; i < 500; i++) await cache.set(`/flood/${i}`, page(`/flood/${i}`, 200), control);
    expect(routeCacheUsage().bytes).toBeLessThanOrEqual(4_200);
    expect(routeCacheUsage().entries).toBe(4);
  });

  it("does not keep an entry larger than the bound", async () => {
    const cache = new RouteCache({ maxMemoryCacheSize: 500 });
    await cache.set("/big", page("/big", 200, 1000), control);
    expect(routeCacheUsage().entries).toBe(0);
  });

  it("revalidatePath's tag drops the pages it names, and only those", async () => {
    const cache = new RouteCache({ maxMemoryCacheSize: 1e6 });
    await cache.set("/matrix-default/a", page("/matrix-default/a", 200), control);
    await cache.set("/matrix-default/b", page("/matrix-default/b", 200), control);
    await cache.revalidateTag(["_N_T_/matrix-default/a"]);
    expect(routeCacheUsage().keys).toEqual(["/matrix-default/b"]);
    await cache.revalidateTag("_N_T_/layout");
    expect(routeCacheUsage().entries).toBe(0);
  });

  it("does not keep a render that was under way when its page was revalidated: the next request renders afresh", async () => {
    const cache = new RouteCache({ maxMemoryCacheSize: 1e6 });
    // A request finds nothing and renders; an ingest revalidates the page before the render is stored.
    expect(await cache.get("/matrix-default/a")).toBeNull();
    await cache.revalidateTag(["_N_T_/matrix-default/a"]);
    await cache.set("/matrix-default/a", page("/matrix-default/a", 200), control);
    expect(await cache.get("/matrix-default/a")).toBeNull();
    // That request's own render started after the revalidation, and is kept.
    await cache.set("/matrix-default/a", page("/matrix-default/a", 200), control);
    expect(await cache.get("/matrix-default/a")).not.toBeNull();
  });

  it("a revalidation of another page, or one before the render started, does not stop it being kept", async () => {
    const cache = new RouteCache({ maxMemoryCacheSize: 1e6 });
    await cache.revalidateTag(["_N_T_/matrix-default/a"]);
    expect(await cache.get("/matrix-default/a")).toBeNull();
    await cache.revalidateTag(["_N_T_/matrix-default/b"]);
    await cache.set("/matrix-default/a", page("/matrix-default/a", 200), control);
    expect(await cache.get("/matrix-default/a")).not.toBeNull();
  });

  it("a stale page's background render is dropped too when the page is revalidated while it runs", async () => {
    vi.useFakeTimers();
    try {
      const cache = new RouteCache({ maxMemoryCacheSize: 1e6 });
      await cache.set("/matrix-default/a", page("/matrix-default/a", 200), control);
      vi.advanceTimersByTime(61_000);
      // Served stale; Next.js renders it again in the background.
      expect(await cache.get("/matrix-default/a")).not.toBeNull();
      await cache.revalidateTag(["_N_T_/matrix-default/a"]);
      await cache.set("/matrix-default/a", page("/matrix-default/a", 200), control);
      expect(await cache.get("/matrix-default/a")).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("a fresh hit starts no render: a later revalidation and render keep the new page", async () => {
    const cache = new RouteCache({ maxMemoryCacheSize: 1e6 });
    await cache.set("/matrix-default/a", page("/matrix-default/a", 200), control);
    expect(await cache.get("/matrix-default/a")).not.toBeNull();
    await cache.revalidateTag(["_N_T_/matrix-default/a"]);
    expect(await cache.get("/matrix-default/a")).toBeNull();
    await cache.set("/matrix-default/a", page("/matrix-default/a", 200), control);
    expect(await cache.get("/matrix-default/a")).not.toBeNull();
  });

  it("is shared by every handler: Next.js makes one per request", async () => {
    await new RouteCache().set("/a", page("/a", 200), control);
    expect(await new RouteCache().get("/a")).not.toBeNull();
  });
});
