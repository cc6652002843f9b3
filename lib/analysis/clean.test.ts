import { describe, expect, it } from "vitest";
import { cleanArticle, isByline, isContact, isNotice, isQuoteFragment, isStamp } from "./clean";

const BODY = "Iran and Syria signed a defence agreement on Sunday, state media reported.";

describe("cleanArticle furniture", () => {
  it.each([
    ["read-time", "2 min read"],
    ["date-line", "27 August, 2018"],
    ["related", "Related Story"],
    ["related", "Related: Storm hits the coast"],
    ["related", "Read more: Fire in the city"],
    ["related", "See also: The budget in charts"],
    ["caption", "Syria's regime has taken control of much of the country [Getty]"],
    ["standfirst", "Iran and Syria's defence ministers have agreed to cooperate on military matters, as well as signi"],
  ])("sets aside %s: %s", (kind, line) => {
    const text = `${line}\n${BODY}`;
    const r = cleanArticle(text);
    expect(r.furniture.map((f) => [f.kind, f.text])).toContainEqual([kind, line]);
    expect(r.blocks.map((b) => b.text)).toEqual([BODY]);
  });

  it("keeps a sentence that opens with a label and states something", () => {
    const line = "Read more: the mayor said 12 people were hurt in the fire.";
    expect(cleanArticle(`${line}\n${BODY}`).blocks.map((b) => b.text)).toContain(line);
  });

  it("reads a printed date line as the article date", () => {
    expect(cleanArticle(`27 August, 2018\n${BODY}`).printedDate).toBe("2018-08-27");
    expect(cleanArticle(BODY).printedDate).toBeNull();
  });

  it("keeps a headline printed in the text once and sets aside its repetition", () => {
    const h = "Iran to help rebuild Syrian army";
    const r = cleanArticle(`${h}\n${h}\n${BODY}`);
    expect(r.furniture.map((f) => [f.kind, f.text])).toEqual([["headline", h]]);
    expect(r.blocks.map((b) => b.text)).toEqual([h, BODY]);
  });

  it("sets aside a headline set in Title Case like a page heading", () => {
    const h = "Iran to Maintain Military Presence in Syria: Official";
    const r = cleanArticle(`${h}\n${BODY}`);
    expect(r.furniture).toContainEqual(expect.objectContaining({ kind: "headline", text: h }));
    expect(r.blocks.map((b) => b.text)).toEqual([BODY]);
  });

  it("keeps a paragraph of several sentences that ends without a full stop", () => {
    const p =
      "The flag features a blue silhouette of the peninsula. It was most recently used at the 2006 Winter Games in Turin, Italy";
    const r = cleanArticle(`${BODY}\n${p}`);
    expect(r.blocks.map((b) => b.text)).toEqual([BODY, p]);
  });

  it("keeps a repeated paragraph once", () => {
    const other = "The agreement covers the reconstruction of Syria's military industries.";
    const r = cleanArticle(`${BODY}\n${other}\n${BODY}`);
    expect(r.blocks.map((b) => b.text)).toEqual([BODY, other]);
    expect(r.furniture.map((f) => f.kind)).toEqual(["repeat"]);
  });

  it("does not set aside an ordinary paragraph", () => {
    const r = cleanArticle(BODY);
    expect(r.furniture).toEqual([]);
    expect(r.blocks).toHaveLength(1);
  });
});

