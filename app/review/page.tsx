import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { flagEditors, FLAG_REASONS, FLAG_STATUSES, REASON_LABEL, reviewFiltersSchema, reviewQueue, STATUS_LABEL } from "@/lib/editors/flags";
import { viewerWithRole } from "@/lib/editors/session";
import { FlagBadge } from "@/components/editors/flag-outcomes";
import { FlagStatusForm } from "@/components/editors/flag-forms";
import { NotAllowed } from "@/components/editors/not-allowed";

export const metadata: Metadata = { title: "Review queue", robots: { index: false } };

type Search = Record<string, string | string[] | undefined>;

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const first = Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const { allowed } = await viewerWithRole("editor", `/review${new URLSearchParams(first as Record<string, string>).size ? `?${new URLSearchParams(first as Record<string, string>)}` : ""}`);
  if (!allowed) return <NotAllowed role="editor" />;
  const filters = reviewFiltersSchema.parse(first);
  const [flags, stories, editors] = await Promise.all([
    reviewQueue(db, filters),
    db.story.findMany({ where: { flags: { some: {} } }, orderBy: { title: "asc" }, select: { slug: true, title: true } }),
    flagEditors(db),
  ]);
  const select = "rounded border border-line bg-white px-2 py-1.5 text-sm";

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="font-serif text-3xl font-bold">Review queue</h1>
        <p className="text-muted">
          {flags.length} {STATUS_LABEL[filters.status].toLowerCase()} {flags.length === 1 ? "flag" : "flags"} across stories, newest first.
        </p>
      </header>
      {/* A GET form: the filtered queue is a URL, like the matrix views. */}
      <form method="get" aria-label="Filter the queue" className="flex flex-wrap items-end gap-3">
        <label className="space-y-1">
          <span className="block text-xs font-medium">Status</span>
          <select name="status" defaultValue={filters.status} className={select}>
            {FLAG_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block text-xs font-medium">Reason</span>
          <select name="reason" defaultValue={filters.reason ?? ""} className={select}>
            <option value="">Any reason</option>
            {FLAG_REASONS.map((r) => (
              <option key={r} value={r}>
                {REASON_LABEL[r]}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block text-xs font-medium">Story</span>
          <select name="story" defaultValue={filters.story ?? ""} className={select}>
            <option value="">Any story</option>
            {stories.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block text-xs font-medium">Flagged by</span>
          <select name="editor" defaultValue={filters.editor ?? ""} className={select}>
            <option value="">Any editor</option>
            {editors.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name} ({e.email})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-ink px-3 py-1.5 text-sm font-medium text-white">
          Filter
        </button>
      </form>

      {flags.length ? (
        <ul className="space-y-3" aria-label="Flags">
          {flags.map((f) => (
            <li key={f.id} className="grid gap-3 rounded-lg border border-line bg-white p-4 lg:grid-cols-[1fr_auto]" data-flag={f.id}>
              <div className="min-w-0 space-y-1.5">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <FlagBadge flag={f} />
                  <Link href={`/stories/${encodeURIComponent(f.story.slug)}`} className="text-muted hover:underline">
                    {f.story.title}
                  </Link>
                </p>
                <p>
                  <Link href={`/claims/${encodeURIComponent(f.groupId)}`} className="font-medium hover:underline">
                    {f.claim ?? "(this row is gone)"}
                  </Link>
                  {f.outlet && <span className="text-sm text-muted"> · {f.outlet}&apos;s version</span>}
                </p>
                {f.note && <q className="block whitespace-pre-line text-sm text-muted">{f.note}</q>}
                <p className="text-xs text-muted">
                  {f.createdBy.name} ·{" "}
                  <time dateTime={f.createdAt.toISOString()}>{f.createdAt.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC</time>
                </p>
              </div>
              <FlagStatusForm flagId={f.id} status={f.status} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded border border-dashed border-line p-6 text-muted">No flags match. Flags are raised from a claim&apos;s page.</p>
      )}
    </div>
  );
}
