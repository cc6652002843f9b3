import { NextResponse, type NextRequest } from "next/server";

/**
 * /stories/<slug> with no query is the story's default view, the same for every reader: serve it from the cached
 * route (app/matrix-default/[slug]). Any filter, focus or page in the query keeps the per-request route. The URL the
 * reader sees does not change.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.search) return NextResponse.next();
  const slug = request.nextUrl.pathname.slice("/stories/".length);
  return NextResponse.rewrite(new URL(`/matrix-default/${slug}`, request.url));
}

export const config = { matcher: "/stories/:slug" };
