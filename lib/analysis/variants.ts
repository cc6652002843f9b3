import type { Claim } from "./extract";
import { distance } from "fastest-levenshtein";
import { doubleMetaphone } from "double-metaphone";
import { entityKey } from "./entities";
import { boundedMemo } from "./memo";

export interface Variant {
  kind: "entity";
  /** Each spelling with the articles that use it. */
  forms: Record<string, number[]>;
  key: string;
}

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}]/gu, "");

/**
 * Short forms of given names that name the same person ("Bill" / "William"): a general list, not a story's names.
 * Two names of a pair are one person, not a spelling difference. "Jon" is not "John": it is short for Jonathan.
 */
const NICKNAMES: ReadonlyArray<readonly string[]> = [
  ["william", "bill", "billy", "will", "willie", "liam"],
  ["robert", "bob", "bobby", "rob", "robbie", "bert"],
  ["richard", "dick", "rick", "ricky", "rich"],
  ["james", "jim", "jimmy", "jamie"],
  ["michael", "mike", "mick", "mickey"],
  ["thomas", "tom", "tommy"],
  ["christopher", "chris", "kit"],
  ["joseph", "joe", "joey"],
  ["anthony", "tony"],
  ["daniel", "dan", "danny"],
  ["david", "dave", "davey"],
  ["stephen", "steven", "steve", "stevie"],
  ["edward", "ed", "eddie", "ted", "teddy", "ned"],
  ["john", "jack", "johnny"],
  ["jonathan", "jon", "jonny"],
  ["andrew", "andy", "drew"],
  ["alexander", "alex", "sandy", "xander"],
  ["alexandra", "alex", "sandra", "lexi"],
  ["timothy", "tim", "timmy"],
  ["gregory", "greg"],
  ["jeffrey", "geoffrey", "jeff", "geoff"],
  ["kenneth", "ken", "kenny"],
  ["lawrence", "laurence", "larry"],
  ["gerald", "gerard", "jerry", "gerry"],
  ["nicholas", "nick", "nicky"],
  ["matthew", "matt"],
  ["benjamin", "ben", "benny"],
  ["samuel", "sam", "sammy"],
  ["patrick", "pat", "paddy"],
  ["patricia", "pat", "patty", "trish"],
  ["elizabeth", "liz", "lizzie", "beth", "betty", "eliza"],
  ["katherine", "catherine", "kathryn", "katharine", "kate", "katie", "kathy", "cathy", "kat"],
  ["margaret", "maggie", "meg", "peggy", "marge"],
  ["jennifer", "jen", "jenny"],
  ["susan", "sue", "susie", "suzanne"],
  ["rebecca", "becky", "becca"],
  ["deborah", "debra", "debbie", "deb"],
  ["victoria", "vicky", "tori"],
  ["charles", "charlie", "chuck"],
  ["frederick", "fred", "freddie"],
  ["henry", "harry", "hank"],
  ["francis", "frank", "frankie"],
  ["raymond", "ray"],
  ["ronald", "ron", "ronnie"],
  ["donald", "don", "donnie"],
  ["douglas", "doug"],
  ["philip", "phillip", "phil"],
  ["peter", "pete"],
  ["vincent", "vince"],
  ["zachary", "zach", "zack"],
  ["abraham", "abe"],
];
const nicknameOf = new Map<string, Set<number>>();
NICKNAMES.forEach((names, i) => {
  for (const n of names) nicknameOf.set(n, (nicknameOf.get(n) ?? new Set()).add(i));
});
const sameGivenName = (a: string, b: string) => [...(nicknameOf.get(a) ?? [])].some((i) => nicknameOf.get(b)?.has(i));

/** Whether two spellings are close: at most one letter in four differs (and at least one letter). */
const close = (a: string, b: string) => distance(a, b) <= Math.max(1, Math.floor(Math.max(a.length, b.length) / 4));

/** Whether two spelling skeletons differ by at most one consonant ("jhn"/"jn", "nrlk"/"nrflk"). */
const nearKeys = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 3 && distance(a, b) <= 1);

/** A word's two Double Metaphone codes (its sound as English spelling rules read it), remembered per word. */
const soundOf = boundedMemo((word: string) => doubleMetaphone(word), 20_000);

/**
 * Whether two spellings of at least five letters, two letters apart at most, sound alike: they begin with one letter
 * and share a Double Metaphone code ("Orlov" / "Orloff": ARLF; "Stephens" / "Stevens"). Such spellings are more than
 * one letter in four apart, so `close` misses them; "Jensen" / "Johnson" sound alike too, but are three letters apart.
 */
function soundAlike(a: string, b: string): boolean {
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 2 || distance(a, b) > 2)
    return false;
  const [x, y] = [soundOf(a), soundOf(b)];
  return x.some((code) => code.length >= 3 && y.includes(code));
}

/**
 * Spellings of one name that differ across the story: transliterations ("Ayyoub"/"Ayoub", "Hezbollah"/
 * "Hizballah"), misspellings ("Schenectady"/"Schnectady") and one person's given name written two ways ("Jon Owen"/
 * "John Owen", "Stacy"/"Stacey") — even when the spelling key folds the two together. Case and punctuation ("U.S."/
 * "US"), an article ("al-Assad"/"Assad"), a suffix ("Iran"/"Iranian") and a short form of a given name ("Bill"/
 * "William") do not make a variant.
 */
