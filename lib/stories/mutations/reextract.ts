import { randomUUID } from "node:crypto";
import type { ArticleExtraction } from "../../analysis/extract";
import { ANALYSIS_VERSION, EXTRACTION_VERSION } from "../../analysis/version";
import { analysisPool, AnalysisTimeout } from "../../analysis-pool";
import type { Db } from "../../db";
import { ClientError, parseInput } from "../../errors";
import { carryClaimIds } from "../carry-over";
import type { LoadedArticle, LoadedStory } from "../loaded-story";
import { addTerms, termCounts, type TermCounts } from "../placement";
import { reextractOptionsSchema } from "../schema";
import { analyse, poolKey } from "../story-analysis";
import { nextTurn, retried, trace } from "../write-queue";
import { loadStory, remember } from "./load-story";
import { writeStory, WRITE_TX } from "./write-story";

// ---- Extractions and analyses that follow the code (decisions 016 and 031) ----

/** What re-extracting one story did, or why it was left as it was. */
export interface StoryReextraction {
  slug: string;
  /** Articles extracted again (0: none was older than the code by the time the story's turn came). */
  articles: number;
  /**
   * Whether the story was analysed again: after a re-extraction, or because its rows were made by an older
   * ANALYSIS_VERSION (then `articles` is 0). False: it was current by its turn, or it failed.
   */
  analysed: boolean;
  /** Their claims: those that kept an id, those new to them, and old claims none of the new ones carries on. */
  claims: { kept: number; added: number; lost: number };
  /** Editors' grouping decisions naming a lost claim: they no longer apply (an editor can still undo them). */
  lostDecisions: number;
  ms: number;
  /** Set when the story failed: it keeps its stored extractions and analysis, untouched. */
  error?: string;
}

export interface ReextractReport {
  /** The code's EXTRACTION_VERSION, which every re-extracted article now records. */
  version: number;
  /** The code's ANALYSIS_VERSION, which every story analysed again now records. */
  analysisVersion: number;
  stories: StoryReextraction[];
  ms: number;
}

/** Stored articles whose extraction is older than the code's (db:setup re-extracts them when there are any). */
export function countStaleArticles(db: Db): Promise<number> {
  return db.article.count({ where: { extractionVersion: { lt: EXTRACTION_VERSION } } });
}

/** Which stories are older than the code: with an article extracted by an older extractor, or rows of an older analysis. */
const staleStory = {
  OR: [
    { analysisVersion: { lt: ANALYSIS_VERSION } },
    { articles: { some: { extractionVersion: { lt: EXTRACTION_VERSION } } } },
  ],
};

/** Stored stories older than the code (db:setup brings them up to it when there are any). */
export function countStaleStories(db: Db): Promise<number> {
  return db.story.count({ where: staleStory });
}

/**
 * Brings stored stories up to the code: each story with an article extracted by an older EXTRACTION_VERSION (or,
 * with `all`, every story) has those articles extracted again and the story analysed again; a story whose rows an
 * older ANALYSIS_VERSION made is analysed again from its stored extractions. Both go through the write queue
 * and the analysis workers like any ingest. Editors' decisions are re-applied as by every analysis: claims keep
 * their ids (carryClaimIds), rows keep theirs (carryOver) and a row that no longer exists redirects, so flags,
 * merges, splits and permalinks hold. One transaction per story: a story that fails (an article over the extraction
 * budget, the analysis over its budget, a failed write) is reported with its error and left as it was; the others go
 * on. Running it again finds nothing to do. `onStory` hears of each story as it is done.
 */
export async function reextractStories(
  db: Db,
  input: unknown = {},
  onStory?: (r: StoryReextraction) => void,
): Promise<ReextractReport> {
  const { story: slug, all } = parseInput(reextractOptionsSchema, input, "reanalyze");
  const started = performance.now();
  const stories = await db.story.findMany({
    where: {
      ...(slug === undefined ? {} : { slug }),
      ...(all ? {} : staleStory),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, slug: true },
  });
  if (slug !== undefined && !stories.length && !(await db.story.findUnique({ where: { slug }, select: { id: true } })))
    throw new ClientError(404, `no such story: ${slug}`);
  const out: StoryReextraction[] = [];
  for (const s of stories) {
    const t = performance.now();
    // Extractions survive the write's retries (another process wrote the story meanwhile): they depend on the text.
    const extracted = new Map<string, Promise<ArticleExtraction>>();
    let r: Omit<StoryReextraction, "slug" | "ms">;
    try {
      r = await retried(() => reextractOnce(db, s.id, all, extracted));
    } catch (e) {
      r = { ...NOTHING_REEXTRACTED, error: e instanceof Error ? e.message : String(e) };
    }
    const done = { slug: s.slug, ...r, ms: Math.round(performance.now() - t) };
    trace("re-extraction of %s: %o", s.slug, done);
    out.push(done);
    onStory?.(done);
  }
  return {
    version: EXTRACTION_VERSION,
    analysisVersion: ANALYSIS_VERSION,
    stories: out,
    ms: Math.round(performance.now() - started),
  };
}

