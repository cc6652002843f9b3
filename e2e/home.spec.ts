import type { Page, Response } from "@playwright/test";
import { storageState } from "./accounts";
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

/** The security headers of a page's answer (next.config.ts, lib/security-headers.ts). */
function expectSecurityHeaders(res: Response | null) {
  const headers = res?.headers() ?? {};
  expect(headers["content-security-policy"], res?.url()).toMatch(/frame-ancestors 'none'/);
  expect(headers, res?.url()).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "same-origin" });
}

// Each kind of page, opened and left to load: the auto fixture cspViolations (e2e/fixtures.ts) fails the test if the
// policy blocked anything on any of them, such as the inline scripts Next.js hydrates a page with.
test("every kind of page comes with the security headers and loads under its Content Security Policy", async ({
  page,
  browser,
}) => {
  const SEED = "iran-syria-2018";
  const { rows } = (await (await page.request.get(`/stories/${SEED}/matrix.json`)).json()) as {
    rows: Array<{ id: string; cells: Array<{ articleId: string }> }>;
  };
  const row = rows.find((r) => r.cells.length > 0)!;
  const pages: Array<[string, number]> = [
    ["/", 200],
    [`/stories/${SEED}`, 200],
    [`/stories/${SEED}?show=discrepancies`, 200],
    [`/claims/${row.id}`, 200],
    [`/articles/${row.cells[0]!.articleId}`, 200],
    ["/ns", 200],
    ["/sign-in", 200],
    ["/claims/no-such-claim", 404],
  ];
  for (const [path, status] of pages) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(status);
    expectSecurityHeaders(res);
    await page.waitForLoadState("networkidle");
  }
  // A client-side navigation after all that: the page hydrated.
  await page.goto(`/claims/${row.id}`);
  await page.getByRole("link", { name: "See this row in the matrix" }).click();
  await expect(page.getByRole("grid", { name: /Claims by outlet/ })).toBeVisible();

  const editor = await browser.newContext({ storageState: storageState("editor") });
  try {
    const editorPage = await editor.newPage();
    for (const path of ["/review", `/claims/${row.id}`]) {
      const res = await editorPage.goto(path);
      expect(res?.status(), path).toBe(200);
      expectSecurityHeaders(res);
      await editorPage.waitForLoadState("networkidle");
    }
    await expect(editorPage.getByRole("region", { name: "Editor tools" })).toBeVisible();
  } finally {
    await editor.close();
  }
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
  // One outlet carries every claim of this story: they are listed under the (empty) matrix, folded until opened.
  await page.locator("#sole-source summary").click();
  // The matrix shows claims, and the sentence splitter ends one at "window."; the title is shown whole.
  await expectShownAsText(page, [hostile.title, `<img src=x onerror="window.`]);
});

test("markup in an article is shown as text on its article page and never runs", async ({ page, ingest }) => {
  const [out] = await ingest(hostile);
  const res = await page.goto(out!.article.url);
  expect(res?.status()).toBe(200);
  await expectShownAsText(page, [SCRIPT, IMG]);
});
