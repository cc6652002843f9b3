import { describe, expect, it } from "vitest";
import {
  countedKind,
  countsAlike,
  extractQuantities,
  LIFE_YEARS,
  overlaps,
  sameMeasure,
  type Quantity,
} from "./quantity";
import { splitSentences } from "./nlp";

const q = (s: string): Quantity[] => extractQuantities(s, 0, splitSentences(s, 0)[0]!.tokens);
const one = (s: string): Quantity => {
  const r = q(s);
  expect(r).toHaveLength(1);
  return r[0]!;
};

describe("extractQuantities: ranks and what an amount is of", () => {
  it.each([
    ["Ruiz became the 30th Mayor of Dover in 2019.", "30th", "mayor", undefined],
    ["The crash happened at 97th Avenue.", "97th", "", undefined],
    ["Ruiz broke Hale's club record of 310 goals.", "310", "goal", "record"],
    ["Hale's record of 301 was set in 2010.", "301", "record", undefined],
    ["The suit was brought on behalf of 1.5 million workers.", "1.5 million", "worker", "behalf"],
    ["The budget of $5 million was approved.", "$5 million", "usd", undefined],
  ])("%s: %s counts %j of %j", (s, text, unit, of) => {
    const r = q(s).find((x) => x.text === text)!;
    expect([r.unit, r.of]).toEqual([unit, of]);
  });
});

describe("extractQuantities: fractions of a scale", () => {
  it.each([
    ["The insurer offered half a million dollars.", "half a million", 500_000],
    ["The insurer offered a quarter of a million dollars.", "a quarter of a million", 250_000],
    ["In all two and a half million people voted.", "two and a half million", 2_500_000],
    ["Three quarters of a million people live in the valley.", "Three quarters of a million", 750_000],
    ["He lived half a mile away.", "half a mile", 0.5],
  ])("%s: %s = %d", (s, text, value) => {
    const r = q(s).find((x) => x.text.toLowerCase().includes(text.toLowerCase()))!;
    expect([r.text, r.low, r.high]).toEqual([text, value, value]);
  });
});

describe("extractQuantities: what happened, said around the count", () => {
  it.each([
    ["The eruption forced 4,200 people from their homes.", "4,200", "evacuated"],
    ["Three people were treated for breathing problems.", "Three", "injured"],
    ["No injuries have been reported.", "No injuries", "injured"],
    // Neither a home visited nor a clinic's year of patients.
    ["He visited 40 people in their homes.", "40", ""],
    ["The clinic has treated 40 patients this year.", "40", ""],
    // Treated, where the sentence says no one was hurt, is no count of the hurt.
    ["No one was injured, but three passengers were treated for shock.", "three", ""],
  ])("%s: %s %j", (s, text, event) => {
    const r = q(s).filter((x) => x.text === text);
    expect(r.map((x) => x.event)).toContain(event);
  });
});

describe("extractQuantities: temperatures", () => {
  it.each([
    ["Temperatures reached 47C in the city.", [["47", 47, "celsius"]]],
    ["Thermometers hit -5C overnight.", [["-5", -5, "celsius"]]],
    ["It was 104F in the shade.", [["104", 104, "fahrenheit"]]],
    ["It was 47 degrees Celsius.", [["47", 47, "celsius"]]],
    ["The passenger in Seat 12F was hurt.", []],
    ["The B52 landed safely.", []],
  ])("%s", (s, expected) => {
    expect(q(s).map((x) => [x.text, x.low, x.unit])).toEqual(expected);
  });
});

describe("extractQuantities: people counted by other nouns", () => {
  it.each([
    ["The storm claimed four lives.", "people", "dead"],
    ["Lifeguards saved four lives.", "people", ""],
    ["The town has a population of 12,000.", "people", ""],
    ["The city has 12,000 inhabitants.", "people", ""],
    ["A pack of 300 wolves lives in the park.", "wolve", ""],
    // Pounds of money, by the words around them.
    ["Kerr is suspected of accepting bribes worth 250,000 pounds.", "gbp", ""],
    ["He was fined 5,000 pounds.", "gbp", ""],
    ["Police seized 1,200 pounds of cocaine.", "pound", ""],
    // An act's noun before "of" is what happened to them, as its verb is.
    ["The fire forced the evacuation of 3,500 residents.", "resident", "evacuated"],
  ])("%s: %s, %j", (s, unit, event) => {
    const r = q(s)[0]!;
    expect([r.unit, r.event]).toEqual([unit, event]);
  });
});

