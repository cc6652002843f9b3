import { describe, expect, it } from "vitest";
import { analyzeExtractions, analyzeStory, type Analysis } from "./analyze";
import { extractArticle } from "./extract";
import { ALIGN } from "./align";
import { FACTS, partOf } from "./fact-values";
import type { ArticleInput } from "./schema";

const run = (...articles: Array<Partial<ArticleInput> & { text: string }>): Analysis => analyzeStory({ articles });
const PUB = "2018-08-28";

/** A story of invented articles, one text each, all published on PUB. */
const storyOf = (...texts: string[]): Analysis => run(...texts.map((text) => ({ text, publishedAt: PUB })));

/** The conflicts of one kind of a story of two invented articles, each as "a vs b". */
const conflictsOf = (kind: "number" | "date") => (a: string, b: string) =>
  storyOf(a, b).groups.flatMap((g) =>
    g.discrepancies.filter((d) => d.kind === kind).map((d) => d.values.map((v) => v.value).join(" vs ")),
  );
const numbers = conflictsOf("number");
const dates = conflictsOf("date");

describe("a wide story", () => {
  // 150 outlets: most print one of two wordings of a death toll of 12, a few print 15. The candidate search and the
  // fact pairing read only part of so many claims (ALIGN.postingCap, FACTS.pairsPerRow); they must lose no conflict.
  const wordings = [
    (i: number) => `The blast killed at least 12 people in the market on Tuesday, police told reporter ${i}.`,
    (i: number) => `At least 12 people died when a bomb went off in the crowded market, officials told reporter ${i}.`,
    (i: number) => `The death toll from the market blast rose to 15 on Tuesday, hospital staff told reporter ${i}.`,
  ];
  const items = Array.from({ length: 150 }, (_, i) => {
    const input: ArticleInput = {
      outlet: `Outlet ${i + 1}`,
      url: `https://outlet-${i + 1}.example/blast`,
      title: null,
      publishedAt: PUB,
      text: wordings[i % 10 === 9 ? 2 : i % 2]!(i),
    };
    return { input, extraction: extractArticle(input) };
  });
  const conflicts = (a: Analysis) =>
    a.groups.flatMap((g) =>
      g.discrepancies
        .filter((d) => d.kind === "number")
        .map((d) => d.values.map((v) => [v.value, v.articles.length].join(":")).sort()),
    );

  it("finds the conflict as an unbounded search does", () => {
    const bounded = analyzeExtractions(items);
    const [cap, perRow] = [ALIGN.postingCap, FACTS.pairsPerRow];
    try {
      ALIGN.postingCap = FACTS.pairsPerRow = Number.MAX_SAFE_INTEGER;
      const full = analyzeExtractions(items);
      expect(conflicts(bounded)).toEqual(conflicts(full));
    } finally {
      [ALIGN.postingCap, FACTS.pairsPerRow] = [cap, perRow];
    }
    // One conflict, 12 against 15, naming every outlet.
    const [toll, ...others] = conflicts(bounded);
    expect(others).toEqual([]);
    expect(toll!.some((v) => v.startsWith("15:"))).toBe(true);
    expect(toll!.reduce((n, v) => n + Number(v.split(":").at(-1)), 0)).toBe(150);
  });
});

describe("zero as a value across outlets", () => {
  it.each([
    [
      "No one was hurt when the footbridge collapsed over the river on Monday, officials said.",
      "Eight people were killed when the footbridge collapsed over the river on Monday, officials said.",
      true,
    ],
    [
      "Nobody was arrested during the march through the capital on Friday, police said.",
      "Police arrested 12 people during the march through the capital on Friday.",
      true,
    ],
    [
      "No one was hurt when the footbridge collapsed over the river on Monday, officials said.",
      "Nobody was injured when the footbridge collapsed over the river on Monday, officials said.",
      false,
    ],
    // "No one" counts every person, whatever noun the other outlet counts them by.
    [
      "No one was injured in the blast at the chemical plant in Texas, officials said.",
      "Eight workers were injured in the blast at the chemical plant in Texas, officials said.",
      true,
    ],
  ])("%s / %s: a number conflict %s", (a, b, conflict) => {
    const { groups } = run({ outlet: "A", text: a }, { outlet: "B", text: b });
    const both = groups.filter((g) => new Set(g.claims.map((c) => c.article)).size === 2);
    expect(both.length).toBeGreaterThan(0);
    expect(both.some((g) => g.discrepancies.some((d) => d.kind === "number"))).toBe(conflict);
  });
});

describe("months compared for the same act on the same thing", () => {
  it.each([
    [
      "The county will hold its budget hearing in mid-May, the clerk's office said on Tuesday.",
      "The budget hearing would be held on April 30, according to a county notice.",
      true,
    ],
    [
      "The county will hold its budget hearing in mid-May, the clerk's office said on Tuesday.",
      "The county held a parade for its veterans on April 30, according to a county notice.",
      false,
    ],
  ])("%s / %s: a date conflict %s", (a, b, conflict) => {
    const { groups } = run(
      { outlet: "A", text: a, publishedAt: "2019-03-05" },
      { outlet: "B", text: b, publishedAt: "2019-03-05" },
    );
    expect(groups.some((g) => g.discrepancies.some((d) => d.kind === "date"))).toBe(conflict);
  });
});

