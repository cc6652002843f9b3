import { describe, expect, it } from "vitest";
import { FLAG_REASONS, FLAG_STATUSES } from "../editors/flag-labels";
import { DISCREPANCY_KINDS } from "./data";
import { VOCABULARY, vocabularyContext, vocabularyJsonLd } from "./vocabulary";

const ORIGIN = "https://compare.example.org";

describe("our vocabulary", () => {
  it("names each term once, says what it means, and lists exactly the values the app writes", () => {
    const terms = VOCABULARY.map((t) => t.term);
    expect(new Set(terms).size).toBe(terms.length);
    for (const t of VOCABULARY) expect(t.comment.length, t.term).toBeGreaterThan(20);
    const values = Object.fromEntries(VOCABULARY.filter((t) => t.values).map((t) => [t.term, t.values]));
    expect(values).toEqual({
      discrepancyKind: DISCREPANCY_KINDS,
      flagReason: FLAG_REASONS,
      flagStatus: FLAG_STATUSES,
    });
  });

  it("points every domain and range at schema.org or at a class of its own", () => {
    const classes = new Set(VOCABULARY.filter((t) => t.kind === "Class").map((t) => `nc:${t.term}`));
    for (const t of VOCABULARY.filter((v) => v.kind === "Property")) {
      for (const iri of [t.domain, t.range]) {
        expect(iri, t.term).toBeDefined();
        expect(iri!.startsWith("schema:") || classes.has(iri!), `${t.term}: ${iri}`).toBe(true);
      }
    }
  });

  it("gives the JSON-LD context and the RDFS document the same terms, in the deployment's namespace", () => {
    const { nc, ...context } = vocabularyContext(ORIGIN);
    expect(nc).toBe(`${ORIGIN}/ns#`);
    const doc = vocabularyJsonLd(ORIGIN);
    expect(doc["@context"].nc).toBe(nc);
    expect(doc["@graph"].map((t) => t["@id"])).toEqual(Object.keys(context).map((t) => `nc:${t}`));
    expect(doc["@graph"].find((t) => t["@id"] === "nc:flagStatus")!["rdfs:comment"]).toContain(
      "open, resolved, reviewed-no-action",
    );
    expect(context.statedIn).toEqual({ "@id": "nc:statedIn", "@container": "@set", "@type": "@id" });
  });
});
