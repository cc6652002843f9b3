import { describe, expect, it } from "vitest";
import { extractCharges } from "./charges";
import { splitSentences } from "./nlp";
import { analyzeStory } from "./analyze";

const charges = (s: string) => extractCharges(splitSentences(s, 0)[0]!.tokens).map((c) => [c.act, c.crimes]);

describe("extractCharges", () => {
  it.each([
    ["Tom Reed pleaded guilty to conspiracy before Judge Ann Fox.", [["plea", ["conspiracy"]]]],
    ["Reed pleaded guilty on Monday to one felony fraud count in connection with the loans.", [["plea", ["fraud"]]]],
    ["Reed's guilty plea was to a bribery charge.", [["plea", ["bribery"]]]],
    [
      "Ruiz was charged with criminally negligent homicide, vehicular manslaughter, leaving the scene and DWI.",
      [["charge", ["homicide", "manslaughter"]]], // an act ("leaving the scene") ends the list
    ],
    ["The driver has been charged in her murder, police said.", [["charge", ["murder"]]]],
    ["Police arrested 46 people on charges of rioting and assault.", [["charge", ["assault", "rioting"]]]],
    ["Ruiz was charged with the murder of his mother and sister.", [["charge", ["murder"]]]],
    ["Reed's guilty plea was to a bribery charge, court papers show.", [["plea", ["bribery"]]]],
    ["Now the driver is facing manslaughter charges.", [["charge", ["manslaughter"]]]],
    ["Ruiz faces charges of arson and burglary, prosecutors said.", [["charge", ["arson", "burglary"]]]],
    ["He faces two counts of murder.", [["charge", ["murder"]]]],
  ])("%s", (s, expected) => {
    expect(charges(s)).toEqual(expected);
  });

  it.each([
    ["an act, not a crime", "She pleaded guilty to filing false tax returns."],
    ["a gerund and its list", "He was accused of killing his mother, sister and dog."],
    ["a place", "Reed pleaded guilty in a federal courtroom on Monday."],
    ["what one faces, if not charges", "The mayor faced criticism of the plan, and faces a long fight in court."],
    ["people", "Reed agreed to plead guilty in a deal with federal prosecutors."],
    ["a bill", "Expenses charged by Reed to his campaign included a fur cape."],
  ])("names no crime for %s", (_name, s) => {
    expect(charges(s)).toEqual([]);
  });
});

describe("charge rows (charge-rows.ts)", () => {
  const flags = (...texts: string[]) =>
    analyzeStory({ articles: texts.map((text) => ({ text, publishedAt: "2013-02-20" })) }).groups.flatMap((g) =>
      g.discrepancies.filter((d) => d.kind === "statement").map((d) => d.values.map((v) => v.value)),
    );

  it("flags one person's plea named as two different crimes", () => {
    expect(
      flags(
        "Tom Reed Jr. pleaded guilty on Monday to one felony fraud count in connection with the loans.",
        "The judge set sentencing for June. Reed's guilty plea was to a conspiracy charge.",
      ),
    ).toEqual([["fraud", "conspiracy"]]);
  });

  it("flags one person described alike in one row, charged with two different crimes", () => {
    expect(
      flags(
        "The driver was charged with murder after the crash on Friday, police said.",
        "Police said the driver was charged with manslaughter after the crash on Friday.",
      ),
    ).toEqual([["murder", "manslaughter"]]);
  });

  it.each([
    [
      "fewer crimes named",
      "Ana Ruiz was charged with vehicular manslaughter on Friday.",
      "Ana Ruiz was charged with vehicular manslaughter and criminally negligent homicide on Friday.",
    ],
    [
      "a charge told as one more",
      "Ana Ruiz was charged with murder on Friday.",
      "Ana Ruiz has also been charged with animal cruelty, police said on Friday.",
    ],
    ["two people", "Ana Ruiz was charged with murder on Friday.", "Tom Reed was charged with burglary on Friday."],
    ["people not named", "A man was charged with murder on Friday.", "His wife was charged with tax fraud on Friday."],
  ])("does not flag %s", (_name, a, b) => {
    expect(flags(a, b)).toEqual([]);
  });
});
