import { describe, expect, it } from "vitest";
import { splitSentences } from "./nlp";

const split = (text: string, offset = 0) => splitSentences(text, offset).map((s) => text.slice(s.start, s.end));

// Some cases wink-nlp already gets right on its own; they stay as guards for the rules that mend its breaks.
describe("splitSentences keeps a sentence whole across", () => {
  it.each([
    ["a title wink does not know", "The choir sang for the Rev. Ann Molloy on Sunday. She wept."],
    ["two titles", "He thanked Maj. Gen. Ray Fox and Sgt. Maj. Lee Hart. Both left early."],
    ["ranks wink does not know", "Pvt. Joe Lane and Cpl. Sam Roe were hurt. Both recovered."],
    ["police titles", "He spoke to Supt. Mary Lowe and Insp. Tom Ray. They agreed."],
    ["a congressman's title", "The nominee will be former Cong. Rob Vale or Amb. Ann Lee. Both ran before."],
    ["a title before a number", "The crew of Sgt. 1st Class Ian Bell was relieved. Nobody complained."],
    [
      "a party tag before a lower-case verb",
      "Sen. Jane Doe (R-Ore.) voted against the bill on Monday. She called it rushed.",
    ],
    ["a spaced state abbreviation", "Rep. Tom Vale (R-S. C.) and Rep. Amy Ng (D-N. C.) met on Tuesday. They agreed."],
    ["a spaced state abbreviation before a capital", "The memo reached Sen. Bo Tate (R-S. C.) late. He read it."],
    ["an exclamation inside a quotation", 'He shouted "Stop! Stop the truck!" and ran toward it. Nobody was hurt.'],
    ["a question inside a quotation", '"Is the bridge safe?" she asked the engineer. He did not answer.'],
    [
      "a question and its speaker tag",
      "\u201cWho pays for the repairs?\u201d Justice Mara Quill asked. The lawyer paused.",
    ],
    ["a decimal in a compound", "In 1998, a magnitude-7.4 earthquake struck the coast. Thousands fled."],
    [
      "a decimal with no leading zero",
      "His blood alcohol level was .11 percent, over the limit of .08. He was charged.",
    ],
    [
      "a token corpus's spaced decimal",
      "The test showed a level of. 11 percent, over the limit of. 08 percent. He was charged.",
    ],
    ["a spaced p. m. before a preposition", "The blast came at 7 p. m. on Friday near the docks. Police arrived."],
    [
      "a spaced a. m. before a time zone",
      "It struck at 04:12 a. m. UTC (1:12 a. m. EDT), officials said. Nothing fell.",
    ],
    ["spaced initials of a country", "The U. S. Geological Survey put the depth at 9 miles. No warning followed."],
    ["spaced initials of a state", "A driver from Troy, N. Y., allegedly fled the scene. He was caught."],
    ["a middle initial", "Witnesses saw Carla J. Menzies leave at noon. She returned later."],
    ["a month before a day", "The trial opens on Sept. 14 in Dover. It may last a week."],
    ["a number abbreviation", "The No. 3 seed lost 61-58 in overtime. Fans left quietly."],
    ["a book title with an exclamation and a colon", "She wrote Run Now!: A Guide to Leaving in 2004. It sold well."],
    ["a.m. before a weekday", "The ferry left at 9 a.m. Tuesday from Dover. It sank."],
    ["a length in metres before a name", "The 45m. Varn tower stood empty. It fell."],
  ])("%s", (_, text) => {
    const got = split(text);
    expect(got).toHaveLength(2);
    expect(got.join(" ")).toBe(text);
  });
});

describe("splitSentences still ends a sentence", () => {
  it.each([
    ["after a state abbreviation before a new sentence", "He was born in Tulsa, Okla. He moved to Reno in 1980."],
    [
      "after a spaced a. m. before a word that starts sentences",
      "The fire was out by 6:40 a. m. The building is a loss.",
    ],
    ["after a.m. before a word that starts sentences", "The fire was out by 6:40 a.m. The building is a loss."],
    ["after a spaced p. m. before a pronoun", "Dr. Ann Lo treated Capt. Ian Wu at 4 p. m. He lived."],
    ["after U.S. before a word that starts sentences", "The last troops left the U.S. The move was final."],
    ["after a company suffix", "The mill was bought by Varn Inc. The new owners closed it."],
    ["after a closed quotation", '"We are finished," he said. "The season is over."'],
    ["after a number", "The vote was 61 to 38. The bill now goes to the House."],
    ["after a sum in millions", "Acme bought the startup for $120m. The deal closes in May."],
    ["after a sum in millions before a name", "Acme bought the startup for $120m. Residents were surprised."],
    ["after a sum in billions before a name", "The state paid £3bn. Ministers defended the price."],
    ["after p.m. before a title", "The fire was out at 1:20 p.m. Mr Lund said the crews were tired."],
    ["after a temperature's letter", "Temperatures passed 1,000C. The crews pulled back."],
  ])("%s", (_, text) => {
    expect(split(text)).toHaveLength(2);
  });
});

