import type { StoryMatrix } from "@/lib/stories/data";
import { outletList } from "@/lib/stories/row-values";
import { shownVariants } from "@/lib/stories/variants-shown";

/** Story-wide spellings of one name ("Ayyoub" / "Ayoub"), with the outlets that use each (the first few of a wide story's). */
export function NameVariants({
  variants,
  articles,
}: {
  variants: StoryMatrix["variants"];
  articles: StoryMatrix["articles"];
}) {
  const shown = shownVariants(variants);
  if (!shown.length) return null;
  const label = new Map(articles.map((a) => [a.id, a.label]));
  return (
    <section aria-labelledby="variants-heading" className="rounded-lg border border-line bg-white p-3">
      <h2 id="variants-heading" className="text-sm font-semibold">
        Name spelled differently across outlets
      </h2>
      <ul className="mt-1 space-y-1 text-sm">
        {shown.map((v) => (
          <li key={v.key}>
            {v.forms.map((f, i) => (
              <span key={f.form}>
                {i > 0 && <span className="text-muted"> vs </span>}
                <span className="font-medium">“{f.form}”</span>{" "}
                <span className="text-muted">
                  (
                  {outletList(
                    f.articles.map((a) => label.get(a) ?? "?"),
                    4,
                  )}
                  )
                </span>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
