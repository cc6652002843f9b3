/** How `npm run reanalyze` and `npm run db:setup` print a re-extraction (lib/stories/mutations.ts reextractStories). */
import type { ReextractReport, StoryReextraction } from "../lib/stories/mutations";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** One story: what was extracted again and what became of its claims, or why it was left as it was. */
export function reextractionLine(r: StoryReextraction): string {
  // A Prisma error's message quotes the calling source first; its last line is the database's.
  if (r.error) return `failed     ${r.slug}: ${r.error.trim().split("\n").at(-1)} (left as it was)`;
  if (!r.analysed) return `current    ${r.slug} (nothing to do by its turn)`;
  if (!r.articles) return `analysed   ${r.slug}: rows of an older analysis made again (${seconds(r.ms)})`;
  const lost = r.claims.lost
    ? `, ${plural(r.claims.lost, "claim")} gone` +
      (r.lostDecisions ? ` (${plural(r.lostDecisions, "grouping decision")} no longer apply)` : "")
    : "";
  return `extracted  ${r.slug}: ${plural(r.articles, "article")}, ${r.claims.kept} claims kept their ids, ${r.claims.added} new${lost} (${seconds(r.ms)})`;
}

/** Prints one story's line, a failure on stderr. */
export function printStory(r: StoryReextraction): void {
  if (r.error) console.error(reextractionLine(r));
  else console.log(reextractionLine(r));
}

/** What db:setup found older than the code, before it brings it up to date. */
export function staleLine(articles: number, stories: number): string {
  return articles > 0
    ? `${plural(articles, "stored article")} ${articles === 1 ? "was" : "were"} extracted by an older extractor: extracting again` +
        ` (${plural(stories, "story", "stories")} to analyse again)`
    : `${plural(stories, "stored story", "stored stories")} ${stories === 1 ? "has" : "have"} rows of an older analysis: analysing again`;
}

/** The totals: stories, articles, seconds, failures. */
export function reextractionSummary(report: ReextractReport): string {
  const done = report.stories.filter((r) => !r.error && r.analysed);
  const failed = report.stories.filter((r) => r.error).length;
  const articles = done.reduce((n, r) => n + r.articles, 0);
  const extracted = done.filter((r) => r.articles).length;
  return (
    `Re-extracted ${plural(articles, "article")} of ${plural(extracted, "story", "stories")} ` +
    `(extraction version ${report.version}) and analysed ${plural(done.length, "story", "stories")} again ` +
    `(analysis version ${report.analysisVersion}) in ${seconds(report.ms)}` +
    (failed
      ? `; ${plural(failed, "story", "stories")} failed and kept ${failed === 1 ? "its" : "their"} stored analysis`
      : "")
  );
}
