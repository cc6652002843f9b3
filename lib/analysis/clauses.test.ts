import { describe, expect, it } from "vitest";
import { splitSentences } from "./nlp";
import { splitClauses, type ClauseKind } from "./clauses";

const clausesOf = (s: string) => {
  const tokens = splitSentences(s, 0).flatMap((x) => x.tokens);
  return splitClauses(tokens).map((c) => ({
    kind: c.kind,
    text: tokens
      .slice(c.from, c.to)
      .map((t) => t.text)
      .join(" "),
    predicate: c.predicate >= 0 ? tokens[c.predicate]!.lemma : "",
    subject: c.subject
      ? tokens
          .slice(c.subject[0], c.subject[1])
          .map((t) => t.text)
          .join(" ")
      : "",
    attachedTo: c.attachedTo >= 0 ? tokens[c.attachedTo]!.text : "",
    negated: c.negated,
  }));
};

describe("splitClauses", () => {
  it.each<[string, string, Array<[ClauseKind, string, string]>]>([
    [
      "two subjects, each with its verb",
      "Maria Lopez scored 21 points and Tom Reed scored 9 for the visitors.",
      [
        ["main", "score", "Maria Lopez"],
        ["coordinate", "score", "Tom Reed"],
      ],
    ],
    [
      "an opening phrase of time is followed by the main clause, not an appositive",
      "On Monday, the minister arrived in Damascus for talks.",
      [["main", "arrive", "the minister"]],
    ],
    ["a year opening the sentence", "In 2004, a tsunami killed 230,000 people.", [["main", "kill", "a tsunami"]]],
    ["a lone adverb opening the sentence", "Earlier, the minister left Tehran.", [["main", "leave", "the minister"]]],
    [
      "an infinitive's subject is its finite verb's",
      "Ana Ruiz had been in the old neighbourhood to visit Tom Reed.",
      [["main", "visit", "Ana Ruiz"]],
    ],
    [
      "one subject, two verbs",
      "The storm destroyed 40 homes and injured 12 residents, officials said.",
      [
        ["main", "destroy", "The storm"],
        ["coordinate", "injure", ""],
        ["frame", "say", "officials"],
      ],
    ],
    [
      "a reporting verb with whom it told is a frame",
      "The fire destroyed the depot, police told reporters on Monday.",
      [
        ["main", "destroy", "The fire"],
        ["frame", "tell", "police"],
      ],
    ],
    [
      "a reporting verb whose object is an act states it",
      "No group has claimed responsibility for the attack.",
      [["main", "claim", "No group"]],
    ],
    [
      "a reporting verb whose object is what was said states it",
      "The senator denied the allegations.",
      [["main", "deny", "The senator"]],
    ],
    [
      "a relative clause inside the main one",
      "Grant, who lived two miles away in Elmwood, was taken to Mercy Hospital.",
      [
        ["main", "take", "Grant"],
        ["relative", "live", ""],
      ],
    ],
    [
      "a subject's relative clause without commas",
      "The 1998 flood that destroyed 300 homes was caused by a storm off the coast.",
      [
        ["main", "cause", "The 1998 flood"],
        ["relative", "destroy", ""],
      ],
    ],
    [
      "an object relative clause with its own subject",
      "The house where the mayor grew up was sold on Friday.",
      [
        ["main", "sell", "The house"],
        ["relative", "grow", "the mayor"],
      ],
    ],
    [
      "a relative clause after the verb is the object's, to the clause's end",
      "Rescuers found a dog that had survived for nine days.",
      [
        ["main", "find", "Rescuers"],
        ["relative", "survive", ""],
      ],
    ],
    [
      "'that' after a verb of saying and a day opens what was said",
      "The company confirmed on Monday that it had received a takeover offer.",
      [["main", "receive", "it"]],
    ],
    [
      "a participle phrase opening the sentence",
      "Born in 1941 in Millbrook, Hale joined the orchestra in 1968.",
      [
        ["main", "join", "Hale"],
        ["participle", "bear", ""],
      ],
    ],
    [
      "a subject's description with a relative clause, closed before the verb",
      "Marcus Hale, the trumpeter who played with the orchestra for three decades, died on Saturday.",
      [
        ["main", "die", "Marcus Hale"],
        ["appositive", "play", ""],
      ],
    ],
    [
      "a past participle set off by commas after the subject",
      "The party, held on May 3, was attended by about 30 people.",
      [
        ["main", "attend", "The party"],
        ["relative", "hold", ""],
      ],
    ],
    [
      "a verbless phrase opening with an adverb is about the whole noun phrase",
      "The war in Syria, now in its eighth year, has killed thousands.",
      [
        ["main", "kill", "The war"],
        ["appositive", "", ""],
      ],
    ],
    [
      "'that' after a reporting verb's object introduces what was said",
      "The coach told reporters that the team played well.",
      [["main", "play", "the team"]],
    ],
    [
      "a subordinate clause whose subject has an appositive",
      "She is the first mayor since Tom Reed, a Democrat, won the office in 1990.",
      [
        ["main", "mayor", "She"],
        ["subordinate", "win", "Tom Reed"],
        ["appositive", "", ""],
      ],
    ],
    [
      "a participle phrase right after the subject, without commas",
      "Two miners trapped by the collapse were rescued on Thursday.",
      [
        ["main", "rescue", "Two miners"],
        ["relative", "trap", ""],
      ],
    ],
    [
      "a participle phrase after a subject whose amount is modified",
      "About 650 dock workers employed by the port will strike on Friday.",
      [
        ["main", "strike", "650 dock workers"],
        ["relative", "employ", ""],
      ],
    ],
    [
      "a past tense after the subject, with its object, is the clause's verb",
      "Police arrested two men near the bank on Friday.",
      [["main", "arrest", "Police"]],
    ],
    [
      "a verb of saying before a preposition is the clause's verb, not a participle of its subject",
      "Police said on Monday that two men had been arrested.",
      [["main", "arrest", "two men"]],
    ],
    [
      "a participle after the object, without its agent, up to the next clause",
      "Rescuers tried to reach 12 miners trapped 350 metres below ground since a tunnel caved in.",
      [
        ["main", "try", "Rescuers"],
        ["relative", "trap", ""],
        ["subordinate", "cave", "a tunnel"],
      ],
    ],
    [
      "a past tense after the subject, before a particle and an object, is the clause's verb",
      "The company laid off 300 workers hired in 2019.",
      [
        ["main", "lay", "The company"],
        ["relative", "hire", ""],
      ],
    ],
    [
      "an irregular simple past after an object's noun is a verb, not a participle",
      "Officials said the toll rose to 11 on Monday.",
      [["main", "rise", "the toll"]],
    ],
    [
      "a participle after the object ends before a relative clause of its own",
      "The firm will repair 4,000 vans built from 2018 to 2020 over a hose that can leak.",
      [
        ["main", "repair", "The firm"],
        ["relative", "build", ""],
        ["relative", "leak", ""],
      ],
    ],
    [
      "a passive participle with its agent after the verb",
      "The storm flooded a town hit by the 1998 floods.",
      [
        ["main", "flood", "The storm"],
        ["relative", "hit", ""],
      ],
    ],
    [
      "a participle clause",
      "The gunman opened fire on the crowd, killing three people.",
      [
        ["main", "open", "The gunman"],
        ["participle", "kill", ""],
      ],
    ],
    [
      "an appositive title",
      "Dana Whitfield, the chief financial officer of Corvex, resigned on Monday.",
      [
        ["main", "resign", "Dana Whitfield"],
        ["appositive", "", ""],
      ],
    ],
    [
      "a part of a total",
      "The firm will pay $80 million for the startup, including $20 million in stock.",
      [
        ["main", "pay", "The firm"],
        ["part", "include", ""],
      ],
    ],
    [
      "a subordinate clause opening the sentence",
      "After the bridge collapsed, divers searched the river for survivors.",
      [
        ["main", "search", "divers"],
        ["subordinate", "collapse", "the bridge"],
      ],
    ],
    [
      "a subject's relative clause after an opening phrase",
      "If approved, eligible members who join by June 30 will receive a refund.",
      [
        ["main", "receive", "eligible members"],
        ["subordinate", "approve", ""],
        ["relative", "join", ""],
      ],
    ],
  ])("%s", (_name, sentence, expected) => {
    expect(clausesOf(sentence).map((c) => [c.kind, c.predicate, c.subject])).toEqual(expected);
  });

  it("attaches a relative clause and an appositive to the name they describe", () => {
    expect(clausesOf("Grant, who lived two miles away, was taken to hospital.")[1]!.attachedTo).toBe("Grant");
    expect(clausesOf("Dana Whitfield, the chief financial officer of Corvex, resigned.")[1]!.attachedTo).toBe(
      "Whitfield",
    );
    // A phrase opening with an adverb tells of the whole noun phrase; a relative after the verb, of the object.
    expect(clausesOf("The war in Syria, now in its eighth year, has killed thousands.")[1]!.attachedTo).toBe("war");
    expect(clausesOf("Crews fought a wildfire near Pine Hollow that has burned 900 acres.")[1]!.attachedTo).toBe(
      "wildfire",
    );
  });

  it.each([
    ["The dam did not break, engineers said.", true],
    ["The dam never broke during the flood.", true],
    ["The dam broke during the flood.", false],
    ["Police said the suspect was not armed.", true],
    ["Police did not say whether the suspect was armed.", false],
  ])("reads negation: %s", (sentence, negated) => {
    expect(clausesOf(sentence)[0]!.negated).toBe(negated);
  });

  // "Has no plans to" denies the act intended.
  it.each([
    ["The union has no plans to ballot its members.", "ballot", true],
    ["The owner had no immediate intention of selling the club.", "sell", true],
    ["The union has plans to ballot its members.", "plan", false],
    ["The city has no money for the repairs.", "have", true],
  ])("reads the act a 'have no plans' denies: %s", (sentence, predicate, negated) => {
    expect([clausesOf(sentence)[0]!.predicate, clausesOf(sentence)[0]!.negated]).toEqual([predicate, negated]);
  });

  it.each([
    ["Police said the suspect was not armed.", "armed"],
    ["The mayor told reporters the bridge was safe.", "safe"],
    ["He said he was a former student of the school.", "student"],
    ["The minister said so on Monday.", "say"],
  ])("reads what a reporting verb reports as the event word when it is a 'be' clause: %s", (sentence, predicate) => {
    expect(clausesOf(sentence)[0]!.predicate).toBe(predicate);
  });

  it.each([
    ["Hale has been in office since 2009.", "office"],
    ["The suspect was in custody on Monday.", "custody"],
    // A place with a determiner or a name is where, not a state.
    ["The minister was in the capital on Monday.", ""],
    ["The minister was in Damascus on Monday.", ""],
  ])("reads a state said with a bare preposition as the event word of a 'be' clause: %s", (sentence, predicate) => {
    expect(clausesOf(sentence)[0]!.predicate).toBe(predicate);
  });

  it.each([
    ["a list of nouns", "Police seized rifles, pistols and ammunition from the house."],
    ["what was said", "He said that Smith and Jones were injured in the crash."],
    ["a modifier, not a clause", "The lawsuit covers as many as 1.5 million women seeking back pay."],
  ])("keeps %s in one clause", (_name, sentence) => {
    expect(clausesOf(sentence).filter((c) => c.kind !== "frame")).toHaveLength(1);
  });
});
