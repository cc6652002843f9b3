import type { IngestArticle } from "../lib/stories/schema";

/**
 * `count` articles of `sentences` short sentences each (five made-up words), no word used twice across them all: no
 * claim aligns with another, so every sentence is a sole-source row of its own and a story of them has
 * `count × sentences` rows. The same arguments give the same articles; `from` starts the words elsewhere, for
 * articles that differ from an earlier call's.
 */
export function distinctSentenceArticles(
  count: number,
  sentences: number,
  urlPrefix: string,
  from = 0,
): IngestArticle[] {
  const syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "ze", "pi", "gu", "sa", "be", "do", "fi", "ho", "ju"];
  const word = (n: number) => {
    let w = "";
    do {
      w += syllables[n % syllables.length];
      n = Math.floor(n / syllables.length);
    } while (n > 0);
    return `${w}x`;
  };
  let next = from;
  return Array.from({ length: count }, (_, a) => {
    const text = Array.from({ length: sentences }, () => {
      const words = Array.from({ length: 5 }, () => word(next++)).join(" ");
      return `${words[0]!.toUpperCase()}${words.slice(1)}.`;
    }).join(" ");
    return { text, outlet: `Outlet ${a + 1}`, url: `${urlPrefix}/${a}` };
  });
}
