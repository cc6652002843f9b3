import type { Claim } from "./extract";
import type { Discrepancy, Label, Located } from "./compare";
import { creditedTo } from "./name-conflicts";
import { speakerPerson } from "./attribution";
import { baseForms, category, isA, sameSense } from "./lexicon";
import { matchQuotes, QUOTES, quoteWords } from "./quotes";
import { words } from "./text";

/**
 * One quotation credited to two different offices: '"The dam is safe," the mayor said' / '"The dam is safe," the city
 * engineer said'. attributionConflict (name-conflicts.ts) compares named people; this compares the office each outlet
 * gives its speaker, whether it names the person too ("Mayor Ann Lee", a role read with the name) or not ("the city
 * engineer"). Only for one statement in the same or nearly the same words (quotes.ts matchQuotes): a paraphrase may be
 * credited to several sources without any outlet being wrong. A speaker that is no person ("police", "the ministry")
 * or a name with no office gives no office, and an office that includes the other ("an official" / "the mayor")
 * does not disagree with it.
 */
export function roleAttributionConflict(members: Located[], label: Label): Discrepancy | null {
  const items = members.flatMap((at) => {
    const office = officeOf(at.claim);
    const quotes = at.claim.quotes.map((q) => quoteWords(q.text)).filter((w) => w.length >= QUOTES.minWords);
    return office && quotes.length ? [{ at, office, quotes, speaker: at.claim.attribution.speaker! }] : [];
  });
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      // Two named people are compared by attributionConflict, and one person's two titles by titleConflict.
      if (a.speaker.named && b.speaker.named) continue;
      if (a.at.ref.article === b.at.ref.article || !otherOffices(a.office, b.office)) continue;
      if (!a.quotes.some((x) => b.quotes.some((y) => matchQuotes(x, y)))) continue;
      return creditedTo(
        items.map(({ speaker, at }) => ({ item: speaker, at })),
        label,
      );
    }
  return null;
}

const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "one"]);
const PREPOSITIONS = new Set(["of", "for", "at", "in", "from", "with", "on", "to", "who", "which", "that"]);

/**
 * The office of a claim's speaker, as one noun: the role read with its name ("Defense Minister Amir Hatami": minister),
 * else the head of the phrase that stands for a person ("the city engineer", "a spokesman for the utility"); null
 * when the speaker is no person or has no office.
 */
export function officeOf(c: Claim): string | null {
  const s = c.attribution.speaker;
  if (!s) return null;
  if (s.named) {
    const role = speakerPerson(c)?.role;
    return role ? (role.split(" ").at(-1) ?? null) : null;
  }
  const ws = words(s.text.toLowerCase());
  const cut = ws.findIndex((w, k) => k > 0 && PREPOSITIONS.has(w));
  const phrase = (cut < 0 ? ws : ws.slice(0, cut)).filter((w) => !DETERMINERS.has(w));
  const head = phrase.at(-1);
  if (!head || !/^\p{Ll}+$/u.test(head)) return null;
  // A person, in a base form: "officials" is an official; "police" is an organisation, not a person.
  return baseForms(head).find((w) => category(w) === "person") ?? null;
}

/** Two offices no one person holds at once: not the same word or sense, and neither a kind of the other. */
function otherOffices(a: string, b: string): boolean {
  if (a === b || sameSense(a, b)) return false;
  return !isA(a, "n", b) && !isA(b, "n", a);
}
