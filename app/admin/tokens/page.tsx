import type { Metadata } from "next";
import { tokensForPage } from "@/lib/editors/page-data";
import { viewerWithRole } from "@/lib/editors/session";
import { AdminHeader } from "@/components/editors/admin-header";
import { CreateTokenForm, RevokeTokenButton } from "@/components/editors/admin-forms";
import { NotAllowed } from "@/components/editors/not-allowed";
import { UtcTime } from "@/components/utc-time";

export const metadata: Metadata = { title: "Ingest tokens", robots: { index: false } };

export default async function TokensPage() {
  const { allowed } = await viewerWithRole("admin", "/admin/tokens");
  if (!allowed) return <NotAllowed role="admin" />;
  const tokens = await tokensForPage();
  return (
    <div className="space-y-6">
      <AdminHeader current="/admin/tokens" />
      <p className="max-w-3xl text-sm text-muted">
        A client sends articles to <code>POST /api/articles</code> with <code>Authorization: Bearer &lt;token&gt;</code>
        . Each token is shown once, when it is made; only its hash is kept. Revoking one refuses its client from the
        next request on.
      </p>
      <CreateTokenForm />
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-line">
            <th className="py-2 pr-4">Name</th>
            <th className="py-2 pr-4">Starts with</th>
            <th className="py-2 pr-4">Created</th>
            <th className="py-2 pr-4">Last used</th>
            <th className="py-2 pr-4">State</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id} className="border-b border-line" data-token={t.id}>
              <td className="py-2 pr-4 font-medium">{t.name}</td>
              <td className="py-2 pr-4 font-mono">{t.prefix}…</td>
              <td className="py-2 pr-4">
                <UtcTime date={t.createdAt} withTime />
                <span className="text-muted"> by {t.createdBy?.email ?? "command line"}</span>
              </td>
              <td className="py-2 pr-4">{t.lastUsedAt ? <UtcTime date={t.lastUsedAt} withTime /> : "never"}</td>
              <td className="py-2 pr-4">
                {t.revokedAt ? (
                  <span className="text-muted">
                    Revoked <UtcTime date={t.revokedAt} withTime />
                  </span>
                ) : (
                  <RevokeTokenButton tokenId={t.id} name={t.name} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {tokens.length === 0 && <p className="text-muted">No tokens yet.</p>}
    </div>
  );
}
