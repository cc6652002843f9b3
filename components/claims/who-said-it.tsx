import type { ClaimPageModel } from "@/lib/stories/claim-page";
import { KindBadge } from "@/components/split-summary";
import { KIND_LABEL } from "@/lib/stories/row-values";

type Credits = NonNullable<ClaimPageModel["credits"]>;
type Attribution = Credits["rows"][number]["attribution"];

/** "Who said it": whom each version credits, and the outlets' disagreement about it when there is one. */
export function WhoSaidIt({ credits }: { credits: Credits }) {
  return (
    <section aria-labelledby="who-title" className="space-y-3">
      <h2 id="who-title" className="text-xl font-semibold">
        Who said it
      </h2>
      {credits.conflict && (
        <p className="flex flex-wrap items-baseline gap-2">
          <KindBadge label={KIND_LABEL.attribution} />
          <span className="text-sm">{credits.conflict}</span>
        </p>
      )}
      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-line bg-white p-4 text-sm sm:grid-cols-[max-content_1fr]">
        {credits.rows.map(({ claimId, outlet, attribution }) => (
          <div key={claimId} className="contents">
            <dt className="font-semibold">{outlet}</dt>
            <dd className="max-sm:mb-2">
              <Credit attribution={attribution} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Credit({ attribution }: { attribution: Attribution }) {
  return attribution?.speaker ? (
    <>
      {attribution.speaker.text}
      {!attribution.speaker.named && <span className="text-muted"> (not named)</span>}
      {attribution.channel && <span className="text-muted">, via {attribution.channel.text}</span>}
    </>
  ) : attribution?.channel ? (
    <>
      <span className="text-muted">Reported by</span> {attribution.channel.text}
    </>
  ) : (
    <span className="text-muted">Not attributed in the sentence</span>
  );
}
