import { publicOrigin } from "./env";

/**
 * The origin that absolute links in exports and structured data are made with. The configured public origin
 * (BETTER_AUTH_URL, which sign-in needs in production anyway) wins; else the Host the request came in on (a proxy's
 * X-Forwarded-Host and -Proto first), so a route handler and a page of the same request agree; else `fallback` (the
 * request's own URL, where there is one). Whatever a client sends here only changes the links in its own answer: the
 * pages that use it are rendered per request, never cached.
 */
export function originOf(headers: Pick<Headers, "get">, fallback = "http://localhost:3000"): string {
  const configured = publicOrigin();
  if (configured) return configured.origin;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host) return new URL(fallback).origin;
  const loopback = /^(?:localhost|127\.|\[::1\])/.test(host);
  const proto =
    headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ||
    (loopback ? "http" : new URL(fallback).protocol.replace(":", ""));
  try {
    return new URL(`${proto === "https" ? "https" : "http"}://${host}`).origin;
  } catch {
    return new URL(fallback).origin;
  }
}
