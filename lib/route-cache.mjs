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
 * - does not keep a render that may have read the story before its last revalidation. A render that starts before an
 *   ingest commits and ends after the ingest's revalidatePath would otherwise be kept as fresh, and readers would see
 *   the story without the new article for up to `revalidate` seconds (seen in an end-to-end run: the claim page's
 *   prefetch of the story link rendered while the test ingested). Each render is preceded by a `get` that finds
 *   nothing fresh; the handler notes the revalidation count then, and `set` drops the render when a tag of its page
 *   was revalidated since.
 *
 * Next.js makes a handler per request, so the entries live in the module, shared by all of them.
 * docs/decisions/012-security-headers.md, 004-matrix-caching.md.
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

/** How many revalidations there have been: a clock that cannot tie, unlike Date.now() within one millisecond. */
let revalidations = 0;
/** @type {Map<string, number>} each revalidated tag's count when it was last revalidated, the oldest first */
const revalidatedAt = new Map();
/**
 * @type {Map<string, { count: number, at: number }>} for each key whose render may be under way, the revalidation
 * count when it started, and the time (a render that never stored its result leaves its mark behind; one older than
 * ABANDONED_MS is not taken for the start of the next)
 */
const renders = new Map();
/** Longer than any render takes (about 26 ms for the seed story, a few seconds for a 100-outlet one on a loaded machine). */
const ABANDONED_MS = 30_000;
/** Bounds the two maps above: tags and keys beyond this many are the least recent ones, long settled. */
const MAX_TRACKED = 10_000;

export default class RouteCache {
  /** @param {{ maxMemoryCacheSize?: number }} [options] what Next.js passes; it holds next.config's limit */
  constructor(options) {
    this.maxBytes = options?.maxMemoryCacheSize ?? DEFAULT_MAX_BYTES;
  }

  /** @param {string} key */
  async get(key) {
    const entry = entries.get(key);
    // Nothing fresh: Next.js renders the page now (in the background when it serves a stale one).
    if (!entry || isStale(entry)) noteRender(key);
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
    const started = renderStart(key);
    // null is a Pages Router "not found"; an error page is what an unknown slug renders.
    if (!value || (typeof value.status === "number" && value.status >= 400)) return;
    const size = key.length + sizeOf(value);
    if (size > this.maxBytes) return;
    const tags = tagsOf(value, ctx);
    // Revalidated while it rendered: it may show the story as it was, so the next request renders it again.
    if (tags.some((tag) => (revalidatedAt.get(tag) ?? 0) > started)) return;
    entries.set(key, { value, lastModified: Date.now(), cacheControl: ctx.cacheControl, tags, size });
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
    revalidations++;
    for (const tag of gone) track(revalidatedAt, tag, revalidations);
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
  revalidatedAt.clear();
  renders.clear();
}

/** @param {Entry} entry */
function isStale(entry) {
  const revalidate = /** @type {{ revalidate?: unknown } | undefined} */ (entry.cacheControl)?.revalidate;
  return typeof revalidate === "number" && Date.now() - entry.lastModified >= revalidate * 1000;
}

/** A render of the key starts; one already under way keeps its earlier start. @param {string} key */
function noteRender(key) {
  const under = renders.get(key);
  if (!under || Date.now() - under.at > ABANDONED_MS) track(renders, key, { count: revalidations, at: Date.now() });
}

/**
 * The revalidation count when the render now ending started (now, if no `get` announced it).
 * @param {string} key
 */
function renderStart(key) {
  const under = renders.get(key);
  renders.delete(key);
  return under && Date.now() - under.at <= ABANDONED_MS ? under.count : revalidations;
}

/**
 * @template T
 * @param {Map<string, T>} map
 * @param {string} key
 * @param {T} value
 */
function track(map, key, value) {
  map.delete(key);
  map.set(key, value);
  for (const [oldest] of map) {
    if (map.size <= MAX_TRACKED) break;
    map.delete(oldest);
  }
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
