import type { VariantJson } from "./json";

/**
 * The name variants a page lists: a surname's two spellings are left out when a full name's variant already shows them
 * in the same outlets ("Dravic" / "Dravich" beside "Mirko Dravic" / "Mirko Dravich"). The analysis reports both, as
 * an outlet may write the surname alone; the page needs the pair once. A surname written alone by an outlet that never
 * writes the full name keeps its own line.
 */
export function shownVariants(variants: VariantJson[]): VariantJson[] {
  const lastWord = (form: string) => form.split(/\s+/).at(-1)!;
  const within = (v: VariantJson, w: VariantJson) =>
    v !== w &&
    v.forms.every((f) => {
      const full = w.forms.find((g) => g.form.includes(" ") && lastWord(g.form) === f.form);
      return !!full && f.articles.every((a) => full.articles.includes(a));
    });
  return variants.filter((v) => v.forms.some((f) => f.form.includes(" ")) || !variants.some((w) => within(v, w)));
}
