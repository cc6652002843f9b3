import { spanText, type Token } from "./nlp";
import { categories, category, hasCapitalisedSense, isCommonWord, type Category } from "./lexicon";
import { SPEECH_VERBS } from "./clause-words";
import { boundedMemo, weakMemo } from "./memo";
import { lightVerbAct } from "./light-verbs";

export type EntityType = "person" | "organisation" | "place" | "name";

export interface EntityMention {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  /** Spelling-insensitive key: "Ayyoub" and "Ayoub", "Hezbollah" and "Hizballah" share one. */
  key: string;
  /** The office or kind of place the text gives it ("defense minister", "president", "district"). */
  role?: string;
  /**
   * For a place or organisation without a role, the slot its clause puts it in: the verb and the preposition before
   * it ("crash near", "take to", "move back to"). Absent in extractions stored before version 14.
   */
  slot?: string;
}

const TITLES =
  /^(president|minister|prime|defen[cs]e|foreign|interior|secretary|general|gen|adviser|advisor|spokesman|spokeswoman|spokesperson|chief|director|mr|mrs|ms|dr|sen|senator|rep|representative|gov|governor|king|queen|prince|judge|justice|ambassador|commander|colonel|col|lieutenant|lt|captain|capt|admiral|sheikh|ayatollah|pope|mayor|chairman|chairwoman|chair|ceo|rev|reverend|former|deputy|vice|acting|interim|national|security|public|attorney|officer|official|leader|head|speaker|state|defence|premier|chancellor|congressman|congresswoman|coach|manager|sergeant|sgt|detective|det|inspector|insp|constable|superintendent|supt|sheriff|trooper|corporal|cpl|marshal|maj|professor|prof|dean|bishop|archbishop|cardinal|rabbi|imam|pastor|councillor|councilman|councilwoman|alderman|commissioner|assemblyman|assemblywoman|magistrate)\.?$/i;
const ORG_WORDS =
  /^(agency|news|guards?|army|ministry|council|tv|television|radio|times|post|press|party|movement|group|forces|force|navy|union|committee|bank|company|corp|inc|ltd|university|institute|center|centre|court|department|office|reuters|afp|ap|bbc|cnn|organization|organisation|association|front|brigade|brigades|militia|network|daily|herald|journal|tribune|gazette|channel|service|survey|assembly|parliament|congress|senate|commission|authority|fund|federation|league|olympics|games)$/i;
const PLACE_WORDS =
  /^(province|district|city|town|village|region|island|islands|county|state|river|sea|ocean|gulf|strait|mountain|mountains|valley|peninsula|coast|bay)$/i;
const PLACE_PREP = /^(in|to|from|at|near|outside|into|across|toward|towards|off)$/i;
/** Courtesy titles say nothing about a role. */
const ROLE_NOISE = /^(mr|mrs|ms|dr|former|the)\.?$/i;
const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;
const JOINERS = /^(al|el|bin|ibn|de|da|van|von|der|of|the|bu|abu|ul|-)$/i;

/**
 * The spelling-insensitive key of one name token: folded accents, no vowels after the first letter, no doubled
 * letters. Transliterations differ mostly in vowels and doubled consonants (Ayyoub/Ayoub, Hezbollah/Hizballah).
 */
export function skeleton(word: string): string {
  let key = skeletons.get(word);
  if (key === undefined) {
    // Remembered per word, as stems are (nlp.ts): a story repeats its words, and every term of every claim asks.
    if (skeletons.size >= 50_000) skeletons.clear();
    skeletons.set(word, (key = skeletonOf(word)));
  }
  return key;
}
const skeletons = new Map<string, string>();

function skeletonOf(word: string): string {
  const s = word
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
  if (!s) return "";
  const body = s
    .slice(1)
    .replace(/ph/g, "f")
    .replace(/[aeiouyw]/g, "")
    .replace(/(.)\1+/g, "$1");
  const first = /[aeiouy]/.test(s[0]!) ? "a" : s[0]!;
  return (first + body).replace(/(.)\1+/g, "$1");
}