export function findVariants(claims: Claim[][]): Variant[] {
  const forms = new Map<string, Form>();
  /** `rest`: for a word of a longer name, the name with that word left out ("_ Island" of "Parris Island"). */
  const add = (form: string, article: number, rest?: string) => {
    const l = letters(form);
    if (l.length < 3 || isAcronym(form)) return;
    const key = entityKey(form);
    if (key.replace(/ /g, "").length < 2) return;
    let f = forms.get(l);
    // Each form's words are read once here, not again for each of the thousands of pairs it is weighed in.
    if (!f)
      forms.set(
        l,
        (f = { form, key, letters: l, words: form.split(/\s+/).map(letters), articles: new Set(), rests: new Set() }),
      );
    f.articles.add(article);
    if (rest === undefined) f.whole = true;
    else f.rests.add(rest);
  };
  claims.forEach((list, article) => {
    for (const c of list)
      for (const e of c.entities) {
        add(e.text, article);
        const parts = e.text.split(/\s+/);
        if (parts.length > 1)
          parts.forEach((p, i) => {
            if (!/^\p{Lu}/u.test(p)) return;
            const rest = parts.map((w, j) => (j === i ? "_" : letters(w))).join(" ");
            add(p.replace(/^(al|el)-/i, ""), article, rest);
          });
      }
  });
  const all = [...forms.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  // Forms are compared in buckets of their key's first letter: a story has thousands of name forms.
  const byInitial = new Map<string, typeof all>();
  for (const e of all) {
    const k = e[1].key[0] ?? "";
    const bucket = byInitial.get(k);
    if (bucket) bucket.push(e);
    else byInitial.set(k, [e]);
  }
  // Union of the close pairs: a name family ("Ayyoub", "Ayoub", "Ayub").
  const parent = new Map(all.map(([l]) => [l, l]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  // Indexed, not destructured: a story weighs millions of pairs, and each destructuring allocates an iterator.
  for (const bucket of byInitial.values())
    for (let i = 0; i < bucket.length; i++) {
      const a = bucket[i]!;
      for (let j = i + 1; j < bucket.length; j++) {
        const b = bucket[j]!;
        if (variantPair(a[1], b[1])) parent.set(find(a[0]), find(b[0]));
      }
    }
  const families = new Map<string, Array<[string, Form]>>();
  for (const e of all) {
    const root = find(e[0]);
    const family = families.get(root);
    if (family) family.push(e);
    else families.set(root, [e]);
  }
  const out: Variant[] = [];
  for (const fam of families.values()) {
    const kept = fam.filter(([l, f]) => !fam.some(([o, g]) => o !== l && isDerived(g.form, f.form)));
    if (kept.length < 2) continue;
    // Spellings across outlets: not "Iran"/"Iranian", "Mayadeen"/"Al Mayadeen" in one article.
    const articles = new Set(kept.flatMap(([, f]) => [...f.articles]));
    if (articles.size < 2) continue;
    const record: Record<string, number[]> = {};
    for (const [, { form, articles: arts }] of kept) record[form] = [...arts].sort((a, b) => a - b);
    out.push({ kind: "entity", forms: record, key: kept[0]![1].key });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** A name form of the story: as first written, its spelling key, its letters and each word's letters. */
interface Form {
  form: string;
  key: string;
  letters: string;
  words: string[];
  articles: Set<number>;
  /** Whether the story writes the form as a name of its own, not only as a word of longer names. */
  whole?: boolean;
  /** The longer names the form is a word of, that word left out ("_ Island"). */
  rests: Set<string>;
}

/** Whether two name forms are one name spelled two ways. */
function variantPair(a: Form, b: Form): boolean {
  const { words: wa, letters: la, key: ka } = a;
  const { words: wb, letters: lb, key: kb } = b;
  if (wa.length !== wb.length) return false;
  if (la === lb) return false;
  // Two words only ever written inside longer names are one name spelled two ways only inside one name: "Paris
  // Island" / "Parris Island", not "Porto Lise" / "Puerto Arvelo" or "Hale County" / "East Hill".
  if (!a.whole && !b.whole && ![...a.rests].some((r) => b.rests.has(r))) return false;
  if (wa.length > 1) {
    // One person, the given name written two ways: the same surname, close given names, not a short form.
    let differing: [string, string] | undefined;
    for (let i = 0; i < wa.length; i++) {
      if (wa[i] === wb[i]) continue;
      if (differing) return false;
      differing = [wa[i]!, wb[i]!];
    }
    return differing !== undefined && (close(...differing) || soundAlike(...differing)) && !sameGivenName(...differing);
  }
  if (sameGivenName(la, lb)) return false;
  // Short names differ in one letter and are other names ("Iran"/"Iraq"): they must share their spelling key.
  const short = Math.min(la.length, lb.length) <= 6;
  return (
    (((short ? ka === kb : nearKeys(ka, kb)) && close(la, lb)) || soundAlike(la, lb)) &&
    la.length >= 4 &&
    lb.length >= 4
  );
}

const isAcronym = (form: string) => /^[\p{Lu}.\s]+$/u.test(form) && letters(form).length <= 6;

const DERIVING = /^(?:e|n|an|ian|ean|ans|ians|i|is|ese|ish|ite|ites|ic|al|ary|ist|ists|er|ers|s|es)$/;

/** One spelling is the other plus a suffix or an article: a demonym ("Israeli"), "al-Assad", not a variant. */
function isDerived(baseForm: string, form: string): boolean {
  const base = letters(baseForm);
  const l = letters(form);
  // Iran → Iranian, Israel → Israeli, Kurd → Kurdish: a suffix that makes a name an adjective or a people. Any other
  // added letters are another spelling ("Dravic" / "Dravich").
  if (l.startsWith(base) && DERIVING.test(l.slice(base.length))) return true;
  const noArticle = (s: string) => letters(s.replace(/(^|[\s-])(al|el)[\s-]/gi, "$1"));
  return noArticle(form) === noArticle(baseForm); // Mayadeen / Al Mayadeen, Bashar Assad / Bashar al-Assad
}
