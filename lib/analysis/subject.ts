import type { Discrepancy } from "./compare";
import type { Claim } from "./extract";
import type { Quantity } from "./quantity";
import { derivations, frequencyRank, isKnown } from "./lexicon";
import { isNamedHolder } from "./units";

/** The measures of what outlets say of a named person beside the name: the row is about that person. */
const PERSON_FACETS = new Set(["title", "home", "party", "relation", "nationality"]);

/**
 * A short headline for a discrepancy, from what its values are about: "Date of Amir Hatami's visit", "Death toll",
 * "Ana Ortiz's points", "Wording of the quote". Built from the basis (holder, event, measure), never from a
 * story's own words beyond the names and event word it states.
 */
export function subjectOf(d: Discrepancy): string {
  const b = d.basis;
  const holder = b?.holder ? possessive(b.holder) : "";
  switch (d.kind) {
    case "date": {
      // "The worst spill in the region since 1999": the year since which it is the worst ("Worst since").
      if (b?.measure === "precedent" && b.event) return `${b.event.charAt(0).toUpperCase()}${b.event.slice(1)} since`;
      // "born" is lemmatised "bear", whose commonest derived noun is "bearing": a date of it is a birth.
      const event = b?.event === "bear" ? "birth" : b?.event ? eventNoun(b.event) : "";
      const what = b?.measure === "time" ? "Time" : "Date";
      if (!event) return holder ? `${what} (${b!.holder})` : what;
      return `${what} of ${holder || "the "}${event}`;
    }
    case "number": {
      const what = measureName(b?.event, b?.measure);
      // "Jesse Jackson's amount (USD)": the measure's first letter only, not its unit's.
      return holder ? `${holder}${what.charAt(0).toLowerCase()}${what.slice(1)}` : what;
    }
    case "quote":
      return holder ? `Wording of ${holder}words` : "Wording of the quote";
    case "entity":
      // What outlets say of a person beside the name is about the person: titles (titles.ts), where the person lives
      // or comes from (homes.ts), a political party (parties.ts), a relation to someone (kin.ts), a nationality
      // (nationalities.ts). Other entity conflicts are about who holds a role.
      if (b?.measure && PERSON_FACETS.has(b.measure)) {
        const what = `${b.measure.charAt(0).toUpperCase()}${b.measure.slice(1)}`;
        return b.holder ? `${what} of ${b.holder}` : what;
      }
      // Names in one slot of a clause (name-conflicts.ts): "taken to St Mary's Hospital" / "… Royal Free Hospital".
      if (b?.measure === "slot" && b.event) return `Named after “${b.event}”`;
      // One relative named two ways (kin.ts): "Name of Jackson's wife".
      if (b?.measure === "relative" && b.event) return `Name of ${b.event}`;
      return b?.measure ? `Name of the ${b.measure}` : "Name";
    case "attribution":
      return "Who said it";
    case "statement": {
      // "A passenger ferry's catch" named the act of "caught fire"; the values are compass points, and say what.
      if (b?.measure === "direction") return b.holder ? `Direction (${b.holder})` : "Direction";
      // "Whether the bomb exploded" reads better than any noun WordNet offers for an event word alone.
      // A state rather than an act ("the suspect was not armed"): no verb to name the deed by.
      if (b?.event && !b.event.includes(" ") && !isKnown(b.event, "v"))
        return `Whether ${b.holder ? b.holder.replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase()) : "it"} was ${b.event}`;
      const event = b?.event ? eventNoun(b.event) : "";
      if (!event) return holder ? `What ${b!.holder} did` : "What happened";
      return `${holder ? holder.charAt(0).toUpperCase() + holder.slice(1) : "The "}${event}`;
    }
  }
}

/** One outlet's statement in a row: its claim and the part of it the row shows (a fact row's clause). */
export interface RowStatement {
  article: number;
  claim: Claim;
  start: number;
  end: number;
}

/**
 * What a row whose outlets do not disagree is about, when the analysis can name it as it names a discrepancy: an
 * amount that at least two of the row's outlets, and at least half of them, state alike, of a measure a headline
 * names by itself: a toll ("Death toll", "Number injured"), a sum of money or a percentage, and in a fact row (a row
 * built around one value) an age. Undefined otherwise, which is most rows, and the page shows a row's own leading
 * words instead. Tried on the seed and the development stories (2026-12): subjects built from any value of a
 * sentence, or from a date and its clause's event word, named the wrong thing more often than the right one ("Kms",
 * "Date of Bush's make", "Date of Stephen's lynching" for Stephen Lynch), and an age in a sentence about something
 * else ("Ruth Okafor, 59, had just parked her car") is not what the row is about.
 */
