/**
 * The security headers of every answer: next.config.ts sends them with every route, lib/request-guard.ts with the
 * refusals it answers before Next.js routes anything. docs/decisions/012-security-headers.md says why each is what
 * it is, and what the policy does not stop.
 */

/**
 * The Content Security Policy. Next.js hydrates a page from inline scripts (`self.__next_f.push(…)`) whose text
 * differs with every page and, streamed, with every render: no hash can allow them, and a nonce needs every page
 * rendered per request (no cached matrix, decision 004). So inline scripts are allowed ('unsafe-inline'), and the
 * policy holds the rest: no script, style, image, frame or connection from another origin, no eval, no plugins, no
 * <base>, forms that post only here, and no other site may frame a page.
 */
export function contentSecurityPolicy({ dev = false } = {}): string {
  return [
    "default-src 'self'",
    // In development only: React needs eval for its error overlays and stacks, and Next's dev tools inject <style>
    // elements (seen: dozens of violations on `next dev`). The built pages have no inline style.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders({ dev = false } = {}): Array<{ key: string; value: string }> {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) },
    // frame-ancestors is the standard; X-Frame-Options is what older browsers read.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // No address of ours leaves the site: a link to an outlet's article does not tell the outlet which page (or
    // which editor's review filter) it came from. Within the site the full address is kept.
    { key: "Referrer-Policy", value: "same-origin" },
    // Nothing here uses these; an injected frame or script cannot ask for them either.
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    // A page opened from another site gets no handle on our window, nor we on its.
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