export function entityKey(text: string): string {
  return text
    .split(/[\s-]+/)
    .filter((w) => w && !/^(al|el|the)$/i.test(w))
    .map(skeleton)
    .filter(Boolean)
    .join(" ");
}

/**
 * Named entities of one sentence: runs of proper nouns (with joiners such as "al-" and "bin"), typed from the
 * words around them. Titles ("Defense Minister") are kept out of the name and used to type it.
 */
export function extractEntities(tokens: Token[]): EntityMention[] {
  const out: EntityMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isName(tokens, i)) {
      i++;
      continue;
    }
    const j = nameEnd(tokens, i);
    const s = nameStart(tokens, i);
    const surface = spanText(tokens, s, j);
    const key = entityKey(surface);
    const role = roleOf(tokens, s, j) ?? appositiveRole(tokens, s, j);
    // One capitalised word opening a sentence is a common word when the dictionary knows it only in lower case
    // ("Records showed …", "Witnesses said …"), unless it names someone the sentence titles.
    const commonOpener = s === 0 && j === s && !role && isCommonWord(t.lower);
    // One capitalised word at the start of a sentence is as likely a common word as a name.
    if (key && !(s === 0 && j === s && t.pos !== "PROPN") && !commonOpener && !(j === s && isPortfolio(tokens, s))) {
      const type = entityType(tokens, s, j);
      const slot = role || type === "person" ? undefined : slotOf(tokens, s);
      out.push({
        text: surface,
        start: tokens[s]!.start,
        end: tokens[j]!.end,
        type,
        key,
        ...(role ? { role } : {}),
        ...(slot ? { slot } : {}),
      });
    }
    i = j + 1;
  }
  return out;
}

/** Prepositions that place an act: "crashed near X", "was taken to X", "flew from X". */
const SLOT_PREP = /^(in|near|at|to|into|from|outside|off)$/;
/** Words that may stand between a verb and its slot's preposition: "moved back to X", "was pronounced dead at X". */
const SLOT_WORDS = new Set(["ADV", "ADP", "PART", "ADJ"]);
/** Words of an object or a time between them: "approved the plan on Saturday in X", "died at a motel in X". */
const OBJECT_WORDS = new Set(["NOUN", "PROPN", "DET", "NUM", "PRON", "ADJ", "ADV", "ADP", "PART"]);
/**
 * The slot a name fills in its clause: the verb that governs it and the preposition before the name ("crash near",
 * "take to"). Words between that qualify the act are part of the slot ("moved back to X" is not "moved to X",
 * "pronounced dead at X"); after an object or a time ("approved the plan on Saturday in X", "was approved by the
 * committee in X") the slot is the verb and the preposition ("approve in"), unless the verb is one of saying. Not
 * across a comma, a conjunction or another verb.
 */
function slotOf(tokens: Token[], s: number): string | undefined {
  const prep = tokens[s - 1];
  if (!prep || !SLOT_PREP.test(prep.lower)) return undefined;
  let plain = true;
  for (let k = s - 2; k >= Math.max(0, s - 9); k--) {
    const t = tokens[k]!;
    if (t.pos === "VERB") {
      // A light verb's slot is its act's: "made an emergency landing at X" is "land at X".
      const act = lightVerbAct(tokens, k, s);
      if (act) return `${act} ${prep.lower}`;
      if (plain) return [t.lemma, ...tokens.slice(k + 1, s).map((x) => x.lower)].join(" ");
      // What a verb of saying is followed by is what was said: "said the men in X were armed" places the men.
      return SPEECH_VERBS.has(t.lemma) ? undefined : `${t.lemma} ${prep.lower}`;
    }
    if (!OBJECT_WORDS.has(t.pos)) return undefined;
    if (!SLOT_WORDS.has(t.pos) || k < s - 4) plain = false;
  }
  return undefined;
}

