/**
 * npm run ingest -- <file | folder> [--story <slug or title>]
 * Stores articles in the database (DATABASE_URL) through the same code as POST /api/articles, migrating the database
 * first. A file is a story bundle ({ story?, articles: [...] }), one article as JSON, or a .txt file holding an
 * article's text; a folder is its .txt and .json files, in name order. Every file is checked before anything is
 * stored: bad input prints its field errors on stderr and exits with code 2, and the database is left as it was.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { storyBundleSchema } from "../lib/analysis/schema";
import {
  fieldErrors,
  ingestArticleSchema,
  ingestBatchSchema,
  storyRefSchema,
  type FieldErrors,
  type IngestArticle,
  type StoryRef,
} from "../lib/stories/schema";

const USAGE = "usage: npm run ingest -- <bundle.json | article.json | article.txt | folder> [--story <slug or title>]";

class InputError extends Error {}

interface Source {
  /** Where the article came from, for the output: the file, and its index within a bundle. */
  from: string;
  article: IngestArticle;
}

const has = (raw: unknown, key: string): raw is Record<string, unknown> =>
  typeof raw === "object" && raw !== null && !Array.isArray(raw) && key in raw;

/** A bundle's { slug, title } as the ingest code names a story; a bundle slug the URL would not take is an error. */
function bundleStory(story: { slug?: string | null; title?: string | null } | null | undefined): {
  ref?: StoryRef;
  errors?: FieldErrors;
} {
  const slug = story?.slug?.trim();
  const title = story?.title?.trim();
  if (!slug && !title) return {};
  if (!slug || !title) return { ref: (slug || title)! };
  const r = storyRefSchema.safeParse({ slug, title });
  return r.success ? { ref: r.data } : { errors: prefixed("story", fieldErrors(r.error)) };
}

const prefixed = (prefix: string, errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === "(body)" ? prefix : `${prefix}.${k}`, v]));

/** The articles of one file, or its field errors. */
function readFile(file: string): { articles: Source[] } | { errors: FieldErrors } {
  const name = path.basename(file);
  const text = readFileSync(file, "utf8");
  if (file.toLowerCase().endsWith(".txt")) {
    const r = ingestArticleSchema.safeParse({ text });
    return r.success ? { articles: [{ from: name, article: r.data }] } : { errors: fieldErrors(r.error) };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { errors: { "(file)": [`not valid JSON: ${(e as Error).message}`] } };
  }
  if (!has(raw, "articles")) {
    const r = ingestArticleSchema.safeParse(raw);
    return r.success ? { articles: [{ from: name, article: r.data }] } : { errors: fieldErrors(r.error) };
  }
  // A bundle as the analyze CLI and the evaluation kit write it ({ story: { title, slug }, articles }), or a body as
  // POST /api/articles takes it ({ story: "slug or title", articles: [{ ..., story }] }). Errors are reported for
  // the shape the file looks like, as the route does.
  const apiShaped =
    typeof raw.story === "string" || (Array.isArray(raw.articles) && raw.articles.some((a) => has(a, "story")));
  if (apiShaped) {
    const r = ingestBatchSchema.safeParse(raw);
    if (!r.success) return { errors: fieldErrors(r.error) };
    return {
      articles: r.data.articles.map((a, i) => ({
        from: `${name} #${i + 1}`,
        article: { ...a, story: a.story ?? r.data.story },
      })),
    };
  }
  const r = storyBundleSchema.safeParse(raw);
  if (!r.success) return { errors: fieldErrors(r.error) };
  const story = bundleStory(r.data.story);
  if (story.errors) return { errors: story.errors };
  return {
    articles: r.data.articles.map((a, i) => ({ from: `${name} #${i + 1}`, article: { ...a, story: story.ref } })),
  };
}

function readTarget(target: string): Source[] {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    throw new InputError(`cannot read ${target}: no such file or folder`);
  }
  const files = stat.isDirectory()
    ? readdirSync(target)
        .filter((f) => /\.(txt|json)$/i.test(f))
        .sort()
        .map((f) => path.join(target, f))
    : [target];
  if (!files.length) throw new InputError(`${target} holds no .txt or .json files`);
  const articles: Source[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const r = readFile(file);
    if ("errors" in r)
      for (const [field, messages] of Object.entries(r.errors))
        problems.push(`  ${file}: ${field}: ${messages.join("; ")}`);
    else articles.push(...r.articles);
  }
  if (problems.length)
    throw new InputError(`nothing was stored; fix these fields and run again:\n${problems.join("\n")}`);
  return articles;
}

function parseArgs(argv: string[]): { target: string; story?: StoryRef } {
  let target: string | undefined;
  let story: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--story") {
      story = argv[++i];
      if (story === undefined) throw new InputError(`--story needs a slug or a title\n${USAGE}`);
    } else if (a.startsWith("--story=")) story = a.slice("--story=".length);
    else if (a.startsWith("-") || target !== undefined) throw new InputError(USAGE);
    else target = a;
  }
  if (target === undefined) throw new InputError(USAGE);
  if (story === undefined) return { target };
  const r = storyRefSchema.safeParse(story);
  if (!r.success) throw new InputError(`--story: ${r.error.issues.map((i) => i.message).join("; ")}`);
  return { target, story: r.data };
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => process.exit(e.code === "EPIPE" ? 0 : 1));

let input: { target: string; sources: Source[] };
try {
  const { target, story } = parseArgs(process.argv.slice(2));
  const sources = readTarget(target);
  input = { target, sources: story ? sources.map((s) => ({ ...s, article: { ...s.article, story } })) : sources };
} catch (e) {
  console.error(e instanceof InputError ? e.message : `cannot read the input: ${(e as Error).message}`);
  process.exit(2);
}

try {
  const started = performance.now();
  const { migrate } = await import("../lib/migrate");
  migrate();
  // Loaded after the migration: the client opens the database file on import.
  const { db } = await import("../lib/db");
  const { ingestArticles } = await import("../lib/stories/mutations");
  // One call, so one transaction: a failure part-way stores none of the articles.
  const results = await ingestArticles(
    db,
    input.sources.map((s) => s.article),
  );
  await db.$disconnect();
  const width = Math.max(...input.sources.map((s) => s.from.length));
  results.forEach((r, i) =>
    console.log(
      `${r.status.padEnd(8)}  ${input.sources[i]!.from.padEnd(width)}  article ${r.article.id}  ${r.story.url}`,
    ),
  );
  const created = results.filter((r) => r.status === "created").length;
  const stories = [...new Set(results.map((r) => r.story.url))];
  console.log(
    `${results.length} article${results.length === 1 ? "" : "s"}: ${created} created, ${results.length - created} already stored; ` +
      `${stories.length === 1 ? "story" : "stories"} ${stories.join(", ")} (${Math.round(performance.now() - started)} ms)`,
  );
} catch (e) {
  console.error(`ingest failed, nothing was stored: ${(e as Error).message}`);
  process.exit(1);
}
