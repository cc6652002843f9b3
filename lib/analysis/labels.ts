import type { ArticleWithExtraction } from "./analyze";

export interface ArticleLabel {
  /** The name shown for this source: the outlet, else the dateline's source or place, else the site, else "Source A". */
  outlet: string;
  labelFrom: "outlet" | "dateline" | "url" | "letter";
}

const letter = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));
const titleCase = (s: string) =>
  s.toLowerCase().replace(/(^|[\s/-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

export function labelArticles(items: ArticleWithExtraction[]): ArticleLabel[] {
  const labels = items.map(({ input, extraction }, i): ArticleLabel => {
    if (input.outlet?.trim()) return { outlet: input.outlet.trim(), labelFrom: "outlet" };
    const d = extraction.dateline;
    if (d)
      return { outlet: d.source ? `${d.source} (${titleCase(d.place)})` : titleCase(d.place), labelFrom: "dateline" };
    if (input.url) {
      try {
        return { outlet: new URL(input.url).hostname.replace(/^www\./, ""), labelFrom: "url" };
      } catch {
        // fall through to a letter
      }
    }
    return { outlet: `Source ${letter(i)}`, labelFrom: "letter" };
  });
  // Two articles from one outlet stay apart: "Reuters", "Reuters (2)".
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const k = seen.get(l.outlet) ?? 0;
    seen.set(l.outlet, k + 1);
    return k ? { ...l, outlet: `${l.outlet} (${k + 1})` } : l;
  });
}