/** A title or a month or day: capitalised, but no part of a name. */
const titleOrDate = (text: string) => TITLES.test(text) || CALENDAR.test(text);

function isName(tokens: Token[], k: number): boolean {
  const x = tokens[k];
  return !!x && x.pos === "PROPN" && /^\p{Lu}/u.test(x.text) && !titleOrDate(x.text);
}

/**
 * A capitalised word the tagger reads as a common noun, right after a name: a surname that is also a word ("Tom
 * Park", "Jiwon Park"). Not a title, a month or day, nor a word that makes the name an organisation or a place.
 */
function surnameLike(tokens: Token[], k: number): boolean {
  const x = tokens[k];
  return (
    !!x &&
    x.pos === "NOUN" &&
    /^\p{Lu}\p{Ll}+$/u.test(x.text) &&
    !titleOrDate(x.text) &&
    !ORG_WORDS.test(x.text) &&
    !PLACE_WORDS.test(x.text)
  );
}

/**
 * A capitalised word of running text that the tagger reads as a verb or adjective, or as a place or organisation
 * word, right after a name: the rest of a place's name ("Palm Springs", "Sioux Falls", "Iowa City", "Mount
 * Pleasant"). In running text only a name is capitalised mid-sentence; a headline in title case capitalises its
 * verbs too ("Gunman Kills Two"), so a sentence with more capitalised words than others is not running text.
 */
function nameWordInText(tokens: Token[], k: number): boolean {
  const x = tokens[k];
  if (!x || k === 0 || !/^\p{Lu}\p{Ll}+$/u.test(x.text) || titleOrDate(x.text)) return false;
  if (
    x.pos !== "VERB" &&
    x.pos !== "ADJ" &&
    !(x.pos === "NOUN" && (ORG_WORDS.test(x.text) || PLACE_WORDS.test(x.text)))
  )
    return false;
  return runningText(tokens);
}

/** Whether at least half of a sentence's words are written in lower case: running text, not a headline in title case. */
const runningText = weakMemo((tokens: Token[]) => {
  let lower = 0;
  let upper = 0;
  for (const t of tokens)
    if (/^\p{Ll}/u.test(t.text)) lower++;
    else if (/^\p{Lu}/u.test(t.text)) upper++;
  return lower >= upper;
});

/**
 * A title word that ends a person's name as its surname: "Carole King", "Seth Dean", "Sarah Bishop". It follows a
 * one-word name that is no place or common word ("Iran President …", "Fire Marshal …" are titles), and no name or
 * title follows it ("US President Joe Biden", "Pakistan Prime Minister …" are titles before a name).
 */
function titleAsSurname(tokens: Token[], first: number, k: number): boolean {
  const x = tokens[k];
  const given = tokens[first]!;
  if (!x || k !== first + 1 || !/^\p{Lu}\p{Ll}+$/u.test(x.text) || !TITLES.test(x.text) || CALENDAR.test(x.text))
    return false;
  // Nor a common word: "Fire Marshal", "Police Chief" are titles.
  if (!/^\p{Lu}\p{Ll}+$/u.test(given.text) || knownPlace(given.text) || isCommonWord(given.lower)) return false;
  const next = tokens[k + 1];
  return !next || !/^\p{Lu}/u.test(next.text) || next.pos === "PUNCT";
}

/** A name as WordNet writes it: "Cedar Rapids" → "cedar_rapids". */
export const wordnetName = (place: string) => place.toLowerCase().replace(/\s+/g, "_");

/**
 * Whether WordNet knows a name as a place ("Iran", "Texas"): a capitalised sense that is a location. A name it knows
 * only as someone's ("Calder", the sculptor) is a place it does not know.
 */
export const knownPlace = boundedMemo((place) => {
  const w = wordnetName(place);
  return hasCapitalisedSense(w) && categories(w).includes("location");
}, 10_000);

