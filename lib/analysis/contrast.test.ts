import { describe, expect, it } from "vitest";
import { analyzeStory } from "./analyze";

/** The "statement" discrepancies of a story of two one-sentence articles, as "value vs value". */
function contrasts(a: string, b: string): string[] {
  const out = analyzeStory({
    story: { title: "t" },
    articles: [a, b].map((text, i) => ({ outlet: `Outlet ${i}`, publishedAt: "2024-03-08", text })),
  });
  return out.groups.flatMap((g) =>
    g.discrepancies.filter((d) => d.kind === "statement").map((d) => d.values.map((v) => v.value).join(" vs ")),
  );
}

describe("contradiction cues (contrast.ts)", () => {
  it.each([
    [
      "one outlet denies what the other states",
      "The bomb did not explode near the gate on Sunday.",
      "The bomb exploded near the gate on Sunday.",
      ["did not explode vs exploded"],
    ],
    [
      "a contracted denial",
      "Officials said the dam didn't collapse after the storm on Tuesday.",
      "Officials said the dam collapsed after the storm on Tuesday.",
      ["didn't collapse vs collapsed"],
    ],
    [
      "a denial in the perfect, against a passive",
      "The senator has never been charged with fraud by the state.",
      "The senator was charged with fraud by the state in May.",
      ["has never been charged vs was charged"],
    ],
    [
      "a count of zero against a clause that counts nothing",
      "The clinic said no patient records had been stolen in the breach.",
      "Patient records were stolen in the breach, the hackers said.",
      ["no patient records had been stolen vs were stolen"],
    ],
    [
      "nobody hurt against people hurt, no count given",
      "No one was injured when the roof fell in on Tuesday.",
      "Shoppers were injured when the roof fell in on Tuesday.",
      ["No one was injured vs were injured"],
    ],
    [
      "nobody arrested, as the police reported it, against a person arrested",
      "Police said on Monday evening that no one had been arrested over the fire.",
      "The lorry's driver was arrested at the scene over the fire, police said.",
      ["no one had been arrested vs was arrested"],
    ],
    [
      // The values compare a count of zero with a count: no statement cue repeats it.
      "a count of zero against a count",
      "No one was injured when the roof fell in on Tuesday.",
      "Three shoppers were injured when the roof fell in on Tuesday.",
      [],
    ],
    [
      // "First" and "last" are opposite adjectives; "last", the verb (to go on), has no opposite.
      "an adjective and a verb spelled as its antonym",
      "The dock strike is the first at the port since 2019.",
      "The dock strike is due to last 48 hours.",
      [],
    ],
    [
      "one place given two compass points",
      "The plane crashed 8 miles north of the city, officials said.",
      "The plane went down 8 miles south of the city, officials said.",
      ["north vs south"],
    ],
    [
      "two directions of travel",
      "The crash happened on the northbound lanes of Interstate 5 on Friday.",
      "The crash happened on the southbound lanes of Interstate 5 on Friday.",
      ["north vs south"],
    ],
    [
      "compass points of names are no directions",
      "North Korean athletes marched with the delegation on Friday.",
      "South Korean athletes marched with the delegation on Friday.",
      [],
    ],
    [
      "two compass points of two places",
      "The quake struck north of the capital and was felt south of the border.",
      "The quake struck north of the capital on Friday.",
      [],
    ],
    [
      "a reported state and its denial",
      "The suspect was armed when officers arrived, police said.",
      "Police said the suspect was not armed when officers arrived.",
      ["was armed vs was not armed"],
    ],
    [
      "the denial bears on another verb than the event word",
      "It is not the first time the singer has appeared at the festival.",
      "The singer appeared at the festival in 2008.",
      [],
    ],
    [
      "a negation by a quantifier that counts nothing denies the act",
      "No shots were fired during the standoff with police on Sunday.",
      "Shots were fired during the standoff with police on Sunday.",
      ["No shots were fired vs were fired"],
    ],
    [
      "a negation by a quantifier is a count of zero, left to the values",
      "No one was hurt in the fire at the depot.",
      "Two workers were hurt in the fire at the depot.",
      [],
    ],
    [
      "opposite event words of one holder",
      "The jury convicted Smith of fraud on Friday.",
      "The jury acquitted Smith of fraud on Friday.",
      ["convicted vs acquitted"],
    ],
    [
      "opposite event words of one thing named by two nouns",
      "Shares in the retailer rose sharply on Tuesday.",
      "The retailer's stock fell sharply on Tuesday.",
      ["rose vs fell"],
    ],
    [
      "opposite acts, one in the active and one in the passive, done to one named person",
      "The jury acquitted Daniel Reyes of all charges on Thursday after two days of deliberations.",
      "Daniel Reyes was convicted on all counts on Thursday after the jury deliberated for two days.",
      ["acquitted vs was convicted"],
    ],
    [
      "opposite acts done to one named person in two different years are two acts",
      "The jury acquitted Daniel Reyes of fraud on Thursday.",
      "Daniel Reyes was convicted of fraud in 2019, the court heard on Thursday.",
      [],
    ],
    [
      "a denied quality of one act",
      "Gomez pleaded not guilty to the charges at his arraignment on Friday.",
      "At his arraignment on Friday, Gomez pleaded guilty to the charges.",
      ["not guilty vs guilty"],
    ],
    [
      "a denied quality an outlet also asserts of something else",
      "Gomez pleaded not guilty to murder but guilty to manslaughter on Friday.",
      "On Friday Gomez pleaded guilty to manslaughter.",
      [],
    ],
    [
      "a verb of saying that states an act, denied by a quantifier",
      "No group has claimed responsibility for the bombing, police said.",
      "The militant group Red Dawn claimed responsibility for the bombing, police said.",
      ["No group has claimed vs claimed"],
    ],
    [
      "a verb of saying that frames what was said is not compared",
      "Police did not say whether anyone was arrested.",
      "Police said two men were arrested.",
      [],
    ],
    [
      "'not … until' says when the act happened",
      "The museum did not reopen until March, its director said.",
      "The museum reopened in March, its director said.",
      [],
    ],
    [
      "'not only' denies nothing",
      "Hale said the plan was not only cheap but fast.",
      "Hale said the plan was cheap.",
      [],
    ],
    [
      "opposite states of one holder",
      "Police said the man was armed with a knife when officers arrived.",
      "Police said the man was unarmed when officers arrived.",
      ["was armed vs was unarmed"],
    ],
    [
      "opposite acts on two days are two acts",
      "The museum closed on Monday for repairs after the storm.",
      "The museum opened again on Thursday after repairs to the storm damage.",
      [],
    ],
    [
      "opposite states of two holders",
      "The suspect was armed with a knife when officers arrived at the house.",
      "The officer who arrived at the house was unarmed, police said.",
      [],
    ],
    [
      "a denied opposite agrees",
      "The council did not reject the plan for the bridge.",
      "The council accepted the plan for the bridge.",
      [],
    ],
    [
      "two colours of one thing",
      "The robbers fled the bank in a black van.",
      "The robbers fled the bank in a white van.",
      ["black vs white"],
    ],
    [
      "a denial against a confirmation",
      "The company confirmed on Monday that it had received a takeover offer.",
      "The company denied on Monday that it had received a takeover offer.",
      ["had received vs denied"],
    ],
    [
      "a denial of an act told by a word of the same sense",
      "The resort operator confirmed it had shut the gates to the north slope on Monday.",
      "The resort operator has denied that it closed the north slope on Monday.",
      ["had shut vs has denied"],
    ],
    [
      "a denial of an act against the act",
      "The company said on Monday it had received a takeover offer from a rival.",
      "The company denied receiving a takeover offer from a rival on Monday.",
      ["had received vs denied"],
    ],
    [
      "a negated subject against the act, the verb's past irregular",
      "No ransom was paid for the hostages, the ministry said.",
      "A ransom of $500,000 had been paid for the hostages, officials said.",
      ["No ransom was paid vs had been paid"],
    ],
    [
      "a denial agrees with a negation",
      "The company did not receive a takeover offer, it said on Monday.",
      "The company denied receiving a takeover offer on Monday.",
      [],
    ],
    [
      "a court denying an appeal denies no other act",
      "The court denied the appeal on Monday, lawyers said.",
      "The court heard the appeal on Monday, lawyers said.",
      [],
    ],
    [
      "an outlet that states both opposites tells of two acts",
      "The bridge was built in 1932 and closed for repairs last week.",
      "The bridge, which opened in 1935, closed last week for repairs.",
      [],
    ],
    [
      "two spellings of one colour",
      "The robbers fled the bank in a gray van.",
      "The robbers fled the bank in a grey van.",
      [],
    ],
    [
      "a shade and its colour",
      "The robbers fled the bank in a scarlet van.",
      "The robbers fled the bank in a red van.",
      [],
    ],
    [
      "one act on two floors",
      "The fire broke out on the third floor of the hostel late on Friday.",
      "The fire broke out on the sixth floor of the hostel late on Friday.",
      ["third floor vs sixth floor"],
    ],
    [
      "one named runner's two places, told by two verbs (and a subject set off by a description)",
      "Tomas Ruiz of Portugal finished third in the race, with the leaders well clear on Sunday.",
      "Portugal's Tomas Ruiz, the favourite, faded to fourth place in the race, with the leaders well clear on Sunday.",
      ["finished third vs fourth place"],
    ],
    [
      "one floor written two ways",
      "The fire broke out on the third floor of the hostel late on Friday.",
      "The fire broke out on the 3rd floor of the hostel late on Friday.",
      [],
    ],
    [
      "one player scoring in two halves",
      "Ruiz scored in the first half as the visitors won.",
      "Ruiz scored in the second half as the visitors won.",
      [],
    ],
    [
      "a wound in the trunk and in the head",
      "The guard was shot in the chest during the struggle.",
      "The guard was shot in the head during the struggle.",
      ["chest vs head"],
    ],
    [
      "two places of one wound",
      "The officer was shot in the arm during the struggle.",
      "The officer was shot in the leg during the struggle.",
      ["arm vs leg"],
    ],
    [
      "two kinds of one weapon",
      "The gunman opened fire with a rifle, police said.",
      "The gunman opened fire with a shotgun, police said.",
      ["rifle vs shotgun"],
    ],
    [
      "two rooms a fire started in",
      "The fire started in the kitchen, officials said.",
      "The fire started in a bedroom, officials said.",
      ["kitchen vs bedroom"],
    ],
    [
      "a part and its whole are one place",
      "The officer was shot in the face during the struggle.",
      "The officer was shot in the head during the struggle.",
      [],
    ],
    [
      "a kind and a kind of it",
      "The gunman opened fire with a pistol, police said.",
      "The gunman opened fire with a revolver, police said.",
      [],
    ],
    [
      "one outlet names both",
      "The officer was shot in the arm and the leg during the struggle.",
      "The officer was shot in the leg during the struggle.",
      [],
    ],
    ["two people's wounds", "The boy was shot in the arm on Friday.", "His brother was shot in the leg on Friday.", []],
  ])("%s", (_name, a, b, expected) => {
    expect(contrasts(a, b)).toEqual(expected);
  });
});

