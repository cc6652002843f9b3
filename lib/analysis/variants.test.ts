import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";

const variantsOf = (...texts: string[]) =>
  analyzeStory({ articles: texts.map((text) => ({ text })) }).variants.map((v) => v.forms);

describe("story-wide name variants", () => {
  it.each([
    [
      "a transliteration across outlets",
      [
        "Syrian Defense Minister Ali Abdullah Ayyoub met the delegation in Damascus.",
        "His counterpart Ali Abdullah Ayoub praised the agreement on Sunday.",
      ],
      { "Ali Abdullah Ayyoub": [0], "Ali Abdullah Ayoub": [1] },
    ],
    [
      "an organisation spelled two ways",
      [
        "The militias, including Hezbollah, have backed the army for years.",
        "Iran-backed militias, including the Lebanese Hizballah movement, have backed the army.",
      ],
      { Hezbollah: [0], Hizballah: [1] },
    ],
    [
      "a surname with a letter added at its end",
      [
        "The captain, Mirko Dravic, was questioned by police on Wednesday.",
        "The ferry's captain, Mirko Dravich, was questioned by police on Wednesday.",
      ],
      { "Mirko Dravic": [0], "Mirko Dravich": [1] },
    ],
    [
      "a given name transliterated two ways (not a short form of it)",
      [
        "Police chief Mohammed al-Rashid said the attackers fled.",
        "Police chief Muhammad al-Rashid said the attackers fled.",
      ],
      { "Mohammed al-Rashid": [0], "Muhammad al-Rashid": [1] },
    ],
    [
      "a surname spelled as it sounds, two letters apart (Double Metaphone)",
      [
        "A spokeswoman, Irina Volkov, said the clinic would reopen on Monday.",
        "Irina Volkoff, a spokeswoman for the clinic, said it would reopen on Monday.",
      ],
      { "Irina Volkov": [0], "Irina Volkoff": [1] },
    ],
  ])("reports %s", (_name, texts, forms) => {
    expect(variantsOf(...texts)).toContainEqual(forms);
  });

  it.each([
    [
      "a country and its demonym",
      ["Iran will keep its forces in Syria for now.", "Iranian forces have backed the government in Syria."],
    ],
    [
      "an abbreviation written with and without dots",
      ["The U.S. offer was rejected by the government.", "The US offer was rejected by the government."],
    ],
    [
      "a people's name and its adjective",
      ["The Kurd leaders met on Monday in the city.", "Kurdish leaders met on Monday in the city."],
    ],
    [
      "a name with and without its article",
      ["Bashar al-Assad welcomed the visit on Monday.", "Bashar Assad welcomed the visit on Monday."],
    ],
    [
      "two different short names",
      ["China said it welcomed the talks between the two Koreas.", "Chun Hae-sung said the talks had been productive."],
    ],
    [
      "two surnames that sound alike but are three letters apart",
      ["Coach Dana Jensen praised the defence on Sunday.", "Coach Dana Johnson praised the defence on Sunday."],
    ],
    [
      "words of two places' names, each written only inside its name",
      [
        "The ship sailed from Puerto Arvelo to the Port of Castellan on Tuesday.",
        "The ship called at Porto Lise before it reached the Port of Castellan on Tuesday.",
      ],
    ],
    [
      "forms used by one article only",
      ["The Al Mayadeen channel said the minister told Mayadeen reporters about the plan."],
    ],
  ])("does not report %s", (_name, texts) => {
    expect(variantsOf(...texts)).toEqual([]);
  });
});

describe("name variants the spelling key does not fold", () => {
  it.each([
    [
      "a given name written two ways",
      [
        "Fire chief Jon Owen said the roof caught fire at once.",
        "John Owen, the city's fire chief, said the roof burned.",
      ],
      { "John Owen": [1], "Jon Owen": [0] },
    ],
    [
      "a given name written two ways, one after a title at the sentence's start",
      ["Coach John Owens resigned on Monday.", "The coach, Jon Owens, resigned on Monday."],
      { "John Owens": [0], "Jon Owens": [1] },
    ],
    [
      "a surname after a rank abbreviated",
      ["Det. Sgt. Maria Kowalski led the inquiry.", "The inquiry was led by Sergeant Maria Kowalsky."],
      { "Maria Kowalski": [0], "Maria Kowalsky": [1] },
    ],
    [
      "a given name with one more letter",
      ["He and his wife Stacy have two sons.", "The event was attended by his wife, Stacey, and their sons."],
      { Stacey: [1], Stacy: [0] },
    ],
    [
      "a word of a place's name, misspelled inside the same name",
      ["He trained for six months on Parris Island in 1970.", "He trained for six months on Paris Island in 1970."],
      { Parris: [0], Paris: [1] },
    ],
    [
      "a town misspelled",
      ["The driver, from Schenectady, was arrested.", "Police said the driver is from Schnectady."],
      { Schenectady: [0], Schnectady: [1] },
    ],
  ])("reports %s", (_name, texts, forms) => {
    expect(variantsOf(...texts)).toContainEqual(forms);
  });

  it.each([
    ["a short form of a given name", ["Bill Turner resigned on Monday.", "William Turner resigned on Monday."]],
    ["two countries one letter apart", ["Troops left Iran on Monday.", "Troops left Iraq on Monday."]],
    ["two people with one surname", ["Mark Jones spoke first.", "Sarah Jones spoke first."]],
  ])("does not report %s", (_name, texts) => {
    expect(variantsOf(...texts)).toEqual([]);
  });
});
