import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import type { z } from "zod";
import type { IngestOutcome } from "../lib/stories/mutations";
import type { ingestArticleSchema, StoryRef } from "../lib/stories/schema";
import { tokenFile } from "./accounts";

/** An article as POST /api/articles takes it (the same schema the route parses with). */
export type ArticleBody = z.input<typeof ingestArticleSchema>;

export interface Fixtures {
  /**
   * Stores articles through the API, as a client would, and returns the route's outcomes. Unless the articles name
   * a story, they go into a story of this test's own, so parallel tests never add outlets to each other's (or the
   * seed's) stories. There is no delete API: each run starts from a fresh database instead (playwright.config.ts).
   */
  ingest: (articles: ArticleBody | ArticleBody[], options?: { story?: StoryRef }) => Promise<IngestOutcome[]>;
  /**
   * Automatic: fails the test when a page it opened reported a Content Security Policy violation (a blocked script,
   * style, image or connection; Chromium logs each as a console error), in the test's own browser context or any
   * it made with `browser.newContext`. docs/decisions/012-security-headers.md.
   */
  cspViolations: void;
}

export const test = base.extend<Fixtures>({
  // Playwright's fixture callback, named `provide` rather than `use` so the React hooks lint rule leaves it alone.
  ingest: async ({ request }, provide, testInfo) => {
    const ownStory = { title: `E2E ${testInfo.title} (${testInfo.testId}-${testInfo.repeatEachIndex})` };
    await provide(async (articles, options) => {
      const list = Array.isArray(articles) ? articles : [articles];
      const res = await request.post("/api/articles", {
        data: { story: options?.story ?? ownStory, articles: list },
        headers: { authorization: `Bearer ${ingestToken()}` },
      });
      const body = await res.text();
      expect(res.status(), `POST /api/articles answered ${res.status()}: ${body.slice(0, 500)}`).toBeLessThan(300);
      return (JSON.parse(body) as { articles: IngestOutcome[] }).articles;
    });
  },
  cspViolations: [
    async ({ context, browser }, provide) => {
      const violations: string[] = [];
      const watch = (c: BrowserContext) =>
        c.on("console", (m) => {
          if (/Content Security Policy/i.test(m.text())) violations.push(`${m.page()?.url() ?? "?"}: ${m.text()}`);
        });
      watch(context);
      const newContext = browser.newContext;
      browser.newContext = async (...args) => {
        const made = await newContext.apply(browser, args);
        watch(made);
        return made;
      };
      try {
        await provide();
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, `Content Security Policy violations:\n${violations.join("\n")}`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The ingest token e2e/setup-accounts.ts made for this run's database. */
export const ingestToken = () => readFileSync(tokenFile(process.env.E2E_DATABASE_URL!), "utf8").trim();

/**
 * Runs axe on the page as it is now and fails on serious or critical violations (missing names, contrast, broken
 * ARIA); minor and moderate ones are left to review. The message lists each rule with the elements that break it.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  options: { disableRules?: string[] } = {},
): Promise<void> {
  // After an editor's action the page refreshes (router.refresh), and Next.js streams each refresh's metadata in
  // behind its content: on a loaded machine the <title> is gone for up to a second in between, and axe run in that
  // moment reports "document-title" (CI, stop 12). Wait for the title first: a page that never gets one still fails.
  await expect(page, `no <title> on ${page.url()}`).toHaveTitle(/\S/);
  const builder = new AxeBuilder({ page });
  if (options.disableRules?.length) builder.disableRules(options.disableRules);
  const { violations } = await builder.analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.replace(/\n/g, " ") ?? ""}`).join("\n")}`,
    );
  expect(serious, `accessibility violations on ${page.url()}:\n${serious.join("\n")}`).toEqual([]);
}
