import type { ClaimPageModel, ClaimVersion } from "@/lib/stories/claim-page";
import { HighlightedText, ValueSwatch } from "@/components/value-mark";
import { PublishedDate } from "@/components/published-date";

type Version = ClaimPageModel["versions"][number];

/** "What each outlet says": a card per outlet carrying the row, then the outlets that leave it out. */
export function OutletVersions({ model: m }: { model: ClaimPageModel }) {
  return (
    <section aria-labelledby="versions-title" className="space-y-3">
      <h2 id="versions-title" className="text-xl font-semibold">
        What each outlet says
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {m.versions.map((v) => (
          <OutletVersion key={v.outlet.id} version={v} />
        ))}
      </ul>
      {m.silent.length > 0 && (
        <p className="text-sm text-muted">
          <span className="font-semibold text-ink">Not mentioned by:</span> {m.silent.map((a) => a.label).join(", ")}
        </p>
      )}
    </section>
  );
}

function OutletVersion({ version: { outlet: a, copyOf: of, cells } }: { version: Version }) {
  return (
    // The matrix's cells link here (#outlet-<id>); the outlet's version is highlighted while it is the target.
    <li
      id={`outlet-${a.id}`}
      className="flex scroll-mt-16 flex-col gap-3 rounded-lg border border-line bg-white p-4 target:border-accent target:bg-accent/5 target:ring-3 target:ring-accent/40"
    >
      <div className="space-y-0.5">
        <h3 className="font-semibold">
          <bdi>{a.label}</bdi>
        </h3>
        {(a.title || a.publishedAt) && (
          <p className="text-sm text-muted">
            {a.title && <bdi>{a.title}</bdi>}
            {a.title && a.publishedAt && " · "}
            {a.publishedAt && <PublishedDate value={a.publishedAt} />}
          </p>
        )}
        {of && <p className="text-xs font-medium text-muted">Word-for-word copy of {of}</p>}
      </div>
      {cells.map((c) => (
        <VersionCell key={c.claimId} cell={c} outlet={a.label} />
      ))}
    </li>
  );
}

function VersionCell({ cell: c, outlet }: { cell: ClaimVersion; outlet: string }) {
  return (
    <div className="flex flex-1 flex-col gap-2 border-t border-line pt-3">
      <blockquote dir="auto" className="font-serif leading-relaxed">
        <HighlightedText segments={c.segments} />
      </blockquote>
      {c.sentence && <p className="text-sm text-muted">In the sentence: “{c.sentence}”</p>}
      {c.statesNone && <p className="text-sm text-muted">States none of the differing values</p>}
      {c.stated.length > 0 && (
        <p className="flex flex-wrap items-center gap-1.5 text-sm">
          <span className="text-muted">States</span>
          {c.stated.map(({ value, colour }) => (
            <span key={value} className="inline-flex max-w-full items-center gap-1">
              <ValueSwatch colour={colour} />
              <span className="truncate">{value}</span>
            </span>
          ))}
        </p>
      )}
      {/* A plain link: :target (the claim's highlight) is only set by a real navigation, not by pushState. */}
      <a
        href={`/articles/${encodeURIComponent(c.articleId)}#claim-${c.claimId}`}
        className="mt-auto text-sm text-accent hover:underline"
      >
        Read in article<span className="sr-only"> by {outlet}</span> →
      </a>
    </div>
  );
}
