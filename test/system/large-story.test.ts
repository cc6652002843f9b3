/**
 * A story of thousands of rows through the production server: it grows one article at a time past 2,000 rows, the
 * server restarts (the writer's memory of the story is gone, so its next write reads the story back and rewrites
 * every row), a batch goes in, the server restarts again and an editor merges two rows, and one more article goes
 * in. Every statement of those writes must stay within the engine's bound-parameter limit (hardening finding 2:
 * on SQLite the first write after a restart deleted the story's rows by a list of every row id, 999 at most).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type Db } from "../../lib/db";
import { COMMAND_LINE } from "../../lib/editors/actor";
import { createUser } from "../../lib/editors/users";
import type { IngestOutcome } from "../../lib/stories/mutations";
import { createDatabase, type TestDatabase } from "../databases";
import { callServerAction, getJson, makeIngestToken, postArticles, signIn, startServer, type Server } from "./server";
import { distinctSentenceArticles } from "../distinct-sentences";
import { storyProblems } from "./story-check";

const STORY = { slug: "large-story", title: "A story of thousands of rows" };
/**
 * Five articles of 410 sentences (rows) make 2,050 rows. One article's rows stay under 999, so the story grows as
 * through normal ingests and, before the fix, broke only after a restart, as in the finding. The later articles are
 * short: the writes after a restart rewrite the whole story anyway.
 */
const SENTENCES = 410;
const SHORT = 20;
const EDITOR = { email: "large-story-editor@example.org", password: "correct horse battery" };
type Answer = { articles: IngestOutcome[]; error?: string };

describe("a story past 2,000 rows", () => {
  let database: TestDatabase;
  let db: Db;
  let token: string;
  let server: Server | undefined;

  beforeAll(async () => {
    database = await createDatabase();
    token = await makeIngestToken(database.url);
    db = createClient(database.url);
    await createUser(db, COMMAND_LINE, { ...EDITOR, role: "editor" });
  });
  afterAll(async () => {
    await server?.kill();
    await db?.$disconnect();
    await database?.drop();
  });

  const steps: string[] = [];
  async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const out = await run();
    steps.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return out;
  }
  async function restart() {
    await server?.stop();
    server = await startServer(database.url);
  }
  async function ingest(articles: ReturnType<typeof distinctSentenceArticles>) {
    const r = await postArticles<Answer>(server!, token, { story: STORY, articles });
    expect(r.status, JSON.stringify(r.json).slice(0, 300)).toBe(201);
  }
  const activeRows = () => db.claimGroup.count({ where: { story: { slug: STORY.slug }, status: "active" } });

  it("is written, after a restart is written again, and takes an editor's merge", async () => {
    const started = performance.now();
    const articles = distinctSentenceArticles(5, SENTENCES, "https://large.example/a");
    const short = distinctSentenceArticles(3, SHORT, "https://large.example/short", 5 * 5 * SENTENCES);
    await step("start", restart);
    for (const [i, a] of articles.entries()) await step(`article ${i + 1}`, () => ingest([a]));
    expect(await activeRows()).toBe(5 * SENTENCES);

    // The first write after a restart reads the story back and replaces all of its rows.
    await step("restart", restart);
    await step("batch of 2 after the restart", () => ingest(short.slice(0, 2)));
    expect(await activeRows()).toBe(5 * SENTENCES + 2 * SHORT);
    const story = await db.story.findUniqueOrThrow({ where: { slug: STORY.slug }, select: { id: true } });
    expect(await step("consistency check", () => storyProblems(db, story.id))).toEqual([]);

    // An editor's merge after a restart: the same full rewrite, through the server action the claim page calls.
    await step("restart", restart);
    const [source, target] = await db.claimGroup.findMany({
      where: { storyId: story.id, status: "active", kind: "claim" },
      orderBy: { position: "asc" },
      take: 2,
      select: { id: true },
    });
    const cookie = await signIn(server!, EDITOR.email, EDITOR.password);
    const merged = await step("merge after the restart", () =>
      callServerAction(server!, cookie, `/claims/${source!.id}`, "mergeRowsAction", {
        sourceGroupId: source!.id,
        targetGroupId: target!.id,
      }),
    );
    expect(merged.status, merged.text.slice(0, 300)).toBe(200);
    expect(merged.text).toContain('"ok":true');
    const redirect = await getJson(server!, `/claims/${source!.id}`);
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("location")).toBe(`/claims/${target!.id}`);

    await step("article after the merge", () => ingest(short.slice(2)));
    const rows = 5 * SENTENCES + 3 * SHORT - 1;
    expect(await activeRows()).toBe(rows);
    const page = await step("matrix page", () => getJson(server!, `/stories/${STORY.slug}`));
    expect(page.status).toBe(200);
    console.log(
      `${rows} rows on ${database.url.split(":")[0]} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${steps.join(", ")}`,
    );
  });
});
