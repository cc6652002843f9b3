import { describe, splitOf, type Discrepancy, type Item, type Label, type Located } from "./compare";
import { sameEntity, type EntityMention } from "./entities";

/**
 * Different titles for one person (issue 15, item 4): "Defense Secretary Mark Hale" / "Deputy Defense Secretary Mark
 * Hale", "Sen. Ann Ruiz" / "Rep. Ann Ruiz". Titles are compared word by word after spelling out abbreviations. Two
 * titles conflict when one adds a word that changes the rank ("deputy", "acting") to the other, or when each names
 * a different elected office. A title that only says more ("Secretary" / "Defense Secretary") does not conflict,
 * nor do two titles of other kinds ("Gen." / "Commander"): a person holds several, and outlets pick one.
 */

/** Abbreviations and variants of titles, spelled out. */
const SPELLED = new Map(
  Object.entries({
    sen: "senator",
    rep: "representative",
    congressman: "representative",
    congresswoman: "representative",
    gov: "governor",
    gen: "general",
    lt: "lieutenant",
    col: "colonel",
    capt: "captain",
    sgt: "sergeant",
    det: "detective",
    insp: "inspector",
    supt: "superintendent",
    cpl: "corporal",
    maj: "major",
    prof: "professor",
    rev: "reverend",
    defence: "defense",
  }),
);

/** Words that make a title another rank than the same title without them. */
const RANK = new Set(["deputy", "vice", "assistant", "acting", "interim", "associate", "under", "lieutenant", "chief"]);

/** Elected offices: one person holds one of them at a time. */
const OFFICES = new Set(["senator", "representative", "governor", "mayor", "president"]);

const wordsOf = (role: string) => role.split(/\s+/).map((w) => SPELLED.get(w) ?? w);

/** Whether two titles of one person cannot both be right. */
export function titlesConflict(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  const [sx, sy] = [new Set(x), new Set(y)];
  const onlyX = x.filter((w) => !sy.has(w));
  const onlyY = y.filter((w) => !sx.has(w));
  if (!onlyX.length && !onlyY.length) return false;
  // One title says more: a conflict only if what it adds is a rank.
  if (!onlyX.length || !onlyY.length) return [...onlyX, ...onlyY].some((w) => RANK.has(w));
  return onlyX.some((w) => OFFICES.has(w)) && onlyY.some((w) => OFFICES.has(w));
}

/** Two outlets giving one person of a row titles that conflict (titlesConflict), as an "entity" discrepancy. */
export function titleConflict(members: Located[], label: Label): Discrepancy | null {
  const titled: Array<Item<EntityMention>> = members.flatMap((at) =>
    at.claim.entities.filter((e) => e.role && e.type === "person").map((item) => ({ item, at })),
  );
  for (const a of titled)
    for (const b of titled) {
      if (a.at.ref.article >= b.at.ref.article || !sameEntity(a.item.key, b.item.key)) continue;
      if (!titlesConflict(a.item.role!, b.item.role!)) continue;
      const ofPerson = titled.filter((t) => sameEntity(t.item.key, a.item.key));
      // "Sen." and "Senator" are one value of the split.
      const values = splitOf(
        ofPerson,
        (e) => e.role!,
        (e) => wordsOf(e.role!).join(" "),
      );
      return {
        kind: "entity",
        detail: `titled ${a.item.text}: ${describe(values, label)}`,
        values,
        basis: { holder: a.item.text, measure: "title", signals: { entity: 1 } },
      };
    }
  return null;
}
