/** `npm run reanalyze` and db:setup's re-extraction as a user runs them, on a SQLite database of their own. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANALYSIS_VERSION, EXTRACTION_VERSION } from "../lib/analysis/version";
import { PrismaClient } from "../lib/generated/prisma/client";

const root = path.resolve(import.meta.dirname, "..");
const dir = mkdtempSync(path.join(tmpdir(), "reanalyze-cli-"));
const url = `file:${path.join(dir, "db.db")}`;
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", script), ...args], {
    encoding: "utf8",
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
  });
const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
const versions = async () =>
  (await db.article.findMany({ select: { extractionVersion: true } })).map((a) => a.extractionVersion);
const analysisVersions = async () =>
  (await db.story.findMany({ select: { analysisVersion: true } })).map((s) => s.analysisVersion);

interface Case {
  name: string;
  /** Marks every article as extracted by an older version first. */
  stale: boolean;
  /** Marks every story as analysed by an older version first. */
  staleAnalysis?: boolean;
  script: string;
  args: string[];
  status: number;
  stdout?: RegExp[];
  /** Absent: nothing on stderr. */
  stderr?: RegExp;
}

describe("re-extraction from the command line", () => {
  beforeAll(() => {
    // db:setup on an empty database: migrated, the seed loaded at the current version, nothing to re-extract.
    const setup = run("setup-db.ts");
    expect(setup.stderr).toBe("");
    expect(setup.stdout).toMatch(/Loaded 5 seed articles into 1 story/);
    expect(setup.stdout).not.toMatch(/Re-extracted/);
  }, 180_000);
  afterAll(async () => {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each<Case>([
    {
      name: "db:setup re-extracts what an older extractor stored and says what it did",
      stale: true,
      script: "setup-db.ts",
      args: [],
      status: 0,
      stdout: [
        /^5 stored articles were extracted by an older extractor: extracting again \(1 story to analyse again\)$/m,
        /^extracted {2}iran-syria-2018: 5 articles, 77 claims kept their ids, 0 new \(\d+\.\d s\)$/m,
        new RegExp(
          `^Re-extracted 5 articles of 1 story \\(extraction version ${EXTRACTION_VERSION}\\) and analysed 1 story again \\(analysis version ${ANALYSIS_VERSION}\\) in \\d+\\.\\d s$`,
          "m",
        ),
      ],
    },
    {
      name: "db:setup analyses again a story whose rows an older analysis made, extracting nothing",
      stale: false,
      staleAnalysis: true,
      script: "setup-db.ts",
      args: [],
      status: 0,
      stdout: [
        /^1 stored story has rows of an older analysis: analysing again$/m,
        /^analysed {3}iran-syria-2018: rows of an older analysis made again \(\d+\.\d s\)$/m,
        /^Re-extracted 0 articles of 0 stories \(extraction version \d+\) and analysed 1 story again/m,
      ],
    },
    {
      name: "reanalyze finds nothing to do when every extraction and analysis is current",
      stale: false,
      script: "reanalyze.ts",
      args: [],
      status: 0,
      stdout: [/^Every stored extraction and analysis is current: nothing to do$/m],
    },
    {
      name: "reanalyze analyses again a story of an older analysis",
      stale: false,
      staleAnalysis: true,
      script: "reanalyze.ts",
      args: [],
      status: 0,
      stdout: [/^analysed {3}iran-syria-2018: /m, /and analysed 1 story again/m],
    },
    {
      name: "reanalyze --story re-extracts that story's stale articles",
      stale: true,
      script: "reanalyze.ts",
      args: ["--story", "iran-syria-2018"],
      status: 0,
      stdout: [/^extracted {2}iran-syria-2018: 5 articles/m, /^Re-extracted 5 articles of 1 story/m],
    },
    {
      name: "reanalyze -- --all re-extracts current articles too",
      stale: false,
      script: "reanalyze.ts",
      args: ["--all"],
      status: 0,
      stdout: [/^Re-extracted 5 articles of 1 story/m],
    },
    {
      name: "an unknown story",
      stale: false,
      script: "reanalyze.ts",
      args: ["--story", "nope"],
      status: 2,
      stderr: /^no such story: nope$/m,
    },
    {
      name: "an unknown argument",
      stale: false,
      script: "reanalyze.ts",
      args: ["--every"],
      status: 2,
      stderr: /^unknown argument --every\nusage: /m,
    },
  ])("$name", { timeout: 180_000 }, async ({ stale, staleAnalysis, script, args, status, stdout = [], stderr }) => {
    if (stale) await db.article.updateMany({ data: { extractionVersion: 0 } });
    if (staleAnalysis) await db.story.updateMany({ data: { analysisVersion: 0 } });
    const r = run(script, ...args);
    expect(r.status, r.stderr).toBe(status);
    for (const pattern of stdout) expect(r.stdout).toMatch(pattern);
    if (stderr) expect(r.stderr).toMatch(stderr);
    else expect(r.stderr).toBe("");
    // Every article and story at the current versions afterwards, whatever the command.
    expect(await versions()).toEqual(Array(5).fill(EXTRACTION_VERSION));
    expect(await analysisVersions()).toEqual([ANALYSIS_VERSION]);
  });
});
