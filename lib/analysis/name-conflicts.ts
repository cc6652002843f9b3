import { distance } from "fastest-levenshtein";
import { describe, distinct, splitOf, type Discrepancy, type Item, type Label, type Located } from "./compare";
import { speakerPerson, type Source } from "./attribution";
import { knownPlace, nameWithin, sameEntity, wordnetName, type EntityMention } from "./entities";
import { hasCapitalisedSense, isA, isKnown } from "./lexicon";
import { sameEventWord } from "./fact-values";
import { boundedMemo } from "./memo";
import { isFormOf } from "./verb-forms";

// Conflicts about who: outlets naming different people or places in one role, names a letter or two apart, one
// claim credited to different people. Dates, amounts and quotes are compared in compare.ts.

/** Marks a role read from a clause's slot (EntityMention.slot) rather than a title. */
const SLOT = "@";

/**
 * A slot as its sentence writes it ("taken to", not the lemma "take to"): as many words as the slot has, right before
 * the name; for a slot over an object ("approved the plan on Saturday in X"), the verb as written and the preposition
 * ("approved … in").
 */
function slotAsWritten({ item, at }: Item<EntityMention>): string {
  const before = at.claim.text
    .slice(0, item.start - at.claim.start)
    .trim()
    .split(/\s+/);
  const parts = item.slot!.split(" ");
  const words = before.slice(-parts.length);
  if (words.length && isFormOf(words[0]!.toLowerCase(), parts[0]!)) return words.join(" ").toLowerCase();
  const verb = before.findLast((w) => isFormOf(w.toLowerCase(), parts[0]!));
  return verb ? `${verb.toLowerCase()} … ${parts.at(-1)}` : item.slot!;
}

/**
 * Whether two slots are one ("crash near" / "come down near", "take to" / "take to", "escape near" / "escape
 * outside"): one way of placing and one act. One verb with other words beside it is another act ("move to" / "move
 * back to").
 */
function sameSlot(x: string, y: string): boolean {
  if (x === y) return true;
  const [a, b] = [x.split(" "), y.split(" ")];
  if (!samePlacing(a.at(-1)!, b.at(-1)!)) return false;
  if (a[0] === b[0]) return a.length === b.length && a.slice(1, -1).join(" ") === b.slice(1, -1).join(" ");
  return sameEventWord(a.slice(0, -1).join(" "), b.slice(0, -1).join(" "));
}

/** A preposition's way of placing an act: "near" and "outside" are one (a town's edge is near it). */
const placing = (prep: string) => (prep === "outside" ? "near" : prep);
const samePlacing = (p: string, q: string) => placing(p) === placing(q);

/**
 * Different names in one role: "Defense Minister Ali Abdullah Ayyoub" / "Defense Minister Fahd Jassem al-Freij",
 * "the Tarn Valley district" / "the Upper Tarn district". An outlet that names both in the row (in one claim or in
 * two) is not in conflict: it reports two people or places, not one named two ways.
 */
export function entityConflict(members: Located[], label: Label): Discrepancy | null {
  const byRole = new Map<string, Array<Item<EntityMention>>>();
  // Every name each outlet gives in the row, whatever its role.
  const byOutlet = new Map<number, string[]>();
  for (const at of members)
    for (const e of at.claim.entities) {
      let keys = byOutlet.get(at.ref.article);
      if (!keys) byOutlet.set(at.ref.article, (keys = []));
      keys.push(e.key);
      // A name in a clause's slot ("taken to X") is in a role of its own: where, or to whom, that act was done. Slots
      // of one preposition are listed together and compared verb by verb (sameSlot).
      const role = e.role ?? (e.slot ? `${SLOT}${placing(e.slot.split(" ").at(-1)!)}` : undefined);
      if (!role) continue;
      let list = byRole.get(role);
      if (!list) byRole.set(role, (list = []));
      list.push({ item: e, at });
    }
  const names = (at: Located) => byOutlet.get(at.ref.article)!;
  for (const [role, all] of [...byRole].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const isSlot = role.startsWith(SLOT);
    const conflicts = (a: Item<EntityMention>, b: Item<EntityMention>) =>
      a.at.ref.article !== b.at.ref.article &&
      !sameEntity(a.item.key, b.item.key) &&
      !nameWithin(a.item.key, b.item.key) &&
      !spelledAlike(a.item.text, b.item.text) &&
      !names(a.at).some((k) => sameEntity(k, b.item.key)) &&
      !names(b.at).some((k) => sameEntity(k, a.item.key)) &&
      (!isSlot || (sameSlot(a.item.slot!, b.item.slot!) && placesApart(a.item.text, b.item.text)));
    const first = all.find((a) => all.some((b) => conflicts(a, b)));
    if (!first) continue;
    const items = isSlot ? all.filter((x) => sameSlot(first.item.slot!, x.item.slot!)) : all;
    const values = splitOf(items, (e) => e.text);
    const measure = isSlot ? slotAsWritten(first) : role;
    return {
      kind: "entity",
      detail: `${measure}: ${describe(values, label)}`,
      values,
      // A slot's basis names it as an event would be ("taken to"), so the row's subject reads "Named after …".
      basis: isSlot ? { measure: "slot", event: measure, signals: { entity: 1 } } : { measure, signals: { entity: 1 } },
    };
  }
  return null;
}

