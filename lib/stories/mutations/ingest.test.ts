import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failInserts } from "../../../test/faults";
import { createTempDb } from "../../../test/temp-db";
import { getAttributions, getClaimGroup, getStoryMatrix } from "../data";
import type { IngestArticle } from "../schema";
import { ingestArticles } from "./ingest";
import { canonicalUrl } from "./place-article";

const seed = JSON.parse(readFileSync("seeds/iran-syria-2018/bundle.json", "utf8")) as { articles: IngestArticle[] };
const story = { slug: "iran-syria-2018", title: "Iran and Syria sign military cooperation deal" };
const sixth: IngestArticle = {
  outlet: "Test Wire",
  url: "https://example.org/iran-syria?utm_source=feed",
  text: "Iranian Defence Minister Amir Hatami visited Damascus on Sunday for talks with Syrian President Bashar al-Assad. He signed a deal for military cooperation with his Syrian counterpart, the ministry said.",
  story: "iran-syria-2018",
};

describe("ingestArticles", () => {
  const t = createTempDb();
  const db = t.db;
  const counts = async () => ({
    articles: await db.article.count(),
    claims: await db.claim.count(),
    groups: await db.claimGroup.count(),
    members: await db.groupClaim.count(),
    discrepancies: await db.discrepancy.count(),
  });

  beforeAll(async () => {
    await ingestArticles(
      db,
      seed.articles.map((a) => ({ ...a, story })),
    );
  });
  afterAll(() => t.cleanup());

  it("stores the seed story with its analysis", async () => {
    const m = (await getStoryMatrix(db, "iran-syria-2018"))!;
    expect(m.articles.map((a) => a.label)).toEqual([
      "Source A",
      "Dispatches (Tehran/London)",
      "Source C",
      "Source D",
      "Source E",
    ]);
    const date = m.groups.find((g) => g.discrepancies.some((d) => d.kind === "date" && d.values.length === 3))!;
    expect(date.discrepancies[0]!.values.map((v) => v.value)).toEqual(["Saturday", "Sunday", "Monday"]);
    // Every value is located in the text of a claim it names.
    for (const v of date.discrepancies[0]!.values)
      for (const s of v.spans) {
        const cell = date.cells.find((c) => c.claimId === s.claim)!;
        expect(cell.text.slice(s.start - cell.start, s.end - cell.start)).toBe(v.value);
      }
  });

  it("stores what each discrepancy is about, how sure the analysis is and what it rests on", async () => {
    const m = (await getStoryMatrix(db, "iran-syria-2018"))!;
    const all = m.groups.flatMap((g) => g.discrepancies);
    expect(all.length).toBeGreaterThan(0);
    for (const d of all) {
      expect(d.subject, d.detail).toMatch(/\w/);
      expect(d.confidence, d.detail).toBeGreaterThan(0);
      expect(d.confidence, d.detail).toBeLessThanOrEqual(1);
      expect(Object.keys(d.basis?.signals ?? {}).length, d.detail).toBeGreaterThan(0);
    }
    const date = all.find((d) => d.kind === "date" && d.values.length === 3)!;
    expect(date.subject).toMatch(/^Date/);
    expect(date.basis?.signals.date).toBe(1);
  });

  it("stores each row's subject, as the analysis names it", async () => {
    const story = (await db.story.findUnique({ where: { slug: "iran-syria-2018" }, select: { id: true } }))!;
    const rows = await db.claimGroup.findMany({
      where: { storyId: story.id, status: "active" },
      select: { id: true, subject: true },
    });
    const analysis = await db.discrepancy.findMany({
      where: { group: { storyId: story.id, status: "active" } },
      select: { groupId: true, subject: true },
      orderBy: { order: "asc" },
    });
    // A row with a discrepancy is named after its first one.
    for (const d of analysis) expect(rows.find((r) => r.id === d.groupId)!.subject).toMatch(/\w/);
    expect(rows.filter((r) => r.subject).length).toBeGreaterThanOrEqual(new Set(analysis.map((d) => d.groupId)).size);
  });

  it("keeps each claim's attribution for the permalink", async () => {
    const claims = await db.claim.findMany({ where: { text: { contains: "Tasnim" } }, select: { id: true } });
    const credits = await getAttributions(
      db,
      claims.map((c) => c.id),
    );
    expect([...credits.values()].some((a) => a.channel?.text.includes("Tasnim"))).toBe(true);
  });

  it("is idempotent: the same text or the same canonical URL stores nothing", async () => {
    const before = await counts();
    const again = await ingestArticles(db, [{ ...seed.articles[2]!, text: `  ${seed.articles[2]!.text}\n` }]);
    expect(again[0]!.status).toBe("existing");
    expect(await counts()).toEqual(before);
  });

  it("keeps permalinks when a sixth article re-analyses the story", async () => {
    const before = (await getStoryMatrix(db, "iran-syria-2018"))!;
    const [r] = await ingestArticles(db, [sixth]);
    expect(r!.status).toBe("created");
    const after = (await getStoryMatrix(db, "iran-syria-2018"))!;
    expect(after.articles).toHaveLength(6);
    for (const g of before.groups) {
      const found = await getClaimGroup(db, g.id);
      expect(found, g.id).not.toBeNull();
      if (found && "redirect" in found) expect(after.groups.some((x) => x.id === found.redirect)).toBe(true);
    }
    const sameUrl = await ingestArticles(db, [
      { ...sixth, url: "https://www.example.org/iran-syria/", text: "A different text entirely about something." },
    ]);
    expect(sameUrl[0]).toMatchObject({ status: "existing", article: { id: r!.article.id } });
  });

  it("leaves the story as it was when storing the analysis fails, and a retry succeeds", async () => {
    const before = await counts();
    const matrix = await getStoryMatrix(db, "iran-syria-2018");
    const repair = await failInserts(db, t.url, "Discrepancy");
    const late: IngestArticle = {
      ...sixth,
      url: null,
      outlet: "Late Wire",
      text: "Hatami visited Damascus on Monday and met President Bashar al-Assad, the agency reported.",
    };
    await expect(ingestArticles(db, [late])).rejects.toThrow();
    expect(await counts()).toEqual(before);
    expect(await getStoryMatrix(db, "iran-syria-2018")).toEqual(matrix);
    await repair();
    expect((await ingestArticles(db, [late]))[0]!.status).toBe("created");
  });

  it("starts a new story for an unrelated article that names none", async () => {
    const [r] = await ingestArticles(db, [
      {
        text: "The city council approved a new budget for public libraries on Tuesday, adding three branches and longer opening hours.",
      },
    ]);
    expect(r!.story.slug).not.toBe("iran-syria-2018");
    expect(await db.story.count()).toBe(2);
  });
});

describe("canonicalUrl", () => {
  it("drops tracking parameters, fragments, www and trailing slashes", () => {
    expect(canonicalUrl("http://www.Example.org/a/?utm_source=x&b=2&a=1#top")).toBe("https://example.org/a?a=1&b=2");
    expect(canonicalUrl(null)).toBeNull();
  });
});