/**
 * Whether "of" after the name [i, j] says where a person is from or works ("Lucas Ferreira of Brazil", "Tom Hale of
 * Acme"): a person's full name (two words or more) has no "of" in it, unless it is an organisation's or a title's
 * ("Royal Bank of Scotland", "Lord Mayor of London"), or "of" is part of a surname's joiner.
 */
function personOfPlace(tokens: Token[], i: number, j: number, joiner: Token): boolean {
  if (joiner.lower !== "of" || j - i < 1) return false;
  for (let k = i; k <= j; k++) {
    const w = tokens[k]!.text;
    if (ORG_WORDS.test(w) || PLACE_WORDS.test(w) || TITLES.test(w) || JOINERS.test(w)) return false;
  }
  return true;
}

/** The last token of the name that starts at token i: names run on over adjacent names and joiners between names. */
function nameEnd(tokens: Token[], i: number): number {
  let j = i;
  while (j + 1 < tokens.length) {
    if (
      (isName(tokens, j + 1) ||
        surnameLike(tokens, j + 1) ||
        nameWordInText(tokens, j + 1) ||
        titleAsSurname(tokens, i, j + 1)) &&
      tokens[j + 1]!.start - tokens[j]!.end <= 1
    ) {
      j++;
      continue;
    }
    // joiners: "Bashar al-Assad", "Osama bin Laden"; only when a name follows
    const jn = tokens[j + 1]!;
    if (
      JOINERS.test(jn.text) &&
      !personOfPlace(tokens, i, j, jn) &&
      jn.start - tokens[j]!.end <= 1 &&
      isName(tokens, j + 2) &&
      tokens[j + 2]!.start - jn.end <= 1
    ) {
      j += 2;
      continue;
    }
    // "Bashar al-Assad": joiner, hyphen, name
    if (
      /^(al|el)$/i.test(jn.text) &&
      tokens[j + 2]?.text === "-" &&
      isName(tokens, j + 3) &&
      tokens[j + 3]!.start === tokens[j + 2]!.end
    ) {
      j += 3;
      continue;
    }
    break;
  }
  return j;
}

/** The first token of the name that token i starts: a hyphenated prefix glued to it ("al-Assad" when "al" came first). */
function nameStart(tokens: Token[], i: number): number {
  if (
    i >= 2 &&
    tokens[i - 1]!.text === "-" &&
    /^(al|el)$/i.test(tokens[i - 2]!.text) &&
    tokens[i]!.start === tokens[i - 1]!.end
  )
    return i - 2;
  return i;
}

/** The type of the name [s, j], from its own words, else the word before it, else its length. */
function entityType(tokens: Token[], s: number, j: number): EntityType {
  const words = tokens.slice(s, j + 1).map((x) => x.text);
  const prev = tokens[s - 1];
  if (words.some((w) => ORG_WORDS.test(w))) return "organisation";
  if (words.some((w) => PLACE_WORDS.test(w))) return "place";
  if (prev && TITLES.test(prev.text)) return "person";
  if (prev && PLACE_PREP.test(prev.text)) return "place";
  // "the Riverton Symphony", "the Hartley Foundation": a name after "the" is a thing's, not a person's.
  if (words.length >= 2 && !afterIndefinite(tokens, s) && prev?.lower !== "the") return "person";
  return "name";
}

/**
 * Whether "a" or "an" comes right before the name, or before a word or two that describe it: a name so introduced is
 * a thing's, a make or a brand ("a silver Toyota Camry", "an Air France jet"), not a person's.
 */
function afterIndefinite(tokens: Token[], s: number): boolean {
  for (let k = s - 1; k >= 0 && k >= s - 3; k--) {
    const t = tokens[k]!;
    if (t.lower === "a" || t.lower === "an") return true;
    // Only what describes the thing may come between: "a silver", not "A judge sentenced".
    if (!/^\p{Ll}/u.test(t.text) || (t.pos !== "ADJ" && t.pos !== "NOUN")) return false;
  }
  return false;
}

