import type { ClaimPageModel } from "@/lib/stories/claim-page";
import { KIND_LABEL } from "@/lib/stories/row-values";

type Diff = ClaimPageModel["diffs"][number];

/** The quote splits word by word, a section each: what only the first outlets wrote, and only the second. */
export function WordDiffs({ model: m }: { model: ClaimPageModel }) {
  return m.diffs.map((d, i) => <WordDiff key={i} diff={d} index={i} />);
}

function WordDiff({ diff: { kind, first, second, diff }, index: i }: { diff: Diff; index: number }) {
  return (
    <section aria-labelledby={`diff-${i}`} className="space-y-3">
      <h2 id={`diff-${i}`} className="text-xl font-semibold">
        {KIND_LABEL[kind]}: word by word
      </h2>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span>
          <del className="bg-conflict-soft text-conflict decoration-2">struck out</del>: only {first}
        </span>
        <span>
          <ins className="bg-value-4 no-underline decoration-2">highlighted</ins>: only {second}
        </span>
      </p>
      <p className="rounded-lg border border-line bg-white p-4 font-serif text-lg leading-relaxed">
        {diff.map(([op, text], k) =>
          op < 0 ? (
            <del key={k} className="rounded-sm bg-conflict-soft px-0.5 text-conflict decoration-2">
              <span className="sr-only">[only {first}: </span>
              {text}
              <span className="sr-only">]</span>
            </del>
          ) : op > 0 ? (
            <ins key={k} className="rounded-sm bg-value-4 px-0.5 no-underline">
              <span className="sr-only">[only {second}: </span>
              {text}
              <span className="sr-only">]</span>
            </ins>
          ) : (
            <span key={k}>{text}</span>
          ),
        )}
      </p>
    </section>
  );
}
