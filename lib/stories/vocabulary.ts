import { FLAG_REASONS, FLAG_STATUSES } from "../editors/flag-labels";
import { DISCREPANCY_KINDS } from "./data";

/**
 * Our own linked-data terms, beside schema.org's: what the claim JSON-LD (lib/stories/json-ld.ts) says that
 * schema.org has no word for. Each term is `<origin>/ns#<term>`, and /ns (app/ns/page.tsx) defines it there, so a
 * reader or a tool that follows one of these addresses finds what it means. The JSON-LD context is built from this
 * list, so the two cannot drift apart.
 */
export interface VocabularyTerm {
  term: string;
  kind: "Class" | "Property";
  /** What it means, for a person reading /ns. */
  comment: string;
  /** The types a property is used on, and the type of its values (compact IRIs: schema: or nc:). */
  domain?: string;
  range?: string;
  /** The only values a property takes. */
  values?: readonly string[];
  /** How the JSON-LD context reads the term: a set of values, or values that are addresses. */
  container?: "@set";
  type?: "@id" | "@json";
}

export const VOCABULARY: readonly VocabularyTerm[] = [
  {
    term: "Discrepancy",
    kind: "Class",
    comment:
      "A point on which the outlets that carry a claim disagree: a date, a number, a name, the wording of a quote, or who said it.",
  },
  {
    term: "discrepancy",
    kind: "Property",
    domain: "schema:Claim",
    range: "nc:Discrepancy",
    container: "@set",
    comment: "A disagreement between the claim's appearances. A claim on which every outlet agrees has none.",
  },
  {
    term: "discrepancyKind",
    kind: "Property",
    domain: "nc:Discrepancy",
    range: "schema:Text",
    values: DISCREPANCY_KINDS,
    comment:
      "What the outlets disagree on: a date, a number, a name (entity), the wording of a quote, its attribution, or a statement one outlet denies or opposes (statement).",
  },
  {
    term: "confidence",
    kind: "Property",
    domain: "nc:Discrepancy",
    range: "schema:Number",
    comment:
      "How sure the analysis is that the competing values state one fact and disagree, from 0 to 1. A ranking aid, not a probability fitted to data.",
  },
  {
    term: "basis",
    kind: "Property",
    domain: "nc:Discrepancy",
    range: "schema:Text",
    type: "@json",
    comment:
      "What the discrepancy rests on, as a JSON object: who or what the values are about (holder), the event they date or count, what is measured, and the signals the confidence weighs (each 0 to 1).",
  },
  {
    term: "statedValue",
    kind: "Property",
    domain: "nc:Discrepancy",
    range: "schema:PropertyValue",
    container: "@set",
    comment:
      "One of the competing values, as a schema:PropertyValue whose schema:value is what some of the outlets say.",
  },
  {
    term: "statedIn",
    kind: "Property",
    domain: "schema:PropertyValue",
    range: "schema:NewsArticle",
    container: "@set",
    type: "@id",
    comment: "The appearances (by their @id) that state this value.",
  },
  {
    term: "soleSource",
    kind: "Property",
    domain: "schema:Claim",
    range: "schema:Boolean",
    comment: "True when only one outlet of the story carries the claim.",
  },
  {
    term: "ReviewFlag",
    kind: "Class",
    comment:
      "An editor's verdict on a claim row or on one outlet's version of it. The public record: reason, status and dates; never the note or the editor.",
  },
  {
    term: "reviewFlag",
    kind: "Property",
    domain: "schema:Claim",
    range: "nc:ReviewFlag",
    container: "@set",
    comment:
      "An editor's flag on the claim. A flag on one outlet's version has schema:about pointing at that appearance.",
  },
  {
    term: "flagReason",
    kind: "Property",
    domain: "nc:ReviewFlag",
    range: "schema:Text",
    values: FLAG_REASONS,
    comment: "Why the editor flagged it.",
  },
  {
    term: "flagStatus",
    kind: "Property",
    domain: "nc:ReviewFlag",
    range: "schema:Text",
    values: FLAG_STATUSES,
    comment: "Where the review stands.",
  },
];

/** The namespace's address on this deployment. */
export const namespaceOf = (origin: string) => `${origin}/ns#`;

type ContextEntry = string | { "@id": string; "@container"?: "@set"; "@type"?: "@id" | "@json" };

/** The terms as a JSON-LD context object: `nc` itself, then each term as `nc:<term>`. */
export function vocabularyContext(origin: string): Record<string, ContextEntry> {
  const context: Record<string, ContextEntry> = { nc: namespaceOf(origin) };
  for (const t of VOCABULARY) {
    const id = `nc:${t.term}`;
    context[t.term] =
      t.container || t.type
        ? { "@id": id, ...(t.container && { "@container": t.container }), ...(t.type && { "@type": t.type }) }
        : id;
  }
  return context;
}

/** The vocabulary itself as JSON-LD (RDFS, with schema.org's domainIncludes and rangeIncludes), served on /ns. */
export function vocabularyJsonLd(origin: string) {
  return {
    "@context": {
      rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
      rdfs: "http://www.w3.org/2000/01/rdf-schema#",
      schema: "https://schema.org/",
      nc: namespaceOf(origin),
    },
    "@graph": VOCABULARY.map((t) => ({
      "@id": `nc:${t.term}`,
      "@type": t.kind === "Class" ? "rdfs:Class" : "rdf:Property",
      "rdfs:label": t.term,
      "rdfs:comment": t.values ? `${t.comment} One of: ${t.values.join(", ")}.` : t.comment,
      ...(t.domain && { "schema:domainIncludes": { "@id": t.domain } }),
      ...(t.range && { "schema:rangeIncludes": { "@id": t.range } }),
    })),
  };
}
