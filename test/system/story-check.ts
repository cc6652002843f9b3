/**
 * What the system tests check in the database after concurrent ingests or a crash, and the synthetic articles they
 * send.
 */
import { analyzeExtractions } from "../../lib/analysis/analyze";
import type { ArticleExtraction } from "../../lib/analysis/extract";
import type { Db } from "../../lib/db";
import { contentHash } from "../../lib/stories/mutations";
import type { IngestArticle } from "../../lib/stories/schema";
import { loadSeedBundle, mulberry32, paragraphPool, PRNG_SEED, syntheticArticle } from "../../scripts/synthetic-story";

/**
 * `count` synthetic articles (300-600 words each, built from the seed story's paragraphs), all with different texts
 * and URLs; the same `seed` gives the same articles.
 */
export function syntheticArticles(count: number, seed: number, urlPrefix: string): IngestArticle[] {
  const pool = paragraphPool(loadSeedBundle().bundle, mulberry32(PRNG_SEED));
  const rng = mulberry32(seed);
  const hashes = new Set<string>();
  const out: IngestArticle[] = [];
  for (let i = 0; out.length < count; i++) {
    const a = syntheticArticle(rng, pool, i % 40);
    const hash = contentHash(a.text);
    if (hashes.has(hash)) continue;
    hashes.add(hash);
    out.push({ ...a, url: `${urlPrefix}/${out.length}` });
  }
  return out;
}

/**
 * What is wrong with a stored story, if anything: positions not 0..n-1, an article without the claims its
 * extraction lists, or a stored analysis that is not the analysis of the stored articles (a stale or half-written
 * one). The analysis is run again over the stored extractions in position order, as every ingest does, and the rows
 * compared by kind, member claims and number of discrepancies, in order (row ids are carried over, so not compared).
 */
export async function storyProblems(db: Db, storyId: string): Promise<string[]> {
  const story = await db.story.findUniqueOrThrow({
    where: { id: storyId },
    select: {
      slug: true,
      articles: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          text: true,
          url: true,
          title: true,
          publishedAt: true,
          extraction: true,
          outlet: { select: { name: true } },
          claims: { select: { id: true, key: true } },
        },
      },
      groups: {
        where: { status: "active" },
        orderBy: { position: "asc" },
        select: { kind: true, claims: { select: { claimId: true } }, _count: { select: { discrepancies: true } } },
      },
    },
  });
  const problems: string[] = [];
  const positions = story.articles.map((a) => a.position);
  if (positions.some((p, i) => p !== i))
    problems.push(`${story.slug}: positions are ${positions.join(",")}, not 0..${positions.length - 1}`);
  for (const a of story.articles) {
    const keys = (a.extraction as unknown as ArticleExtraction).claims.map((c) => c.key).sort();
    const stored = a.claims.map((c) => c.key).sort();
    if (keys.length === 0 || keys.join() !== stored.join())
      problems.push(
        `${story.slug}: article ${a.position} has ${stored.length} claims stored, its extraction ${keys.length}`,
      );
  }
  if (problems.length) return problems;

  const analysis = analyzeExtractions(
    story.articles.map((a) => ({
      input: { text: a.text, url: a.url, title: a.title, publishedAt: a.publishedAt, outlet: a.outlet?.name ?? null },
      extraction: a.extraction as unknown as ArticleExtraction,
    })),
  );
  const claimIds = story.articles.map((a) => new Map(a.claims.map((c) => [c.key, c.id])));
  const expected = analysis.groups.map(
    (g) =>
      `${g.kind} [${[...new Set(g.claims.map((c) => claimIds[c.article]!.get(c.key)!))].sort().join(" ")}] ${g.discrepancies.length}`,
  );
  const actual = story.groups.map(
    (g) =>
      `${g.kind} [${g.claims
        .map((c) => c.claimId)
        .sort()
        .join(" ")}] ${g._count.discrepancies}`,
  );
  if (expected.join("\n") !== actual.join("\n")) {
    const missing = expected.filter((e) => !actual.includes(e)).length;
    problems.push(
      `${story.slug}: the stored analysis (${actual.length} rows) is not the analysis of its ${story.articles.length} stored articles (${expected.length} rows; ${missing} differ)`,
    );
  }
  return problems;
}