describe("a date that opens its sentence dates the verb after its comma", () => {
  it.each([
    ["On March 3, the regulator approved the merger.", "On March 5, the regulator approved the merger.", true],
    ["Early on Sunday, the ferry ran aground.", "Late on Monday, the ferry ran aground.", true],
    ["On March 3, the regulator approved the merger.", "The regulator approved the merger on March 3.", false],
  ])("%s / %s: a date conflict %s", (a, b, conflict) => {
    const { groups } = storyOf(a, b);
    expect(groups.some((g) => g.discrepancies.some((d) => d.kind === "date"))).toBe(conflict);
  });

  it("binds the date to that verb", () => {
    const [c] = extractArticle({
      outlet: "A",
      publishedAt: PUB,
      text: "On March 3, the regulator approved it.",
    }).claims;
    expect(c!.times.map((t) => t.predicate)).toEqual(["approv"]);
  });
});

describe("dates of opposite acts (fact-values.sameEventWord)", () => {
  const dated = (a: string, b: string) =>
    storyOf(a, b).groups.some((g) => g.discrepancies.some((d) => d.kind === "date"));

  it.each([
    ["The bridge was closed on Monday after the crash.", "The bridge was open again on Tuesday after the crash."],
    ["The store closed on Monday after the flood.", "The store opened on Tuesday after the flood."],
  ])("%s / %s: two acts, no conflict", (a, b) => {
    expect(dated(a, b)).toBe(false);
  });

  it("still compares the dates of one act", () => {
    expect(
      dated("The bridge was closed on Monday after the crash.", "The bridge was shut on Tuesday after the crash."),
    ).toBe(true);
  });
});

describe("counts a third round of invented stories showed (decision 044)", () => {
  it.each([
    // Some of a group picked out is no count of all of it.
    [
      "Rescuers had made contact with nine of the men by Tuesday evening.",
      "Fourteen men remain trapped at the mine after the collapse.",
      [],
    ],
    // "No one was injured" against another noun's count of the injured, however little else the sentences share.
    [
      "No one was injured, but three passengers were treated for shock.",
      "Two passengers suffered minor injuries during the evacuation down the emergency slides.",
      ["No one vs Two passengers"],
    ],
    // One captain whose surname two outlets spell one letter apart: her ages are compared.
    [
      "Captain Laura Mendes, 47, was praised for her calm handling of the emergency.",
      "The captain, Laura Mendez, 45, has flown for the airline since 2004.",
      ["47 vs 45"],
    ],
    // A man an indefinite noun brings in is not the named man: each outlet gives the named man one age.
    [
      "Kerr, 61, was questioned for nine hours. Detectives also arrested the developer, Simon Hale, 48.",
      "Kerr, 62, has been mayor since 2016. A 48-year-old man from Ashby was also arrested.",
      ["61 vs 62"],
    ],
  ])("%s / %s", (a, b, expected) => {
    expect(numbers(a, b)).toEqual(expected);
  });
});

describe("the one day each outlet gives one act of one thing (fact-pairs.onlyDayOfAct)", () => {
  it("compares the days however little else the sentences share", () => {
    expect(
      dates(
        "Crews struggled on Tuesday to contain a wildfire near Pine Hollow that has scorched 900 acres since it started on Monday.",
        "The fire started on Sunday afternoon, and strong winds drove it east.",
      ),
    ).toEqual(["Monday 2018-08-27 vs Sunday 2018-08-26"]);
  });
});

describe("the year since which something is the first or the worst of its kind (terms.PRECEDENT)", () => {
  it("compares two outlets' years of one rank, however little else the sentences share", () => {
    expect(
      dates(
        "Officials warned the fire could be the worst in the valley since 1998.",
        "It is the worst fire in the region since 2004, when a blaze destroyed 40 homes.",
      ),
    ).toEqual(["1998 vs 2004"]);
  });

  it.each([
    [
      "two ranks",
      "The walkout is the first at the plant since 2015.",
      "It is the longest walkout at the plant since 2011.",
    ],
    [
      "two things",
      "It was the worst flooding in the town since 1987.",
      "It was the worst drought in the town since 1976.",
    ],
    [
      "the firsts of two things",
      "For the first time since 2010, unemployment fell in March, the ministry said.",
      "Exports rose in March for the first time since 2015, the ministry said.",
    ],
  ])("leaves %s alone", (_name, a, b) => {
    expect(dates(a, b)).toEqual([]);
  });
});

describe("a day written as a possessive before an act's noun (extract.possessiveAct)", () => {
  it("dates that act, not the clause's verb", () => {
    expect(
      dates(
        "Families evacuated after Sunday night's explosion spent a second night in a school gym.",
        "The tank exploded on Monday night, the company said.",
      ),
    ).toEqual(["Sunday 2018-08-26 vs Monday 2018-08-27"]);
  });
});

describe("the one sum of money each outlet gives one act (fact-pairs.oneSum)", () => {
  it("compares the sums however little else the sentences share, the act written by other verbs of one meaning", () => {
    expect(
      numbers(
        "The kidnappers have demanded a ransom of $2 million in cash, according to two people close to the family.",
        "The gang asked for $2.5 million, investigators said, and threatened to kill the hostage.",
      ),
    ).toEqual(["$2 million vs $2.5 million"]);
  });

  it.each([
    [
      "sums of two acts",
      "The club paid $2 million for the striker in 2019, according to its accounts.",
      "The club sold its stadium for $2.5 million, investigators said.",
    ],
    [
      "an outlet giving the act two sums",
      "The kidnappers have demanded a ransom of $2 million in cash, according to two people close to the family.",
      "The gang first asked for $2.5 million and later asked for $1 million, investigators said.",
    ],
  ])("leaves %s alone", (_name, a, b) => {
    expect(numbers(a, b)).toEqual([]);
  });
});

