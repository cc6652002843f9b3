// The stories' writes, as the app, the scripts and the tests call them: one module each in lib/stories/mutations/,
// re-exported here so that callers keep one entry. Every story write goes through the write queue (./write-queue.ts),
// so that none lands between an ingest round's read and its write.
export { ingestArticles, MAX_ROUND_ARTICLES, type IngestOptions, type IngestOutcome } from "./mutations/ingest";
export { canonicalUrl, contentHash } from "./mutations/place-article";
export { forgetRecentStories } from "./mutations/load-story";
export { GROUP_COLUMNS } from "./mutations/write-rows";
export { ROW_WRITES } from "./story-rows";
export { dismissFactRow, mergeGroups, splitClaim, type GroupingOutcome } from "./mutations/grouping";
export { listOverrides, undoOverride, type OverrideItem } from "./mutations/undo-decision";
export { dismissFactRowSchema, mergeGroupsSchema, splitClaimSchema, undoOverrideSchema } from "./schema";
export {
  countStaleArticles,
  countStaleStories,
  reextractStories,
  type ReextractReport,
  type StoryReextraction,
} from "./mutations/reextract";