describe("extractQuantities: others, and a figure before 'and a'", () => {
  it.each([
    ["Two people died and 11 others were injured.", "people", "injured"],
    ["The quake killed six children and left 14 others trapped.", "child", ""],
    ["Eleven others were hurt.", "other", "injured"],
  ])("'others' count what the sentence counted before them: %s", (s, unit, event) => {
    const r = q(s).at(-1)!;
    expect([r.unit, r.event, r.noun]).toEqual([unit, event, "others"]);
  });

  it.each([
    [
      "A man aged 67 and a woman aged 34 were killed.",
      [
        [67, 67],
        [34, 34],
      ],
    ],
    ["Between 40 and a hundred people were hurt.", [[40, 100]]],
  ])("reads no range whose end is an article: %s", (s, ranges) => {
    expect(q(s).map((x) => [x.low, x.high])).toEqual(ranges);
  });
});

describe("extractQuantities: sums for each one of something, and currencies written as words", () => {
  it.each([
    ["Halvorsen will pay 14.50 euros a share in cash.", "eur/share"],
    ["Workers earn $15 an hour.", "usd/hour"],
    ["Oil rose to $90 per barrel.", "usd/barrel"],
    ["The firm earns $5 million a year.", "usd/year"],
    ["Brightwater's shares jumped 28% to 14.10 euros in Amsterdam trading.", "eur"],
    ["He paid $300 a month ago.", "usd"],
    ["The fine was 500,000 yen.", "jpy"],
    ["The company set up a 250 million euro retraining fund.", "eur"],
    ["Officials announced a 40 billion rupee flood relief package.", "inr"],
    // Wire copy's abbreviations of a scale.
    ["Revenue: €1.92 bln.", "eur"],
    // A sum for each person, however the person is called.
    ["Users will receive about $17 each.", "usd/each"],
    ["The lawyers estimate about $11 per claimant.", "usd/each"],
    ["The payment is $11 per person.", "usd/each"],
    ["The players were paid 500 euros apiece.", "eur/each"],
  ])("%s: %s", (s, unit) => {
    expect(q(s).at(-1)!.unit).toBe(unit);
  });
});

describe("extractQuantities: the size of a crowd, and a game's minute", () => {
  it.each([
    ["A crowd of 82,000 watched at Central Stadium.", "82,000", "crowd"],
    ["The attendance was 84,000.", "84,000", "crowd"],
    ["The crowd numbered about 6,000.", "about 6,000", "crowd"],
    ["The town's population was 12,000.", "12,000", "people"],
    ["Some 5,000 marched through the city.", "Some 5,000", ""],
    ["Luis Moreno scored the winner in the 88th minute.", "88th", "minute"],
  ])("%s", (s, text, unit) => {
    const r = q(s).find((x) => x.text === text)!;
    expect(r.unit).toBe(unit);
  });

  it("keeps an ordinal after 'in the' that is no minute a part, not a value", () => {
    expect(q("Lopez scored 9 points in the second half.").map((x) => x.text)).toEqual(["9"]);
  });
});

describe("extractQuantities: a harm named by its noun after the verb that gives it", () => {
  it.each([
    ["Five officers were treated for minor injuries.", "slightly injured"],
    ["Six officers suffered injuries.", "injured"],
    ["Five officers were at the scene on Monday.", ""],
    // …or the verb a passive says they were made to do, in its base form.
    ["Some 2,000 people were told to evacuate.", "evacuated"],
    ["More than 3,000 residents were forced to flee.", "evacuated"],
    ["Some 2,000 people were told to wait.", ""],
  ])("%s: %j", (s, event) => {
    expect(q(s)[0]!.event).toBe(event);
  });
});

describe("extractQuantities: scales, temperatures and points", () => {
  it.each([
    ["Revenue was €1.92 bln.", 1.92e9, "eur"],
    ["The loss was €214 mln.", 2.14e8, "eur"],
    ["Temperatures passed 1,000C near the lorry.", 1000, "celsius"],
    ["The load factor fell 3.1 percentage points.", 3.1, "percentage point"],
    ["The share fell 3.1 percent.", 3.1, "percent"],
  ])("%s: %d %s", (s, value, unit) => {
    expect(q(s).map((x) => [x.low, x.unit])).toContainEqual([value, unit]);
  });
});

describe("extractQuantities: a harm's grade", () => {
  it.each([
    ["Two people were seriously injured in the collision.", "Two", "seriously injured"],
    ["Three people suffered critical injuries.", "Three", "seriously injured"],
    ["Four passengers were slightly hurt.", "Four", "slightly injured"],
    ["Five passengers were hurt.", "Five", "injured"],
    // No one hurt badly says nothing of the dead; no one hurt at all does.
    ["No one was seriously injured.", "No one", "seriously injured"],
  ])("%s: %s %j", (s, text, event) => {
    expect(
      q(s)
        .filter((x) => x.text === text)
        .map((x) => x.event),
    ).toEqual([event]);
  });
});