describe("a state dated from its start against the act that began it (terms.BEGUN)", () => {
  it.each([
    ["Ortega has been health minister since 2016.", "Ortega became health minister in 2015.", ["2016 vs 2015"]],
    ["Hale has served on the board since 2010.", "Hale joined the board in 2011.", ["2010 vs 2011"]],
    // What the state is must be one: a marriage is no post.
    ["Ortega has been married since 2001.", "Ortega became health minister in 2015.", []],
  ])("%s / %s", (a, b, expected) => {
    expect(dates(a, b)).toEqual(expected);
  });
});

describe("dates of an event a clause says only happens (units.FactUnit.occurs)", () => {
  // Each outlet's article has two more sentences, so that what the two share weighs as it would in a story.
  const more = [" Opposition parties criticised the timing.", " Turnout was low last time."];
  it.each([
    [
      "The election will be held on May 6, the prime minister announced.",
      "The prime minister said the vote would take place on May 9.",
      true,
    ],
    [
      "The fire at the old mill broke out on Sunday, the prime minister announced.",
      "The prime minister said the fire at the old mill was started on Monday.",
      true,
    ],
    // A vote held and a vote counted are two acts.
    [
      "The election will be held on May 6, the prime minister announced.",
      "The prime minister said the votes would be counted on May 9.",
      false,
    ],
    // An occasion whose first sense is no event: a gathering held, and the same gathering taking place.
    [
      "The emergency meeting was held on Monday, the prime minister announced.",
      "The prime minister said the emergency meeting took place on Tuesday.",
      true,
    ],
    [
      "The public inquiry will be held on April 8, the prime minister announced.",
      "The prime minister said the public inquiry is set to take place on April 15.",
      true,
    ],
    // Two members of a sequence are two occasions: the first round and the second; one round on two days conflicts.
    [
      "The first round of talks took place on Monday, the prime minister announced.",
      "The prime minister said a second round of talks would take place on Friday.",
      false,
    ],
    [
      "The first round of talks took place on Monday, the prime minister announced.",
      "The prime minister said the first round of talks took place on Tuesday.",
      true,
    ],
    // A building destroyed and a building built are two acts, whatever WordNet says of "building" as an act.
    [
      "The warehouse building was destroyed on May 6, the prime minister announced.",
      "The prime minister said the warehouse building was built on May 9.",
      false,
    ],
    // A person is no event: "the minister was appointed" says more than that the minister happened.
    [
      "The new minister will be appointed on May 6, the prime minister announced.",
      "The prime minister said the new minister would take office on May 9.",
      false,
    ],
  ])("%s / %s: a date conflict %s", (a, b, conflict) => {
    const { groups } = run(
      { outlet: "A", text: a + more[0], publishedAt: "2024-03-14" },
      { outlet: "B", text: b + more[1], publishedAt: "2024-03-14" },
    );
    expect(groups.some((g) => g.discrepancies.some((d) => d.kind === "date"))).toBe(conflict);
  });
});

describe("counts of words of one meaning (quantity.countedKind)", () => {
  const more = [" Parents praised the new head teacher.", " Inspectors rated it good last year."];
  it.each([
    ["The school has 1,200 students, according to its website.", "The school educates about 800 pupils.", true],
    ["The school has 1,200 students, according to its website.", "The school educates about 1,200 pupils.", false],
  ])("%s / %s: a conflict %s", (a, b, conflict) => {
    const { groups } = run({ outlet: "A", text: a + more[0] }, { outlet: "B", text: b + more[1] });
    expect(groups.some((g) => g.discrepancies.some((d) => d.kind === "number"))).toBe(conflict);
  });
});

describe("counts of words that share a meaning past their first (quantity.sameCountedThing)", () => {
  it.each([
    // A count of people with no event ("gathered" is none): before, only nouns of one first sense met.
    [
      "About 400 protesters gathered outside city hall on Saturday, police said.",
      "Police said 250 demonstrators gathered outside city hall on Saturday.",
      ["About 400 protesters vs 250 demonstrators"],
    ],
    [
      "Two officers were injured when the crowd threw bottles, police said.",
      "Police said three policemen were hurt when bottles were thrown.",
      ["Two officers vs three policemen"],
    ],
    // A kind and its kind are no one measure.
    [
      "Four vehicles were damaged when the wall collapsed onto the road.",
      "Three cars were damaged when the wall collapsed onto the road.",
      [],
    ],
  ])("%s / %s", (a, b, expected) => {
    expect(numbers(a, b)).toEqual(expected);
  });

  it("reads 'policemen' as the plural of 'policeman', not of 'policemen'", () => {
    const [q] = extractArticle({ text: "Three policemen were hurt in the clash.", publishedAt: PUB }).claims[0]!
      .quantities;
    expect([q!.unit, q!.event]).toEqual(["policeman", "injured"]);
  });
});

describe("a count of a group among all an event counts is no rival total (quantity.groupAmongAll)", () => {
  it.each([
    [
      "a toll beside the children among it",
      "The quake killed six children when a mosque collapsed, bringing the confirmed death toll to 11.",
      "The quake killed 24 people in the province, officials said.",
      ["11 vs 24 people"],
    ],
    [
      "a toll beside the workers among it, agreeing",
      "The blast killed three workers at the depot, bringing the death toll to 9.",
      "The blast killed nine people at the fuel depot, officials said.",
      [],
    ],
  ])("%s", (_, a, b, want) => {
    expect(numbers(a, b)).toEqual(want);
  });
});

