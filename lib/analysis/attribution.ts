import { spanText, type Token } from "./nlp";
import { type EntityMention, entityKey } from "./entities";
import { quoteSpans } from "./text";

export interface Quote {
  text: string;
  start: number;
  end: number;
}

export interface Source {
  text: string;
  /** Entity key when the source is a named entity, else null ("he", "a senior official"). */
  key: string | null;
  named: boolean;
}

export interface Attribution {
  /** Who said it. */
  speaker: Source | null;
  /** Through which channel it reached the article: an agency, a broadcaster, a report. */
  channel: Source | null;
}

/** The person a claim's named speaker is among its names ("Darius Nowak" of "Coach Darius Nowak"), if one is. */
export function speakerPerson(c: { attribution: Attribution; entities: EntityMention[] }): EntityMention | undefined {
  const s = c.attribution.speaker;
  return s?.named && s.key ? c.entities.find((e) => e.key === s.key && e.type === "person") : undefined;
}

/**
 * Quoted spans of a paragraph (see `quoteSpans`: curly marks have a direction, straight ones alternate), without
 * the marks and the spaces and trailing punctuation inside them.
 */
export function extractQuotes(text: string, offset: number): Quote[] {
  const out: Quote[] = [];
  for (const q of quoteSpans(text)) {
    let s = q.open + q.openLength;
    let e = q.close;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /[\s,.;:]/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: offset + s, end: offset + e });
  }
  return out;
}

const SPEECH =
  /^(said|says|say|told|tells|added|adds|noted|notes|stressed|stresses|announced|announces|stated|states|claimed|claims|insisted|insists|wrote|writes|explained|warned|warns|confirmed|confirms|reiterated|reiterates|urged|argued|acknowledged|admitted|declared|asserted|tweeted|estimated)$/i;
const REPORT = /^(reported|reports|report|quoted|quotes|cited|cites)$/i;
const NP_POS = new Set(["PROPN", "NOUN", "ADJ", "DET", "PART", "NUM"]);

function phraseBefore(tokens: Token[], k: number, entities: EntityMention[]): Source | null {
  // Skip auxiliaries and adverbs between the subject and the verb ("Iran has repeatedly said").
  let j = k - 1;
  while (j >= 0 && (tokens[j]!.pos === "AUX" || tokens[j]!.pos === "ADV")) j--;
  if (j < 0) return null;
  if (tokens[j]!.pos === "PRON") return { text: tokens[j]!.text, key: null, named: false };
  if (tokens[j]!.text === ",") return appositiveBefore(tokens, j, entities) ?? beforeRelative(tokens, j, entities);
  const start = nounPhraseStart(tokens, j);
  if (start > j) return null;
  // "Inspector Ana Ruiz of the city police said": the person is the speaker, the body after "of" only says whose.
  if (start >= 2 && OF_BODY.has(tokens[start - 1]!.lower)) {
    const named = entities.find((e) => e.type === "person" && e.end === tokens[start - 2]!.end);
    if (named) return { text: spanText(tokens, nounPhraseStart(tokens, start - 2), j), key: named.key, named: true };
  }
  return sourceOf(tokens, start, j, entities);
}
/** Words that join a speaker's name to the body the speaker is of: "Ana Ruiz of the city police", "Ruiz from NASA". */
const OF_BODY = new Set(["of", "from", "at"]);

const inNounPhrase = (t: Token) => NP_POS.has(t.pos) || t.text === "-" || t.lower === "'s" || t.lower === "’s";

/** The first token of the noun phrase (at most nine tokens) that ends at token `end`; `end + 1` when there is none. */
function nounPhraseStart(tokens: Token[], end: number): number {
  let j = end;
  while (j >= 0 && end - j < 9 && inNounPhrase(tokens[j]!)) j--;
  return j + 1;
}

/**
 * A speaker named beside a title set off by commas, before the verb: "AirServe's operations director, Paula Brandt,
 * said" and "Paula Brandt, AirServe's chief executive, said". `close` is the comma before the verb. The part set off
 * is a noun phrase, which may say what the title is of ("the operations director of AirServe", "a spokesman for the
 * union"); a clause set off ("Brandt, who leads the talks, said") is not read here. The speaker is named when one of
 * the two parts is the person's whole name, or the first ends in it.
 */
