/** Any origin will do: a path is resolved against it only to see whether it stays there. */
const ORIGIN = "http://safe-next.invalid";

/**
 * Control characters (C0, DEL, C1) and backslashes. Browsers drop TAB and newlines from a URL and read a backslash
 * as a slash, so "/\t/evil.example" and "/\\evil.example" both lead to another host; in a Location header a newline
 * is a 500. No path of ours contains one, encoded or not.
 */
const UNSAFE = /[\p{Cc}\\]/u;

/** Longer than any page's URL here (a matrix view's query is well under 200 characters). */
const MAX_LENGTH = 2_000;

/** Percent-decoding rounds before a value counts as hiding something ("/%2525252509/…" is a TAB four times over). */
const MAX_DECODINGS = 3;

/**
 * Where to go after signing in: a path on this site ("/review", "/stories/x?show=…"), never another origin. The
 * path is resolved against an origin and returned in the form the browser will read it (dot segments resolved,
 * non-ASCII percent-encoded); anything else, or anything that hides a control character, a backslash or a second
 * leading slash under one or more layers of percent-encoding, becomes "/".
 */
export function safeNext(next: string | string[] | undefined | null): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (typeof value !== "string" || !value.startsWith("/") || value.length > MAX_LENGTH) return "/";

  let layer = value;
  for (let round = 0; ; round++) {
    if (UNSAFE.test(layer) || layer.startsWith("//")) return "/";
    let decoded: string;
    try {
      decoded = decodeURIComponent(layer);
    } catch {
      return "/"; // a malformed escape: not a URL we made
    }
    if (decoded === layer) break;
    if (round === MAX_DECODINGS) return "/";
    layer = decoded;
  }

  const url = new URL(value, ORIGIN);
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" resolves to the path "//evil.example", which a browser would read as a host.
  return url.origin === ORIGIN && !path.startsWith("//") ? path : "/";
}
