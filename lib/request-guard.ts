import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import https from "node:https";
import { securityHeaders } from "./security-headers";

/**
 * Requests Next.js answers with a 500 although the client is at fault, refused before Next.js routes them
 * (hardening issue, finding 8; docs/decisions/012-security-headers.md):
 *
 * - a path segment with a malformed percent-escape (`/stories/%`, `/claims/%E0%A4%A`): Next.js fails to decode the
 *   route's parameter and answers 500 (it looks for a /400 page the App Router does not have). 404, as for any
 *   address that names nothing;
 * - TRACE: Node's fetch `Request` refuses the method, so every route handler fails with a 500 (and pages answer it
 *   like a GET). 405;
 * - a POST to a page from another origin: Next.js refuses the server action ("Invalid Server Actions request") by
 *   throwing, a 500. 403, decided the way Next.js decides (the Origin header's host against X-Forwarded-Host, else
 *   Host), so nothing it would accept is refused here. /api/ routes judge their own callers: the ingest route by its
 *   token, better-auth by its own origin check.
 */
export interface Refusal {
  status: 403 | 404 | 405;
  message: string;
  headers?: Record<string, string>;
}

const ALLOWED_METHODS = "GET, HEAD, OPTIONS, POST";

export function refusalOf(method: string | undefined, url = "/", headers: IncomingHttpHeaders): Refusal | null {
  if (method === "TRACE")
    return { status: 405, message: "TRACE is not supported", headers: { Allow: ALLOWED_METHODS } };
  // Every request comes through here: a GET without "%" costs two comparisons and one search.
  if (url.includes("%") && hasMalformedEscape(pathOf(url)))
    return { status: 404, message: "Not found: the address has a malformed percent-escape" };
  if (method === "POST" && !pathOf(url).startsWith("/api/") && isCrossOrigin(headers))
    return { status: 403, message: "Forbidden: a form or action of this site posted from another site" };
  return null;
}

/** The path of a request target: its query is the page's to read (a malformed escape there is no 500). */
const pathOf = (url: string) => url.split("?", 1)[0]!;

/** A segment Next.js would fail to decode: "%" without two hex digits, or escapes that are not UTF-8. */
export function hasMalformedEscape(path: string): boolean {
  for (const segment of path.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

/** Next.js's server-action CSRF check: no Origin passes (not a browser's request), an opaque one ("null") does not. */
function isCrossOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (origin === undefined) return false;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return true;
  }
  const forwarded = headers["x-forwarded-host"];
  const host = (Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(",")[0])?.trim() || headers.host;
  return originHost !== host;
}

function answer(req: IncomingMessage, res: ServerResponse, refusal: Refusal) {
  const body = `${refusal.message}\n`;
  res.statusCode = refusal.status;
  for (const { key, value } of securityHeaders({ dev: process.env.NODE_ENV === "development" }))
    res.setHeader(key, value);
  for (const [key, value] of Object.entries(refusal.headers ?? {})) res.setHeader(key, value);
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.setHeader("Cache-Control", "no-store");
  res.end(req.method === "HEAD" ? undefined : body);
}

const INSTALLED = Symbol.for("newscompare.requestGuard");

/**
 * Puts `refusalOf` in front of every HTTP server of this process, Next's included (instrumentation.ts calls this
 * once at start-up). `next start` gives no hook before its router: a proxy (proxy.ts) runs after Next has built a
 * fetch Request, which TRACE already fails, so the check wraps the servers' "request" event instead. Requests that
 * pass cost one method comparison and one search for "%".
 */
export function installRequestGuard() {
  for (const proto of [http.Server.prototype, https.Server.prototype] as Array<
    typeof http.Server.prototype & { [INSTALLED]?: true }
  >) {
    if (proto[INSTALLED]) continue;
    const emit = proto.emit;
    proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const [req, res] = args as [IncomingMessage, ServerResponse];
        const refusal = refusalOf(req.method, req.url, req.headers);
        if (refusal) {
          answer(req, res, refusal);
          return true;
        }
      }
      return emit.call(this, event, ...args);
    } as typeof emit;
    proto[INSTALLED] = true;
  }
}