describe("sameMeasure: a graded harm against the harm ungraded", () => {
  const one = (s: string) => q(s).find((x) => x.event !== "dead")!;
  it.each([
    ["Forty people were injured.", "Three people were seriously injured.", false],
    ["No one was injured.", "Two passengers suffered minor injuries.", true],
    ["Five officers were hurt.", "Seven officers suffered minor injuries.", true],
    ["Five officers were hurt.", "Two officers suffered minor injuries.", false],
    ["Two people were seriously injured.", "Six people were slightly injured.", false],
    ["Two people were seriously injured.", "No one was seriously injured.", true],
  ])("%s / %s: %s", (a, b, same) => {
    expect(sameMeasure(one(a), one(b))).toBe(same);
    expect(sameMeasure(one(b), one(a))).toBe(same);
  });
});

describe("extractQuantities: dozens and parts", () => {
  it.each([
    ["Two dozen people were arrested.", 20, 28],
    ["More than two dozen people were arrested.", 24.012, 36],
    ["A dozen people were arrested.", 10, 14],
  ])("%s: %d to %d", (s, low, high) => {
    const r = q(s)[0]!;
    expect([r.low, r.high, r.unit]).toEqual([low, high, "people"]);
  });

  it("gives what happened to the part, not the whole: 'Twelve of the 30 passengers were hurt'", () => {
    expect(q("Twelve of the 30 passengers were hurt.").map((x) => [x.low, x.event])).toEqual([
      [12, "injured"],
      [30, ""],
    ]);
    expect(q("Of the 30 passengers, 12 were injured.").map((x) => [x.low, x.event])).toEqual([
      [30, ""],
      [12, "injured"],
    ]);
  });

  // A temperature written with its letter is one amount; a conversion in brackets after a qualified amount restates it
  // and is left out, after an exact one it stays.
  it.each([
    ["The reading of 46.2C was a record.", ["46.2 celsius"]],
    ["Temperatures will stay above 40C (104F) until Friday.", ["above 40 celsius"]],
    ["The slide broke away at about 2,650 metres (8,700 feet).", ["about 2,650 metre"]],
    ["The quake hit at a depth of 10 kilometers (6 miles).", ["10 km", "6 mile"]],
  ])("%s", (s, expected) => {
    expect(q(s).map((x) => `${x.text} ${x.unit}`)).toEqual(expected);
  });

  // A part counts what its whole counts, past a possessive and the whole's own number, and is shown with its whole.
  it.each([
    ["The firm will close two of its five regional offices.", "office", "of its five regional offices"],
    ["Three of the firm's 30 stores closed.", "store", "of the firm's 30 stores"],
    ["Five of the six people arrested appeared in court.", "people", "of the six people"],
    ["Dozens of people were hurt.", "people", "of people"],
  ])("%s", (s, unit, noun) => {
    expect([q(s)[0]!.unit, q(s)[0]!.noun]).toEqual([unit, noun]);
  });
});

describe("extractQuantities: scores and votes", () => {
  it.each([
    ["Lopez made it 45-35 with 13:41 to go.", [["45-35", "tally", undefined]]],
    ["The council voted 7–2 to close the road.", [["7–2", "tally", undefined]]],
    ["The Senate passed the bill by a 71-to-40 vote.", [["71-to-40", "tally", undefined]]],
    ["Ortiz defeated Hale by a vote of 71 to 40.", [["71 to 40", "tally", undefined]]],
    ["The council voted 7 to 2 to close the road.", [["7 to 2", "tally", undefined]]],
    ["The Hawks went on a 9-2 run.", [["9-2", "tally", "run"]]],
    ["He was sentenced to 46-57 months.", [["46-57", "month", undefined]]],
    ["The bill passed the Senate by 62 votes to 38.", [["62 votes to 38", "tally", undefined]]],
    [
      "MPs backed the motion, with 310 in favour and 250 against.",
      [["310 in favour and 250 against", "tally", undefined]],
    ],
    ["It was carried 9 for, 5 against.", [["9 for, 5 against", "tally", undefined]]],
    ["The motion was defeated by 3 votes to 8.", [["3 votes to 8", "tally", undefined]]],
  ])("%s", (s, expected) => {
    expect(q(s).map((x) => [x.text, x.unit, x.of])).toEqual(expected);
  });

  it("reads '71 to 40' as the tally '71-to-40', and a change 'from 64 to 36' as no tally", () => {
    expect(one("Ortiz won by a vote of 71 to 40.").low).toBe(one("Ortiz won by a 71-to-40 vote.").low);
    expect(one("Ortiz won by 71 votes to 40.").low).toBe(one("Ortiz won by a 71-to-40 vote.").low);
    expect(one("The price fell from 64 to 36 dollars.").unit).toBe("usd");
  });

  it("keeps both counts of a score: 45-35 and 45-36 do not agree, 45-35 and 45-35 do", () => {
    const [a, b, c] = ["45-35", "45-36", "45-35"].map((t) => one(`It was ${t} at the break.`));
    expect(overlaps(a!, b!)).toBe(false);
    expect(overlaps(a!, c!)).toBe(true);
  });
});