function appositiveBefore(tokens: Token[], close: number, entities: EntityMention[]): Source | null {
  let open = close - 1;
  while (open >= 0 && close - open <= 12 && (inNounPhrase(tokens[open]!) || LINKS.has(tokens[open]!.lower))) open--;
  if (open < 0 || open === close - 1 || tokens[open]!.text !== ",") return null;
  const start = nounPhraseStart(tokens, open - 1);
  // "Iran, Syria and Russia, the three allies, said": the last of a list is not the speaker.
  if (start > open - 1 || tokens[start - 1]?.pos === "CCONJ") return null;
  const [from, to] = [tokens[start]!.start, tokens[close - 1]!.end];
  const text = spanText(tokens, start, close - 1);
  // The person's name ends the part; a title may come before it within the part ("Greenline's finance director").
  const person = (a: number, b: number) =>
    entities.find((e) => e.type === "person" && e.start >= tokens[a]!.start && e.end === tokens[b]!.end);
  const named = person(open + 1, close - 1) ?? person(start, open - 1);
  if (named) return { text, key: named.key, named: true };
  const en = lastEntityWithin(entities, from, to);
  return { text, key: en ? en.key : null, named: false };
}
/**
 * A named speaker before a relative clause set off by commas: "Ana Ruiz, who leads the inquiry, said". `close` is
 * the comma before the verb; the clause opens with a comma and "who" within RELATIVE_REACH tokens before it.
 */
function beforeRelative(tokens: Token[], close: number, entities: EntityMention[]): Source | null {
  for (let k = close - 2; k > 0 && close - k <= RELATIVE_REACH; k--) {
    if (tokens[k]!.text !== ",") continue;
    if (tokens[k + 1]?.lower !== "who") return null;
    const end = k - 1;
    const named = entities.find((e) => (e.type === "person" || e.type === "name") && e.end === tokens[end]!.end);
    if (!named) return null;
    return { text: spanText(tokens, nounPhraseStart(tokens, end), end), key: named.key, named: true };
  }
  return null;
}
const RELATIVE_REACH = 16;

/** Words that join a title to what it is of: "the head of quality", "a spokesman for the union". */
const LINKS = new Set(["of", "for", "at", "and"]);

/** The named person or organisation that opens the sentence, before token k, as a source ("Union head Piotr Novak"). */
function subjectSource(tokens: Token[], k: number, entities: EntityMention[]): Source | null {
  const first = entities.find((e) => e.type === "person") ?? entities[0];
  if (!first || first.type === "place" || first.start >= tokens[k]!.start) return null;
  const head = tokens.findIndex((t) => t.start >= first.start);
  // Only a name the sentence opens with (a title may come first): "Union head Piotr Novak called …".
  for (let i = 0; i < head; i++) if (!NP_POS.has(tokens[i]!.pos)) return null;
  return { text: first.text, key: first.key, named: true };
}

function phraseAfter(tokens: Token[], k: number, entities: EntityMention[]): Source | null {
  let j = k + 1;
  const start = j;
  while (
    j < tokens.length &&
    j - start < 9 &&
    (NP_POS.has(tokens[j]!.pos) || tokens[j]!.text === "-" || tokens[j]!.lower === "'s" || tokens[j]!.lower === "’s")
  )
    j++;
  // "said workers would strike": a noun phrase before a verb is the subject of what was said, not the speaker.
  if (j === start || tokens[j]?.pos === "VERB" || tokens[j]?.pos === "AUX") return null;
  // "said the hospital's chief executive, Dr Helen Marsh": the name set off after the title is the speaker.
  if (tokens[j]?.text === ",") {
    const next = tokens[j + 1];
    const named =
      next && entities.find((e) => e.type === "person" && e.start >= next.start && e.start - next.start <= 4);
    const after = named && tokens.find((t) => t.start >= named.end);
    if (named && (!after || after.text === "," || (after.text === "." && after === tokens[tokens.length - 1])))
      return { text: `${spanText(tokens, start, j - 1)}, ${named.text}`, key: named.key, named: true };
  }
  return sourceOf(tokens, start, j - 1, entities);
}

