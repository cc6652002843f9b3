/**
 * npm run --silent analyze -- <bundle.json | folder of .txt files>
 * Prints the analysis of a story as JSON on stdout. A bad bundle: a message on stderr and exit code 2.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { storyBundleSchema, type StoryBundle } from "../lib/analysis/schema";
import { analyzeStory, type Analysis } from "../lib/analysis/analyze";

class InputError extends Error {}

function readBundle(target: string): StoryBundle {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    throw new InputError(`cannot read ${target}: no such file or folder`);
  }
  let raw: unknown;
  if (stat.isDirectory()) {
    const files = readdirSync(target)
      .filter((f) => f.endsWith(".txt"))
      .sort();
    if (!files.length) throw new InputError(`${target} holds no .txt files`);
    raw = { articles: files.map((f) => ({ text: readFileSync(path.join(target, f), "utf8") })) };
  } else {
    try {
      raw = JSON.parse(readFileSync(target, "utf8"));
    } catch (e) {
      throw new InputError(`${target} is not valid JSON: ${(e as Error).message}`);
    }
  }
  const parsed = storyBundleSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(bundle)"}: ${i.message}`);
    throw new InputError(`${target} is not a valid story bundle:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** The eval contract's fields first, then the extras (facets, offsets, coverage). */
function toJson(a: Analysis): unknown {
  return {
    articles: a.articles.map(({ claims, ...rest }) => ({ ...rest, claims: claims.length })),
    groups: a.groups,
    variants: a.variants,
    claims: a.articles.map((x) => x.claims),
    summary: a.summary,
  };
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => process.exit(e.code === "EPIPE" ? 0 : 1));

const target = process.argv[2];
if (!target || process.argv.length > 3) {
  console.error("usage: npm run --silent analyze -- <bundle.json | folder of .txt files>");
  process.exit(2);
}
try {
  const bundle = readBundle(target);
  process.stdout.write(JSON.stringify(toJson(analyzeStory(bundle)), null, 2) + "\n");
} catch (e) {
  if (e instanceof InputError || e instanceof z.ZodError) {
    console.error(e.message);
    process.exit(2);
  }
  console.error(`analysis failed: ${(e as Error).message}`);
  process.exit(1);
}