describe("a denial's row (contrast.ts, subject.ts)", () => {
  it("is headed by who denied, not by what the other clause's 'it' was read as", () => {
    const story = analyzeStory({
      articles: [
        "The dam held on Sunday. The county confirmed on Monday that it had received a federal grant for repairs.",
        "The dam held on Sunday. The county denied on Monday that it had received a federal grant for repairs.",
      ].map((text) => ({ text, publishedAt: "2024-03-08" })),
    });
    expect(story.groups.flatMap((g) => g.discrepancies.map((d) => d.subject))).toEqual(["The county's denial"]);
  });
});

describe("opposite complements of one event word (complements.ts)", () => {
  it.each([
    [
      "an adjective that says in what state the act left its object",
      "The girl was found alive on Sunday.",
      "The girl was found dead on Sunday.",
      ["found alive vs found dead"],
    ],
    [
      "after an object of one word, a name",
      "The jury found Hale guilty on all counts.",
      "The jury found Hale innocent on all counts.",
      ["found Hale guilty vs found Hale innocent"],
    ],
    [
      "of a phrasal verb, before a comma",
      "The test came back positive, officials said.",
      "The test came back negative, officials said.",
      ["came back positive vs came back negative"],
    ],
    [
      "an adverb of manner",
      "The two leaders met privately on Tuesday.",
      "The two leaders met publicly on Tuesday.",
      ["met privately vs met publicly"],
    ],
    [
      "before a word that is no noun",
      "The store was left open overnight.",
      "The store was left closed overnight.",
      ["left open vs left closed"],
    ],
    [
      "an adjective before a noun is the noun's",
      "Police found a dead dog inside the house.",
      "Police found a live grenade inside the house.",
      [],
    ],
    [
      "a time after the adverb is the adverb's ('late Monday')",
      "The road was closed early Monday and reopened late Monday, officials said.",
      "The road closed early Monday, officials said.",
      [],
    ],
    [
      "one outlet denies the other's antonym: they agree",
      "The hiker was found dead near the trail.",
      "The hiker was not found alive near the trail.",
      [],
    ],
    ["two words that are no antonyms", "The girl was found safe on Sunday.", "The girl was found alive on Sunday.", []],
    [
      "an outlet that gives both complements, each to its own act",
      "Shares opened lower but closed higher on Monday.",
      "Shares closed higher on Monday after opening lower.",
      [],
    ],
  ])("%s", (_, a, b, expected) => {
    expect(contrasts(a, b)).toEqual(expected);
  });
});