/**
 * The last of `entities` (in text order) that is not a place and lies within [from, to] (`after`: starts after
 * `from`; otherwise at or after it). Found from the end of the span backwards, not by a pass over the sentence's
 * entities for every verb: a sentence of thousands of "said" was quadratic (hardening finding 1).
 */
function lastEntityWithin(
  entities: EntityMention[],
  from: number,
  to: number,
  after = false,
): EntityMention | undefined {
  // Entities come in text order: the first that starts at or after `to` (it ends after `to`) bounds the search.
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.start >= to) hi = mid;
    else lo = mid + 1;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const en = entities[k]!;
    if (after ? en.start <= from : en.start < from) return undefined;
    if (en.end <= to && en.type !== "place") return en;
  }
  return undefined;
}

function sourceOf(tokens: Token[], s: number, e: number, entities: EntityMention[]): Source {
  const from = tokens[s]!.start;
  const to = tokens[e]!.end;
  const text = spanText(tokens, s, e);
  // The named entity closest to the verb is the source ("Tehran's military attache to Damascus, Abolqassem Alinejad").
  const en = lastEntityWithin(entities, from, to);
  // Named only when the phrase ends in the name ("Iran's Defence Minister Amir Hatami"), not when a name merely
  // qualifies it ("a Bukit Sama village resident").
  return { text, key: en ? en.key : null, named: !!en && en.end === to };
}

/** Who said the sentence's claim and through which channel ("IRNA quoted … Alinejad as saying", "according to Fars"). */
export function extractAttribution(sentence: string, tokens: Token[], entities: EntityMention[]): Attribution {
  let speaker: Source | null = null;
  let channel: Source | null = null;
  const acc = /\baccording to (?:the )?([^,.;"“”]+)/i.exec(sentence);
  if (acc) {
    const from = tokens.find((t) => t.text === acc[1]!.split(/\s+/)[0]);
    const ens = entities.filter((en) => from && en.start >= from.start);
    channel = { text: acc[1]!.trim(), key: ens[0]?.key ?? (entityKey(acc[1]!) || null), named: ens.length > 0 };
  }
  // For each token, the next "as saying" after it; made on the first "quoted" or "cited".
  let asSayingAfter: Int32Array | null = null;
  const nextAsSaying = (k: number) => {
    if (!asSayingAfter) {
      asSayingAfter = new Int32Array(tokens.length).fill(-1);
      for (let i = tokens.length - 2; i >= 0; i--)
        asSayingAfter[i] =
          tokens[i + 1]!.lower === "as" && tokens[i + 2]?.lower === "saying" ? i + 1 : asSayingAfter[i + 1]!;
    }
    return asSayingAfter[k]!;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (REPORT.test(t.text)) {
      const before = phraseBefore(tokens, k, entities);
      if (t.lower.startsWith("quot") || t.lower.startsWith("cit")) {
        channel ??= before;
        // "IRNA quoted Tehran's military attache …, Abolqassem Alinejad, as saying"
        const asSaying = nextAsSaying(k);
        if (asSaying > k) {
          const en = lastEntityWithin(entities, t.end, tokens[asSaying]!.start, true);
          const span = tokens.slice(k + 1, asSaying);
          speaker ??= {
            text: span
              .map((x) => x.text)
              .join(" ")
              .replace(/ ,/g, ","),
            key: en?.key ?? null,
            named: !!en,
          };
        }
      } else if (before) channel ??= before;
      else channel ??= phraseAfter(tokens, k, entities);
    } else if (SPEECH.test(t.text)) {
      const before = phraseBefore(tokens, k, entities);
      // "Novak called the decision … and said …": the speaker of a coordinated verb is the sentence's subject.
      const who =
        before ??
        phraseAfter(tokens, k, entities) ??
        (tokens[k - 1]?.lower === "and" ? subjectSource(tokens, k, entities) : null);
      if (who && !speaker) speaker = who;
      // "X told Ynet TV": the listener is the channel.
      if (/^tol|^tel/.test(t.lower) && !channel) {
        const listener = phraseAfter(tokens, k, entities);
        if (listener?.named) channel = listener;
      }
    }
  }
  if (!channel && /\breportedly\b/i.test(sentence)) channel = { text: "reportedly", key: null, named: false };
  return { speaker, channel };
}
