import { describe, expect, it } from "vitest";
import { entityKey, extractEntities, nameWithin, sameEntity, skeleton } from "./entities";
import { splitSentences } from "./nlp";

describe("spelling-insensitive keys", () => {
  it.each([
    ["Ayyoub", "Ayoub"],
    ["Hezbollah", "Hizballah"],
    ["Bashar al-Assad", "Bashar Assad"],
    ["Amir Hatami", "Amir Hatami"],
  ])("%s and %s share a key", (a, b) => {
    expect(entityKey(a)).toBe(entityKey(b));
  });
  it.each([
    ["Sandra", "Sandi"],
    ["Hatami", "Zarif"],
    ["Tehran", "Damascus"],
  ])("%s and %s differ", (a, b) => {
    expect(skeleton(a)).not.toBe(skeleton(b));
  });
});

describe("sameEntity", () => {
  it.each([
    ["htm", "amr htm", true],
    ["amr htm", "htm", true],
    ["amr htm", "amr htm", true],
    ["amr", "amr htm", false],
    ["htm", "zrf", false],
  ])("%s ~ %s → %s", (a, b, expected) => {
    expect(sameEntity(a, b)).toBe(expected);
  });
});

describe("nameWithin", () => {
  it.each([
    ["John G. Roberts Jr.", "John Roberts", true],
    ["Fire Marshal", "Fire Marshal Ann Bond", true],
    ["Ann Bond", "Ann Bond", true],
    ["Ann Bond", "Ann Lee", false],
    ["Robert Smith Jr.", "Robert Smith Sr.", false],
    ["Dana Kessler", "Marcus Obi", false],
  ])("%s within %s: %s", (a, b, expected) => {
    expect(nameWithin(entityKey(a), entityKey(b))).toBe(expected);
  });
});

describe("extractEntities", () => {
  it("finds the name after a title, with offsets", () => {
    const s = "Iranian Defence Minister Amir Hatami met Syrian President Bashar al-Assad in Damascus.";
    const ens = extractEntities(splitSentences(s, 0)[0]!.tokens);
    const texts = ens.map((e) => e.text);
    expect(texts).toContain("Amir Hatami");
    expect(texts.some((t) => t.includes("Assad"))).toBe(true);
    for (const e of ens) expect(s.slice(e.start, e.end)).toBe(e.text);
  });
});

describe("a name an indefinite article introduces is a thing's (entities.afterIndefinite)", () => {
  const typeOf = (s: string, name: string) =>
    extractEntities(splitSentences(s, 0)[0]!.tokens).find((e) => e.text === name)?.type;
  it.each([
    ["The woman was hit by a silver Toyota Camry on Friday.", "Toyota Camry"],
    ["Passengers boarded an Air France jet in Paris.", "Air France"],
    // …and so does "the" ("the Riverton Symphony", "the Hartley Foundation").
    ["Reed joined the Riverton Symphony in 1968.", "Riverton Symphony"],
  ])("%s", (s, name) => {
    expect(typeOf(s, name)).not.toBe("person");
  });
  it("not an article that belongs to the subject before a verb", () => {
    expect(typeOf("A judge sentenced Marcus Bell to ten years.", "Marcus Bell")).toBe("person");
  });
});

describe("names whose surname is also a word", () => {
  const names = (s: string) => extractEntities(splitSentences(s, 0)[0]!.tokens).map((e) => [e.text, e.role]);
  it.each([
    ["Tom Park said the dam is safe.", [["Tom Park", undefined]]],
    ["Police chief Jiwon Park said the dam is safe.", [["Jiwon Park", "police chief"]]],
    ["Coach John Owens resigned on Monday.", [["John Owens", "coach"]]],
    ["Officer Mary Stone said the road was closed.", [["Mary Stone", "officer"]]],
    // A surname that is a title word (entities.titleAsSurname); a title after a country, or before a name, is none.
    ["Sarah Bishop said the dam is safe.", [["Sarah Bishop", undefined]]],
    ["Nadia Dean said the dam is safe.", [["Nadia Dean", undefined]]],
    [
      "US President Joe Biden said the dam is safe.",
      [
        ["US", undefined],
        ["Joe Biden", "president"],
      ],
    ],
  ])("%s", (s, expected) => {
    expect(names(s)).toEqual(expected);
  });
});

describe("a place's name whose last word the tagger reads as a verb or a common word (entities.nameWordInText)", () => {
  const names = (s: string) => extractEntities(splitSentences(s, 0)[0]!.tokens).map((e) => [e.text, e.type]);
  it.each([
    ["The plane crashed near Calder Falls shortly after take-off.", [["Calder Falls", "place"]]],
    ["The fire broke out in Desert Hot Springs on Sunday.", [["Desert Hot Springs", "place"]]],
    ["The boy died at a hospital in Iowa City on Sunday.", [["Iowa City", "place"]]],
    // A headline in title case capitalises its verbs too: they end the name.
    [
      "Hale Wins In Merrow",
      [
        ["Hale", "name"],
        ["Merrow", "place"],
      ],
    ],
  ])("%s", (s, expected) => {
    expect(names(s)).toEqual(expected);
  });
});

