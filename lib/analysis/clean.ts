import * as chrono from "chrono-node";
import { normalize, wordCount } from "./text";

export type FurnitureKind =
  "headline" | "read-time" | "date-line" | "related" | "caption" | "standfirst" | "byline" | "heading" | "repeat";

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
const RELATED =
  /^(related( stor(y|ies)| articles?| content| coverage| news| reading)?|read more|read next|more on this( story)?|see also|advertisement|sponsored|share( this)?( article| story)?|sign up\b.*|subscribe\b.*|follow us\b.*|click here\b.*|watch:.*|listen:.*)\s*:?$/i;
const CAPTION_CREDIT =
  /\[[^\][]{1,40}\]\s*$|\((?:photo|file photo|image|picture|credit|getty|afp|ap|reuters|epa)\b[^)]{0,60}\)\s*$/i;
const CAPTION_PREFIX = /^(photo|image|picture|pictured|file photo|caption)\s*:/i;
const BYLINE =
  /^by\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}(\s*(,|and)\s*\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3})*$/u;
// "TEHRAN/LONDON (Dispatches) -- Iran will …", "WASHINGTON (Reuters) - …", "BEIRUT: …"
const DATELINE =
  /^(\p{Lu}[\p{Lu}\s./'-]{2,40}?(?:,\s*\p{Lu}[\p{L}.\s]{1,30}?)?)\s*(?:\(([^)]{2,40})\))?\s*(?:--|[-\u2013\u2014:])\s+(?=\S)/u;

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

function isTitleCase(line: string): boolean {
  const long = line.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (long.length < 3) return false;
  const caps = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / long.length >= 0.7;
}

function furnitureKind(line: string, seen: Set<string>): FurnitureKind | null {
  const key = normalize(line);
  if (!key) return "heading";
  if (seen.has(key)) return TERMINAL.test(line) ? "repeat" : "headline";
  if (READ_TIME.test(line)) return "read-time";
  if (RELATED.test(line)) return "related";
  if (CAPTION_PREFIX.test(line) || CAPTION_CREDIT.test(line)) return "caption";
  if (BYLINE.test(line)) return "byline";
  if (isDateOnly(line)) return "date-line";
  const terminal = TERMINAL.test(line);
  if (!terminal) {
    // A headline printed in the text is a claim the first time ("6.1-magnitude quake strikes Aceh province");
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
    const kind = furnitureKind(line.text, seen);
    seen.add(normalize(line.text));
    if (kind) {
      furniture.push({ ...line, kind });
      if (kind === "date-line") printedDate ??= isDateOnly(line.text);
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