/**
 * Whether two places named in one slot ("crashed near X", entities.slotOf) cannot both be right: two of a kind
 * ("St Mary's Hospital" / "Royal Free Hospital"), two cities or towns ("arrested in Leeds" / "in Manchester", "in
 * Cedar Rapids" / "in Merton City": WordNet knows them, or their names say so), or two that WordNet knows as places
 * neither of. Another place WordNet knows is a region or a country, which may hold the other ("lived in Cardiff" /
 * "lived in South Wales"); a place it does not know is a town or a street, and two of them are two places.
 */
export function placesApart(a: string, b: string): boolean {
  const head = (x: string) => (/\s/.test(x) ? x.split(/\s+/).at(-1)! : "");
  if (head(a) && head(a) === head(b)) return true;
  if (settlement(a) && settlement(b)) return true;
  return !knownPlace(a) && !knownPlace(b);
}
/** A city or a town by its name's last word ("Merton City"), or as WordNet knows it (isSettlement). */
const settlement = (place: string) => /\s(?:city|town|village)$/i.test(place) || isSettlement(place);
/** Whether WordNet knows a place as a city or a town: its ancestors are walked once per name, not once per pair. */
const isSettlement = boundedMemo((place) => {
  const w = wordnetName(place);
  return isA(w, "n", "city") || isA(w, "n", "town");
}, 10_000);

/** A name's words, lower-cased, for each name compared (every pair of a row's names is). */
const wordsOfName = boundedMemo((name) => name.toLowerCase().split(/\s+/), 10_000);

/** The one word two names differ in, as a pair, when they have as many words and differ in exactly one. */
function oneWordApart(a: string, b: string): readonly [string, string] | null {
  const x = wordsOfName(a);
  const y = wordsOfName(b);
  if (x.length !== y.length) return null;
  const differ = x.flatMap((w, i) => (w === y[i] ? [] : [[w, y[i]!] as const]));
  return differ.length === 1 ? differ[0]! : null;
}

/**
 * One name spelled two ways ("Mirko Dravic" / "Mirko Dravich", "Jon Owen" / "John Owen"): one word differs, by an
 * edit or two. Name variants report it; two people in one role it is not.
 */
export function spelledAlike(a: string, b: string): boolean {
  const differ = oneWordApart(a, b);
  if (!differ) return false;
  const [u, v] = differ;
  return distance(u, v) <= Math.max(1, Math.floor(Math.max(u.length, v.length) / 4));
}

/**
 * Whether two names differ in one word only, and that word by a letter or two of at least five ("Norwalk"/"Norfolk",
 * not "North"/"South" Korea, "Syria"/"Syrian" or "Iran"/"Iraq"). A person's surname has no adjective: "Mark Ellis"
 * and "Mark Ellison" are nearly alike though one word begins the other, by two letters or more.
 */
export function nearlyNamed(a: string, b: string, people = false): boolean {
  const differ = oneWordApart(a, b);
  if (!differ) return false;
  const [u, v] = differ;
  // A letter more is a spelling ("Dravic" / "Dravich"); two or more make a person's surname another ("Ellison").
  const prefix = u.startsWith(v) || v.startsWith(u);
  if (Math.min(u.length, v.length) < 5 || (prefix && (!people || Math.abs(u.length - v.length) < 2))) return false;
  return distance(u, v) / Math.max(u.length, v.length) <= 0.3;
}