describe("splitSentences tokens", () => {
  it("keeps every offset exact, with the block's offset added", () => {
    const text =
      "At 7 p. m. the Rev. Ann Molloy, of Troy, N. Y., said a magnitude-6.2 quake hit. \u201cRun!\u201d she said.";
    const offset = 40;
    const article = " ".repeat(offset) + text;
    for (const s of splitSentences(text, offset)) {
      expect(s.start).toBe(s.tokens[0]!.start);
      expect(s.end).toBe(s.tokens[s.tokens.length - 1]!.end);
      for (const t of s.tokens) expect(article.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it.each([
    ["In 1998, a magnitude-7.4 earthquake struck the coast.", "magnitude-7.4"],
    ["His blood alcohol level was .11 percent.", ".11"],
  ])("mends a number the break cut: %s", (text, token) => {
    const [s] = splitSentences(text, 0);
    expect(s!.tokens.map((t) => t.text)).toContain(token);
  });

  it.each([
    ["The fire raged for hours.", "raged", "rage"],
    ["Students staged a sit-in.", "staged", "stage"],
    ["He is taping the call.", "taping", "tape"],
    // A doubled consonant keeps the short stem; a stem plus "e" that is no verb is left alone.
    ["She tapped the glass.", "tapped", "tap"],
    ["They visited the site.", "visited", "visit"],
    ["The shop opened late.", "opened", "open"],
  ])("gives a verb that lost its 'e' its lemma: %s", (text, word, lemma) => {
    const token = splitSentences(text, 0)[0]!.tokens.find((t) => t.text === word);
    expect(token?.lemma).toBe(lemma);
  });

  it.each([
    ["Rescuers pulled twelve survivors from the rubble.", "NOUN"],
    ["Traffic will return to the bridge in May.", "NOUN"],
    ["Smith will return to the bridge in May.", "PROPN"],
    ["Turkey will return the ships in May.", "PROPN"],
    ["Five dead in mountain quake.", "NUM"],
  ])("reads a capitalised word opening a sentence as a common noun only when it is no name: %s", (text, pos) => {
    expect(splitSentences(text, 0)[0]!.tokens[0]!.pos).toBe(pos);
  });

  it.each([
    ["The new mayor was sworn in at a special live broadcast on Sunday.", "live", "ADJ"],
    ["The verdict came during a live hearing.", "live", "ADJ"],
    ["Reporters watched the team win games.", "win", "VERB"],
    ["The families live near the river.", "live", "VERB"],
    ["The factory will close in June, putting 450 workers out of work.", "close", "VERB"],
    ['"We did not close the north trail," the ranger said.', "close", "VERB"],
    ["The firm does not expect further cuts this year.", "expect", "VERB"],
    ["The museum will soon open its doors to visitors.", "open", "VERB"],
    ["It will be difficult to reach the village.", "difficult", "ADJ"],
    ["The marshal made no finding as to the cause of the blaze.", "cause", "NOUN"],
    ["He idolised his older brother, a friend said.", "idolised", "VERB"],
    ["The heat was so intense it melted the paint on the doors.", "melted", "VERB"],
    ["The injured people were taken to a hospital.", "injured", "ADJ"],
    ["Powerful quake strikes northern province", "strikes", "VERB"],
    ["A strong earthquake strikes the island, killing two people.", "strikes", "VERB"],
    ["A strong quake strikes the island in a region hit by a tsunami in 2004.", "strikes", "VERB"],
    ["Garcia fuels Rovers past United in cup opener", "fuels", "VERB"],
    ["Lena Ortiz, who stars as the detective, said she was thrilled.", "stars", "VERB"],
    ["The tax rises for families were approved on Monday.", "rises", "NOUN"],
    ["Police officers rescue dogs from fire", "dogs", "NOUN"],
    ["A crowd of 82,000 watched at the stadium.", "watched", "VERB"],
    ["Some 5,000 marched through the city.", "marched", "VERB"],
    ["He grabbed seven rebounds.", "rebounds", "NOUN"],
    ["Two died and 12 injured in the blast.", "injured", "NOUN"],
    ["Rovers fans overtook the gates before the match.", "overtook", "VERB"],
    ["Ortiz, who co-wrote a 2004 book with her sister, resigned.", "co-wrote", "VERB"],
    ["The city's ground floor was flooded.", "ground", "NOUN"],
    ["A fast-moving wildfire has burned 900 acres.", "moving", "ADJ"],
    ["A well-known singer has died.", "known", "ADJ"],
    ["Crews fought a wildfire that has scorched 900 acres.", "scorched", "VERB"],
    ["The company has 14,000 employees.", "has", "VERB"],
    ["Hale joined the orchestra in 1968 and retired in 1998.", "retired", "VERB"],
    ["Workers will walk out on Monday.", "Workers", "NOUN"],
    ["Families fled after the Orla river burst its banks.", "burst", "VERB"],
    ["When the firm cut its staff, shares fell.", "cut", "VERB"],
    ["Police gave the man his phone back.", "man", "NOUN"],
    ["The dog bowl its owner bought was red.", "bowl", "NOUN"],
  ])(
    "mends the tags of verbs in noun phrases, after modals, articles and subject pronouns, and of a verbless clause's verb: %s",
    (text, word, pos) => {
      const tokens = splitSentences(text, 0)[0]!.tokens;
      expect(tokens.find((t) => t.text === word)!.pos).toBe(pos);
    },
  );

  it.each([
    ["Hale ’ s coach said the record stood.", "’ s", "’s", "PART"],
    ["I couldn ’ t believe it, the coach said.", "’ t", "n't", "PART"],
    ["They won ' t stop the game.", "' t", "n't", "PART"],
    ["He said it ’ s over.", "’ s", "’s", "AUX"],
  ])(
    "reads an apostrophe set apart by spaces with its letter, as wink reads it unspaced: %s",
    (text, token, lower, pos) => {
      const t = splitSentences(text, 0)[0]!.tokens.find((x) => x.text === token)!;
      expect([t.lower, t.pos]).toEqual([lower, pos]);
    },
  );

  it("reads a clause whose auxiliary's negation is set apart by spaces as negated", () => {
    const tokens = splitSentences("I couldn ’ t believe it.", 0)[0]!.tokens;
    expect(tokens.map((t) => `${t.lower}/${t.pos}`).slice(0, 3)).toEqual(["i/PRON", "could/AUX", "n't/PART"]);
  });

  it("reads 'lives' after a plural noun and before a preposition as the verb: '300 wolves lives in the park'", () => {
    const tokens = splitSentences("A pack of 300 wolves lives in the park.", 0)[0]!.tokens;
    expect(tokens.find((t) => t.text === "lives")!.pos).toBe("VERB");
  });

  it("joins a title and its full stop into one token, as wink does for the titles it knows", () => {
    const text = "The choir sang for the Rev. Ann Molloy on Sunday.";
    expect(splitSentences(text, 0)[0]!.tokens.map((t) => t.text)).toContain("Rev.");
  });

  it("gives a closing mark set apart by a space to the sentence it closes", () => {
    expect(split('" We lost everything . " The crowd went home .')).toEqual([
      '" We lost everything . "',
      "The crowd went home .",
    ]);
  });

  it("gives the same sentences for the same text", () => {
    const text =
      "Sen. Jane Doe (R-Ore.) voted no. \u201cWhy?\u201d she asked. A magnitude-7.4 quake hit at 3 a. m. Friday.";
    expect(splitSentences(text, 0)).toEqual(splitSentences(text, 0));
  });
});

describe("a common noun opening a sentence", () => {
  it.each([
    ["Workers will walk out on Monday.", "worker"],
    ["Rescuers pulled two bodies from the river.", "rescuer"],
    ["News of the deal spread quickly.", "news"],
  ])("has its singular as its lemma: %s", (text, lemma) => {
    expect(splitSentences(text, 0)[0]!.tokens[0]!.lemma).toBe(lemma);
  });
});
