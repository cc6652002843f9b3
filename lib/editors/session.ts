import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { auth } from "../auth";
import { classifyError, type Failure } from "../errors";
import type { FieldErrors } from "../stories/schema";
import { hasRole, isRole, type Actor, type Role } from "./actor";

export interface Viewer extends Actor {
  id: string;
  name: string;
  email: string;
}

/** The signed-in user of this request, or null; read once per request. */
export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, name, email, role } = session.user;
  return { id, name, email, label: email, role: isRole(role) ? role : "reader" };
});

/**
 * For a page only some roles may see: a signed-out visitor is sent to sign in and brought back; a signed-in user
 * without the role gets null, and the page says so.
 */
export async function viewerWithRole(needed: Role, returnTo: string): Promise<{ viewer: Viewer; allowed: boolean }> {
  const viewer = await currentViewer();
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return { viewer, allowed: hasRole(viewer, needed) };
}

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; status: Failure["status"]; error: string; fieldErrors?: FieldErrors };

/**
 * Every server action goes through here: the role is checked on the server against the session cookie (an ingest
 * token is not a session, so it gets 401 like no credentials at all), and a failure comes back as a result instead of
 * an exception, classified as a route's would be (lib/errors.ts): a client's mistake with its status and field
 * errors, a database outage as 503, anything else logged and a 500 that says nothing was written.
 */
export async function guarded<T>(needed: Role, run: (actor: Viewer) => Promise<T>): Promise<ActionResult<T>> {
  try {
    // Inside the boundary: reading the session reads the database, which may be away too.
    const viewer = await currentViewer();
    if (!viewer) return { ok: false, status: 401, error: "Sign in to do this." };
    if (!hasRole(viewer, needed)) return { ok: false, status: 403, error: `Only ${needed}s may do this.` };
    return { ok: true, data: await run(viewer) };
  } catch (e) {
    // Next's redirect() and notFound() work by throwing; they are not failures.
    unstable_rethrow(e);
    const { status, error, fieldErrors } = classifyError(e, { what: "the change", writes: true });
    return { ok: false, status, error, ...(fieldErrors && { fieldErrors }) };
  }
}
