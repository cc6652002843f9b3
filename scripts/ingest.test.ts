/** The ingest command as a user runs it, each case on its own temporary database. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../lib/generated/prisma/client";

const root = path.resolve(__dirname, "..");
const dir = mkdtempSync(path.join(tmpdir(), "ingest-cli-"));
const seedBundle = path.join(root, "seeds/iran-syria-2018/bundle.json");

let dbs = 0;
const newDatabase = () => `file:${path.join(dir, `db-${++dbs}.db`)}`;
const run = (url: string, ...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts/ingest.ts"), ...args], {
    encoding: "utf8",
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
  });
const file = (name: string, content: unknown) => {
  const p = path.join(dir, name);
  writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content));
  return p;
};

const clients: PrismaClient[] = [];
const open = (url: string) => {
  const c = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  clients.push(c);
  return c;
};
afterAll(() => Promise.all(clients.map((c) => c.$disconnect())));

describe("npm run ingest", () => {
  it("stores the seed bundle's five articles once, however often it runs", async () => {
    const url = newDatabase();
    const first = run(url, seedBundle, "--story", "iran-syria-2018");
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout.match(/^created /gm)).toHaveLength(5);
    expect(first.stdout).toMatch(/5 articles: 5 created, 0 already stored; story \/stories\/iran-syria-2018/);

    const second = run(url, seedBundle);
    expect(second.status).toBe(0);
    expect(second.stdout.match(/^existing /gm)).toHaveLength(5);
    // The same article ids, line for line.
    const ids = (out: string) => [...out.matchAll(/article (\S+)/g)].map((m) => m[1]);
    expect(ids(second.stdout)).toEqual(ids(first.stdout));

    const db = open(url);
    expect(await db.article.count()).toBe(5);
    expect(await db.story.findMany({ select: { slug: true } })).toEqual([{ slug: "iran-syria-2018" }]);
    expect(await db.claimGroup.count({ where: { status: "active" } })).toBeGreaterThan(10);
  });

  it("reads a folder of .txt and .json files into the story it is given", async () => {
    const url = newDatabase();
    const folder = path.join(dir, "folder");
    mkdirSync(folder);
    writeFileSync(
      path.join(folder, "a.txt"),
      "The minister visited Damascus on Saturday for talks with the president.",
    );
    writeFileSync(
      path.join(folder, "b.json"),
      JSON.stringify({
        outlet: "Tasnim",
        text: "The minister travelled to Damascus on Sunday for talks with the president.",
      }),
    );
    writeFileSync(path.join(folder, "notes.md"), "not an article");
    const r = run(url, folder, "--story", "Minister in Damascus");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^created +a\.txt +article \S+ +\/stories\/minister-in-damascus$/m);
    expect(r.stdout).toMatch(/^created +b\.json +article /m);
    const db = open(url);
    expect(
      await db.article.findMany({
        orderBy: { position: "asc" },
        select: { label: true, story: { select: { title: true } } },
      }),
    ).toEqual([
      { label: "Source A", story: { title: "Minister in Damascus" } },
      { label: "Tasnim", story: { title: "Minister in Damascus" } },
    ]);
  });

  // Each bad input goes to a database that already holds the seed story: it must exit 2, name the field, and leave
  // the database as it was (the good article beside a bad one is not stored either).
  const good = { outlet: "Good", text: "The minister signed the agreement in Damascus on Monday." };
  it.each([
    ["an article without text", file("notext.json", { articles: [good, { outlet: "X" }] }), [], /articles\.1\.text/],
    ["text of the wrong type", file("type.json", { articles: [good, { text: 42 }] }), [], /articles\.1\.text/],
    [
      "an unknown field",
      file("extra.json", { articles: [{ ...good, author: "Y" }] }),
      [],
      /articles\.0\.author: unknown field/,
    ],
    ["no articles", file("empty.json", { articles: [] }), [], /at least one article/],
    ["a bad date", file("date.json", { ...good, publishedAt: "yesterday" }), [], /publishedAt/],
    [
      "a bundle slug that is not a slug",
      file("slug.json", { story: { slug: "Not A Slug", title: "T" }, articles: [good] }),
      [],
      /story\.slug/,
    ],
    ["a file that is not JSON", file("bad.json", "{ not json"), [], /not valid JSON/],
    ["an empty .txt file", file("empty.txt", "  \n"), [], /text: text is empty/],
    ["a missing file", path.join(dir, "nope.json"), [], /no such file/],
    ["an empty --story", file("ok.json", good), ["--story", " "], /--story: story is empty/],
    ["an unknown flag", file("ok2.json", good), ["--stroy", "x"], /usage: /],
  ])("rejects %s with exit code 2 and stores nothing", async (_name, arg, extra, message) => {
    const url = seeded();
    const r = run(url, arg, ...extra);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe("");
    const db = open(url);
    expect(await db.article.count()).toBe(5);
    expect(await db.article.count({ where: { text: good.text } })).toBe(0);
  });

  it("creates no database when the input is bad", () => {
    const url = newDatabase();
    expect(run(url, file("bad2.json", { articles: [{}] })).status).toBe(2);
    expect(existsSync(url.slice("file:".length))).toBe(false);
  });
});

let seededUrl: string | undefined;
/** One database holding the seed story, shared by the rejection cases (none of which may change it). */
function seeded(): string {
  if (!seededUrl) {
    seededUrl = newDatabase();
    const r = run(seededUrl, seedBundle);
    if (r.status !== 0) throw new Error(`seeding failed: ${r.stderr}`);
  }
  return seededUrl;
}
