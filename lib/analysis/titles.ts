import { FUNCTION_WORDS } from "./text";
import { describe, splitOf, type Discrepancy, type Item, type Label, type Located } from "./compare";
import { sameEntity, type EntityMention } from "./entities";
import { speakerPerson } from "./attribution";
import type { FacetKind, PersonFacet } from "./person-facets";

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
const RANK = new Set([
  "deputy",
  "vice",
  "assistant",
  "acting",
  "interim",
  "associate",
  "under",
  "lieutenant",
  "chief",
  "junior",
  "senior",
]);

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
  // Two posts of one kind: the same head with other words before it ("Fire Chief" / "Battalion Chief", "Finance
  // Minister" / "Defense Minister").
  // Ranks are told apart by a rank word only ("Deputy Health Minister" / "junior health minister" are not two posts).
  const ranked = [...onlyX, ...onlyY].some((w) => RANK.has(w));
  if (!ranked && x.length > 1 && y.length > 1 && x[x.length - 1] === y[y.length - 1]) return true;
  if (onlyX.some((w) => OFFICES.has(w)) && onlyY.some((w) => OFFICES.has(w))) return true;
  const [rx, ry] = [gradeOf(x), gradeOf(y)];
  if (rx && ry && rx !== ry) return true;
  return postsOfOtherFields(x, y);
}

/**
 * The grades of a police or armed force's ladder: one person holds one at a time, so two outlets that give one person
 * two ("Chief Superintendent" / "Deputy Commissioner", "Sgt." / "Lt.") disagree. A role held beside a grade
 * ("commander", "chief of staff") is none.
 */
const GRADES = new Set([
  "constable",
  "sergeant",
  "inspector",
  "superintendent",
  "commissioner",
  "corporal",
  "captain",
  "lieutenant",
  "major",
  "colonel",
  "brigadier",
  "general",
  "admiral",
]);

/**
 * The grade a title ends in ("deputy commissioner": commissioner), or null. "General" after a noun is an office's
 * ("attorney general", "secretary general"), a grade only alone or after another grade ("major general").
 */
function gradeOf(words: string[]): string | null {
  const head = words[words.length - 1]!;
  if (!GRADES.has(head)) return null;
  const before = words[words.length - 2];
  return head !== "general" || !before || GRADES.has(before) ? head : null;
}

/**
 * Words that name a post in an organisation without saying what it is in charge of: a title made of them and rank
 * words ("president", "chief executive", "executive director") heads the whole, and one person often holds two of
 * them ("president and chief executive").
 */
const POSTS = new Set([
  "officer",
  "director",
  "head",
  "manager",
  "executive",
  "president",
  "chairman",
  "chairwoman",
  "chair",
  "chief",
  "managing",
]);

/**
 * What a post is in charge of: the words of its title that are neither rank nor post words ("operations director":
 * operations; "head of quality": quality; "chief safety officer": safety), each by its first five letters, so a
 * field's noun and adjective are one field ("finance" / "financial", "operations" / "operating"). Null when the
 * title's head is no post word ("General", "founder", "spokeswoman"): a rank or a role, held beside a post.
 */
function fieldOf(words: string[]): Set<string> | null {
  const of = words.indexOf("of");
  const head = of > 0 ? words[of - 1]! : words[words.length - 1]!;
  if (!POSTS.has(head)) return null;
  return new Set(
    words.filter((w) => !RANK.has(w) && !POSTS.has(w) && !FUNCTION_WORDS.has(w)).map((w) => w.slice(0, 5)),
  );
}

/**
 * Two posts in charge of different things, or one in charge of a field and one of the whole: one person is not an
 * organisation's "operations director" and its "chief executive", nor its "chief safety officer" and its "head of
 * quality". Two posts of the whole are not told apart ("president" / "chief executive"), nor a post and the same post
 * with its field ("director" / "operations director", handled before as a title that says more).
 */
function postsOfOtherFields(x: string[], y: string[]): boolean {
  const [fx, fy] = [fieldOf(x), fieldOf(y)];
  if (!fx || !fy || (!fx.size && !fy.size)) return false;
  return ![...fx].some((f) => fy.has(f));
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

/** The title an outlet gives the person it quotes, as the quote's frame writes it ("said Fire Chief Dana Morrow"). */
interface SpeakerTitle extends PersonFacet {
  role: string;
}

/**
 * One speaker's two titles in two rows (facet-rows.ts). Titles change with time, so facet rows leave titles out; but
 * the title a quote's frame gives its speaker is the speaker's when speaking, the story's own time in every outlet:
 * "Fire Chief Dana Morrow said …" / "… said Battalion Chief Dana Morrow".
 */
export const SPEAKER_TITLES: FacetKind<SpeakerTitle> = {
  measure: "title",
  of: (at) => {
    const e = speakerPerson(at.claim);
    return e?.role ? [{ holder: e.key, holderText: e.text, role: e.role, start: e.start, end: e.end }] : [];
  },
  differ: (a, b) => titlesConflict(a.item.role, b.item.role),
  shown: (t) => t.role,
  key: (t) => wordsOf(t.role).join(" "),
};
