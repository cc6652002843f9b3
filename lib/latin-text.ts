/**
 * Text for next/og. Its bundled font draws Latin-1 only; any other character makes it fetch a font from Google
 * Fonts, which fails offline and draws boxes (see shared STACK.md). So everything outside Latin-1 is turned into
 * Latin-1 here: typographic punctuation into its ASCII twin, accented letters into their base letter (NFKD, marks
 * stripped), and what is left (another script, emoji) into one "?" per run.
 */

const PUNCTUATION: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u2033": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": " - ",
  "\u2015": " - ",
  "\u2212": "-",
  "\u2026": "...",
  "\u2022": "\u00b7",
  "\u2039": "<",
  "\u203a": ">",
  "\u20ac": "EUR",
  "\u2122": "TM",
  "\u0131": "i",
  "\u0141": "L",
  "\u0142": "l",
  "\u0110": "D",
  "\u0111": "d",
  "\u0152": "OE",
  "\u0153": "oe",
  "\u0192": "f",
};

// A private-use character marks what cannot be drawn until runs of it are collapsed.
const UNKNOWN = "\ue000";
const isLatin1 = (c: string) => /^[\u0020-\u007e\u00a0-\u00ff]$/.test(c);

function latinChar(c: string): string {
  // Zero-width characters, joiners and soft hyphens carry nothing visible.
  if (/[\u200b-\u200d\u2060\ufeff\u00ad]/.test(c)) return "";
  if (isLatin1(c)) return c;
  const code = c.codePointAt(0)!;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || /[\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/.test(c))
    return " ";
  const mapped = PUNCTUATION[c];
  if (mapped !== undefined) return mapped;
  const base = c.normalize("NFKD").replace(/\p{M}/gu, "");
  if (base && [...base].every(isLatin1)) return base;
  return UNKNOWN;
}

/** `text` with only Latin-1 characters; `fallback` when nothing readable is left. */
export function latinOnly(text: string, fallback = ""): string {
  let out = "";
  for (const c of text) out += latinChar(c);
  out = out
    // A run of another script, spaces between its words included, becomes one "?".
    .replace(/\ue000(?:[\s\ue000]*\ue000)?/g, "?")
    .replace(/\s+/g, " ")
    .trim();
  return /[\p{L}\p{N}]/u.test(out) ? out : fallback;
}
