import type { Metadata } from "next";
import { MAX_NAME_LENGTH } from "@/lib/editors/schema";
import { usersForPage } from "@/lib/editors/page-data";
import { viewerWithRole } from "@/lib/editors/session";
import { AdminHeader } from "@/components/editors/admin-header";
import { CreateUserForm, RenameForm, RoleForm } from "@/components/editors/admin-forms";
import { NotAllowed } from "@/components/editors/not-allowed";
import { UtcTime } from "@/components/utc-time";

export const metadata: Metadata = { title: "Accounts", robots: { index: false } };

export default async function UsersPage() {
  const { viewer, allowed } = await viewerWithRole("admin", "/admin/users");
  if (!allowed) return <NotAllowed role="admin" />;
  const users = await usersForPage();
  return (
    <div className="space-y-6">
      <AdminHeader current="/admin/users" />
      <p className="max-w-3xl text-sm text-muted">
        Readers need no account. Editors flag claims and correct the grouping; admins also manage accounts and ingest
        tokens. A role change signs the person out everywhere, so it applies at once. Names are set here only: nobody
        can rename their own account.
      </p>
      <CreateUserForm />
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-line">
            <th className="py-2 pr-4">Name</th>
            <th className="py-2 pr-4">Email</th>
            <th className="py-2 pr-4">Since</th>
            <th className="py-2 pr-4">Role</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-line">
              <td className="py-2 pr-4">
                {/* A name stored before names were checked may be millions of characters: its start is enough here. */}
                <RenameForm userId={u.id} name={u.name.slice(0, MAX_NAME_LENGTH)} email={u.email} />
              </td>
              <td className="py-2 pr-4">{u.email}</td>
              <td className="py-2 pr-4">
                <UtcTime date={u.createdAt} />
              </td>
              <td className="py-2 pr-4">
                {u.id === viewer.id ? `${u.role} (you)` : <RoleForm userId={u.id} role={u.role} email={u.email} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