describe("cleanArticle dateline", () => {
  const text =
    "TEHRAN/LONDON (Dispatches) -- Iran will help rebuild Syria's army, its defence minister said.\nSecond paragraph is here with more words.";
  const r = cleanArticle(text);

  it("reads the source and place", () => {
    expect(r.dateline?.source).toBe("Dispatches");
    expect(r.dateline?.place).toBe("TEHRAN/LONDON");
  });

  it.each([
    ["DREVNIK, Saldria, April 17 (GWS) - Hundreds of people spent the night in tents.", "DREVNIK, Saldria", "GWS"],
    ["OSLO, Nov. 3, 2025 (NTB) - The bank raised its rate.", "OSLO", "NTB"],
    ["PORTLAND, Ore., March 9 - Two people were hurt.", "PORTLAND, Ore.", null],
  ])("reads a dateline with the day it was filed, and leaves the day out of the text: %s", (line, place, source) => {
    const d = cleanArticle(line);
    expect([d.dateline?.place, d.dateline?.source ?? null]).toEqual([place, source]);
    expect(d.blocks[0]!.text).toMatch(/^(?:Hundreds|The bank|Two people)/);
  });

  it("starts the first block after the dateline", () => {
    expect(r.blocks[0]!.text.startsWith("Iran will help")).toBe(true);
  });

  it("keeps offsets: every block's text is text.slice(start, end)", () => {
    const full = `2 min read\n  ${text}\n27 August, 2018\n${BODY}\n${BODY}`;
    const all = cleanArticle(full);
    expect(all.blocks.length).toBe(3);
    for (const b of [...all.blocks, ...all.furniture]) expect(b.text).toBe(full.slice(b.start, b.end));
    for (const b of r.blocks) expect(b.text).toBe(text.slice(b.start, b.end));
  });
});

// Lines a reader skips, each kind in the shapes pages print it. All invented.
const FURNITURE: Array<[string, string[]]> = [
  [
    "date-line",
    [
      "Updated 3/9/2014 2:15 PM",
      "4 June 2012 Last updated at 09:10 GMT",
      "Last updated at 11:24, Tuesday, 18 June 2013",
      "PUBLISHED: 16:05 GMT, 9 June 2013 | UPDATED: 06:55 GMT, 10 June 2013",
      "Published Sunday, Aug 4 2013,19:30 BST",
      "Posted: Mar 8, 2013 5:46 PM EST",
      "Posted on March 09,2013",
      "Updated 2:15 PM ET, Sun March 9, 2014",
      "Updated 09 / 14 / 2013 01:03 PM",
      "04 / 28 / 09 07:35 PM ET",
      "Published: 2012.08.08 09:01 AM",
      "Story Created: Aug 7,2012 at 9:56 AM AKDT",
      "First published on Tue 28 Apr 2009 22.34 BST",
      "Mar. 8 5:46 PM EST",
      "Release: 03 / 08 / 2013",
      "Updated 2 hours ago",
      "SATURDAY, SEPTEMBER 14,2013,9:29 PM",
      "WASHINGTON, DC, April 28, 2009",
    ],
  ],
  [
    "byline",
    [
      "By Jane Doe",
      "By JANE DOE and OMAR ROE, Associated Press",
      "By Jane Doe, Reuters",
      "By Jane Doe, AP Science Writer",
      "By Jane Doe | The Daily Star",
      "Jane Doe | Staff Writer",
      "Jane Doe, Associated Press",
      "Associated Press in Jakarta",
      "Staff and agencies",
      "Posted by Jane Doe",
      "By Jane Doe, CNN Updated 2:15 PM ET, Sun March 9, 2014",
      "Reporting by Jane Doe in Dover; Editing by Omar Roe",
      "(Reporting by Jane Doe and Li Wei in Hong Kong; Additional reporting by Omar Roe; Editing by Kay Lund)",
      "Associated Press writer Omar Roe in Dover contributed to this report.",
    ],
  ],
  [
    "caption",
    [
      "Image copyright Getty Images",
      "Image caption Rescuers searched the rubble through the night",
      "Photo: Jane Doe/Reuters",
      "Photograph: Jane Doe/AP",
      "AP Photo/Jane Doe",
      "Jane Doe/Getty Images",
      "Photo by Jane Doe/Getty Images",
      "Credit Jane Doe for The Daily Star",
      "Firefighters at the scene on Tuesday (AP Photo/Jane Doe)",
    ],
  ],
  [
    "related",
    [
      "Share this article",
      "Share this with Email Facebook Twitter",
      "Facebook Twitter Email Print",
      "Continue reading the main story",
      "Story continues below advertisement",
      "Media playback is unsupported on your device",
    ],
  ],
  [
    "notice",
    [
      "Copyright 2013 The Associated Press. All rights reserved.",
      "\u00a9 2013 Reuters",
      "(c) 2012 Cox Media Group. All rights reserved.",
      "This material may not be published, broadcast, rewritten or redistributed.",
    ],
  ],
  [
    "contact",
    [
      "Follow Jane Doe on Twitter @janedoe",
      "Email jdoe@example.com",
      "Jane Doe can be reached at jdoe@example.com or on Twitter: @jdoe.",
      "@janedoe",
    ],
  ],
  ["fragment", ["'Kind of a good question'", "\u201cOutrageous distortion\u201d", '"Devastated."']],
];

