/**
 * An article that names no story joins the most similar one (lib/stories/placement.ts). The five evaluation stories,
 * sent one article at a time through POST /api/articles with no story field, must come back as exactly five stories,
 * each holding exactly its own bundle's articles.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { storyBundleSchema, type ArticleInput } from "../../lib/analysis/schema";
import { createTestDatabase } from "./fresh-database";

const dev = path.resolve(__dirname, "../../../shared/eval/dev");
const bundles = existsSync(dev)
  ? readdirSync(dev)
      .filter((f) => f.endsWith(".bundle.json"))
      .sort()
      .map((f) => ({
        name: f.replace(".bundle.json", ""),
        articles: storyBundleSchema.parse(JSON.parse(readFileSync(path.join(dev, f), "utf8"))).articles,
      }))
  : [];

const removeDatabase = createTestDatabase();
const { POST } = await import("@/app/api/articles/route");
const { db } = await import("@/lib/db");
const { createToken } = await import("@/lib/editors/tokens");
const { COMMAND_LINE } = await import("@/lib/editors/actor");
const { token } = await createToken(db, COMMAND_LINE, { name: "placement tests" });

afterAll(async () => {
  await db.$disconnect();
  await removeDatabase();
});

async function ingest(article: ArticleInput): Promise<{ article: string; story: string }> {
  const res = await POST(
    new NextRequest("http://localhost/api/articles", {
      method: "POST",
      body: JSON.stringify(article),
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    }),
  );
  expect(res.status).toBe(201);
  const [out] = ((await res.json()) as { articles: Array<{ article: { id: string }; story: { id: string } }> })
    .articles;
  return { article: out!.article.id, story: out!.story.id };
}

type Item = { bundle: string; article: ArticleInput };
const orders: Array<{ name: string; items: () => Item[] }> = [
  {
    name: "bundle by bundle",
    items: () => bundles.flatMap((b) => b.articles.map((article) => ({ bundle: b.name, article }))),
  },
  {
    // Every story starts before any has a second article: placement cannot lean on a story's accumulated terms.
    name: "interleaved",
    items: () => {
      const longest = Math.max(...bundles.map((b) => b.articles.length));
      return Array.from({ length: longest }, (_, i) =>
        bundles.flatMap((b) => (b.articles[i] ? [{ bundle: b.name, article: b.articles[i]! }] : [])),
      ).flat();
    },
  },
];

describe.skipIf(bundles.length === 0)("placing articles that name no story", () => {
  beforeEach(async () => {
    await db.story.deleteMany();
  });

  it.each(orders)("groups the five dev stories' articles into their own stories ($name)", async ({ items }) => {
    const byBundle = new Map<string, string[]>();
    for (const { bundle, article } of items()) {
      const { article: id } = await ingest(article);
      byBundle.set(bundle, [...(byBundle.get(bundle) ?? []), id]);
    }
    const stories = await db.story.findMany({ select: { title: true, articles: { select: { id: true } } } });
    // Compared as one table so a failure shows where every article went.
    const storyOf = new Map(
      stories.flatMap((s, i) => s.articles.map((a) => [a.id, `story ${i + 1}: ${s.title.slice(0, 40)}`] as const)),
    );
    const placed = Object.fromEntries(
      [...byBundle].map(([bundle, ids]) => [bundle, [...new Set(ids.map((id) => storyOf.get(id)))]]),
    );
    expect(placed).toEqual(Object.fromEntries([...byBundle.keys()].map((b) => [b, [expect.any(String)]])));
    expect(stories.length).toBe(bundles.length);
    const actual = stories.map((s) => s.articles.map((a) => a.id).sort()).sort((x, y) => x[0]!.localeCompare(y[0]!));
    const wanted = [...byBundle.values()].map((ids) => [...ids].sort()).sort((x, y) => x[0]!.localeCompare(y[0]!));
    expect(actual).toEqual(wanted);
  });
});