const NOTHING_REEXTRACTED = { articles: 0, analysed: false, claims: { kept: 0, added: 0, lost: 0 }, lostDecisions: 0 };

/** One attempt at one story, alone in the write queue (retried). */
async function reextractOnce(
  db: Db,
  storyId: string,
  all: boolean,
  extracted: Map<string, Promise<ArticleExtraction>>,
): Promise<Omit<StoryReextraction, "slug" | "ms">> {
  const story = await loadStory(db, storyId, new Map());
  const stale = story.existing.filter((a) => all || a.extractionVersion < EXTRACTION_VERSION);
  // Read after the story: a write between the two leaves the story's version moved, and writeStory refuses it.
  const { analysisVersion } = await db.story.findUniqueOrThrow({
    where: { id: storyId },
    select: { analysisVersion: true },
  });
  if (!stale.length && analysisVersion >= ANALYSIS_VERSION) return NOTHING_REEXTRACTED; // another process did it meanwhile
  const fresh = await extractAgain(stale, extracted);
  const { claims, lost } = carryClaims(story, fresh);
  // The story's placement terms, summed as the articles arrived (in position order, as ingest adds them).
  story.terms = story.existing.reduce<TermCounts>((sum, a) => addTerms(sum, termCounts(a.extraction)), {});
  analysisPool().forget(stale.flatMap((a) => [poolKey(a.id, a.extractionVersion), poolKey(a.id, EXTRACTION_VERSION)]));
  await nextTurn();
  const analysis = await analyse(story);
  const written = await db.$transaction((tx) => writeStory(tx, story, analysis), WRITE_TX);
  remember(db, written);
  return {
    articles: stale.length,
    analysed: true,
    claims,
    lostDecisions: story.decisions.filter(
      (o) => lost.has(o.claimId) || (o.targetClaimId !== null && lost.has(o.targetClaimId)),
    ).length,
  };
}

/** The stale articles' new extractions, all at once: the pool spreads them over its workers. */
async function extractAgain(
  stale: LoadedArticle[],
  extracted: Map<string, Promise<ArticleExtraction>>,
): Promise<Map<string, ArticleExtraction>> {
  const fresh = new Map<string, ArticleExtraction>();
  await Promise.all(
    stale.map(async (a) => {
      let extraction = extracted.get(a.id);
      if (!extraction) {
        extraction = analysisPool().extract(a.input);
        extraction.catch(() => {}); // awaited below; a rejection waiting for its turn stays quiet
        extracted.set(a.id, extraction);
      }
      try {
        fresh.set(a.id, await extraction);
      } catch (e) {
        if (!(e instanceof AnalysisTimeout)) throw e;
        throw new ClientError(
          422,
          `article ${a.id} took longer than ${e.budgetMs / 1000} s to extract; the story keeps its stored analysis`,
        );
      }
    }),
  );
  return fresh;
}

/**
 * The new extractions into the story, each claim under the id it carries on (carryClaimIds); what was kept and
 * lost.
 */
function carryClaims(story: LoadedStory, fresh: Map<string, ArticleExtraction>) {
  const claims = { kept: 0, added: 0, lost: 0 };
  const lost = new Set<string>();
  story.existing = story.existing.map((a) => {
    const extraction = fresh.get(a.id);
    if (!extraction) return a;
    const r = carryClaimIds(a.extraction.claims, a.claimIds, extraction.claims, randomUUID);
    const old = new Set(a.claimIds.values());
    for (const id of r.ids.values()) claims[old.has(id) ? "kept" : "added"]++;
    for (const id of r.lost) lost.add(id);
    return { ...a, extraction, claimIds: r.ids, reextracted: true };
  });
  claims.lost = lost.size;
  return { claims, lost };
}
