import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

const SEED_TITLE = "Iran and Syria sign military cooperation deal (August 2018)";

test("the home page lists the seed story with its five outlets", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Stories" })).toBeVisible();
  const seed = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: SEED_TITLE, exact: true }) });
  await expect(seed).toHaveCount(1);
  await expect(seed).toContainText("5 outlets");
  await expectNoSeriousA11yViolations(page);
});

test("the home page and the seed matrix load without an error response or a console error, icon included", async ({
  page,
}) => {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  // Not "requestfailed": leaving a page cancels the link prefetches still under way, as it should.
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  await page.goto("/");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /icon/);
  await page.getByRole("link", { name: SEED_TITLE, exact: true }).click();
  await expect(page.getByRole("grid", { name: /Claims by outlet/ })).toBeVisible();
  // The browser asks for the tab's icon on its own, after the page has loaded.
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
});

// Markup in an article must reach the reader as text: React escapes it, and nothing may render it as HTML.
const SCRIPT = "<script>window.__xss = 1</script>";
const IMG = `<img src=x onerror="window.__xss=2">`;
const hostile = {
  text:
    `Officials in Testville said on Monday that the council approved the harbour budget ${SCRIPT} by nine votes to two. ` +
    `The mayor, Jane Roe, said the new quay ${IMG} would open in March.`,
  title: `Harbour budget ${SCRIPT}`,
};

async function expectShownAsText(page: Page, fragments: string[]) {
  for (const fragment of fragments) await expect(page.getByText(fragment).first()).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
}

test("markup in an article is shown as text on its story page and never runs", async ({ page, ingest }) => {
  const [out] = await ingest(hostile);
  const res = await page.goto(out!.story.url);
  expect(res?.status()).toBe(200);
  // The matrix shows claims, and the sentence splitter ends one at "window."; the title is shown whole.
  await expectShownAsText(page, [hostile.title, `<img src=x onerror="window.`]);
});

test("markup in an article is shown as text on its article page and never runs", async ({ page, ingest }) => {
  const [out] = await ingest(hostile);
  const res = await page.goto(out!.article.url);
  expect(res?.status()).toBe(200);
  await expectShownAsText(page, [SCRIPT, IMG]);
});
