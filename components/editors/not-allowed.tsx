import type { Role } from "@/lib/editors/actor";

/** What a signed-in user without the role sees instead of an editors' or admins' page. */
export function NotAllowed({ role }: { role: Role }) {
  return (
    <div className="mx-auto max-w-xl space-y-2 py-10">
      <h1 className="font-serif text-2xl font-bold">Only {role}s can see this page</h1>
      <p className="text-muted">Your account does not have the {role} role. An admin can change that.</p>
    </div>
  );
}
