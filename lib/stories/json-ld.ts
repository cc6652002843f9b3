import type { FlagReason, FlagStatus } from "../editors/flag-labels";
import type { ClaimGroupPage, DiscrepancyKind } from "./data";
import type { DiscrepancyBasisJson } from "./json";
import { claimDescription, claimHeadline } from "./permalink";
import { cellsByArticle } from "./row-values";
import { verdictOfFlags } from "./verdicts";
import { vocabularyContext } from "./vocabulary";

/**
 * A claim row as linked data: a schema.org `Claim` with one `appearance` per outlet that carries it (a NewsArticle
 * with its publisher, date, address and the quoted sentences), and what schema.org has no word for, the discrepancy
 * between the appearances, in terms of our own namespace (docs/decisions/006-exports.md lists them). The permalink
 * page embeds the same document that /claims/<id>/claim.jsonld serves.
 */

/** schema.org's terms, then ours (lib/stories/vocabulary.ts), each `<origin>/ns#<term>` and defined on /ns. */
export function jsonLdContext(origin: string) {
  return ["https://schema.org", vocabularyContext(origin)] as const;
}

/** The public face of a flag (lib/editors/flags.ts publicGroupFlags): no note, no editor. */
export interface JsonLdFlag {
  articleId: string | null;
  reason: FlagReason;
  status: FlagStatus;
  createdAt: Date;
  updatedAt: Date;
}

export interface ClaimJsonLd {
  "@context": ReturnType<typeof jsonLdContext>;
  "@type": "Claim";
  "@id": string;
  url: string;
  name: string;
  description: string;
  text: string;
  dateModified: string;
  isPartOf: { "@type": "WebPage"; "@id": string; url: string; name: string };
  soleSource: boolean;
  appearance: Array<{
    "@type": "NewsArticle";
    "@id": string;
    url: string;
    headline?: string;
    datePublished?: string;
    publisher: { "@type": "Organization"; name: string };
    hasPart: Array<{ "@type": "Quotation"; text: string; url: string }>;
  }>;
  discrepancy: Array<{
    "@type": "Discrepancy";
    discrepancyKind: DiscrepancyKind;
    /** What the outlets disagree about ("Date of Amir Hatami's visit"), when the analysis named it. */
    name?: string;
    description: string;
    confidence?: number;
    basis?: DiscrepancyBasisJson;
    statedValue: Array<{ "@type": "PropertyValue"; value: string; statedIn: string[] }>;
  }>;
  reviewFlag: Array<{
    "@type": "ReviewFlag";
    flagReason: FlagReason;
    flagStatus: FlagStatus;
    dateCreated: string;
    dateModified: string;
    about?: { "@id": string };
  }>;
}

export function claimJsonLd(
  page: Pick<ClaimGroupPage, "group" | "story">,
  flags: JsonLdFlag[],
  origin: string,
): ClaimJsonLd {
  const { group, story } = page;
  const labels = new Map(story.articles.map((a) => [a.id, a.label]));
  const labelOf = (a: string) => labels.get(a) ?? "an outlet";
  const permalink = `${origin}/claims/${encodeURIComponent(group.id)}`;
  const storyUrl = `${origin}/stories/${encodeURIComponent(story.slug)}`;
  // The appearance is identified by its page here: every article has one, not every article has its outlet's URL.
  const appearanceId = (articleId: string) => `${origin}/articles/${encodeURIComponent(articleId)}`;
  const byArticle = cellsByArticle(group);
  // Named and described as the permalink page is: with what editors decided.
  const verdict = verdictOfFlags(flags);
  return {
    "@context": jsonLdContext(origin),
    "@type": "Claim",
    "@id": permalink,
    url: permalink,
    name: claimHeadline(group, labelOf, verdict),
    description: claimDescription(group, labelOf, 600, verdict),
    text: group.cells[0]?.text ?? "",
    dateModified: story.updatedAt.toISOString(),
    isPartOf: { "@type": "WebPage", "@id": storyUrl, url: storyUrl, name: story.title },
    soleSource: group.soleSource,
    appearance: story.articles
      .filter((a) => byArticle.has(a.id))
      .map((a) => ({
        "@type": "NewsArticle",
        "@id": appearanceId(a.id),
        url: a.url ?? appearanceId(a.id),
        ...(a.title && { headline: a.title }),
        ...(a.publishedAt && { datePublished: a.publishedAt }),
        publisher: { "@type": "Organization", name: a.label },
        hasPart: (byArticle.get(a.id) ?? []).map((c) => ({
          "@type": "Quotation",
          text: c.text,
          url: `${appearanceId(a.id)}#claim-${c.claimId}`,
        })),
      })),
    discrepancy: group.discrepancies.map((d) => ({
      "@type": "Discrepancy",
      discrepancyKind: d.kind,
      ...(d.subject !== null && { name: d.subject }),
      description: d.detail,
      ...(d.confidence !== null && { confidence: d.confidence }),
      ...(d.basis !== null && { basis: d.basis }),
      statedValue: d.values.map((v) => ({
        "@type": "PropertyValue",
        value: v.value,
        statedIn: v.articles.map(appearanceId),
      })),
    })),
    reviewFlag: flags.map((f) => ({
      "@type": "ReviewFlag",
      flagReason: f.reason,
      flagStatus: f.status,
      dateCreated: f.createdAt.toISOString(),
      dateModified: f.updatedAt.toISOString(),
      ...(f.articleId && { about: { "@id": appearanceId(f.articleId) } }),
    })),
  };
}

/**
 * JSON for inside <script type="application/ld+json">: `<`, `>` and `&` as \u escapes, so a claim holding
 * "</script>" or "<!--" cannot end the script early, and U+2028/2029 escaped for old JavaScript parsers. The escapes
 * are JSON string escapes: the text parses back to the same document.
 */
export function jsonLdScriptText(doc: unknown): string {
  return JSON.stringify(doc).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
