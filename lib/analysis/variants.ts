import type { Claim } from "./extract";
import { distance } from "fastest-levenshtein";
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
    const kept = [...fam.entries()].filter(
      ([l, f]) => !isAcronym(f.form) && ![...fam.entries()].some(([o, g]) => o !== l && isDerived(g.form, f.form)),
    );
    if (kept.length < 2) continue;
    // Spellings across outlets, close in letters: not "Iran"/"Iranian", "Mayadeen"/"Al Mayadeen" in one article.
    const articles = new Set(kept.flatMap(([, f]) => [...f.articles]));
    if (articles.size < 2) continue;
    const close = kept.every(([a], i) =>
      kept.every(([b], j) => i === j || distance(a, b) <= Math.floor(Math.max(a.length, b.length) / 3)),
    );
    if (!close) continue;
    const forms: Record<string, number[]> = {};
    for (const [, { form, articles: arts }] of kept) forms[form] = [...arts].sort((a, b) => a - b);
    out.push({ kind: "entity", forms, key });
  }
  return out;
}

const isAcronym = (form: string) => /^[\p{Lu}.\s]+$/u.test(form) && letters(form).length <= 6;

/** One spelling is the other plus a suffix or an article: a demonym ("Israeli"), "al-Assad", not a variant. */
function isDerived(baseForm: string, form: string): boolean {
  const base = letters(baseForm);
  const l = letters(form);
  if (l.startsWith(base) && l.length - base.length <= 4) return true; // Iran → Iranian, Israel → Israeli
  const noArticle = (s: string) => letters(s.replace(/(^|[\s-])(al|el)[\s-]/gi, "$1"));
  return noArticle(form) === noArticle(baseForm); // Mayadeen / Al Mayadeen, Bashar Assad / Bashar al-Assad
}
