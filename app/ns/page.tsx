import type { Metadata } from "next";
import { headers } from "next/headers";
import { originOf } from "@/lib/public-origin";
import { jsonLdScriptText } from "@/lib/stories/json-ld";
import { namespaceOf, VOCABULARY, vocabularyJsonLd, type VocabularyTerm } from "@/lib/stories/vocabulary";

/**
 * /ns: where the terms of our own namespace (`<origin>/ns#<term>`, used by the claim JSON-LD) are defined. Each term
 * has its anchor, so following `…/ns#discrepancyKind` lands on its definition; the same vocabulary is embedded as
 * JSON-LD (RDFS) for tools.
 */
export const metadata: Metadata = {
  title: "Vocabulary",
  description: "The terms Newscompare's JSON-LD exports use beside schema.org's: discrepancies, stated values, flags.",
};

/** A compact IRI (schema:Claim, nc:Discrepancy) as a link to where it is defined. */
function TermLink({ iri }: { iri: string }) {
  const [prefix, name] = iri.split(":");
  const href = prefix === "nc" ? `#${name}` : `https://schema.org/${name}`;
  return (
    <a href={href} className="font-mono text-accent hover:underline">
      {iri}
    </a>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-muted">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

const GROUPS = [
  { kind: "Class", heading: "Classes" },
  { kind: "Property", heading: "Properties" },
] as const;

function Term({ t }: { t: VocabularyTerm }) {
  return (
    <section id={t.term} aria-labelledby={`${t.term}-name`} className="scroll-mt-6 border-t border-line py-4">
      <h3 id={`${t.term}-name`} className="font-mono text-lg font-semibold">
        nc:{t.term}
      </h3>
      <p className="mt-1 max-w-3xl">{t.comment}</p>
      <dl className="mt-2 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {t.domain && (
          <Fact label="Used on">
            <TermLink iri={t.domain} />
          </Fact>
        )}
        {t.range && (
          <Fact label="Value">
            <TermLink iri={t.range} />
            {t.container === "@set" && <span className="text-muted"> (any number of them)</span>}
          </Fact>
        )}
        {t.values && (
          <Fact label="One of">
            <ul aria-label={`Values of ${t.term}`} className="flex flex-wrap gap-2">
              {t.values.map((v) => (
                <li key={v}>
                  <code className="rounded bg-line/60 px-1.5 py-0.5">{v}</code>
                </li>
              ))}
            </ul>
          </Fact>
        )}
      </dl>
    </section>
  );
}

export default async function VocabularyPage() {
  const origin = originOf(await headers());
  return (
    <article className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="font-serif text-3xl font-bold">Vocabulary</h1>
        <p>
          A claim&apos;s JSON-LD export (<code>/claims/&lt;id&gt;/claim.jsonld</code>) is a{" "}
          <TermLink iri="schema:Claim" /> with one <code>appearance</code> per outlet. schema.org has no words for where
          those appearances disagree, so the export adds these terms, each in the namespace{" "}
          <code className="break-all">{namespaceOf(origin)}</code>.
        </p>
      </header>
      {GROUPS.map(({ kind, heading }) => (
        <section key={kind} aria-labelledby={heading}>
          <h2 id={heading} className="font-serif text-2xl font-bold">
            {heading}
          </h2>
          {VOCABULARY.filter((t) => t.kind === kind).map((t) => (
            <Term key={t.term} t={t} />
          ))}
        </section>
      ))}
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdScriptText(vocabularyJsonLd(origin)) }}
      />
    </article>
  );
}
