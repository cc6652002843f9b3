import { describe, expect, it } from "vitest";
import type { ClaimGroupPage } from "./data";
import { claimJsonLd, jsonLdContext, jsonLdScriptText, type JsonLdFlag } from "./json-ld";

const ORIGIN = "https://compare.example.org";
const hostile = 'He said "</script><script>alert(1)</script>" on Saturday <!-- & more \u2028';

const page: Pick<ClaimGroupPage, "group" | "story"> = {
  story: {
    id: "s1",
    slug: "visit-2018",
    title: "A visit",
    updatedAt: new Date("2026-11-24T10:00:00Z"),
    articles: [
      {
        id: "a",
        label: "Source A",
        title: "Visit, day one",
        url: "https://a.example/visit",
        publishedAt: "2018-08-26",
        position: 0,
      },
      { id: "b", label: "الجزيرة", title: null, url: null, publishedAt: null, position: 1 },
      { id: "c", label: "Silent Times", title: null, url: null, publishedAt: null, position: 2 },
    ],
  },
  group: {
    id: "g1",
    kind: "claim",
    position: 0,
    subject: null,
    soleSource: false,
    coverage: { articles: ["a", "b"], independent: 2, copies: [] },
    cells: [
      { claimId: "ca", articleId: "a", start: 0, end: hostile.length, text: hostile },
      { claimId: "cb1", articleId: "b", start: 10, end: 20, text: "قال إن الزيارة كانت يوم الأحد." },
      { claimId: "cb2", articleId: "b", start: 50, end: 60, text: "The visit was on Monday." },
    ],
    discrepancies: [
      {
        kind: "date",
        detail: "dated Saturday (Source A) vs Sunday (الجزيرة) vs Monday (الجزيرة)",
        diff: null,
        subject: "Date of Amir Hatami's visit",
        confidence: 0.7,
        basis: { holder: "Amir Hatami", event: "visit", signals: { date: 1 } },
        values: [
          { value: "Saturday", articles: ["a"], claims: ["ca"], spans: [] },
          { value: "Sunday", articles: ["b"], claims: ["cb1"], spans: [] },
          { value: "Monday", articles: ["b"], claims: ["cb2"], spans: [] },
        ],
      },
    ],
  },
};
const flags: JsonLdFlag[] = [
  {
    articleId: null,
    reason: "contradiction-confirmed",
    status: "open",
    createdAt: new Date("2026-11-20T08:00:00Z"),
    updatedAt: new Date("2026-11-21T08:00:00Z"),
  },
  {
    articleId: "b",
    reason: "extraction-error",
    status: "resolved",
    createdAt: new Date("2026-11-20T09:00:00Z"),
    updatedAt: new Date("2026-11-20T09:00:00Z"),
  },
];

