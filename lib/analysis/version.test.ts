import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { probeBundle, readProbes } from "../../scripts/probes/stories";
import { analyzeStory } from "./analyze";
import { extractArticle } from "./extract";
import { storyBundleSchema } from "./schema";
import { ANALYSIS_VERSION, EXTRACTION_VERSION } from "./version";

const seed = storyBundleSchema.parse(JSON.parse(readFileSync("seeds/iran-syria-2018/bundle.json", "utf8")));

describe("EXTRACTION_VERSION", () => {
  // Stored extractions are re-made only when the version moves (decision 016): a change to extractArticle's output
  // without a bump leaves every database holding extractions the code no longer makes, silently. When this fails,
  // the extraction of the seed articles changed: bump EXTRACTION_VERSION (lib/analysis/version.ts) and put both
  // new figures here. A change that leaves the seed's extractions as they were but changes others still needs
  // the bump; this only catches the common case.
  it("moves whenever the seed articles' extractions change", () => {
    const digest = createHash("sha256")
      .update(JSON.stringify(seed.articles.map((a) => extractArticle(a))))
      .digest("hex")
      .slice(0, 16);
    expect({ version: EXTRACTION_VERSION, digest }).toEqual({ version: 38, digest: "1c4b27f7c2d0fada" });
  });
});

describe("ANALYSIS_VERSION", () => {
  // Stored stories are analysed again only when a version moves (decision 031): a change to the analysis's output
  // without a bump leaves every stored story showing the rows of older code until something is added to it. When
  // this fails, the analyses of the seed or of the invented stories of `npm run probes` changed: bump
  // ANALYSIS_VERSION (lib/analysis/version.ts) and put both new figures here. A change of the extraction or of the
  // invented stories moves the digest too: then put the new digest here, and bump ANALYSIS_VERSION only if
  // analyzeExtractions changed as well (an EXTRACTION_VERSION bump analyses its stories again anyway).
  it("moves whenever the analyses of the seed and of the invented stories change", () => {
    const stories = [seed, ...readProbes().map(probeBundle)];
    const digest = createHash("sha256");
    for (const s of stories) digest.update(JSON.stringify(analyzeStory(s)));
    expect({ version: ANALYSIS_VERSION, digest: digest.digest("hex").slice(0, 16) }).toEqual({
      version: 31,
      digest: "ba625f7180cc183b",
    });
  });
});
