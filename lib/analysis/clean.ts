import * as chrono from "chrono-node";
import { letterWordCount, normalize, pieceCount, wordCount } from "./text";

export type FurnitureKind =
  | "headline"
  | "read-time"
  | "date-line"
  | "related"
  | "caption"
  | "standfirst"
  | "byline"
  | "heading"
  | "repeat"
  | "notice"
  | "contact"
  | "fragment";

export interface Block {
  start: number;
  end: number;
  text: string;
}

export interface Furniture extends Block {
  kind: FurnitureKind;
}

export interface Dateline {
  text: string;
  place: string;
  source: string | null;
  start: number;
  end: number;
}

export interface CleanResult {
  /** Paragraphs that carry claims, with offsets into the stored text. */
  blocks: Block[];
  /** What was set aside, and why. */
  furniture: Furniture[];
  dateline: Dateline | null;
  /** A date printed on its own line ("27 August, 2018"), used when the article has no publication date. */
  printedDate: string | null;
}

const TERMINAL = /[.!?"'\u201d\u2019)\]:;]$/;
const READ_TIME = /^\d+\s*(min|mins|minute|minutes)\.?\s+read$/i;
/** A link to another story under a label: "Related: Storm hits coast", "Read more: Fire in the city". */
const RELATED_LINK =
  /^(?:related(?: stor(?:y|ies)| articles?| content| coverage| news)?|read more|read next|read also|also read|more on this(?: story)?|see also)\s*:\s*[^.!?]{1,100}$/i;
const RELATED =
  /^(related( stor(y|ies)| articles?| content| coverage| news| reading)?|read more|read next|more on this( story)?|see also|advertisement|sponsored|share( this)?( article| story| page)?|sign up\b.*|subscribe\b.*|follow us\b.*|click here\b.*|watch:.*|listen:.*|continue reading( the main story)?|story continues below( advertisement)?|skip to (main )?content|media playback is (unsupported|not supported) on your device|(view|hide|toggle|close) (caption|comments|gallery|image)|enlarge this image|scroll down\b.*)\s*:?$/i;
/** Links to share the page: every word one of these ("Share this with Email Facebook Twitter"). */
const SHARE_WORDS = new Set(
  "share this article story page on via with email e-mail mail print facebook twitter x linkedin whatsapp reddit pinterest tumblr messenger copy link save tweet comments comment".split(
    " ",
  ),
);
const CAPTION_CREDIT =
  /\[[^\][]{1,40}\]\s*$|\((?:photo|file photo|image|picture|credit|getty|afp|ap|reuters|epa)\b[^)]{0,60}\)\s*$/i;
const CAPTION_PREFIX =
  /^(photo|photograph|image|picture|pictured|file photo|caption|photo credit)\s*:|^(image copyright|image caption|media caption|image source)\b/i;
// The name after "by" is capitalised: "Pictures by the dozen were posted" is a sentence.
const CAPTION_BY = /^(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage)s? (?:by|courtesy(?: of)?)\s+\p{Lu}/u;
const PHOTO_AGENCY =
  "(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|Getty|Shutterstock|PA|PA Wire|Bloomberg|Xinhua|Anadolu|NurPhoto|Alamy|Corbis|Rex Features|SIPA)(?: Photo| Images| via Getty Images)?";
