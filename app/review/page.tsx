import type { Metadata } from "next";
import { reviewFiltersSchema, STATUS_LABEL } from "@/lib/editors/flags";
import { reviewQueueForPage } from "@/lib/editors/page-data";
import { viewerWithRole } from "@/lib/editors/session";
import { NotAllowed } from "@/components/editors/not-allowed";
import { ReviewFilterForm, ReviewFlagList } from "@/components/editors/review-queue";

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
      <ReviewFilterForm filters={filters} stories={stories} editors={editors} />
      <ReviewFlagList flags={flags} />
    </div>
  );
}