export function agreedSubject(statements: RowStatement[], factRow: boolean): string | undefined {
  const outlets = new Set(statements.map((s) => s.article)).size;
  const found = new Map<string, { articles: Set<number>; first: number; d: Discrepancy }>();
  const named = (q: Quantity) =>
    Object.hasOwn(EVENTS, q.event) || (Object.hasOwn(MEASURES, q.unit) && (factRow || q.unit !== "age"));
  statements.forEach((s, order) => {
    const c = s.claim;
    for (const q of c.quantities) {
      if (q.start < s.start || q.end > s.end || q.ordinal || !named(q)) continue;
      const key = `${q.unit}|${q.low}|${q.high}|${q.event}`;
      let f = found.get(key);
      if (!f) {
        const u = q.fact === undefined ? undefined : c.units?.[q.fact];
        const holder = u?.holderText && isNamedHolder(u.holder) ? { holder: u.holderText } : {};
        const basis = { ...holder, event: q.event || undefined, measure: q.unit || undefined, signals: {} };
        const d: Discrepancy = { kind: "number", detail: "", values: [], basis };
        found.set(key, (f = { articles: new Set(), first: order * 1e7 + q.start, d }));
      }
      f.articles.add(s.article);
    }
  });
  const best = [...found.values()]
    .filter((f) => f.articles.size >= 2 && f.articles.size * 2 >= outlets)
    .sort((a, b) => b.articles.size - a.articles.size || a.first - b.first)[0];
  return best && subjectOf(best.d);
}

const EVENTS: Record<string, string> = {
  dead: "Death toll",
  injured: "Number injured",
  "seriously injured": "Number seriously injured",
  "slightly injured": "Number slightly injured",
  missing: "Number missing",
  damaged: "Buildings damaged",
  evacuated: "Number evacuated",
  arrested: "Number arrested",
  depth: "Depth",
  distance: "Distance",
};
const MEASURES: Record<string, string> = {
  usd: "Amount (USD)",
  eur: "Amount (EUR)",
  gbp: "Amount (GBP)",
  jpy: "Amount (JPY)",
  inr: "Amount (INR)",
  time: "Number of times",
  // A crowd counted as people by one outlet and by another noun (fact-pairs.ts onePeopleCount): not "Peoples".
  people: "Number of people",
  // "A crowd of 82,000", "the attendance was 84,000" (quantity-nouns.ts).
  crowd: "Size of the crowd",
  percent: "Percentage",
  age: "Age",
  mph: "Speed (mph)",
  kph: "Speed (km/h)",
  knot: "Speed (knots)",
  // Units of one dimension (conversions.ts) against each other: the row is about the dimension.
  length: "Length",
  speed: "Speed",
  mass: "Weight",
  area: "Area",
  temperature: "Temperature",
  duration: "Duration",
  km: "Length (km)",
  mile: "Length (miles)",
  metre: "Length (metres)",
  foot: "Length (feet)",
  kg: "Weight (kg)",
  pound: "Weight (pounds)",
  tonne: "Weight (tonnes)",
  ton: "Weight (tons)",
  hectare: "Area (hectares)",
  acre: "Area (acres)",
  celsius: "Temperature (°C)",
  fahrenheit: "Temperature (°F)",
};

function measureName(event: string | undefined, measure: string | undefined): string {
  if (event && Object.hasOwn(EVENTS, event)) return EVENTS[event]!;
  if (measure && Object.hasOwn(MEASURES, measure)) return MEASURES[measure]!;
  if (measure) return capitalise(plural(measure));
  return "Number";
}

const IRREGULAR = new Map([
  ["man", "men"],
  ["woman", "women"],
  ["person", "people"],
  ["child", "children"],
  ["foot", "feet"],
  ["tooth", "teeth"],
  ["mouse", "mice"],
  ["life", "lives"],
]);
/** The plural of a noun as a headline shows it: "points", "women", "casualties". */
function plural(noun: string): string {
  const last = noun.split(" ").pop()!;
  const head = noun.slice(0, noun.length - last.length);
  if (IRREGULAR.has(last)) return head + IRREGULAR.get(last)!;
  if (/(?:s|x|z|ch|sh)$/.test(last)) return last.endsWith("s") && !/ss$/.test(last) ? noun : `${noun}es`;
  if (/[^aeiou]y$/.test(last)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const possessive = (name: string) => (/s$/i.test(name) ? `${name}' ` : `${name}'s `);

/** Nouns that name the doer, not the deed ("visitor", "signer", "approbative"). */
const AGENT = /(?:er|or|ant|ent|ist|ee|ive|ory|able|ible)$/;

/**
 * The noun that names an event verb's deed ("approve" → "approval", "die" → "death", "visit" → "visit"): the
 * commonest of the nouns WordNet derives from it, else the verb's "-ing" form.
 */
export function eventNoun(verb: string): string {
  const nouns = derivations(verb, { pos: "v" })
    .filter((x) => x.pos === "n" && !AGENT.test(x.lemma) && !x.lemma.includes("_"))
    .map((x) => x.lemma);
  const known = nouns.filter((n) => frequencyRank(n) !== undefined);
  if (known.length) return known.sort((a, b) => frequencyRank(a)! - frequencyRank(b)! || (a < b ? -1 : 1))[0]!;
  // A phrasal verb's particle follows its -ing form: "go down" → "going down", "step down" → "stepping down".
  const [head, ...particle] = verb.split(" ");
  return [ingForm(head!), ...particle].join(" ");
}

function ingForm(verb: string): string {
  if (/ie$/.test(verb)) return `${verb.slice(0, -2)}ying`;
  if (/[^aeiou]e$/.test(verb) && verb.length > 2) return `${verb.slice(0, -1)}ing`;
  // One syllable ending consonant-vowel-consonant doubles its last letter: "stop" → "stopping"; the "u" of "qu" is
  // no vowel: "quit" → "quitting".
  if (/^(?:qu|[^aeiou])*[aeiou][bdgklmnprt]$/.test(verb)) return `${verb}${verb.slice(-1)}ing`;
  return `${verb}ing`;
}