// "AP Photo/Jane Doe", "Jane Doe/Getty Images": a capitalised name and an agency as printed, nothing else.
const PHOTO_CREDIT = new RegExp(
  `^\\(?(?:${PHOTO_AGENCY}\\s*/\\s*\\p{Lu}[\\p{L}.'\\s-]{1,40}|\\p{Lu}[\\p{L}.'\\s-]{1,40}/\\s*${PHOTO_AGENCY})\\)?$`,
  "u",
);
// "Credit Jane Doe for The Daily Star", "Credit: Jane Doe/AP"
const CREDIT_LINE = /^(?:Credit|CREDIT|credit):?\s+\p{Lu}[^.]{1,80}(?:\/|\bfor\b|\bvia\b)[^.]*$/u;
/** Words of a role after a byline's name ("Staff Writer", "AP Science Writer", "Washington correspondent"). */
const ROLE_WORDS = new Set(
  "staff senior chief political foreign science health medical business sports crime education environment court city metro local national international deputy associate assistant contributing special investigative legal economics technology tech entertainment arts music film food travel weather transportation news wire feature features writer writers reporter reporters correspondent correspondents editor editors columnist contributor producer journalist photographer analyst critic".split(
    " ",
  ),
);
/** Wire services and agencies a byline names ("Jane Doe, Associated Press", "Staff and agencies"). */
const AGENCY_WORDS = new Set(
  "associated press ap reuters afp agence france-presse bloomberg upi pa association dpa xinhua cnn bbc npr staff agencies wire services".split(
    " ",
  ),
);
const NAME_PARTICLES = new Set(["de", "da", "van", "von", "der", "al", "bin", "la", "le", "du", "and", "&"]);
const CALENDAR_WORD =
  /^(mon|tues|wednes|thurs|fri|satur|sun)day$|^(january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** People's names: capitalised words (no weekday or month), joined by "and" or commas ("Jane Doe and John Roe"). */
function isNames(part: string): boolean {
  const words = part.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 12 || !/^\p{Lu}/u.test(words[0]!)) return false;
  return words.every(
    (w) => (/^\p{Lu}[\p{L}.'\u2019-]*$/u.test(w) && !CALENDAR_WORD.test(w)) || NAME_PARTICLES.has(w.toLowerCase()),
  );
}

/** What follows a byline's name: a role, an agency or a paper ("AP Science Writer", "The Daily Star"). */
function isByTrailer(part: string, named: boolean): boolean {
  const words = part.split(/[\s,|/]+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  let known = false;
  for (const w of words) {
    const l = w.toLowerCase();
    if (ROLE_WORDS.has(l) || AGENCY_WORDS.has(l)) known = true;
    else if (/^(the|for|of|and|in|at)$/.test(l)) continue;
    // After "By Jane Doe," a paper may follow ("The Daily Star"); without "By", only a role or an agency.
    else if (!named || !/^\p{Lu}/u.test(w)) return false;
  }
  return known || named;
}

const BY = /^(?:by|written by|posted by|words by|story by|reported by)\s+/i;
const BY_SEPARATOR = /\s*(?:,|\||\/|\s[-\u2013\u2014]\s)\s*/;
// One segment of a wire's credit line: "Reporting by Jane Doe in Dover", "Editing by John Roe".
const CREDIT_SEGMENT =
  /^(?:additional |further )?(?:reporting|writing|editing|compiled|produced|research|graphics|photos?|video|translation|translated|contributing)(?: and (?:reporting|writing|editing))? by\s+/i;
// "TEHRAN/LONDON (Dispatches) -- Iran will …", "WASHINGTON (Reuters) - …", "BEIRUT: …", and with a region, a
// country and the day it was filed: "DREVNIK, Saldria, April 17 (GWS) - …" (the day is the wire's, not the story's).
const DATELINE =
  /^(\p{Lu}[\p{Lu}\s./'-]{2,40}?(?:,\s*\p{Lu}[\p{L}.\s]{1,30}?){0,2})(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\(([^)]{2,40})\))?\s*(?:--|[-\u2013\u2014:])\s+(?=\S)/u;
const CONTRIBUTED = /\bcontributed (?:reporting|to this (?:report|story|article))\.?$/i;
const COPYRIGHT = /^(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:copyright\s*)?(?:19|20)\d{2}\b/i;
const RIGHTS = /\ball rights reserved\.?$/i;
const NO_REPUBLISH =
  /^this (?:material|article|story|content|report) (?:may|must|cannot|can) (?:not )?(?:be )?(?:published|broadcast|rewritten|redistributed|reproduced|copied|republished)/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const HANDLE = /(?:^|(?<=[\s(:]))@\w{1,30}\b/g;
/** The words a contact line has besides the address and a name ("Jane Doe can be reached at …"). */
const CONTACT_WORDS = new Set(
  "follow email e mail contact reach reached write to at on via twitter x instagram facebook threads bluesky mastodon linkedin the reporter writer author editor him her them me us or and can be by tips send with this story questions comments news desk newsroom".split(
    " ",
  ),
);

// Update and publication stamps: every word is one of these, a number, a date or a time.
const STAMP_WORD =
  /^(updated?|last|first|published|posted|created|modified|story|release[sd]?|dated?|time|on|at|of|and|ago|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|yesterday|today|am|pm|a\.m\.?|p\.m\.?|a\.|p\.|m\.)$/i;
const WEEKDAY = /^(mon|tues?|wed(nes)?|weds|thu(rs?)?|fri|sat(ur)?|sun)(day)?\.?$/i;
const MONTH =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;
const ZONE =
  /^(gmt|bst|utc|z|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|akst|akdt|hst|ast|adt|nst|ndt|cet|cest|eet|eest|wet|west|ist|jst|kst|hkt|sgt|aest|aedt|acst|awst|nzst|nzdt|wib|msk|ict|pht)$/i;
const TIME = /^\d{1,2}[:.]\d{2}([:.]\d{2})?([ap]\.?m\.?)?$/i;
const DATE = /^\d{1,4}([/.-])\d{1,2}\1\d{1,4}$/;
const NUMBER = /^\d{1,4}(st|nd|rd|th)?$/i;

/**
 * An update or publication stamp, in any of the shapes pages print them: "Updated 3/9/2014 2:15 PM", "4 June 2012
 * Last updated at 09:10 GMT", "PUBLISHED: 16:05 GMT, 9 June 2013 | UPDATED: …", "Posted on March 09, 2013", a
 * dateline of a place and a date ("WASHINGTON, DC, April 28, 2009"). Every word must be a stamp word, a
 * weekday, a month, a time zone, a number, a date or a time, so a sentence with a verb or a noun is never one.
 */
export function isStamp(line: string): boolean {
  if (line.length > 120 || !/\d/.test(line)) return false;
  const words = line
    .replace(/[,|•·()[\]]/g, " ")
    .split(/\s+/)
    .map((w) => w.replace(/^[:;]+|[:;]+$/g, ""))
    .filter(Boolean);
  let anchor = false;
  let place = true; // a dateline's place may lead, in capitals
  let calendar = 0;
  for (const w of words) {
    if (place && /^\p{Lu}{2,}$/u.test(w) && !WEEKDAY.test(w) && !MONTH.test(w) && !ZONE.test(w)) continue;
    place = false;
    if (/^[/\-\u2013\u2014:.]$/.test(w)) continue;
    if (TIME.test(w) || DATE.test(w) || /^ago$/i.test(w)) anchor = true;
    else if (WEEKDAY.test(w) || MONTH.test(w)) calendar++;
    else if (!NUMBER.test(w) && !STAMP_WORD.test(w) && !ZONE.test(w)) return false;
  }
  const numbers = words.filter((w) => NUMBER.test(w)).length;
  return anchor || (calendar > 0 && numbers > 0) || numbers >= 3;
}

/**
 * A byline ("By Jane Doe, Reuters", "Jane Doe | Staff Writer", "Associated Press in Jakarta"), or the wire's credit
 * line ("Reporting by Jane Doe; Editing by John Roe"). Names are capitalised words: "By noon, smoke still rose" and
 * "By Friday, officials said" are sentences.
 */
export function isByline(line: string): boolean {
  if (line.length > 200) return false;
  const bare = line.replace(/^\(|\)\.?$|\.$/g, "").trim();
  const by = BY.exec(bare);
  if (by) {
    const rest = bare.slice(by[0].length);
    const sep = BY_SEPARATOR.exec(rest);
    if (!sep) return isNames(rest);
    if (isNames(rest.slice(0, sep.index)) && isByTrailer(rest.slice(sep.index + sep[0].length), true)) return true;
  } else {
    const sep = BY_SEPARATOR.exec(bare);
    if (sep && isNames(bare.slice(0, sep.index)) && isByTrailer(bare.slice(sep.index + sep[0].length), false))
      return true;
    // "Associated Press in Jakarta", "Staff and agencies"
    const [agency, place] = bare.split(/\s+in\s+/);
    if (agency && isByTrailer(agency, false) && /^\p{Lu}/u.test(agency) && (!place || isNames(place))) return true;
  }
  // "By Jane Doe, CNN Updated 2:15 PM ET, Sun March 9, 2014"
  const stamp = /\s(?=(?:last\s+)?(?:updated|posted|published)\b)/i.exec(bare);
  if (stamp && isStamp(bare.slice(stamp.index + 1)) && isByline(bare.slice(0, stamp.index))) return true;
  if (CONTRIBUTED.test(bare) && bare.split(/\s+/).length <= 25) return true;
  const segments = bare.split(/\s*;\s*|\.\s+/).filter(Boolean);
  return (
    segments.length > 0 &&
    segments.every((x) => {
      const m = CREDIT_SEGMENT.exec(x);
      if (!m) return false;
      const [names, place] = x.slice(m[0].length).split(/\s+in\s+/);
      return !!names && isNames(names) && (!place || isNames(place));
    })
  );
}

/** A line to reach the writer: an e-mail address or a handle, a name and a few words of contact. */
export function isContact(line: string): boolean {
  if (!line.includes("@") || line.length > 200) return false;
  const rest = line.replace(EMAIL, " ").replace(HANDLE, " ");
  if (rest === line) return false;
  let names = 0;
  for (const w of rest.split(/[^\p{L}'\u2019-]+/u).filter(Boolean)) {
    if (CONTACT_WORDS.has(w.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(w) || ++names > 4) return false;
  }
  return true;
}

/** A copyright or syndication notice. */
export function isNotice(line: string): boolean {
  const n = pieceCount(line);
  return (COPYRIGHT.test(line) && n <= 40) || (RIGHTS.test(line) && n <= 25) || NO_REPUBLISH.test(line);
}

const OPEN_MARK = /^["\u201c\u201e\u00ab'\u2018]/;
const CLOSE_MARK = /["\u201d\u00bb'\u2019]$/;

/**
 * A quoted fragment with no statement around it: a pull-quote or a quoted subheading ("'Kind of a good
 * question'", '"Devastated."'). Three words at most, or six with no full stop inside: a quoted sentence
 * ('"We will rebuild the town."') is a statement.
 */
export function isQuoteFragment(text: string): boolean {
  const t = text.trim().replace(/[.,;:!?\s]+$/, "");
  if (t.length < 3 || !OPEN_MARK.test(t) || !CLOSE_MARK.test(t)) return false;
  const inner = t.slice(1, -1);
  if (/["\u201c\u201d\u201e\u00ab\u00bb]/.test(inner)) return false;
  const n = letterWordCount(inner);
  return n > 0 && (n <= 3 || (n <= 6 && !/[.!?]/.test(inner)));
}

function isDateOnly(line: string): string | null {
  if (line.length > 40 || !/\d/.test(line)) return null;
  const results = chrono.parse(line, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  const r = results[0];
  if (!r || results.length !== 1) return null;
  const rest = (line.slice(0, r.index) + line.slice(r.index + r.text.length)).replace(
    /[\s,.|\-–—]|updated|published|on|at/gi,
    "",
  );
  if (rest.length > 0) return null;
  if (!r.start.isCertain("year") || !r.start.isCertain("month") || !r.start.isCertain("day")) return null;
  const d = r.start.date();
  return d.toISOString().slice(0, 10);
}

/** The first full date of a stamp ("PUBLISHED: 16:05 GMT, 9 June 2013 | UPDATED: …" gives 2013-06-09). */
function stampDate(line: string): string | null {
  const r = chrono
    .parse(line, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })
    .find((x) => x.start.isCertain("year") && x.start.isCertain("month") && x.start.isCertain("day"));
  return r ? r.start.date().toISOString().slice(0, 10) : null;
}

function isTitleCase(line: string): boolean {
  const long = line.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (long.length < 3) return false;
  const caps = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / long.length >= 0.7;
}

/** `key` is `normalize(line)`, which the caller also keeps. */
function furnitureKind(line: string, key: string, seen: Set<string>): FurnitureKind | null {
  if (!key) return "heading";
  if (seen.has(key)) return TERMINAL.test(line) ? "repeat" : "headline";
  if (READ_TIME.test(line)) return "read-time";
  if (RELATED.test(line) || RELATED_LINK.test(line) || key.split(" ").every((w) => SHARE_WORDS.has(w)))
    return "related";
  if ([CAPTION_PREFIX, CAPTION_BY, CAPTION_CREDIT, PHOTO_CREDIT, CREDIT_LINE].some((re) => re.test(line)))
    return "caption";
  if (isNotice(line)) return "notice";
  if (isContact(line)) return "contact";
  if (isByline(line)) return "byline";
  if (isDateOnly(line) || isStamp(line)) return "date-line";
  if (isQuoteFragment(line)) return "fragment";
  const terminal = TERMINAL.test(line);
  if (!terminal) {
    // A headline printed in the text is a claim the first time ("6.1-magnitude quake strikes Lorne province");
    // printed again, or set in Title Case like a page heading, it is furniture.
    if (isTitleCase(line)) return "headline";
    const n = wordCount(line);
    if (n < 4) return "heading";
    // A standfirst cut off by the page ("… as well as signi"): one long unpunctuated sentence ending mid-phrase.
    if (n >= 14 && !/[.!?]\s/.test(line) && (/\p{Ll}$/u.test(line) || /(\.\.\.|\u2026)$/.test(line)))
      return "standfirst";
  }
  return null;
}

/**
 * Separates page furniture from the paragraphs that carry claims, keeping every offset into `text`.
 * Works on one article alone.
 */
export function cleanArticle(text: string): CleanResult {
  const lines: Block[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    lines.push({ start: m.index + lead, end: m.index + lead + trimmed.length, text: trimmed });
  }
  const seen = new Set<string>();
  const blocks: Block[] = [];
  const furniture: Furniture[] = [];
  let dateline: Dateline | null = null;
  let printedDate: string | null = null;

  for (const line of lines) {
    const key = normalize(line.text);
    const kind = furnitureKind(line.text, key, seen);
    seen.add(key);
    if (kind) {
      furniture.push({ ...line, kind });
      if (kind === "date-line") printedDate ??= isDateOnly(line.text) ?? stampDate(line.text);
      continue;
    }
    let block = line;
    if (!dateline && blocks.length === 0) {
      const m = DATELINE.exec(line.text);
      if (m && m[1] && /\p{Lu}{3,}/u.test(m[1])) {
        const len = m[0].length;
        dateline = {
          text: m[0].trim(),
          place: m[1].trim(),
          source: m[2]?.trim() ?? null,
          start: line.start,
          end: line.start + m[0].trimEnd().length,
        };
        block = { start: line.start + len, end: line.end, text: line.text.slice(len) };
      }
    }
    blocks.push(block);
  }
  return { blocks, furniture, dateline, printedDate };
}
