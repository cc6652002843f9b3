import { wordValue } from "./quantity-grammar";
import { moneyScaleAt, type Token } from "./nlp";
import { skeleton } from "./entities";

/**
 * General English equivalences for news paraphrase, keyed by wink's porter2 stem. Not story words: verbs and
 * nouns that outlets swap for one another when they report the same fact.
 */
// A Map, not an object: a word such as "constructor" must not find Object.prototype's members.
const SYNONYMS = new Map<string, string>(
  Object.entries({
    agreement: "agreement",
    deal: "agreement",
    pact: "agreement",
    accord: "agreement",
    treati: "agreement",
    // A visit is reported as a meeting, talks, a trip: one event.
    travel: "meet",
    visit: "meet",
    trip: "meet",
    arriv: "meet",
    meet: "meet",
    talk: "meet",
    confer: "meet",
    negoti: "meet",
    kill: "die",
    dead: "die",
    death: "die",
    die: "die",
    fatal: "die",
    injur: "injur",
    wound: "injur",
    hurt: "injur",
    quak: "quak",
    earthquak: "quak",
    tremor: "quak",
    hous: "build",
    home: "build",
    build: "build",
    defenc: "defens",
    defens: "defens",
    strike: "strike",
    struck: "strike",
    hit: "strike",
    jolt: "strike",
    rock: "strike",
    seiz: "seiz",
    confisc: "seiz",
    recov: "seiz",
    flee: "flee",
    fled: "flee",
    escap: "flee",
    help: "help",
    assist: "help",
    support: "help",
    rebuild: "rebuild",
    reconstruct: "rebuild",
    withdraw: "withdraw",
    withdraw_: "withdraw",
    remov: "withdraw",
    leav: "withdraw",
    pull: "withdraw",
    sign: "sign",
    ink: "sign",
    war: "war",
    conflict: "war",
    upris: "war",
    fight: "war",
    insurg: "war",
    civil: "war",
    armi: "militari",
    militari: "militari",
    troop: "forc",
    forc: "forc",
    soldier: "forc",
    plead: "plead",
    plea: "plead",
    guilti: "guilti",
    sentenc: "sentenc",
    prison: "prison",
    jail: "prison",
    cheerlead: "cheer",
    supporter: "cheer",
    centr: "centr",
    center: "centr",
    epicent: "centr",
    shallow: "depth",
    deep: "depth",
    depth: "depth",
    flag: "flag",
    banner: "flag",
    combin: "joint",
    unifi: "joint",
    unit: "joint",
    joint: "joint",
    togeth: "joint",
  }),
);

const STOP = new Set(
  (
    "the a an and or but of to in on at for with by from as that this these those it its their his her he she they we " +
    "i you is are was were be been being has have had do does did will would shall should can could may might must " +
    "not no also said say says told tell report reported reports accord according ad added quot quoted week month year " +
    "day time new one two three last first which who whom whose what when where while there here than then so such " +
    "other more most some any all each both into over after before about against between during without within " +
    "mr mrs ms s 's ’s would like just very even still yet"
  ).split(" "),
);

const KEEP_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"]);

/** The content term of one token (a stem, its paraphrase class, "#" and a name's skeleton, "=" and a number), if any. */
export function termOf(t: Token): string | null {
  // "8%" and "8 percent" are one value: the sign is the word.
  if (t.text === "%") return "percent";
  if (!KEEP_POS.has(t.pos) || t.lower.length < 2 || STOP.has(t.lower) || STOP.has(t.stem)) return null;
  if (t.pos === "ADV" && !/ly$/.test(t.lower)) return null;
  if (t.pos === "PROPN" && /^\p{Lu}/u.test(t.text)) {
    const k = skeleton(t.text);
    return k.length >= 2 ? "#" + k : null;
  }
  // "Twelve" and "12" are one value ("a"/"an" are no numbers here).
  if (t.pos === "NUM")
    return "=" + (/^\p{L}/u.test(t.lower) ? (wordValue(t.lower) ?? t.lower) : t.lower.replace(/,/g, ""));
  const stem = t.stem.replace(/[^a-z0-9]/g, "");
  if (!stem || STOP.has(stem)) return null;
  return SYNONYMS.get(stem) ?? stem;
}

/** The content terms of a span of tokens: stems with paraphrase classes folded, names by spelling skeleton. */
export function termsOf(tokens: Token[]): string[] {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    // The scale a sum of money writes as a suffix ("$120m") is the scale word's term: "$120 million" shares it.
    const scale = moneyScaleAt(tokens, i);
    const term = scale ? `=${scale}` : termOf(t);
    if (term !== null) out.add(term);
  });
  return [...out];
}

/** The predicate of a date that dates the start of a state (extract.ts: "since" with "be", "became", "joined"); no stem. */
export const BEGUN = "+begin";
/**
 * The predicate of a year "since" which something is the first, or the worst, of its kind ("the worst spill in the
 * region since 1999", "the first strike at the airport since 2019"): when the last such thing happened.
 */
export const PRECEDENT = "+precedent";

/** The paraphrase class of a stem ("travel" and "confer" → "meet"). */
export function canonicalStem(stem: string): string {
  const s = stem.toLowerCase().replace(/[^a-z0-9]/g, "");
  return SYNONYMS.get(s) ?? s;
}

const LEMMA_POS = new Set(["NOUN", "VERB", "ADJ"]);

/** The lemmas of a span's content words, once each, in order: nouns, verbs and adjectives that are not stop words. */
export function contentLemmas(tokens: Token[]): string[] {
  const out = new Set<string>();
  for (const t of tokens) {
    if (!LEMMA_POS.has(t.pos) || t.lower.length < 3 || STOP.has(t.lower) || STOP.has(t.lemma)) continue;
    if (!/^\p{L}[\p{L}-]*$/u.test(t.lemma)) continue;
    out.add(t.lemma);
  }
  return [...out];
}