/**
 * The role of the name [s, j]: title words right before it ("Syrian Defense Minister", "President"), or the kind of
 * place right after it ("Tarn Valley district").
 */
function roleOf(tokens: Token[], s: number, j: number): string | undefined {
  const titles: string[] = [];
  for (
    let k = s - 1;
    k >= 0 &&
    titles.length < 3 &&
    ((TITLES.test(tokens[k]!.text) && !ROLE_NOISE.test(tokens[k]!.text)) || isPortfolio(tokens, k));
    k--
  )
    titles.unshift(tokens[k]!.lower.replace(/\.$/, "").replace("defence", "defense"));
  // …and the common nouns before a one-word title, which say what it is of: "finance committee chair", "Plant
  // manager" opening the sentence.
  const before = tokens[s - 2];
  if (titles.length === 1 && before?.pos === "NOUN" && (before.text === before.lower || s === 2))
    return titleWords(tokens, Math.max(0, s - 3), s) ?? titles[0]!;
  if (titles.length) return titles.join(" ");
  // Nouns before the name that end a title with a title word among them: "Corvane chief executive Ines Varga-Holt"
  // ("executive" alone is no title word).
  if (s >= 1 && tokens[s - 1]!.pos === "NOUN" && tokens[s - 1]!.text === tokens[s - 1]!.lower) {
    const role = titleWords(tokens, Math.max(0, s - 3), s);
    if (role) return role;
  }
  // A courtesy title between the office and the name: "said medical director Dr Helen Marsh".
  if (s >= 2 && ROLE_NOISE.test(tokens[s - 1]!.text) && TITLES.test(tokens[s - 2]!.text)) {
    const role = titleWords(tokens, Math.max(0, s - 4), s - 1);
    if (role) return role;
  }
  const after = tokens[j + 1];
  if (after && PLACE_WORDS.test(after.text) && after.lower === after.text) return after.lower;
  return undefined;
}

/**
 * A title set off by commas beside a person's name: "Laura Chen, the company's chief executive," or "The company's
 * chief executive, Laura Chen,". The title's words (at most three, ending the phrase) when the phrase holds a title
 * word: "chief executive", "spokeswoman". A phrase without one ("a friend", "the driver") names no office: a story has
 * many friends and drivers.
 */
function appositiveRole(tokens: Token[], s: number, j: number): string | undefined {
  const isComma = (k: number) => tokens[k]?.text === ",";
  // After the name: ", the company's chief executive," (the phrase ends at a comma or the sentence's end).
  if (isComma(j + 1)) {
    let end = j + 2;
    const stops = (t: Token) => t.text === "," || t.pos === "VERB" || t.pos === "ADP" || t.pos === "PUNCT";
    while (end < tokens.length && end - j <= 7 && !stops(tokens[end]!)) end++;
    // "chief medical officer of the hospital": the title ends where its complement starts…
    const role = titleWords(tokens, j + 2, end);
    if (role && (end >= tokens.length || tokens[end]!.pos !== "VERB")) return role + fieldAfter(tokens, end);
  }
  // Before the name: "The company's chief executive, Laura Chen," (from the sentence's start or a comma), and with a
  // courtesy title: "…, said the hospital's chief executive, Dr Helen Marsh." The name ends the sentence or a comma.
  const opening = s >= 1 && ROLE_NOISE.test(tokens[s - 1]!.text) && tokens[s - 1]!.lower !== "the" ? s - 2 : s - 1;
  const closed = isComma(j + 1) || j + 1 >= tokens.length || (j + 2 >= tokens.length && tokens[j + 1]!.text === ".");
  if (isComma(opening) && closed) {
    let start = opening - 1;
    while (start > 0 && opening - start <= 7 && !isComma(start - 1)) start--;
    // "The head of quality, Lena Markovic,": the title before its field.
    const of = tokens.slice(start, opening).findIndex((t) => t.lower === "of");
    if (of > 0) {
      const role = titleWords(tokens, start, start + of);
      const field = fieldAfter(tokens, start + of);
      // The field must end the phrase: " of quality" is the words "of" and "quality".
      const fieldEnd = start + of + field.split(" ").length - 1;
      if (role && field && fieldEnd === opening) return role + field;
    }
    return titleWords(tokens, start, opening);
  }
  return undefined;
}

