import type { Metadata } from "next";
import Link from "next/link";
import { FLAG_REASONS, FLAG_STATUSES, REASON_LABEL, reviewFiltersSchema, STATUS_LABEL } from "@/lib/editors/flags";
import { reviewQueueForPage } from "@/lib/editors/page-data";
import { viewerWithRole } from "@/lib/editors/session";
import { FlagBadge } from "@/components/editors/flag-outcomes";
import { FlagStatusForm } from "@/components/editors/flag-forms";
import { NotAllowed } from "@/components/editors/not-allowed";
import { UtcTime } from "@/components/utc-time";
import { truncate } from "@/lib/stories/permalink";

export const metadata: Metadata = { title: "Review queue", robots: { index: false } };

export default async function ReviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const first = Object.fromEntries(
    Object.entries(await searchParams).flatMap(([k, v]) => {
      const value = Array.isArray(v) ? v[0] : v;
      return value === undefined ? [] : [[k, value]];
    }),
  );
  const query = new URLSearchParams(first).toString();
  const { allowed } = await viewerWithRole("editor", query ? `/review?${query}` : "/review");
  if (!allowed) return <NotAllowed role="editor" />;
  const filters = reviewFiltersSchema.parse(first);
  const { flags, stories, editors } = await reviewQueueForPage(filters);

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="font-serif text-3xl font-bold">Review queue</h1>
        <p className="text-muted">
          {flags.length} {STATUS_LABEL[filters.status].toLowerCase()} {flags.length === 1 ? "flag" : "flags"} across
          stories, newest first.
        </p>
      </header>
      {/* A GET form: the filtered queue is a URL, like the matrix views. */}
      <form method="get" aria-label="Filter the queue" className="flex flex-wrap items-end gap-3">
        <FilterSelect
          name="status"
          label="Status"
          value={filters.status}
          options={FLAG_STATUSES.map((st) => [st, STATUS_LABEL[st]])}
        />
        <FilterSelect
          name="reason"
          label="Reason"
          any="Any reason"
          value={filters.reason}
          options={FLAG_REASONS.map((r) => [r, REASON_LABEL[r]])}
        />
        <FilterSelect
          name="story"
          label="Story"
          any="Any story"
          value={filters.story}
          options={stories.map((st) => [st.slug, st.title])}
        />
        <FilterSelect
          name="editor"
          label="Flagged by"
          any="Any editor"
          value={filters.editor}
          options={editors.map((e) => [e.id, `${e.name} (${e.email})`])}
        />
        <button type="submit" className="rounded bg-ink px-3 py-1.5 text-sm font-medium text-white">
          Filter
        </button>
      </form>

      {flags.length ? (
        <ul className="space-y-3" aria-label="Flags">
          {flags.map((f, i) => (
            <li
              key={f.id}
              className="grid gap-3 rounded-lg border border-line bg-white p-4 lg:grid-cols-[1fr_auto]"
              data-flag={f.id}
            >
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
                  {f.createdBy.name} · <UtcTime date={f.createdAt} withTime />
                </p>
              </div>
              <FlagStatusForm
                flagId={f.id}
                status={f.status}
                label={`Update flag ${i + 1} of ${flags.length}: ${truncate(f.claim ?? "a removed row", 80)}`}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded border border-dashed border-line p-6 text-muted">
          No flags match. Flags are raised from a claim&apos;s page.
        </p>
      )}
    </div>
  );
}

/** One filter of the queue's GET form; `any` adds the choice that leaves it out. */
function FilterSelect({
  name,
  label,
  value,
  options,
  any,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: Array<[string, string]>;
  any?: string;
}) {
  return (
    <label className="space-y-1">
      <span className="block text-xs font-medium">{label}</span>
      <select
        name={name}
        defaultValue={value ?? ""}
        className="rounded border border-line bg-white px-2 py-1.5 text-sm"
      >
        {any && <option value="">{any}</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
