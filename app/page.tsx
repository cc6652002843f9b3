import Link from "next/link";
import { storiesForHome } from "@/lib/stories/page-data";
import { RelativeTime } from "@/components/relative-time";

// The list changes with every ingest; render it per request.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { stories, dismissed } = await storiesForHome();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Stories</h1>
        <p className="mt-1 text-muted">Each story lines up what its outlets say, claim by claim.</p>
      </div>
      {stories.length === 0 ? (
        <p className="rounded border border-dashed border-line p-6 text-muted">
          No stories yet. Send articles to <code className="font-mono">POST /api/articles</code> or run{" "}
          <code className="font-mono">npm run ingest -- &lt;file|folder&gt;</code>.
        </p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {stories.map((s) => {
            // Rows whose discrepancies editors dismissed do not count (docs/decisions/018-editors-verdicts.md).
            const conflicts = s.summary.discrepancies - (dismissed.get(s.id) ?? 0);
            return (
              <li key={s.id} className="p-4">
                <h2 className="text-lg font-semibold">
                  <Link href={`/stories/${s.slug}`} className="text-accent hover:underline">
                    {s.title}
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-muted">
                  {s.outlets.length} {s.outlets.length === 1 ? "outlet" : "outlets"}: {s.outlets.join(", ")}
                </p>
                <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                  <Stat label="claims" value={s.summary.groups} />
                  <Stat label="discrepancies" value={conflicts} tone={conflicts ? "text-conflict" : undefined} />
                  <Stat
                    label="sole-source"
                    value={s.summary.soleSource}
                    tone={s.summary.soleSource ? "text-sole" : undefined}
                  />
                  <div className="flex gap-1">
                    <dt className="text-muted">updated</dt>
                    <dd>
                      <RelativeTime date={s.updatedAt} />
                    </dd>
                  </div>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function Stat({ label, value, tone }: { label: string; value: number; tone?: string }) {
  return (
    <div className="flex gap-1">
      <dt className="order-last text-muted">{label}</dt>
      <dd className={tone ? `font-semibold ${tone}` : "font-semibold"}>{value.toLocaleString("en")}</dd>
    </div>
  );
}