describe("extractQuantities: units and lengths", () => {
  it.each([
    ["Iran sent a delegation on a two-day visit.", "day", 2, 2],
    ["The seven-year-long civil war has ruined the country.", "year", 7, 7],
    ["Iran will build 20,000 housing units in Syria.", "housing", 20000, 20000],
    ["The contract is worth $5,687.75 in total.", "usd", 5687.75, 5687.75],
    ["He was sentenced to 46 to 57 months in prison.", "month", 46, 57],
  ])("%s → unit %s [%d, %d]", (s, unit, low, high) => {
    const r = one(s);
    if (unit !== "housing") expect(r.unit).toBe(unit);
    expect([r.low, r.high]).toEqual([low, high]);
  });

  it.each([
    ["Delegations from 13 countries attended.", "13", "country", "countries"],
    ["Dozens of people were hurt in the blast.", "Dozens", "people", "of people"],
    ["Prices rose 5% last year.", "5", "percent", "%"],
    ["The seven-year-long civil war has ruined the country.", "seven", "year", "-year-long"],
    ["A 550-member delegation arrived in Damascus.", "550", "delegation", "-member delegation"],
    ["The team built a 10-point lead at halftime.", "10", "point lead", "-point lead"],
    // A building's storeys are its extent, in either spelling.
    ["The fire gutted a 12-storey building.", "12", "storey", "-storey"],
    ["The fire gutted a 14-story tower.", "14", "storey", "-story"],
    ["The arena held four loyal fan bases.", "four", "base", "fan bases"],
    ["Three police officers were hurt.", "Three", "officer", "police officers"],
    ["The epicentre was 34 miles west of the town.", "34", "mile", "miles"],
    ["He spent 20 years jail time.", "20", "year", "years"],
    ["Voters gave the mayor a 20-vote margin.", "20", "vote margin", "-vote margin"],
    ["He was offered a hundred billion dollars.", "a hundred billion", "usd", "dollars"],
    ["The bill came to $4,272.78 in total.", "$4,272.78", "usd", ""],
  ])("%s → %s with noun %s written %j", (s, text, unit, noun) => {
    const r = one(s);
    expect([r.text, r.unit, r.noun]).toEqual([text, unit, noun]);
  });

  it("reads no unit for a number whose noun is another number's compound", () => {
    const found = q("He made two traditional three-point plays.");
    expect(found.map((q) => [q.text, q.unit])).toEqual([
      ["two", ""],
      ["three", "point play"],
    ]);
  });

  it.each([
    ["The quake struck at a depth of just six miles.", "depth"],
    ["The quake originated six miles beneath the surface.", "depth"],
    ["The quake hit 10 km deep in the mountains.", "depth"],
    ["The epicentre was 55 kilometres (34 miles) west of the town of Bireun.", "distance"],
    ["The ship sank 300 metres offshore.", "distance"],
    ["The village lies 20 km from the coast.", "distance"],
    ["He walked 5 miles in the rain.", ""],
  ])("%s → a length measuring %j", (s, event) => {
    expect(q(s).map((x) => x.event)).toEqual(s.includes("(34") ? [event, event] : [event]);
  });
});

