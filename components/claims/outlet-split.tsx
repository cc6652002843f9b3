import type { ClaimPageModel } from "@/lib/stories/claim-page";
import { sentenceCase } from "@/lib/stories/claim-page";
import type { RowVerdict } from "@/lib/stories/verdicts";
import { KindBadge, SplitSummary } from "@/components/split-summary";

/** "How the outlets split": each discrepancy of the row with the values the outlets give. */
export function OutletSplit({ model: m, verdict }: { model: ClaimPageModel; verdict: RowVerdict }) {
  return (
    <section
      aria-labelledby="split-title"
      className={
        verdict.state === "dismissed"
          ? "space-y-3 rounded-lg border border-line bg-white p-4"
          : "space-y-3 rounded-lg border border-conflict/30 bg-conflict-soft/50 p-4"
      }
    >
      <h2 id="split-title" className="font-semibold">
        How the outlets split
      </h2>
      <ul className="space-y-3">
        {m.split.map((d, i) => (
          <li key={i} className="space-y-1.5">
            <p className="flex flex-wrap items-baseline gap-2">
              <KindBadge label={d.label} />
              <span className="text-sm">{sentenceCase(d.detail)}</span>
            </p>
            <SplitSummary parts={d.parts} labelOf={m.labelOf} />
          </li>
        ))}
      </ul>
    </section>
  );
}
