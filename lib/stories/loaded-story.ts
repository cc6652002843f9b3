import type { ArticleExtraction } from "../analysis/extract";
import type { ArticleInput } from "../analysis/schema";
import type { OverrideKind } from "./json";
import type { TermCounts } from "./placement";
import type { IngestArticle } from "./schema";
import type { StoredRow } from "./story-rows";

// Words: a "row" is a ClaimGroup of the story (what the analysis calls a group, once stored); a "decision" is an
// editor's grouping decision (a GroupOverride: merge, split, dismiss, leave).

/** An article of the story as stored. */
export interface LoadedArticle {
  id: string;
  input: ArticleInput;
  extraction: ArticleExtraction;
  /** EXTRACTION_VERSION of the code that made `extraction` (0: before versions were recorded). */
  extractionVersion: number;
  /** Extracted again for this write (reextractStories): the article's extraction and claims are rewritten. */
  reextracted?: boolean;
  claimIds: Map<string, string>;
  label: string;
}

/** An article a write adds to the story. */
export interface AddedArticle {
  id: string;
  input: IngestArticle;
  extraction: ArticleExtraction;
  hash: string;
  canonical: string | null;
  claimIds: Map<string, string>;
}

/** An active row: its id, kind and claim ids in order (a claim listed twice in a row once). */
export interface LoadedRow {
  id: string;
  kind: string;
  claims: string[];
}

/** An editor's active grouping decision, as GroupOverride stores it. */
export interface Decision {
  id: string;
  kind: OverrideKind;
  claimId: string;
  targetClaimId: string | null;
  groupId: string;
  targetGroupId: string;
  measure: string | null;
}

/**
 * A story as a write works on it: read from the database (loadStory), or as this process's last write left it; the
 * articles the write adds go into `added`. `id` is null for a story no write has stored yet.
 */
export interface LoadedStory {
  id: string | null;
  slug: string;
  title: string;
  version: number;
  terms: TermCounts;
  existing: LoadedArticle[];
  added: AddedArticle[];
  rows: LoadedRow[];
  /** Editors' active grouping decisions, oldest first: every analysis of the story re-applies them. */
  decisions: Decision[];
  /** The active rows as this process last wrote them, by id; absent when the story was read from the database. */
  stored?: Map<string, StoredRow>;
}

/**
 * The one way a story becomes a LoadedStory: its read from the database, its copy from the writer's memory and what
 * its write leaves all go through here, so the three cannot disagree on what a story holds. Lists are copied, so a
 * write that adds to them leaves the remembered story as it was.
 */
export function loadedStory(story: Omit<LoadedStory, "added">): LoadedStory {
  return {
    id: story.id,
    slug: story.slug,
    title: story.title,
    version: story.version,
    terms: story.terms,
    existing: story.existing.map(({ id, label, input, extraction, extractionVersion, claimIds }) => ({
      id,
      label,
      input,
      extraction,
      extractionVersion,
      claimIds,
    })),
    added: [],
    rows: [...story.rows],
    decisions: [...story.decisions],
    ...(story.stored ? { stored: story.stored } : {}),
  };
}

/** An added article's input as the story keeps it once written: as loadStory reads it back. */
export const keptInput = (input: IngestArticle): ArticleInput => ({
  text: input.text,
  url: input.url ?? null,
  title: input.title ?? null,
  publishedAt: input.publishedAt ?? null,
  outlet: input.outlet?.trim() || null,
});