describe("extractQuantities: events, offsets and intervals", () => {
  it.each([
    [
      "Four people died and 40 people were injured in the blast.",
      [
        ["Four", "dead"],
        ["40", "injured"],
      ],
    ],
    [
      "The blast killed nine people and injured 70 people.",
      [
        ["nine", "dead"],
        ["70", "injured"],
      ],
    ],
    [
      "The blast killed 5, injuring 40 others.",
      [
        ["5", "dead"],
        ["40", "injured"],
      ],
    ],
  ])("%s → each number's own casualty word", (s, expected) => {
    expect(q(s).map((x) => [x.text, x.event])).toEqual(expected);
  });

  it("offsets point at the written number", () => {
    const s = "Iran will build 20,000 housing units in Syria.";
    const r = one(s);
    expect(s.slice(r.start, r.end)).toBe(r.text);
    expect(r.text).toBe("20,000");
  });

  it("tags what happened to what was counted", () => {
    const r = q("The blast hit the market, killing at least five people and injuring dozens.");
    expect(r.map((x) => [x.text, x.event])).toEqual([
      ["at least five", "dead"],
      ["dozens", "injured"],
    ]);
    expect(r[0]!.unit).toBe("people");
  });

  it.each([
    // A comma or a dash ends the number's phrase: the casualty word after it is the next number's.
    [
      "The gunman shot four people, killing two.",
      [
        ["four", ""],
        ["two", "dead"],
      ],
    ],
    [
      "The storm flattened six houses \u2013 killing three \u2013 overnight.",
      [
        ["six", "damaged"],
        ["three", "dead"],
      ],
    ],
    // …while a casualty word inside the phrase still counts ("24 dead", "four people killed").
    [
      "A landslide left 24 dead and 200 injured.",
      [
        ["24", "dead"],
        ["200", "injured"],
      ],
    ],
    ["Four people were killed, police said.", [["Four", "dead"]]],
  ])("%s: what happened to whom", (s, expected) => {
    expect(q(s).map((x) => [x.text, x.event ?? ""])).toEqual(expected);
  });

  it.each([
    ["A magnitude-6.1 earthquake struck the province.", "6.1"],
    ["The quake measured magnitude 5.4, officials said.", "5.4"],
    ["A 6.1-magnitude quake hit the coast.", "6.1"],
    ["The quake measured magnitude at 5.4, officials said.", "5.4"],
    ["The quake measured 5.8 on the Richter scale.", "5.8"],
  ])("%s: a magnitude written before or after its reading", (s, text) => {
    const r = one(s);
    expect([r.text, r.unit, r.low]).toEqual([text, "magnitude", Number(text)]);
  });

  it("does not read weapon models as amounts", () => {
    const r = q("The fighters carried AK-47 rifles across the border.");
    expect(r.some((x) => x.low === 47 || x.high === 47)).toBe(false);
  });

  it("does not read a calendar year as an amount", () => {
    expect(q("The war began in 2011 and continues.")).toEqual([]);
  });

  it.each([
    ["more than 1,000 Iranians attended.", "hundreds of people attended.", false],
    ["dozens of people attended.", "24 people attended.", true],
    ["a dozen people attended.", "12 people attended.", true],
    ["at least 12 people died.", "15 people died.", false],
    ["about 400 people attended.", "420 people attended.", true],
    // About a figure is within a fifth of it: "about 100" is no 150, though 150 rounds to 100.
    ["About 100 people attended.", "About 150 people attended.", false],
    ["About 100 people attended.", "About 120 people attended.", true],
    // "Almost" and "nearly" are close below the figure, by a tenth of it at most.
    ["The project got almost $10 million.", "The project got $9.5 million.", true],
    ["The project got almost $10 million.", "The project got $2 million.", false],
    ["Nearly 300 people were hurt.", "290 people were hurt.", true],
    ["Nearly 300 people were hurt.", "220 people were hurt.", false],
    // An upper bound is given as the figure: two different ones, or one and a plain figure under it, differ.
    ["The suit covers up to 1.6 million women.", "The suit covers 1.5 million women.", false],
    ["The suit covers as many as 1.5 million women.", "The suit covers up to 1.6 million women.", false],
    ["Up to 400 people attended.", "As many as 400 people attended.", true],
    ["He faces up to 20 years in prison.", "He faces 20 years in prison.", true],
    ["He faces up to 20 years in prison.", "He faces up to 15 years in prison.", false],
    ["As many as 30 people were hurt.", "Up to 30 people were hurt.", true],
    ["At most 30 people attended.", "29 people attended.", true],
    // A round figure agrees with the exact one it rounds, at its own precision; a figure of one significant digit
    // ("1,000") or under a thousand says too little to tell rounding from another count.
    ["He bought a $43,000 watch.", "He bought a $43,350 watch.", true],
    ["The deal is worth $120 million.", "The deal is worth $121.4 million.", true],
    ["The deal is worth $120 million.", "The deal is worth $126 million.", false],
    ["He spent $5,687.75 on the trip.", "He spent $5,587.75 on the trip.", false],
    ["The army sent 1,000 troops.", "The army sent 1,200 troops.", false],
    ["The tsunami killed 230,000 people.", "The tsunami killed 170,000 people.", false],
    ["The hall seats 2,100 people.", "The hall seats 2,129 people.", true],
    ["The hall seats 150 people.", "The hall seats 154 people.", false],
    // A threshold bounds a value: "above" and "below" are open on one side, and two thresholds never differ.
    ["Temperatures will stay above 40C.", "Highs of 43C are expected.", true],
    ["Temperatures will stay above 40C.", "Highs of 38C are expected.", false],
    ["Avalanches are likely on slopes above 2,200 metres.", "The slab broke away at 2,350 metres.", true],
    ["Temperatures will stay above 40C.", "The temperature did not fall below 31C.", true],
    // Two round figures are each outlet's choice: one fact only if one rounds the other.
    ["Around 600 workers walked out.", "About 650 workers walked out.", false],
    ["Around 600 workers walked out.", "Some 640 workers walked out.", true],
    ["About 600 workers walked out.", "Around 600 workers walked out.", true],
    ["About 600 workers walked out.", "620 workers walked out.", true],
  ])("overlaps(%s, %s) → %s", (a, b, expected) => {
    expect(overlaps(one(a), one(b))).toBe(expected);
  });
});

