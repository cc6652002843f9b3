import type { Claim } from "./extract";
import { entityKey } from "./entities";

export interface Variant {
  kind: "entity";
  /** Each spelling with the articles that use it. */
  forms: Record<string, number[]>;
  key: string;
}

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}]/gu, "");

/**
 * Spellings of one name that differ across the story ("Ayyoub"/"Ayoub", "Hezbollah"/"Hizballah"): full names and
 * single name words that share a spelling skeleton but not their letters. Case and punctuation ("U.S."/"US") do
 * not make a variant.
 */
export function findVariants(claims: Claim[][]): Variant[] {
  const families = new Map<string, Map<string, { form: string; articles: Set<number> }>>();
  const add = (form: string, article: number) => {
    const l = letters(form);
    if (l.length < 4) return;
    const key = entityKey(form);
    if (key.replace(/ /g, "").length < 3) return;
    let fam = families.get(key);
    if (!fam) families.set(key, (fam = new Map()));
    let f = fam.get(l);
    if (!f) fam.set(l, (f = { form, articles: new Set() }));
    f.articles.add(article);
  };
  claims.forEach((list, article) => {
    for (const c of list)
      for (const e of c.entities) {
        add(e.text, article);
        const parts = e.text.split(/\s+/);
        if (parts.length > 1) for (const p of parts) if (/^\p{Lu}/u.test(p)) add(p.replace(/^(al|el)-/i, ""), article);
      }
  });
  const out: Variant[] = [];
  for (const [key, fam] of [...families].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (fam.size < 2) continue;
    const forms: Record<string, number[]> = {};
    for (const { form, articles } of fam.values()) forms[form] = [...articles].sort((a, b) => a - b);
    out.push({ kind: "entity", forms, key });
  }
  return out;
}