/**
 * …unless the complement is the field a post is in charge of, a common noun without a determiner: "head of quality",
 * "director of operations" (" of quality"). "Chief executive of Orion", "head of the company" name what the post is
 * in; they are not part of it. `at` is the token after the title.
 */
function fieldAfter(tokens: Token[], at: number): string {
  if (tokens[at]?.lower !== "of") return "";
  const words: string[] = [];
  for (let k = at + 1; k < tokens.length && words.length < 2; k++) {
    const t = tokens[k]!;
    if (t.pos !== "NOUN" || t.text !== t.lower) break;
    words.push(t.lower);
  }
  return words.length ? ` of ${words.join(" ")}` : "";
}

/** The title at the end of tokens [from, to): its last nouns, when a title word is among them ("chief executive"). */
function titleWords(tokens: Token[], from: number, to: number): string | undefined {
  const words: string[] = [];
  for (let k = to - 1; k >= from && words.length < 3; k--) {
    const t = tokens[k]!;
    if (t.pos !== "NOUN" && t.pos !== "ADJ" && !TITLES.test(t.text)) break;
    words.unshift(t.lower.replace("defence", "defense"));
  }
  if (!words.length || tokens[to - 1]!.pos !== "NOUN" || !words.some((w) => TITLES.test(w) && !ROLE_NOISE.test(w)))
    return undefined;
  return words.join(" ");
}

/** Kinds of things no office is of: "the Trump adviser", "Bush aide" are a name's adviser and aide. */
const CONCRETE = new Set<Category>([
  "person",
  "animal",
  "plant",
  "artifact",
  "building",
  "structure",
  "vehicle",
  "weapon",
  "food",
  "substance",
  "body-part",
  "colour",
]);

/**
 * A capitalised common word right before a title word: the field an office is of ("Finance Minister", "Health
 * Secretary", "Fire Chief"), part of the title and no name. A word whose commonest sense is a concrete thing is a
 * name there ("Trump adviser": a trump is a card).
 */
function isPortfolio(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || !TITLES.test(next.text) || ROLE_NOISE.test(next.text)) return false;
  const t = tokens[k]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !isCommonWord(t.lower)) return false;
  const kind = category(t.lower);
  return !kind || !CONCRETE.has(kind);
}

/** A generational suffix's key ("Jr.", "Sr."): not part of what tells two people apart in one role. */
const SUFFIX_KEYS = new Set(["jr", "sr"]);

/**
 * Whether one name is written out within the other ("John Roberts" in "John G. Roberts Jr.", "Fire Marshal" in
 * "Fire Marshal Ann Bond"): every word of the shorter key is in the longer one, generational suffixes aside. In one
 * role, such names are the same referent written more or less fully, not two people.
 */
export function nameWithin(a: string, b: string): boolean {
  const sa = a.split(" ").filter((w) => SUFFIX_KEYS.has(w));
  const sb = b.split(" ").filter((w) => SUFFIX_KEYS.has(w));
  if (sa.length && sb.length && sa.join() !== sb.join()) return false; // a father and his son
  const x = a.split(" ").filter((w) => !SUFFIX_KEYS.has(w));
  const y = b.split(" ").filter((w) => !SUFFIX_KEYS.has(w));
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 1 && short.every((w) => long.includes(w));
}

/** Whether two entity keys name the same referent: equal, or one is the other's last name ("Hatami"/"Amir Hatami"). */
export function sameEntity(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.split(" ");
  const y = b.split(" ");
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 1 && short.every((w) => long.includes(w)) && short[short.length - 1] === long[long.length - 1];
}