describe("extractQuantities: values the issue found misread or missed", () => {
  const read = (s: string) => q(s).map((x) => [x.text, x.low, x.high, x.unit, x.event]);
  it.each<[string, string, Array<[string, number, number, string, string]>]>([
    // Zero is a count: of what happened, and nobody hurt is nobody killed either.
    [
      "zero hurt",
      "No one was hurt in the blast on Monday, police said.",
      [
        ["No one", 0, 0, "people", "dead"],
        ["No one", 0, 0, "people", "injured"],
      ],
    ],
    ["zero arrested", "Nobody was arrested after the march on Friday.", [["Nobody", 0, 0, "people", "arrested"]]],
    [
      "zero injuries",
      "No injuries were reported after the storm on Tuesday.",
      [
        ["No injuries", 0, 0, "", "dead"],
        ["No injuries", 0, 0, "", "injured"],
      ],
    ],
    [
      "zero casualties",
      "There were no casualties in the raid, the army said.",
      [
        ["no casualties", 0, 0, "", "dead"],
        ["no casualties", 0, 0, "", "injured"],
      ],
    ],
    [
      "zero of a counted noun",
      "No civilians were killed in the raid on Monday.",
      [["No civilians", 0, 0, "civilian", "dead"]],
    ],
    ["'no' before what is not counted", "There is no evidence of a crime, police said on Monday.", []],
    ["'no comment'", "The mayor had no comment on Monday.", []],
    [
      "'no one else' says nothing of the dead",
      "Eight people were killed and no one else was hurt.",
      [
        ["Eight", 8, 8, "people", "dead"],
        ["no one", 0, 0, "people", "injured"],
      ],
    ],
    ["'No.' is a number sign", "No. 5 seed Ohio State won on Friday.", [["5", 5, 5, "seed", ""]]],
    // Money with its scale as a suffix; a suffix without a currency is not read as millions.
    ["$45m", "The firm paid $45m for the startup last week.", [["$45m", 45e6, 45e6, "usd", ""]]],
    ["£3.2bn", "The deal is worth £3.2bn to the owners.", [["£3.2bn", 3.2e9, 3.2e9, "gbp", ""]]],
    ["a length, not millions", "A 45m yacht sank on Monday.", []],
    // A vague count of a scale.
    [
      "several hundred",
      "Several hundred people attended the vigil on Sunday.",
      [["Several hundred", 300, 900, "people", ""]],
    ],
    ["a few thousand", "A few thousand fans waited outside.", [["A few thousand", 2000, 5000, "fan", ""]]],
    // An age set off by commas.
    ["an age after a name", "Ana Ruiz, 32, was charged on Monday.", [["32", 32, 32, "age", ""]]],
    ["an age after a noun", "The driver, 27, was held overnight.", [["27", 27, 27, "age", ""]]],
    ["a count after a comma is not an age", "In Paris, 27 people died on Monday.", [["27", 27, 27, "people", "dead"]]],
    // An ordinal says which part something happened in, or ranks someone.
    ["which half", "Lopez scored 9 points in the second half.", [["9", 9, 9, "point", ""]]],
    ["which quarter", "The lead grew midway through the third quarter.", []],
    ["which of someone's", "He hit a jumper with his 11th shot of the night.", []],
    ["which of a team's", "Ohio ’ s first goal came late.", [["first", 1, 1, "goal", ""]]],
    ["a rank", "Ortiz became the 12th mayor of the city.", [["12th", 12, 12, "mayor", ""]]],
    ["a place without a determiner", "She finished in second place.", [["second", 2, 2, "place", ""]]],
    // Halves and alternatives.
    ["half of one", "She lived half a mile away.", [["half a mile", 0.5, 0.5, "mile", "distance"]]],
    ["a whole and a half", "He served two and a half years in prison.", [["two and a half", 2.5, 2.5, "year", ""]]],
    [
      "the half after the unit",
      "She lived a mile and a half away.",
      [["a mile and a half", 1.5, 1.5, "mile", "distance"]],
    ],
    ["one number or the next", "One or two people were hurt.", [["One or two", 1, 2, "people", "injured"]]],
  ])("%s: %s", (_, s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});

describe("extractQuantities: what an ordinal counts", () => {
  it.each([
    ["It was the coach's 40th win at the club.", "win"],
    ["It was the team's second run of the night.", "run"],
    ["It was her 12th goal of the season.", "goal"],
  ])("%s counts %s", (s, unit) => {
    expect(q(s).map((x) => x.unit)).toEqual([unit]);
  });

  it.each([
    ["He won the first round but lost the second.", ["round", "round"]],
    ["He lost the second round after winning the first.", ["round", "round"]],
    // Not an ordinal of no noun after another word than "the".
    ["She finished second, a year after she won the first race.", ["", "race"]],
  ])("an ordinal whose noun is elided: %s", (s, units) => {
    expect(q(s).map((x) => x.unit)).toEqual(units);
  });
});

describe("extractQuantities: casualties of any noun for people (quantity-nouns.isHuman)", () => {
  it.each([
    ["Five firefighters were injured in the blaze.", "firefighter", "injured"],
    ["Three nurses were killed in the attack.", "nurse", "dead"],
    ["Police arrested 40 protesters on Friday.", "protester", "arrested"],
    // Arrests counted by their noun count the people arrested, as deaths count the dead.
    ["Police made 46 arrests on Friday.", "", "arrested"],
    ["The carmaker knew of three injuries linked to the fault.", "", "injured"],
    ["The agency recorded four fatalities on the road.", "", "dead"],
    ["Officers took 39 people into custody on Friday.", "people", "arrested"],
    // Casualty words describe people and buildings, not the countries around them.
    ["The tsunami killed 230,000 people in 14 countries.", "country", ""],
  ])("%s: %s, %s", (s, unit, event) => {
    const r = q(s).find((x) => x.unit === unit)!;
    expect(r.event).toBe(event);
  });
});

describe("extractQuantities: a life term is a term in years", () => {
  it.each([
    ["Doyle was sentenced to life in prison on Friday.", [["sentenced to life", LIFE_YEARS, "year"]]],
    ["The inmate was serving a life sentence for murder.", [["life sentence", LIFE_YEARS, "year"]]],
    ["He was given life imprisonment.", [["life imprisonment", LIFE_YEARS, "year"]]],
    // A possible penalty is no term given.
    ["Doyle faces up to life in prison if convicted.", []],
    ["The charge carries a maximum sentence of life in prison.", []],
    // A time served is a part of the term: the term is not stated as a value of its own.
    ["He had served 20 years of a life sentence.", [["20", 20, "year"]]],
  ])("%s", (s, expected) => {
    expect(q(s).map((x) => [x.text, x.low, x.unit])).toEqual(expected);
  });
});

describe("extractQuantities: a nautical mile is its own unit", () => {
  it.each([
    ["The tanker was hijacked 120 nautical miles off the coast.", "nautical", "distance"],
    ["The ship sank some 40 nautical miles from port.", "nautical", "distance"],
    ["The boat sank 12 miles offshore.", "mile", "distance"],
  ])("%s", (s, unit, event) => {
    expect(q(s).map((x) => [x.unit, x.event])).toEqual([[unit, event]]);
  });
});

describe("extractQuantities: a bare count after a verb counts what the count before it counts", () => {
  it.each([
    ["Ortiz scored 21 points and Hale added 14.", ["point", "point"]],
    ["Ortiz led with 21 points, while Hale had 14 for the visitors.", ["point", "point"]],
    ["Police seized 12 cars and returned 4 on Monday.", ["car", "car"]],
    // Not after money, and not where a noun follows or no verb comes before.
    ["The firm paid $5 million and Smith paid 3.", ["usd", ""]],
    ["Ortiz scored 21 points and Hale 14.", ["point", ""]],
    ["Ortiz scored 21 points and grabbed 14 rebounds.", ["point", "rebound"]],
  ])("%s", (s, units) => {
    expect(q(s).map((x) => x.unit)).toEqual(units);
  });
});

describe("extractQuantities: a square length is an area", () => {
  it.each([
    ["The warehouse covered 12,000 square feet.", "square foot"],
    ["The fire destroyed a 12,000-square-foot warehouse.", "square foot"],
    ["The park covers 104 square kilometres.", "square km"],
    ["The flat measures 80 sq metres.", "square metre"],
    ["The tower is 120 feet tall.", "foot"],
  ])("%s", (s, unit) => {
    expect(q(s).map((x) => x.unit)).toEqual([unit]);
  });
});

describe("extractQuantities: a length per hour is a speed", () => {
  it.each([
    ["The car was going 50 mph.", "mph"],
    ["The car was going 50 miles per hour.", "mph"],
    ["Winds of 30 miles an hour toppled trees.", "mph"],
    ["The 30-mile-an-hour winds toppled trees.", "mph"],
    ["The train reached 80 km/h.", "kph"],
    ["The train reached 80 kilometres an hour.", "kph"],
    ["The train reached 80 kph.", "kph"],
    // The hour belongs to another phrase: a distance.
    ["They walked 5 miles and an hour later rested.", "mile"],
    ["The pipeline runs 80 kilometres across the plain.", "km"],
  ])("%s: %s", (s, unit) => {
    expect(q(s)[0]!.unit).toBe(unit);
  });
});

describe("an age given by its decade", () => {
  it.each([
    ["The victim, a man in his 60s, was found on Monday.", "in his 60s", 60, 69],
    ["Ana Ruiz, in her early thirties, was arrested.", "in her early thirties", 30, 33],
    ["The couple, both in their mid-20s, were unhurt.", "in their mid-20s", 23, 27],
    ["A woman in her late 70's was taken to hospital.", "in her late 70's", 76, 79],
  ])("%s", (s, text, low, high) => {
    const age = q(s).find((x) => x.unit === "age")!;
    expect([age.text, age.low, age.high]).toEqual([text, low, high]);
  });

  it("reads no age from a decade of the calendar", () => {
    expect(q("The law dates from the 1960s and was revised in the 90s.").filter((x) => x.unit === "age")).toEqual([]);
  });
});

describe("what counts count (countedKind, countsAlike)", () => {
  it.each([
    ["student", "pupil", true, true],
    ["child", "kid", true, true],
    // Only first senses are one measure: a floor's is the one walked on, a storey's a level of a building.
    ["storey", "floor", false, true],
    // A kind and its kind are alike for alignment, but are not one measure: "four vehicles, including three cars".
    ["car", "vehicle", false, true],
    ["survivor", "people", false, true],
    ["point", "rebound", false, false],
  ])("%s / %s: one measure %s, alike %s", (x, y, oneMeasure, alike) => {
    expect(countedKind(x) === countedKind(y)).toBe(oneMeasure);
    expect(countsAlike(x, y)).toBe(alike);
  });
});

describe("extractQuantities: a measure in two units of one system is one amount (compound-measures.ts)", () => {
  it.each<[string, Array<[string, number, string]>]>([
    ["The suspect is 6 feet 2 inches tall, police said.", [["6 feet 2", 6 + 2 / 12, "foot"]]],
    ["Police described the suspect as 5-foot-10.", [["5-foot-10", 5 + 10 / 12, "foot"]]],
    ["The center stands six-foot-two.", [["six-foot-two", 6 + 2 / 12, "foot"]]],
    ["The baby weighed 7 pounds 6 ounces.", [["7 pounds 6", 7 + 6 / 16, "pound"]]],
    ["The baby weighed 7 lb 6 oz.", [["7 lb 6", 7 + 6 / 16, "pound"]]],
    ["He was sentenced to two years and six months in prison.", [["two years and six", 2.5, "year"]]],
    ["The flight lasted 1 hour 20 minutes.", [["1 hour 20", 1 + 20 / 60, "hour"]]],
    // Three units, each the next one's sixty.
    ["She ran 2 hours 6 minutes 38 seconds.", [["2 hours 6 minutes 38", 2 + 6 / 60 + 38 / 3600, "hour"]]],
    // A time with seconds is how long something took, as its three units say.
    ["She won the race in 2:06:38 on Sunday.", [["2:06:38", 2 + 6 / 60 + 38 / 3600, "hour"]]],
    [
      "The wall is 10 feet high and 3 inches thick.",
      [
        ["10", 10, "foot"],
        ["3", 3, "inch"],
      ],
    ],
    [
      "He was jailed for 5 years, and 6 months later he appealed.",
      [
        ["5", 5, "year"],
        ["6", 6, "month"],
      ],
    ],
  ])("%s", (s, want) => {
    expect(q(s).map((x) => [x.text, x.low, x.unit])).toEqual(want);
  });
});

describe("extractQuantities: a plural in '-es' counts its singular", () => {
  it.each([
    ["Police recorded 12 crashes on the road.", "crash"],
    ["The city bought 40 buses last year.", "bus"],
    ["The storm damaged 30 houses.", "building"],
    ["Rangers found 12 niches in the cliff.", "niche"],
  ])("%s: %s", (s, unit) => {
    expect(q(s)[0]!.unit).toBe(unit);
  });
});
