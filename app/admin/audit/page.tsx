import type { Metadata } from "next";
import { auditEventsForPage } from "@/lib/editors/page-data";
import { viewerWithRole } from "@/lib/editors/session";
import { AdminHeader } from "@/components/editors/admin-header";
import { NotAllowed } from "@/components/editors/not-allowed";

export const metadata: Metadata = { title: "Audit trail", robots: { index: false } };

const PAGE = 200;

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const { allowed } = await viewerWithRole("admin", "/admin/audit");
  if (!allowed) return <NotAllowed role="admin" />;
  const before = (await searchParams).before;
  const cursor = before && !Number.isNaN(Date.parse(before)) ? new Date(before) : undefined;
  const events = await auditEventsForPage(cursor, PAGE);
  return (
    <div className="space-y-6">
      <AdminHeader current="/admin/audit" />
      <p className="text-sm text-muted">
        Every flag, merge, split, undo, token and account change, newest first. Events cannot be edited or deleted.
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-line">
            <th className="py-2 pr-4">When (UTC)</th>
            <th className="py-2 pr-4">Who</th>
            <th className="py-2 pr-4">What</th>
            <th className="py-2 pr-4">On</th>
            <th className="py-2 pr-4">Details</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-b border-line align-top" data-action={e.action}>
              <td className="py-2 pr-4 whitespace-nowrap tabular-nums">
                {e.at.toISOString().replace("T", " ").slice(0, 19)}
              </td>
              <td className="py-2 pr-4">{e.actor}</td>
              <td className="py-2 pr-4 font-mono">{e.action}</td>
              <td className="py-2 pr-4 font-mono text-xs">
                {e.subjectType} {e.subjectId}
              </td>
              <td className="py-2 pr-4 font-mono text-xs break-all">{JSON.stringify(e.data)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.length === PAGE && (
        <a
          href={`/admin/audit?before=${encodeURIComponent(events.at(-1)!.at.toISOString())}`}
          className="text-sm text-accent hover:underline"
        >
          Older events →
        </a>
      )}
    </div>
  );
}
