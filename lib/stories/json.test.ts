import { describe, expect, it } from "vitest";
import { extractionSchema, storedValue, termCountsSchema } from "./json";

const at = { table: "Article", column: "extraction", id: "a1" };
const claim = { key: "k", start: 0, end: 6, text: "Sunday", paragraph: 0, times: [], quantities: [], entities: [] };
const extraction = { referenceDate: "2018-08-26", dateline: null, furniture: [], claims: [claim], words: 8 };

// The extraction's top level is checked, its claims only for being objects (json.ts says why).
const cases: Array<{ name: string; value: unknown; expected: RegExp | null }> = [
  { name: "an extraction of the current version", value: extraction, expected: null },
  // Version 0 (decision 016): claims without units and lemmas, which the analysis reads with `?? []`.
  {
    name: "an extraction of version 0",
    value: { ...extraction, claims: [{ key: "k", text: "Sunday" }] },
    expected: null,
  },
  // A rollback reads rows of a newer version for what it knows of them.
  {
    name: "an extraction with a top-level field of a newer version",
    value: { ...extraction, lang: "en" },
    expected: null,
  },
  {
    name: "an extraction without its claims",
    value: { ...extraction, claims: undefined },
    expected: /^broken row in Article\.extraction, id "a1": claims: /,
  },
  {
    name: "claims that are not objects",
    value: { ...extraction, claims: ["Sunday"] },
    expected: /^broken row in Article\.extraction, id "a1": claims\.0: /,
  },
  {
    name: "a column that is not an extraction",
    value: "[]",
    expected: /^broken row in Article\.extraction, id "a1": /,
  },
];

describe("storedValue on an article's extraction", () => {
  it.each(cases)("$name", ({ value, expected }) => {
    if (expected) expect(() => storedValue(extractionSchema, value, at)).toThrow(expected);
    else expect(storedValue(extractionSchema, value, at)).toEqual(value);
  });
});

const terms: Array<{ name: string; value: unknown; ok: boolean }> = [
  { name: "counts by term", value: { damascus: 3, "~minister": 2 }, ok: true },
  { name: "no terms", value: {}, ok: true },
  { name: "a count that is text", value: { damascus: "3" }, ok: false },
  { name: "a list", value: ["damascus"], ok: false },
  { name: "null", value: null, ok: false },
];

describe("storedValue on a story's terms", () => {
  it.each(terms)("$name", ({ value, ok }) => {
    const read = () => storedValue(termCountsSchema, value, { table: "Story", column: "terms", id: "s1" });
    if (ok) expect(read()).toBe(value);
    else expect(read).toThrow(/^broken row in Story\.terms, id "s1": not a map of term counts$/);
  });
});
