/** The analyze command as a user runs it: JSON on stdout, clear errors with exit code 2 for bad input. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const dir = mkdtempSync(path.join(tmpdir(), "analyze-cli-"));
const run = (arg: string) =>
  spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts/analyze.ts"), arg], {
    encoding: "utf8",
    cwd: root,
  });
const file = (name: string, content: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe("npm run analyze", () => {
  it("prints the seed story's analysis in the eval contract", () => {
    const r = run(path.join(root, "seeds/iran-syria-2018/bundle.json"));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.articles).toHaveLength(5);
    expect(out.groups.length).toBeGreaterThan(10);
    expect(out.groups[0].claims[0]).toMatchObject({ article: expect.any(Number), text: expect.any(String) });
    expect(out.variants.length).toBeGreaterThan(0);
  });

  it.each([
    ["a missing file", path.join(dir, "nope.json"), /no such file/],
    ["a file that is not JSON", file("bad.json", "{ not json"), /not valid JSON/],
    [
      "an article without text",
      file("notext.json", JSON.stringify({ articles: [{ outlet: "X" }] })),
      /articles\.0\.text/,
    ],
    ["text of the wrong type", file("type.json", JSON.stringify({ articles: [{ text: 42 }] })), /articles\.0\.text/],
    ["no articles", file("empty.json", JSON.stringify({ articles: [] })), /at least one article/],
    [
      "a bad date",
      file("date.json", JSON.stringify({ articles: [{ text: "A claim about things.", publishedAt: "yesterday" }] })),
      /publishedAt/,
    ],
  ])("rejects %s with a message and exit code 2", (_name, arg, message) => {
    const r = run(arg);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe("");
  });

  it("reads a folder of .txt files as one story", () => {
    const folder = mkdtempSync(path.join(dir, "txt-"));
    writeFileSync(
      path.join(folder, "a.txt"),
      "The minister visited Damascus on Saturday for talks with the president.",
    );
    writeFileSync(
      path.join(folder, "b.txt"),
      "The minister travelled to Damascus on Sunday for talks with the president.",
    );
    const r = run(folder);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).articles.map((a: { outlet: string }) => a.outlet)).toEqual(["Source A", "Source B"]);
  });
});
