// @ts-check
/**
 * Next.js's route cache (incremental static regeneration: the matrix's default view, decision 004), as
 * next.config.ts's `cacheHandler`. JavaScript, not TypeScript: `next start` imports this file as it is.
 *
 * Next's own handler keeps every render of a cached route in memory and on disk (`<distDir>/server/route-cache`),
 * and never deletes a file. The cached route renders any slug, so each request for /stories/<anything> wrote its
 * 404 page there: 7 files, 28 KB, for ever (hardening issue, finding 7). This one:
 *
 * - keeps no error page (status 400 and up): an unknown slug is rendered again on each request, which costs one
 *   indexed read, and takes no room from the stories that exist;
 * - keeps entries in memory only, least recently used first out, within `cacheMaxMemorySize` (next.config.ts). A
 *   restart starts empty; each story's page is rendered again on its first request (about 26 ms).
 *
 * Next.js makes a handler per request, so the entries live in the module, shared by all of them.
 * docs/decisions/012-security-headers.md.
 */

/** Next's default `cacheMaxMemorySize`, for a handler made without one. */
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * @typedef {{ kind: string, status?: number, headers?: Record<string, unknown>, html?: { length: number },
 *   rscData?: { length: number }, postponed?: string, segmentData?: Map<string, { length: number }>,
 *   body?: { length: number }, tags?: string[], [key: string]: unknown }} CachedValue
 * @typedef {{ value: CachedValue, lastModified: number, cacheControl: unknown, tags: string[], size: number }} Entry
 */

/** @type {Map<string, Entry>} in order of use, the least recent first */
const entries = new Map();
let bytes = 0;

export default class RouteCache {
  /** @param {{ maxMemoryCacheSize?: number }} [options] what Next.js passes; it holds next.config's limit */
  constructor(options) {
    this.maxBytes = options?.maxMemoryCacheSize ?? DEFAULT_MAX_BYTES;
  }

  /** @param {string} key */
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {CachedValue | null} value
   * @param {{ cacheControl?: unknown, tags?: string[] }} [ctx]
   */
  async set(key, value, ctx = {}) {
    remove(key);
    // null is a Pages Router "not found"; an error page is what an unknown slug renders.
    if (!value || (typeof value.status === "number" && value.status >= 400)) return;
    const size = key.length + sizeOf(value);
    if (size > this.maxBytes) return;
    entries.set(key, {
      value,
      lastModified: Date.now(),
      cacheControl: ctx.cacheControl,
      tags: tagsOf(value, ctx),
      size,
    });
    bytes += size;
    for (const [oldest] of entries) {
      if (bytes <= this.maxBytes) break;
      remove(oldest);
    }
  }

  /**
   * revalidatePath and revalidateTag: the entries with any of the tags go, and their routes render afresh on the
   * next request. (With a stale-while-revalidate profile Next's own handler would serve the old page once more;
   * nothing here asks for one.)
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    const gone = new Set(Array.isArray(tags) ? tags : [tags]);
    for (const [key, entry] of entries) if (entry.tags.some((t) => gone.has(t))) remove(key);
  }

  resetRequestCache() {}
}

/** What the cache holds now: for tests and for a look from a debugger. */
export function routeCacheUsage() {
  return { entries: entries.size, bytes, keys: [...entries.keys()] };
}

export function clearRouteCache() {
  entries.clear();
  bytes = 0;
}

/** @param {string} key */
function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  bytes -= entry.size;
}

/**
 * A page's tags come in its x-next-cache-tags header (the path's implicit tags among them, which revalidatePath
 * names); a fetch's in the context and the value.
 * @param {CachedValue} value
 * @param {{ tags?: string[] }} ctx
 */
function tagsOf(value, ctx) {
  const header = value.headers?.["x-next-cache-tags"];
  return [
    ...(typeof header === "string" ? header.split(",") : []),
    ...(Array.isArray(value.tags) ? value.tags : []),
    ...(ctx.tags ?? []),
  ];
}

/**
 * Roughly the bytes an entry holds, counted as Next's own memory cache counts them.
 * @param {CachedValue} value
 */
function sizeOf(value) {
  let size = (value.html?.length ?? 0) + (value.rscData?.length ?? 0) + (value.postponed?.length ?? 0);
  size += value.body?.length ?? 0;
  for (const [segment, data] of value.segmentData ?? []) size += segment.length + data.length;
  if (value.kind === "FETCH" || value.kind === "REDIRECT" || value.kind === "PAGES")
    size += JSON.stringify(value.data ?? value.props ?? value.pageData ?? "").length;
  return Math.max(1, size);
}
