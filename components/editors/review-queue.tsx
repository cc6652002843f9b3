import Link from "next/link";
import { FLAG_REASONS, FLAG_STATUSES, REASON_LABEL, STATUS_LABEL, type ReviewFilters } from "@/lib/editors/flags";
import type { reviewQueueForPage } from "@/lib/editors/page-data";
import { truncate } from "@/lib/stories/permalink";
import { FlagBadge } from "./flag-outcomes";
import { FlagStatusForm } from "./flag-forms";
import { UtcTime } from "@/components/utc-time";

type Queue = Awaited<ReturnType<typeof reviewQueueForPage>>;
type QueuedFlag = Queue["flags"][number];

/** The review queue's filters: a GET form, so the filtered queue is a URL, like the matrix views. */
export function ReviewFilterForm({
  filters,
  stories,
  editors,
}: {
  filters: ReviewFilters;
  stories: Queue["stories"];
  editors: Queue["editors"];
}) {
  return (
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
  );
}

/** The queue's flags, each with its row, note and status form; or what to do when none match. */
export function ReviewFlagList({ flags }: { flags: QueuedFlag[] }) {
  return flags.length ? (
    <ul className="space-y-3" aria-label="Flags">
      {flags.map((f, i) => (
        <ReviewFlagItem key={f.id} flag={f} label={`Update flag ${i + 1} of ${flags.length}`} />
      ))}
    </ul>
  ) : (
    <p className="rounded border border-dashed border-line p-6 text-muted">
      No flags match. Flags are raised from a claim&apos;s page.
    </p>
  );
}

function ReviewFlagItem({ flag: f, label }: { flag: QueuedFlag; label: string }) {
  return (
    <li className="grid gap-3 rounded-lg border border-line bg-white p-4 lg:grid-cols-[1fr_auto]" data-flag={f.id}>
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
      <FlagStatusForm flagId={f.id} status={f.status} label={`${label}: ${truncate(f.claim ?? "a removed row", 80)}`} />
    </li>
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