/**
 * Two outlets' versions of one claim naming places or people one or two letters apart that are not one name spelled
 * two ways ("the Norwalk event" / "an event in Norfolk"): two towns, or a misspelling a reader should check. Not a
 * name and its adjective ("Syria"/"Syrian"), a word the dictionary knows only in lower case, or one person's given
 * name written two ways (name variants report that).
 */
export function closeNameConflict(members: Located[], label: Label): Discrepancy | null {
  const items = members.flatMap((at) => at.claim.entities.map((e) => ({ item: e, at })));
  const common = (e: EntityMention) =>
    !/\s/.test(e.text) && isKnown(e.text.toLowerCase()) && !hasCapitalisedSense(e.text.toLowerCase());
  const lastWord = (k: string) => k.split(" ").at(-1);
  const names = (at: Located) => at.claim.entities.map((e) => e.key);
  // Whether two names are nearly alike depends on their texts alone, and a wide row names a few things hundreds of
  // times: each pair of distinct texts is tested once, not each pair of mentions.
  const ids = new Map<string, number>();
  const idOf = items.map(({ item }) => ids.get(item.text) ?? ids.set(item.text, ids.size).size - 1);
  const texts = [...ids.keys()];
  const people = new Set(items.filter(({ item }) => item.type === "person").map(({ item }) => item.text));
  const near = texts.map(
    (t) => new Set(texts.flatMap((u, j) => (nearlyNamed(t, u, people.has(t) && people.has(u)) ? [j] : []))),
  );
  for (const [i, a] of items.entries()) {
    if (!near[idOf[i]!]!.size) continue;
    for (const [j, b] of items.entries()) {
      if (a.at.ref.article >= b.at.ref.article) continue;
      if (!near[idOf[i]!]!.has(idOf[j]!)) continue;
      if (sameEntity(a.item.key, b.item.key) || nameWithin(a.item.key, b.item.key)) continue;
      if (lastWord(a.item.key) === lastWord(b.item.key) || common(a.item) || common(b.item)) continue;
      if (names(a.at).some((k) => sameEntity(k, b.item.key)) || names(b.at).some((k) => sameEntity(k, a.item.key)))
        continue;
      const values = splitOf([a, b], (e) => e.text);
      return {
        kind: "entity",
        detail: `named differently: ${describe(values, label)}`,
        values,
        basis: { signals: { entity: 1 } },
      };
    }
  }
  return null;
}

/** The same claim credited to different named people. */
export function attributionConflict(members: Located[], label: Label): Discrepancy | null {
  const items = members.flatMap((at) => (speakerPerson(at.claim) ? [{ item: at.claim.attribution.speaker!, at }] : []));
  const classes = distinct(items, (s) => s.key!);
  for (let i = 0; i < classes.length; i++)
    for (let j = i + 1; j < classes.length; j++) {
      const a = classes[i]!;
      const b = classes[j]!;
      const articlesA = new Set(a.items.map((x) => x.at.ref.article));
      const otherArticle = b.items.some((x) => !articlesA.has(x.at.ref.article));
      if (
        otherArticle &&
        !sameEntity(a.rep.key!, b.rep.key!) &&
        !spelledAlike(nameOf(a.items[0]!), nameOf(b.items[0]!)) &&
        !namesOther(a.items, b.rep.key!) &&
        !namesOther(b.items, a.rep.key!)
      )
        return creditedTo(items, label);
    }
  return null;
}

/**
 * Whether a speaker's sentences name the other speaker as someone else: "Mayor Ana Ruiz, who negotiated the deal with
 * club owner Tom Hale, said …" keeps the two apart, so a sentence of Hale's beside it is his own statement, not the
 * same one credited to another person.
 */
const namesOther = (items: Array<Item<Source>>, other: string) =>
  items.some(({ at }) => at.claim.entities.some((e) => sameEntity(e.key, other)));

/** The name a speaker is credited by, without the title before it ("Darius Nowak" of "Coach Darius Nowak"). */
const nameOf = ({ item, at }: Item<Source>): string => speakerPerson(at.claim)?.text ?? item.text;

/** An attribution conflict over the speakers of a row's statements, each as the outlet writes it. */
export function creditedTo(items: Array<Item<Source>>, label: Label): Discrepancy {
  const values = splitOf(items, (s) => s.text);
  return {
    kind: "attribution",
    detail: `credited to ${describe(values, label)}`,
    values,
    basis: { signals: { attribution: 1 } },
  };
}