describe("a title set off by commas beside a name (entities.appositiveRole)", () => {
  const names = (s: string) => extractEntities(splitSentences(s, 0)[0]!.tokens).map((e) => [e.text, e.role]);
  it.each([
    ["Laura Chen, the company's chief executive, resigned on Friday.", [["Laura Chen", "chief executive"]]],
    ["The company's chief executive, Laura Chen, resigned on Friday.", [["Laura Chen", "chief executive"]]],
    ["Ana Ruiz, chief medical officer of the hospital, said he was stable.", [["Ana Ruiz", "chief medical officer"]]],
    ["Ana Ruiz, the hospital's spokeswoman, said he was stable.", [["Ana Ruiz", "spokeswoman"]]],
    // The field a post is in charge of is part of its title; what it is in ("of the hospital") is not.
    ["Ana Ruiz, the hospital's head of nursing, said he was stable.", [["Ana Ruiz", "head of nursing"]]],
    ["The head of nursing, Ana Ruiz, said he was stable.", [["Ana Ruiz", "head of nursing"]]],
    ["Ana Ruiz, the head of the hospital, said he was stable.", [["Ana Ruiz", "head"]]],
    // A courtesy title between the title and the name.
    ['"He is stable," said the hospital\'s medical director, Dr Ana Ruiz.', [["Ana Ruiz", "medical director"]]],
    ["He is stable, said medical director Dr Ana Ruiz.", [["Ana Ruiz", "medical director"]]],
    // No office: a story has many friends; an age is no title; a clause is no appositive.
    ["A friend, John Smith, said she was kind.", [["John Smith", undefined]]],
    ["Ana Ruiz, 34, was arrested.", [["Ana Ruiz", undefined]]],
    ["Ana Ruiz, the director said, was not there.", [["Ana Ruiz", undefined]]],
  ])("%s", (s, expected) => {
    expect(names(s)).toEqual(expected);
  });
});

describe("a title of nouns right before a name (entities.roleOf)", () => {
  const names = (s: string) => extractEntities(splitSentences(s, 0)[0]!.tokens).map((e) => [e.text, e.role]);
  it.each([
    // "Executive" is no title word alone, but "chief executive" is a title.
    [
      "Halvard chief executive Mira Solberg said the launch failed.",
      [
        ["Halvard", undefined],
        ["Mira Solberg", "chief executive"],
      ],
    ],
    // The nouns before a one-word title say what it is of, opening the sentence too.
    ["Budget committee chair Ana Ruiz opposed the plan.", [["Ana Ruiz", "budget committee chair"]]],
    ["Plant manager Erik Dahl said the tank burst.", [["Erik Dahl", "plant manager"]]],
    ["Police spokesman Tom Hale said the road was closed.", [["Tom Hale", "police spokesman"]]],
  ])("%s", (s, expected) => {
    expect(names(s)).toEqual(expected);
  });
});

describe("a person of a place is a person, and the place a place", () => {
  const names = (s: string) => extractEntities(splitSentences(s, 0)[0]!.tokens).map((e) => e.text);
  it.each([
    ["Tomas Ruiz of Portugal finished second.", ["Tomas Ruiz", "Portugal"]],
    ["Ana Lind of Harlow Foods said sales fell.", ["Ana Lind", "Harlow Foods"]],
    // An organisation's or a title's "of" is part of its name.
    ["The Royal Bank of Scotland said profits fell.", ["Royal Bank of Scotland"]],
    ["The Bank of Canada raised rates.", ["Bank of Canada"]],
  ])("%s", (s, expected) => {
    expect(names(s)).toEqual(expected);
  });
});

describe("the slot a place fills in its clause (EntityMention.slot)", () => {
  const slots = (s: string) => extractEntities(splitSentences(s, 0)[0]!.tokens).map((e) => [e.text, e.slot]);
  it.each([
    ["The victims were taken to Kestrel Vale Hospital.", [["Kestrel Vale Hospital", "take to"]]],
    ["The family moved back to Pellham last year.", [["Pellham", "move back to"]]],
    ["The plane crashed near Dunmore Ridge on Sunday.", [["Dunmore Ridge", "crash near"]]],
    // No verb governs the place: a noun does.
    ["Officials from Dunmore Ridge said the depot burned.", [["Dunmore Ridge", undefined]]],
    ["After the storm, officials in Dunmore Ridge said the depot burned.", [["Dunmore Ridge", undefined]]],
    // A word that says how the act left its object is part of the slot.
    ["The driver was found dead near Dunmore Ridge.", [["Dunmore Ridge", "find dead near"]]],
    // After an object or a time, the verb and the preposition.
    ["The council approved the plan on Friday in Pellham.", [["Pellham", "approve in"]]],
    ["The singer died at a motel in Pellham, the coroner said.", [["Pellham", "die in"]]],
    // What a verb of saying is followed by is what was said: the place is the men's, not the saying's.
    ["The sheriff said the men in Pellham were armed.", [["Pellham", undefined]]],
    // A titled name has its title, not a slot.
    [
      "Mayor Ellen Park was taken to Kestrel Vale Hospital.",
      [
        ["Ellen Park", undefined],
        ["Kestrel Vale Hospital", "take to"],
      ],
    ],
  ])("%s", (s, expected) => {
    expect(slots(s)).toEqual(expected);
  });
});