describe("a claim as schema.org JSON-LD", () => {
  const doc = claimJsonLd(page, flags, ORIGIN);

  it("is a Claim identified by its permalink, part of its story", () => {
    expect(doc).toMatchObject({
      "@type": "Claim",
      "@id": `${ORIGIN}/claims/g1`,
      url: `${ORIGIN}/claims/g1`,
      text: hostile,
      soleSource: false,
      dateModified: "2026-11-24T10:00:00.000Z",
    });
    // Named as the permalink is: its subject and split (the open flag and the cell flag leave it standing).
    expect(doc.name).toBe("Date of Amir Hatami's visit: Saturday (1) · Sunday (1) · Monday (1)");
    expect(doc.isPartOf).toEqual({
      "@type": "WebPage",
      "@id": `${ORIGIN}/stories/visit-2018`,
      url: `${ORIGIN}/stories/visit-2018`,
      name: "A visit",
    });
  });

  it("has one appearance per outlet that carries it, with publisher, date, address and every quoted sentence", () => {
    expect(doc.appearance).toEqual([
      {
        "@type": "NewsArticle",
        "@id": `${ORIGIN}/articles/a`,
        url: "https://a.example/visit",
        headline: "Visit, day one",
        datePublished: "2018-08-26",
        publisher: { "@type": "Organization", name: "Source A" },
        hasPart: [{ "@type": "Quotation", text: hostile, url: `${ORIGIN}/articles/a#claim-ca` }],
      },
      {
        // No address of its own: its page here.
        "@type": "NewsArticle",
        "@id": `${ORIGIN}/articles/b`,
        url: `${ORIGIN}/articles/b`,
        publisher: { "@type": "Organization", name: "الجزيرة" },
        hasPart: [
          { "@type": "Quotation", text: "قال إن الزيارة كانت يوم الأحد.", url: `${ORIGIN}/articles/b#claim-cb1` },
          { "@type": "Quotation", text: "The visit was on Monday.", url: `${ORIGIN}/articles/b#claim-cb2` },
        ],
      },
    ]);
  });

  it("states the discrepancy: each value with the appearances that state it", () => {
    expect(doc.discrepancy).toEqual([
      {
        "@type": "Discrepancy",
        discrepancyKind: "date",
        name: "Date of Amir Hatami's visit",
        description: "dated Saturday (Source A) vs Sunday (الجزيرة) vs Monday (الجزيرة)",
        confidence: 0.7,
        basis: { holder: "Amir Hatami", event: "visit", signals: { date: 1 } },
        statedValue: [
          { "@type": "PropertyValue", value: "Saturday", statedIn: [`${ORIGIN}/articles/a`] },
          { "@type": "PropertyValue", value: "Sunday", statedIn: [`${ORIGIN}/articles/b`] },
          { "@type": "PropertyValue", value: "Monday", statedIn: [`${ORIGIN}/articles/b`] },
        ],
      },
    ]);
    const appearances = new Set(doc.appearance.map((a) => a["@id"]));
    for (const v of doc.discrepancy.flatMap((d) => d.statedValue))
      for (const id of v.statedIn) expect(appearances).toContain(id);
  });

  it("carries the flags' public outcome only", () => {
    expect(doc.reviewFlag).toEqual([
      {
        "@type": "ReviewFlag",
        flagReason: "contradiction-confirmed",
        flagStatus: "open",
        dateCreated: "2026-11-20T08:00:00.000Z",
        dateModified: "2026-11-21T08:00:00.000Z",
      },
      {
        "@type": "ReviewFlag",
        flagReason: "extraction-error",
        flagStatus: "resolved",
        dateCreated: "2026-11-20T09:00:00.000Z",
        dateModified: "2026-11-20T09:00:00.000Z",
        about: { "@id": `${ORIGIN}/articles/b` },
      },
    ]);
  });

  it("uses only schema.org terms and the terms its context defines in our namespace", () => {
    const [schema, ours] = jsonLdContext(ORIGIN);
    expect(schema).toBe("https://schema.org");
    expect(ours.nc).toBe(`${ORIGIN}/ns#`);
    const schemaTerms = new Set([
      "url",
      "name",
      "description",
      "text",
      "dateModified",
      "isPartOf",
      "appearance",
      "headline",
      "datePublished",
      "publisher",
      "hasPart",
      "value",
      "dateCreated",
      "about",
    ]);
    const schemaTypes = new Set(["Claim", "WebPage", "NewsArticle", "Organization", "Quotation", "PropertyValue"]);
    const keys = new Set<string>();
    const types = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (v && typeof v === "object")
        for (const [k, x] of Object.entries(v)) {
          if (k === "@context") continue;
          // A JSON literal ("@type": "@json", as basis is) is a value, not more linked data.
          const def = Object.hasOwn(ours, k) ? (ours[k] as { "@type"?: string }) : undefined;
          if (def?.["@type"] === "@json") {
            keys.add(k);
            continue;
          }
          if (k === "@type") types.add(x as string);
          else if (!k.startsWith("@")) keys.add(k);
          walk(x);
        }
    };
    walk(doc);
    for (const k of keys) expect(schemaTerms.has(k) || Object.hasOwn(ours, k), `term ${k}`).toBe(true);
    for (const t of types) expect(schemaTypes.has(t) || Object.hasOwn(ours, t), `type ${t}`).toBe(true);
    for (const [term, def] of Object.entries(ours))
      if (term !== "nc") expect(JSON.stringify(def)).toContain(`"nc:${term}"`);
  });
});

describe("JSON-LD inside a script element", () => {
  const doc = claimJsonLd(page, flags, ORIGIN);
  const text = jsonLdScriptText(doc);

  it("cannot end the script or open a comment, whatever the claim says", () => {
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text.toLowerCase()).not.toContain("</script");
  });

  it("parses back to the same document", () => {
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
