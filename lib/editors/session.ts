import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "../auth";
import { ClientError } from "../errors";
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
  { ok: true; data: T } | { ok: false; status: ClientError["status"]; error: string; fieldErrors?: FieldErrors };

/**
 * Every server action goes through here: the role is checked on the server against the session cookie (an ingest
 * token is not a session, so it gets 401 like no credentials at all), and a client's mistake comes back as a result
 * with a status and field errors instead of an exception.
 */
export async function guarded<T>(needed: Role, run: (actor: Viewer) => Promise<T>): Promise<ActionResult<T>> {
  const viewer = await currentViewer();
  if (!viewer) return { ok: false, status: 401, error: "Sign in to do this." };
  if (!hasRole(viewer, needed)) return { ok: false, status: 403, error: `Only ${needed}s may do this.` };
  try {
    return { ok: true, data: await run(viewer) };
  } catch (e) {
    if (e instanceof ClientError)
      return { ok: false, status: e.status, error: e.message, ...(e.fieldErrors && { fieldErrors: e.fieldErrors }) };
    throw e;
  }
}
