/**
 * npm run reanalyze [-- --story <slug>] [--all]
 * Extracts again the stored articles made by an older extractor (EXTRACTION_VERSION) and re-analyses their stories
 * through the write queue, keeping claim and row ids, editors' merges, splits and flags (decision 016); analyses
 * again the stories whose rows an older analysis made (ANALYSIS_VERSION, decision 031). `--story` limits it to one
 * story; `--all` extracts every article again, current or not. Migrates the database first. Exits
 * with 1 when a story failed (it is left as it was), 2 on bad arguments or an unknown story.
 */
import { printStory, reextractionSummary } from "./reanalyze-report";

const USAGE = "usage: npm run reanalyze [-- --story <slug>] [--all]";

/** The command line as reextractStories takes it; its schema (lib/stories/schema.ts) checks the values. */
function parseArgs(argv: string[]): { story?: string; all: boolean } {
  const out: { story?: string; all: boolean } = { all: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--all") out.all = true;
    else if (a === "--story") {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`--story needs a slug\n${USAGE}`);
      out.story = v;
    } else if (a.startsWith("--story=")) out.story = a.slice("--story=".length);
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return out;
}

let options: { story?: string; all: boolean };
try {
  options = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}

const { migrate } = await import("../lib/migrate");
migrate();
// Loaded after the migration: the client opens the database file on import.
const { db } = await import("../lib/db");
const { reextractStories } = await import("../lib/stories/mutations");
const { ClientError } = await import("../lib/errors");
try {
  const report = await reextractStories(db, options, printStory);
  if (!report.stories.length) console.log("Every stored extraction and analysis is current: nothing to do");
  else console.log(reextractionSummary(report));
  if (report.stories.some((r) => r.error)) process.exitCode = 1;
} catch (e) {
  if (e instanceof ClientError) {
    const fields = Object.entries(e.fieldErrors ?? {}).map(([k, v]) => `\n  ${k}: ${v.join("; ")}`);
    console.error(`${e.message}${fields.join("")}`);
    process.exitCode = 2;
  } else {
    console.error(`reanalyze failed: ${(e as Error).message}`);
    process.exitCode = 1;
  }
} finally {
  await db.$disconnect();
}