describe("ages of people described by different nouns in one sentence (fact-values.ambiguityOf)", () => {
  it.each([
    [
      "the woman's age against the woman's",
      "A man aged 67 and a woman aged 34 were pronounced dead at the hospital, police said.",
      "A 67-year-old man and a woman, 43, were pronounced dead at the hospital, police said.",
      ["34 vs 43"],
    ],
    [
      "the same two ages",
      "A man aged 67 and a woman aged 34 were pronounced dead at the hospital, police said.",
      "A 67-year-old man and a 34-year-old woman were pronounced dead at the hospital, police said.",
      [],
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(numbers(a, b)).toEqual(expected);
  });
});

describe("an age beside a name is the person's age now (fact-pairs.ageBesideName)", () => {
  it.each([
    [
      "in a sentence that dates an act years before",
      "Ortega, 52, was first elected in 2021 after eight years on the city council.",
      "Ortega, 51, told supporters that the city had chosen to keep building.",
      ["52 vs 51"],
    ],
    [
      "the same age",
      "Ortega, 52, was first elected in 2021 after eight years on the city council.",
      "Ortega, 52, told supporters that the city had chosen to keep building.",
      [],
    ],
    [
      "an age in a clause of its own about another year is not",
      "In 2009, when Ortega was 45, she was elected to the council.",
      "Ortega, 52, told supporters that the city had chosen to keep building.",
      [],
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(numbers(a, b)).toEqual(expected);
  });
});

describe("dates of things described by unrelated nouns (fact-values.sameActOfOthers)", () => {
  it.each([
    [
      "a ferry's sinking and a toll's rising",
      "An overcrowded ferry sank off the island of Kessa on Saturday, the coast guard said.",
      "The death toll from the sinking of the ferry off Kessa rose to 23 on Sunday, the coast guard said.",
      [],
    ],
    [
      "one act of the police by two nouns",
      "Police arrested the driver on Monday near the harbour, a spokesman said.",
      "Officers arrested the driver on Tuesday near the harbour, a spokesman said.",
      ["Monday 2018-08-27 vs Tuesday 2018-08-28"],
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(dates(a, b)).toEqual(expected);
  });

  it("dates the verb before a subordinate clause, not the one inside it", () => {
    const c = extractArticle({
      text: "The death toll rose to 23 on Sunday as divers recovered six more bodies.",
      publishedAt: PUB,
    }).claims[0]!;
    expect(c.times.map((t) => t.predicate)).toEqual(["rose"]);
  });
});

describe("one noun's count of what happened, given once by each outlet (fact-pairs.numberPairScore)", () => {
  it.each([
    [
      "in sentences that share little else",
      "Some in the crowd threw bottles and bricks at officers, and four officers were injured, a spokesman said.",
      "Six officers suffered minor injuries.",
      ["four officers vs Six officers"],
    ],
    [
      "the same count",
      "Some in the crowd threw bottles and bricks at officers, and four officers were injured, a spokesman said.",
      "Four officers suffered minor injuries.",
      [],
    ],
    [
      "an outlet that gives two counts of the event is not paired by the count alone",
      "Four officers were injured on Monday and two more officers were injured on Tuesday, police said.",
      "Six officers suffered minor injuries.",
      [],
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(numbers(a, b)).toEqual(expected);
  });
});

describe("a state to come against the present one (fact-pairs.futureState)", () => {
  it.each([
    [
      "what a merged company will have and what the buyer has",
      "The combined group will have annual sales of about 4.3 billion euros and roughly 14,000 employees.",
      "Halvorsen has about 9,000 employees in 14 countries.",
      [],
    ],
    [
      "an act to come and the same act reported",
      "Halvorsen will acquire Brightwater in a deal valuing the crisp maker at $2.4 billion.",
      "Halvorsen agreed on Monday to buy Brightwater for $2.1 billion.",
      ["$2.4 billion vs $2.1 billion"],
    ],
    [
      "two states to come",
      "The combined group will have roughly 14,000 employees, Halvorsen said.",
      "The combined group will have about 12,000 employees, Halvorsen said.",
      ["roughly 14,000 employees vs about 12,000 employees"],
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(numbers(a, b)).toEqual(expected);
  });
});

describe("the size of the crowd (fact-pairs.numberPairScore)", () => {
  it.each([
    [
      "given once by each outlet, in sentences about other things",
      "A crowd of 82,000 watched at Central Stadium as Lakeside went ahead from the penalty spot.",
      "The attendance was 84,000.",
      ["82,000 vs 84,000"],
    ],
    [
      "the same size",
      "A crowd of 82,000 watched at Central Stadium as Lakeside went ahead from the penalty spot.",
      "The attendance at the final was 82,000.",
      [],
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(numbers(a, b)).toEqual(expected);
  });
});

describe("times of day of one act told by different words (fact-pairs.datePairScore)", () => {
  it.each([
    [
      "a verb and the event noun that 'happened'",
      "The footbridge collapsed at 6:15 p.m. as crowds walked to a concert.",
      "The collapse happened at 6:40 p.m., the fire chief said.",
      ["at 6:15 p.m. vs at 6:40 p.m."],
    ],
    [
      "a verb and its synonym of a verb and a noun ('gave way')",
      "The footbridge gave way at 6:15 p.m. as crowds walked to a concert.",
      "The footbridge collapsed at 6:40 p.m., the fire chief said.",
      ["at 6:15 p.m. vs at 6:40 p.m."],
    ],
    [
      "two acts",
      "The footbridge collapsed at 6:15 p.m. as crowds walked to a concert.",
      "Divers reached the harbour at 6:40 p.m., the fire chief said.",
      [],
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(dates(a, b)).toEqual(expected);
  });
});

describe("amounts of a part of a period or a sequence (fact-values.partOf)", () => {
  it.each([
    [
      "the whole against a part",
      "Maria Lopez scored 23 points in the final against Denver on Sunday.",
      "Maria Lopez scored 10 points in the first half of the final against Denver on Sunday.",
      [],
    ],
    [
      "a part against another part",
      "Acme sold 3 million phones in the first week of sales, the company said.",
      "Acme sold 4 million phones in the second week of sales, the company said.",
      [],
    ],
    [
      "the same part, stated two ways",
      "Acme sold 3 million phones in the first week of sales, the company said.",
      "Acme sold 4 million phones during the first week of sales, the company said.",
      ["3 million phones vs 4 million phones"],
    ],
    [
      "a share of the first points of a team",
      "Tom Reed scored 11 points as the Hawks beat the Owls on Friday.",
      "Tom Reed scored six of the Hawks' first eight points as they beat the Owls on Friday.",
      [],
    ],
    [
      "no part on either side",
      "The storm killed 12 people in the coastal towns on Tuesday.",
      "The storm killed 14 people in the coastal towns on Tuesday.",
      ["12 people vs 14 people"],
    ],
    [
      "a count with more of the same added after it, against the whole",
      "In 1998 the flood killed 17,000 people in the delta and tens of thousands more upstream.",
      "In 1998 the flood killed about 40,000 people across the region.",
      [],
    ],
    [
      "a count with another added after it, against the whole",
      "The blast killed 12 people in the market and another three at a checkpoint on Tuesday.",
      "The blast killed 15 people on Tuesday.",
      [],
    ],
    [
      "more of another act is no part of the count",
      "The quake killed three people and injured dozens more on Tuesday.",
      "The quake killed five people and injured dozens on Tuesday.",
      ["three people vs five people"],
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(numbers(a, b)).toEqual(expected);
  });
});

describe("the items of a list of amounts (fact-values.wordsAfter)", () => {
  it.each([
    [
      "the same two items, named after one outlet's amounts and before the other's",
      "The city will spend $5 million on roads and $2 million on parks.",
      "Parks will get $2 million and roads $5 million, the city said.",
      [],
    ],
    [
      "one item priced two ways",
      "The city will spend $5 million on roads and $2 million on parks this year.",
      "The city will spend $6 million on roads and $2 million on parks this year.",
      ["$5 million vs $6 million"],
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(numbers(a, b)).toEqual(expected);
  });
});

describe("an amount is also a measure of the noun it is 'of' (quantity.of)", () => {
  it.each([
    [
      "a record with its unit against the record without",
      "Ana Ruiz broke Tom Hale's club record of 310 goals in the derby on Sunday.",
      "Ana Ruiz needed two goals to break Tom Hale's club record of 301 before the derby on Sunday.",
      ["310 goals vs 301"],
    ],
    [
      "a count 'on behalf of' people is a count of the people, not of a behalf",
      "The class action against Acme was brought on behalf of 1.5 million workers, the court heard on Monday.",
      "The class action against Acme covers 1.6 million workers, the court heard on Monday.",
      ["1.5 million workers vs 1.6 million workers"],
    ],
    [
      "a record is not the holder's own total",
      "Ana Ruiz now has 312 goals, passing Tom Hale's club record of 310 goals on Sunday.",
      "Ana Ruiz scored twice on Sunday and now has 312 goals for the club.",
      [],
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(numbers(a, b)).toEqual(expected);
  });
});

describe("one outlet's two ranks of one person in a titled sequence (fact-pairs.oneRank)", () => {
  const self = (text: string) =>
    run(
      { text, publishedAt: PUB },
      { text: "Dover's new bridge opened on Monday. It cost $40 million.", publishedAt: PUB },
    ).groups.flatMap((g) =>
      g.discrepancies
        .filter((d) => d.kind === "number")
        .map((d) => ({ values: d.values.map((v) => v.value), claims: g.claims.map((c) => c.text) })),
    );

  it("flags 'the 31st Mayor' against 'became the 30th Mayor', showing both whole sentences", () => {
    expect(
      self(
        "Ana Ruiz, the 31st Mayor of Dover, opened the new bridge on Monday. " +
          "The bridge cost $40 million. Ruiz became the 30th Mayor of Dover in 2019, after a close race.",
      ),
    ).toEqual([
      {
        values: ["31st Mayor", "30th Mayor"],
        claims: expect.arrayContaining([
          "Ana Ruiz, the 31st Mayor of Dover, opened the new bridge on Monday.",
          "Ruiz became the 30th Mayor of Dover in 2019, after a close race.",
        ]),
      },
    ]);
  });

  it.each([
    ["repeated acts", "Ana Ruiz scored her 11th goal on Monday. On Friday Ruiz scored her 12th goal of the season."],
    [
      "two people",
      "Ana Ruiz, the 31st Mayor of Dover, opened the bridge on Monday. Tom Hale was the 30th Mayor of Dover.",
    ],
  ])("does not flag %s", (_name, text) => {
    expect(self(text)).toEqual([]);
  });
});

describe("a distance one person's name is written two ways for", () => {
  it("compares 'half a mile' with 'a mile and a half', shown as written", () => {
    const values = storyOf(
      "Raj K. Patel, who lived half a mile away, was hit by a van on Friday.",
      "Raj Patel was hit by a van on Friday. Patel lived about a mile and a half away, neighbours said.",
    ).groups.flatMap((g) =>
      g.discrepancies.filter((d) => d.kind === "number").map((d) => d.values.map((v) => v.value)),
    );
    expect(values).toEqual([["half a mile", "about a mile and a half"]]);
  });
});

describe("scores through a game (tallies)", () => {
  it.each([
    [
      "one time on the clock, whoever each sentence is about",
      "The Hawks took their first 10-point lead at 45-35 on two Lopez free throws with 13:41 to go.",
      "Lopez scored again, and her free throws gave the Hawks a 45-36 lead with 13:41 to play.",
      ["45-35 vs 45-36"],
    ],
    [
      "a run is not a score",
      "The Hawks pulled away with a 15-2 run in the final minutes against the Owls.",
      "The Hawks beat the Owls 65-53 after pulling away in the final minutes.",
      [],
    ],
    [
      "two times on the clock",
      "The Hawks led 45-35 with 13:41 to go against the Owls.",
      "The Hawks led 54-46 with 7:54 to go against the Owls.",
      [],
    ],
    [
      "a court's decision is its tally",
      "The Supreme Court ruled 5-4 on Monday that the women could not sue as a group.",
      "In a 6-3 decision on Monday, the Supreme Court ruled that the women could not sue as a group.",
      ["5-4 vs 6-3"],
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(numbers(a, b)).toEqual(expected);
  });
});

describe("one amount written two ways is one value of a split", () => {
  it("shows 12 and Twelve as one value against 14", () => {
    const values = storyOf(
      "A ferry capsized on the lake on Tuesday, killing 12 people, police said.",
      "Twelve people died when a ferry capsized on the lake on Tuesday, police said.",
      "A ferry capsized on the lake on Tuesday, killing 14 people, police said.",
    ).groups.flatMap((g) => g.discrepancies.filter((d) => d.kind === "number").map((d) => d.values));
    expect(values.map((v) => v.map((x) => [x.value, x.articles]))).toEqual([
      [
        ["12 people", [0, 1]],
        ["14 people", [2]],
      ],
    ]);
  });
});

describe("the part an amount is of (fact-values.partOf)", () => {
  it.each([
    ["Lopez took over in the first half as she scored 10 points.", "10", "first|half"],
    ["Reed scored six of the Hawks ’ first eight points.", "eight", "first|point"],
    ["Lopez scored 23 points in the final on Sunday.", "23", ""],
    ["Lopez broke the club record of 310 goals with 4:12 to play in the first half.", "310", ""],
    ["Lopez scored 12 points with 4:12 left, all of them in the first half.", "12", "first|half"],
    ["Lopez had 14 points by the end of the first quarter.", "14", "first|quarter"],
    ["Lopez now has 2,100 points heading into the final against the winner of the second semifinal.", "2,100", ""],
    // Months counted from a year's start are the quarter or half they make.
    ["The airline lost €241 million in the first three months of the year.", "€241 million", "first|quarter"],
    ["The bank earned $2 billion in the first six months.", "$2 billion", "first|half"],
  ])("%s: %s is of %j", (text, value, part) => {
    const c = extractArticle({ text, publishedAt: PUB }).claims[0]!;
    expect(
      partOf(
        c,
        c.quantities.find((q) => q.text === value)!,
      ),
    ).toBe(part);
  });
});

describe("the dates that date an amount are those of its own clause (fact-values.anchors)", () => {
  it("does not set today's toll against a past disaster's, though the sentence names that disaster's year", () => {
    expect(
      numbers(
        "A strong quake struck the coast on Tuesday, killing at least five people and injuring dozens in a region devastated by the floods of 2004.",
        "In 2004, a strong quake off the coast triggered floods that killed 23,000 people in six countries.",
      ),
    ).toEqual([]);
  });

  it("still compares two tolls of the same day", () => {
    expect(
      numbers(
        "A strong quake struck the coast on Tuesday, killing at least five people in the region.",
        "The quake that struck the coast on Tuesday killed 12 people in the region, officials said.",
      ),
    ).toEqual(["at least five people vs 12 people"]);
  });
});

describe("one named holder's one act, dated in one row with other verbs (fact-pairs.oneActInRow)", () => {
  const dates = (a: string, b: string) =>
    storyOf(a, b).groups.flatMap((g) =>
      g.discrepancies.filter((d) => d.kind === "date").map((d) => d.values.map((v) => v.value).join(" vs ")),
    );

  it("compares the years of one term of office told with two verbs", () => {
    expect(
      dates(
        "The new senator follows Maria Lopez, who served in the Senate from 1998 to 2006.",
        "The new senator follows Maria Lopez, who held the Senate seat from 1999 to 2006.",
      ),
    ).toEqual(["1998 vs 1999"]);
  });

  it("reads the holder of a subordinate clause whose subject has an appositive", () => {
    expect(
      dates(
        "Ana Ruiz will be the first woman to hold the seat since Maria Lopez, a Democrat, held it from 1998 to 2006.",
        "Ana Ruiz will follow Maria Lopez, who served in the seat from 1999 to 2006.",
      ),
    ).toEqual(["1998 vs 1999"]);
  });

  it("leaves alone a sentence that dates two acts of the holder", () => {
    expect(
      dates(
        "Maria Lopez joined the city council in 1990 and was elected mayor of the city in 1998.",
        "Maria Lopez, the former mayor of the city, served on the city council from 1991.",
      ),
    ).toEqual([]);
  });
});

describe("an outlet that states one fact twice (facts.ts restates)", () => {
  const story = storyOf(
    "Five dead in mountain quake. A strong earthquake struck the mountain district of Karo on Tuesday, killing at least five people and flattening dozens of homes.",
    "Quake kills five in Karo. The earthquake in the Karo mountain district killed five people on Tuesday, officials said.",
    "A powerful earthquake hit the Karo district on Tuesday, killing at least three people and destroying dozens of homes.",
  );
  const tolls = story.groups.filter((g) => g.discrepancies.some((d) => d.kind === "number"));

  it("shows the headline beside the lead in the row of the toll, and one value for 'Five dead' and 'killed five people'", () => {
    expect(tolls).toHaveLength(1);
    const [row] = tolls;
    const ofA = row!.claims.filter((c) => c.article === 0).map((c) => c.text);
    expect(ofA).toHaveLength(2);
    expect(ofA).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Five dead in mountain quake"),
        expect.stringContaining("killing at least five people"),
      ]),
    );
    const values = row!.discrepancies[0]!.values.map((v) => `${v.value}: ${v.articles.join(",")}`);
    expect(values).toEqual(["five: 0,1", "at least five people: 0", "at least three people: 2"]);
  });

  it("never joins two different values of one outlet: its headline's five stays out of the row of its seven", () => {
    const other = storyOf(
      "Five dead in mountain quake. A strong earthquake struck the mountain district of Karo on Tuesday, killing at least seven people and flattening dozens of homes.",
      "Quake kills five in Karo. The earthquake in the Karo mountain district killed five people on Tuesday, officials said.",
      "A powerful earthquake hit the Karo district on Tuesday, killing at least seven people and destroying dozens of homes.",
    );
    const [toll, ...rest] = other.groups.filter((g) => g.discrepancies.length);
    expect(rest).toEqual([]);
    expect(toll!.claims.map((c) => c.text)).not.toContain("Five dead in mountain quake.");
    expect(toll!.discrepancies[0]!.values.map((v) => `${v.value}: ${v.articles.join(",")}`)).toEqual([
      "at least seven people: 0,2",
      "five people: 1",
    ]);
  });
});

describe("times of day of one act (the 'k:' facts)", () => {
  const times = (...texts: string[]) =>
    storyOf(...texts).groups.flatMap((g) =>
      g.discrepancies.filter((d) => d.detail.startsWith("timed")).map((d) => d.values.map((v) => v.value).join(" vs ")),
    );

  it("flags two times for one act, named 'Time of …'", () => {
    const story = storyOf(
      "The fire started at 9:15 p.m. on Friday in the warehouse, officials said.",
      "The fire started at 9:45 p.m. on Friday in the warehouse, officials said.",
    );
    const [d] = story.groups.flatMap((g) => g.discrepancies);
    expect(d!.detail).toBe("timed at 9:15 p.m. (Source A) vs at 9:45 p.m. (Source B)");
    expect(d!.subject).toMatch(/^Time of /);
  });

  it("reads 0942, 9:42 a.m. and 9:42 local time as one time, and never sets GMT against local time", () => {
    expect(
      times(
        "The quake struck at 0942 (0542 GMT) near the coast of Borneo.",
        "The earthquake hit at 9:42 a.m. local time near the coast of Borneo, the USGS said.",
      ),
    ).toEqual([]);
    expect(
      times(
        "The quake struck at 0942 (0542 GMT) near the coast of Borneo.",
        "The quake struck at 10:15 a.m. near the coast of Borneo.",
      ),
    ).toEqual(["at 0942 vs at 10:15 a.m."]);
  });

  it("shows 'at 9:15 p.m.' and 'at about 9:15 p.m.' as one value of the split", () => {
    expect(
      times(
        "The fire at the old dairy warehouse started at 9:15 p.m. on Thursday, fire officials said.",
        "The fire at the old dairy warehouse started at 9:45 p.m. on Thursday, fire officials said.",
        "A fire that started at about 9:15 p.m. on Thursday destroyed the old dairy warehouse, fire officials said.",
      ),
    ).toEqual(["at 9:15 p.m. vs at 9:45 p.m."]);
  });

  it("compares only times of one act: polls that open at 7 a.m. and close at 8 p.m. agree", () => {
    expect(
      times(
        "Polls in the state open at 7 a.m. on Tuesday, election officials said.",
        "Polls in the state close at 8 p.m. on Tuesday, election officials said.",
      ),
    ).toEqual([]);
  });

  it("takes 'by 7 a.m.' as a bound: the fire out by 7 agrees with 6:40", () => {
    expect(
      times(
        "The fire in the warehouse was extinguished by 7 a.m., officials said.",
        "The fire in the warehouse was extinguished at 6:40 a.m., officials said.",
      ),
    ).toEqual([]);
  });
});

describe("an age is compared once", () => {
  it("shows '34' against '36' as ages, not again as the years of birth they give", () => {
    const story = storyOf(
      "The suspect, John Smith, 34, was arrested at his home in Leeds.",
      "Police arrested John Smith, 36, at his home in Leeds.",
    );
    expect(story.groups.flatMap((g) => g.discrepancies.map((d) => `${d.kind} ${d.detail}`))).toEqual([
      "number age: 34 (Source A) vs 36 (Source B)",
    ]);
  });
});

describe("a date in a sentence's opening phrase ('On Monday, the minister arrived')", () => {
  it("dates the main clause's act, so it is compared with another outlet's day for it", () => {
    const story = storyOf(
      "On Monday, the minister arrived in Damascus for talks with Assad.",
      "The minister arrived in Damascus on Sunday for talks with Assad.",
    );
    expect(story.groups.flatMap((g) => g.discrepancies.map((d) => d.detail))).toEqual([
      "dated Monday 2018-08-27 (Source A) vs Sunday 2018-08-26 (Source B)",
    ]);
  });
});

describe("ordinals of one holder's acts ('the coach's 40th win')", () => {
  it("compares the coach's 40th win with the 41st, never with the team's second", () => {
    expect(
      numbers(
        "It was the team's second win of the season and the coach's 40th win at the club.",
        "The victory was the coach's 41st win at the club.",
      ),
    ).toEqual(["40th win vs 41st win"]);
    expect(
      numbers(
        "It was the team's second win of the season and the coach's 40th win at the club.",
        "The victory, the team's second of the season, was the coach's 40th win at the club.",
      ),
    ).toEqual([]);
  });
});

describe("an outlet's several values, one of which another outlet states (FACTS.agreeing)", () => {
  it("pairs 'the 2001 flood' with the 2001 flood, not the 1998 one named in the same sentence", () => {
    const story = storyOf(
      "The 1998 flood killed 300 people, and the 2001 flood killed 120.",
      "The 2001 flood killed 150 people, officials said.",
    );
    expect(story.groups.flatMap((g) => g.discrepancies.filter((d) => d.kind === "date"))).toEqual([]);
  });

  it("pairs a sum an outlet states beside a total with the same sum in the row, not the total", () => {
    const story = storyOf(
      "The county board approved a $90 million contribution toward a new arena late Tuesday, voting 6-3.",
      "After a long debate the board voted six to three on Tuesday to commit $90m to a new home for the team.",
      "The board voted 6 to 3 to put $90 million of public money into the $350 million arena project.",
    );
    expect(story.groups.flatMap((g) => g.discrepancies.filter((d) => d.kind === "number"))).toEqual([]);
  });
});

describe("the founding of one thing, dated once by each outlet (fact-pairs.oneFounding)", () => {
  it.each([
    [
      "The charity, founded in 1984 by two nurses, runs 40 shelters.",
      "Established in 1986, the charity now employs 300 staff.",
      ["1984 vs 1986"],
    ],
    // A company's founding is no rocket's launch, though WordNet's "launch" is also "found".
    ["The company, founded in 1984, makes ovens.", "The rocket launched in 2026 from the coast.", []],
    // Building is no founding: a museum's building and its opening may be years apart.
    ["The museum, built in 1904, reopened on Monday.", "Established in 1907, the museum holds 4,000 works.", []],
  ])("%s / %s", (a, b, expected) => {
    expect(dates(a, b)).toEqual(expected);
  });
});

describe("time counted from another event, compared only with time so counted (Quantity.offset)", () => {
  it("flags two offsets of one failure, and never sets an offset against how long an act lasted", () => {
    expect(
      numbers(
        "The probe was lost on Friday when the launcher failed about 130 seconds into its flight, the agency said.",
        "The probe was lost on Friday when the launcher failed some 70 seconds after it left the pad, the agency said.",
      ),
    ).toEqual(["about 130 seconds vs some 70 seconds"]);
    expect(
      numbers(
        "The verdict came 30 hours after the jury began deliberating on Friday.",
        "The jury deliberated for 20 hours before reaching a verdict on Friday.",
      ),
    ).toEqual([]);
  });
});

describe("a phrasal verb is one act (units.phrasalLemma)", () => {
  it.each([
    ["The ship went down off the Italian coast on March 4.", "go down"],
    ["The minister stepped down on Friday.", "step down"],
    ["The bomb blew up near the gate.", "blow up"],
    // "in" after "arrived" starts a place, and "arrive in" is no verb of WordNet's.
    ["The minister arrived in Damascus on Monday.", "arrive"],
    // Before a noun phrase, "through" is a preposition: "pass through" would be another verb.
    ["The country is passing through a crisis.", "pass"],
    // A verb and a bare noun or adverb that WordNet lists as one verb.
    ["The old footbridge gave way under the crowd.", "give way"],
    ["Gunmen opened fire on the crowd.", "open fire"],
  ])("%s", (text, predicate) => {
    const c = extractArticle({ text, publishedAt: PUB }).claims[0]!;
    expect(c.units![0]!.predicate).toBe(predicate);
  });

  it("dates 'went down' as the act of 'sank'", () => {
    const story = storyOf(
      "The ship sank on March 3 off the coast of Italy.",
      "The ship went down off the Italian coast on March 4.",
    );
    expect(story.groups.flatMap((g) => g.discrepancies.map((d) => d.detail))).toEqual([
      "dated Saturday 2018-03-03 (Source A) vs Sunday 2018-03-04 (Source B)",
    ]);
  });
});

describe("a measure each outlet gives of several things, one of them in its lead", () => {
  // Each article also gives an older quake's magnitude and an aftershock's; the lead's are the story's quake's.
  const a = [
    "A magnitude 5.2 earthquake struck the Orvane hills before dawn on Tuesday, killing four people.",
    "It was the strongest quake in the hills since 1990, when a magnitude 6.6 quake killed 40 people.",
    "A magnitude 3.9 aftershock rattled the valley at noon.",
  ].join("\n\n");
  const b = [
    "Villagers in the Orvane hills dug through rubble on Tuesday after a 5.7-magnitude earthquake flattened houses.",
    "Seismologists said a magnitude 6.6 quake had killed 40 people in the same hills in 1990.",
    "An aftershock of magnitude 3.9 shook the valley later in the day.",
  ].join("\n\n");

  it("sets the leads' magnitudes against each other, and no other pair", () => {
    expect(numbers(a, b)).toEqual(["5.2 magnitude vs 5.7-magnitude"]);
  });

  it("does not pair a lead's with a figure further down", () => {
    const later = b.replace("after a 5.7-magnitude earthquake", "after an earthquake");
    expect(numbers(a, later)).toEqual([]);
  });
});

describe("a figure and the same figure given as round", () => {
  it("are shown as one value beside the one that differs", () => {
    const a = storyOf(
      "Customs officers seized cocaine worth $180 million at the port on Wednesday, officials said.",
      "Customs officers seized cocaine worth an estimated 180 million dollars at the port on Wednesday, officials said.",
      "Customs officers seized cocaine worth an estimated $210 million at the port on Wednesday, officials said.",
    );
    const flags = a.groups.flatMap((g) => g.discrepancies.filter((d) => d.kind === "number"));
    expect(flags.map((d) => d.values.map((v) => v.articles))).toEqual([[[0, 1], [2]]]);
  });
});
