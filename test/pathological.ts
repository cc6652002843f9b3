/**
 * Articles that once held the server (hardening issue, finding 1), and articles as heavy as the limits allow. The API
 * tests send the first kind and expect a 422 naming the limit; the system tests send both kinds to a production
 * server and time the other requests meanwhile.
 */
import { LIMIT_MESSAGES } from "../lib/analysis/limits";

/** A made-up word for `i`: "baa", "bab", …; capitalised, a name. */
export function madeUpWord(i: number, capital = false): string {
  let s = "";
  for (let n = i + 26 * 26; n > 0; n = Math.floor(n / 26)) s = String.fromCharCode(97 + (n % 26)) + s;
  return capital ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** `item(0) + item(1) + …` cut at `length` characters. */
export function repeatTo(length: number, item: (i: number) => string): string {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < length; i++) {
    const s = item(i);
    parts.push(s);
    n += s.length;
  }
  return parts.join("").slice(0, length);
}

export interface Pathological {
  name: string;
  text: string;
  /** The limit it exceeds: the message the answer gives for its text. */
  message: string;
}

/** The four inputs of the issue. Before the limits: 10+ minutes, 46 s, and seconds of the request thread each. */
export function pathologicalArticles(): Pathological[] {
  return [
    {
      name: "one 200,000-character word",
      text: `Officials said the word was ${repeatTo(199_950, (i) => madeUpWord(i))} today.`,
      message: LIMIT_MESSAGES.wordCharacters,
    },
    {
      name: "40 KB of bare numbers",
      text: repeatTo(40_000, (i) => `${i + 1} `).trim(),
      message: LIMIT_MESSAGES.numbersPerSentence,
    },
    {
      name: "10,000 one-line sentences",
      text: Array.from({ length: 10_000 }, (_, i) => `${madeUpWord(i, true)} saw it.`).join("\n"),
      message: LIMIT_MESSAGES.sentences,
    },
    {
      name: "50,000 names",
      // Three letters each (the made-up words of 0 to 16,899), so that they fit in 200,000 characters.
      text: Array.from({ length: 50_000 }, (_, i) => madeUpWord(i % 16_900, true)).join(" "),
      message: LIMIT_MESSAGES.words,
    },
  ];
}

/**
 * Articles just within the limits that still take seconds to extract (measured on a loaded two-core machine, 2026-11):
 * what the time budget and the worker threads are for.
 */
export function heavyArticles(): Array<{ name: string; text: string }> {
  return [
    {
      name: "200 KB of 500-character words",
      text: repeatTo(199_000, (i) => `The word was ${repeatTo(480, (k) => madeUpWord(k + i))} today. `).trimEnd(),
    },
    {
      name: "19,990 names in one sentence",
      text: `The list names ${Array.from({ length: 19_990 }, (_, i) => madeUpWord(i, true)).join(" ")} and others.`,
    },
    {
      name: "1,000 one-line sentences",
      text: Array.from({ length: 1_000 }, (_, i) => `${madeUpWord(i, true)} saw the car leave town.`).join("\n"),
    },
    {
      name: "100 numbers in each of 10 sentences",
      text: Array.from(
        { length: 10 },
        (_, i) => `${Array.from({ length: 100 }, (_, k) => String(3_000 + i * 100 + k)).join(" ")}.`,
      ).join("\n"),
    },
  ];
}