describe("cleanArticle sets aside furniture", () => {
  it.each(FURNITURE.flatMap(([kind, lines]) => lines.map((line) => [kind, line])))("%s: %s", (kind, line) => {
    const text = `${line}\n${BODY}`;
    const r = cleanArticle(text);
    expect(r.furniture.map((f) => [f.kind, f.text])).toContainEqual([kind, line]);
    expect(r.blocks.map((b) => b.text)).toEqual([BODY]);
  });

  it("reads a publication stamp as the article date", () => {
    expect(
      cleanArticle(`PUBLISHED: 16:05 GMT, 9 June 2013 | UPDATED: 06:55 GMT, 10 June 2013\n${BODY}`).printedDate,
    ).toBe("2013-06-09");
    expect(cleanArticle(`Last updated at 11:24, Tuesday, 18 June 2013\n${BODY}`).printedDate).toBe("2013-06-18");
  });

  it("sets aside a headline printed again in a token corpus's spacing", () => {
    const r = cleanArticle(`Magnitude-6.2 quake shakes Crete\n${BODY}\nMagnitude - 6 . 2 quake shakes Crete`);
    expect(r.blocks.map((b) => b.text)).toEqual(["Magnitude-6.2 quake shakes Crete", BODY]);
    expect(r.furniture.map((f) => f.kind)).toEqual(["headline"]);
  });
});

// Precision first: losing a claim is worse than keeping a stamp. Ordinary news lines with dates, times, numbers,
// quotes, names, addresses and words the furniture rules look for.
const NEWS = [
  "The quake struck at 07:37 a.m. on Tuesday, 2 July 2013, the survey said.",
  "Updated figures released on Monday show 24 people died.",
  "Posted guards stood at the gate from 9 p.m. until dawn.",
  "On Saturday 8 June 2013, at 8:39am police were called to a house in Newton Street.",
  "By noon, small clouds of smoke still rose from the pile of ash.",
  "By Friday, officials had counted 31 fire engines at the scene.",
  "By the time crews arrived, flames were coming out from under the eaves.",
  "Reporting by the Daily Star showed the mayor had misled voters.",
  "Jane Doe, the city's fire chief, said the blaze began at 3:30 a.m.",
  "Agencies in the two departments share responsibility for enforcing the act.",
  "Copyright lawyers said the 2013 ruling would be appealed.",
  "He wrote on Twitter that he was @home and safe, his brother said.",
  "Police asked anyone with information to email tips@police.example.org.",
  "Photos show the entire building going up in flames at once.",
  "Share prices fell 4.5 percent after the announcement on March 9, 2014.",
  '"We will rebuild the town," the mayor said on Wednesday.',
  '"Peter is in the house."',
  "The primary would be held on April 30.",
  "Witnesses said the car, a gray 2013 sedan, was going 50 mph.",
  "Scores of residents, 200 by one count, gathered at 5 p.m. on Sunday.",
  "Pictures by the dozen were posted online after the fire.",
  "Credit unions lend for less, the report said.",
  "Credit card fees for students rose in 2013",
  "Staff at the plant were sent home at 2 p.m.",
  "Jane Doe, a staff writer at the paper, was among the injured.",
];

describe("cleanArticle keeps ordinary news lines", () => {
  it.each(NEWS)("%s", (line) => {
    const r = cleanArticle(line);
    expect(r.furniture).toEqual([]);
    expect(r.blocks.map((b) => b.text)).toEqual([line]);
  });

  it.each(NEWS)("no furniture test claims it: %s", (line) => {
    expect([isStamp(line), isByline(line), isContact(line), isNotice(line), isQuoteFragment(line)]).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
