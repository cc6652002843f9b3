/** Types of lib/route-cache.mjs (JavaScript, as Next.js imports it unbuilt), for the tests. */
export interface CachedValue {
  kind: string;
  status?: number;
  headers?: Record<string, unknown>;
  html?: { length: number };
  rscData?: { length: number };
  postponed?: string;
  segmentData?: Map<string, { length: number }>;
  body?: { length: number };
  tags?: string[];
  [key: string]: unknown;
}

export default class RouteCache {
  constructor(options?: { maxMemoryCacheSize?: number });
  readonly maxBytes: number;
  get(key: string): Promise<{ value: CachedValue; lastModified: number; cacheControl: unknown } | null>;
  set(key: string, value: CachedValue | null, ctx?: { cacheControl?: unknown; tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}

export function routeCacheUsage(): { entries: number; bytes: number; keys: string[] };
export function clearRouteCache(): void;
