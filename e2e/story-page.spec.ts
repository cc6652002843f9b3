import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { storageState } from "./accounts";
import { MatrixPage } from "./matrix-page";

// Issue 16: the story page read, not scrolled; cell links that land and the skip link. The pages around it (permalinks
// and their previews, 404s, one public origin, the sign-in form, the review queue, the article page's link) are in
// e2e/story-page-links.spec.ts.

const SEED = "iran-syria-2018";
// Screenshots for a person to look at (not compared by the tests); SHOTS_DIR moves them.
const SHOTS = process.env.SHOTS_DIR ?? "tmp/e2e/shots";

/** How tall and wide the page is against what it holds (main's extent), and whether it scrolls sideways. */
async function pageExtent(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector("main")!.getBoundingClientRect();
    const root = document.documentElement;
    return {
      scrollHeight: root.scrollHeight,
      content: main.bottom + window.scrollY,
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
    };
  });
}

test.describe("the story page's size", () => {
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
    [390, 844],
  ] as const) {
    test(`at ${width} px the page is as tall as what it shows and does not scroll sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      const m = new MatrixPage(page);
      for (const query of ["", "?show=discrepancies&sort=story"]) {
        await m.goto(SEED, query);
        const e = await pageExtent(page);
        // The hidden labels of the cells once escaped the matrix's scroll box: 10,600 px of page for 1,400 of content.
        expect(e.scrollHeight, `${width} px${query}`).toBeLessThanOrEqual(1.2 * e.content);
        expect(e.scrollWidth, `${width} px${query}: sideways scroll`).toBeLessThanOrEqual(e.clientWidth);
      }
      await expectNoSeriousA11yViolations(page);
    });
  }
});

test("rows one outlet carries are collapsed behind their count, open on demand and narrow by outlet", async ({
  page,
}) => {
  const m = new MatrixPage(page);
  await m.goto(SEED);
  // None of them in the matrix, but for those with a discrepancy (an outlet at odds with itself)…
  await expect(m.grid.locator("tr[data-sole-source]:not([data-conflict])")).toHaveCount(0);
  const inMatrix = await m.grid.locator("tr[data-sole-source]").count();
  const section = page.locator("#sole-source");
  const summary = section.locator("summary");
  await expect(summary).toHaveText(/^\D*(\d+) claims only one outlet carries$/);
  const total = Number((await summary.innerText()).match(/(\d+)/)![1]);
  const soleChip = page.getByRole("navigation", { name: "Show" }).getByRole("link", { name: /Sole-source/ });
  await expect(soleChip).toContainText(String(total + inMatrix));
  // …closed until asked for.
  const items = section.locator("[data-sole-row]");
  await expect(items.first()).toBeHidden();
  await summary.click();
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBe(total);
  const first = (await items.first().locator("[data-outlet]").innerText()).trim();
  const byOutlet = section.getByRole("button", { name: new RegExp(`^${first} \\d+$`) });
  const n = Number((await byOutlet.innerText()).match(/(\d+)$/)![1]);
  await byOutlet.click();
  await expect(byOutlet).toHaveAttribute("aria-pressed", "true");
  await expect(items).toHaveCount(n);
  for (const label of await items.locator("[data-outlet]").allInnerTexts()) expect(label.trim()).toBe(first);
  await expectNoSeriousA11yViolations(page);
  // Each opens its permalink.
  await items
    .first()
    .getByRole("link", { name: /Permalink/ })
    .click();
  await expect(page).toHaveURL(/\/claims\/[\w-]+$/);
  await expect(page.getByText(`Only ${first}`).first()).toBeVisible();
});

test("each filter says how many rows it leads to, and one that leads to none is not a link", async ({ page }) => {
  const m = new MatrixPage(page);
  await m.goto(SEED);
  const discrepancies = page.getByRole("navigation", { name: "Show" }).getByRole("link", { name: /Discrepancies/ });
  const count = Number((await discrepancies.innerText()).match(/(\d+)/)![1]);
  await discrepancies.click();
  await expect(page).toHaveURL(/show=discrepancies/);
  await expect(page.getByRole("status").filter({ hasText: /claims/ })).toContainText(`${count} of `);
  await expect(m.rows()).toHaveCount(count);
  // Every kind offered leads to rows, as many as it says.
  const kinds = page.getByRole("navigation", { name: "Kind of discrepancy" }).getByRole("link");
  const names = await kinds.allInnerTexts();
  for (const name of names.filter((k) => !/^Any/.test(k))) {
    const n = Number(name.match(/(\d+)\s*$/)![1]);
    expect(n, name).toBeGreaterThan(0);
  }
  // In any view, a choice with nothing behind it says 0 and cannot be followed; every link leads to rows.
  for (const query of [
    "",
    "?show=discrepancies",
    "?show=sole",
    "?show=discrepancies&kind=quote",
    "?show=sole&sort=story",
  ]) {
    await m.goto(SEED, query);
    const chips = await page
      .locator(
        "main nav[aria-label]:not([aria-label='Pages']):not([aria-label='Outlet columns']) :is(a, [aria-disabled])",
      )
      .evaluateAll((els) =>
        els.map((el) => ({
          text: (el as HTMLElement).innerText.trim(),
          link: el.tagName === "A",
          current: el.getAttribute("aria-current") === "page",
        })),
      );
    for (const c of chips) {
      const n = c.text.match(/(\d+)$/)?.[1];
      if (n === undefined || c.current) continue;
      if (c.link) expect(Number(n), `${query}: ${c.text}`).toBeGreaterThan(0);
      else expect(n, `${query}: ${c.text}`).toBe("0");
    }
  }
  // The outlet list counts too.
  const options = await page.getByRole("combobox", { name: "Outlet" }).locator("option").allInnerTexts();
  for (const o of options) expect(o).toMatch(/\(\d+\)$/);
  await expectNoSeriousA11yViolations(page);
});

test("a filter change keeps the header on screen and swaps only the rows", async ({ page }) => {
  const m = new MatrixPage(page);
  await m.goto(SEED);
  const title = page.getByRole("heading", { level: 1 });
  const titleText = await title.innerText();
  // Hold the filtered view's answer, as a slow network would, to see what the page shows meanwhile.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/show=discrepancies/, async (route) => {
    await held;
    await route.continue();
  });
  await m.hydrated();
  await page
    .getByRole("navigation", { name: "Show" })
    .getByRole("link", { name: /Discrepancies/ })
    .click();
  // Meanwhile the header stays; only the rows' place shows that they are loading.
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /Loading/ })
      .first(),
  ).toBeAttached();
  await expect(title).toHaveText(titleText);
  await expect(title).toBeVisible();
  release();
  await expect(page).toHaveURL(/show=discrepancies/);
  await expect(page.getByRole("status").filter({ hasText: /claims/ })).toContainText(" of ");
  await expect(title).toHaveText(titleText);
});

test("a quote split shows the words that differ in its row", async ({ page }) => {
  const m = new MatrixPage(page);
  await m.goto(SEED, "?kind=quote");
  const header = m.rows().first().getByRole("rowheader");
  await expect(header).toContainText("Quote wording");
  await expect(header.locator("del").first()).toBeVisible();
  await expect(header.locator("ins").first()).toBeVisible();
});

test("a cell's Compare link and Enter land on that outlet's version, highlighted", async ({ page }) => {
  const m = new MatrixPage(page);
  await m.goto(SEED);
  const row = m
    .rowWith(/visited Damascus on Saturday/)
    .filter({ hasText: "Date conflict" })
    .first();
  const cell = await m.cell(row, "Source C");
  const href = (await cell.getByRole("link", { name: /Compare/ }).getAttribute("href"))!;
  expect(href).toMatch(/^\/claims\/[\w-]+#outlet-[\w-]+$/);
  await cell.getByRole("link", { name: /Compare/ }).click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[?#]/g, "\\$&")}$`));
  const target = page.locator(":target");
  await expect(target).toHaveCount(1);
  await expect(target).toHaveAttribute("id", href.split("#")[1]!);
  await expect(target.getByRole("heading", { level: 3 })).toHaveText("Source C");
  await expect(target).toBeInViewport();
  // Highlighted: its outline differs from an untargeted version's.
  const ring = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((el) => getComputedStyle(el).boxShadow);
  expect(await ring(":target")).not.toBe(await ring('li[id^="outlet-"]:not(:target)'));
  await expectNoSeriousA11yViolations(page);

  // Enter on a cell goes to the same place.
  await m.goto(SEED);
  const focusable = m.grid.locator('td[tabindex="0"]');
  await focusable.focus();
  const cellHref = await focusable.locator(".mx-foot a").getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${cellHref!.split("#")[0]}`));
  await expect(page.locator(":target")).toHaveAttribute("id", cellHref!.split("#")[1]!);
});

test("the matrix is a few keystrokes from the top of the page", async ({ page }) => {
  const m = new MatrixPage(page);
  await m.goto(SEED);
  let presses = 0;
  for (; presses < 8; presses++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.textContent)) === "Skip to the matrix") break;
  }
  expect(presses, "Tab presses to the skip link").toBeLessThan(6);
  await page.keyboard.press("Enter");
  // On the matrix: the next Tab is inside it (its first link, the first outlet's column header).
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("#matrix"))).toBe(true);
});

/** A row's headline in the matrix's first column, and what it is: a subject the analysis named, or the row's words. */
const headline = (row: ReturnType<MatrixPage["rows"]>) => row.locator("[data-headline]");

test("each matrix row leads with what it is about: the subject the analysis named, else the row's own words", async ({
  page,
  ingest,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const m = new MatrixPage(page);
  await m.goto(SEED);
  const rows = m.rows();
  const n = await rows.count();
  await expect(rows.locator("[data-headline]")).toHaveCount(n);
  // The date conflict's row: its subject, as the disagreement list names it.
  const date = m.rowWith(/Saturday/).first();
  await expect(headline(date)).toHaveText("Date of Amir Hatami's visit");
  await expect(headline(date)).toHaveAttribute("data-headline", "subject");
  // A row the analysis could not name: the leading words of its first statement, not a guess.
  const words = rows.filter({ has: page.locator('[data-headline="words"]') }).first();
  const shown = (await headline(words).innerText()).replace(/…$/, "");
  const cells = (await words.locator("td[data-cell]:not(.mx-empty)").allInnerTexts()).map((t) =>
    t.replace(/\s+/g, " "),
  );
  expect(
    cells.some((t) => t.includes(shown.trim())),
    `"${shown}" in ${cells.join(" | ")}`,
  ).toBe(true);
  // On a phone the headline heads the row's card.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(headline(date)).toBeVisible();

  // Outlets that agree on a toll and a sum: the row is named after what they state alike.
  const run = Date.now().toString(36);
  const [out] = await ingest([
    {
      outlet: "Harbour Post",
      text: `Five people died when the storm hit the harbour town on Tuesday, officials said.\n\nThe mayor said the town will spend $2 million on repairs to the sea wall.\n\nRun ${run}.`,
    },
    {
      outlet: "Harbour Herald",
      text: `The storm killed five people in the harbour town on Tuesday, officials said.\n\nThe town will spend $2 million on repairs to the sea wall, the mayor said.\n\nRun ${run}.`,
    },
  ]);
  await page.setViewportSize({ width: 1440, height: 900 });
  await m.goto(out!.story.slug);
  await expect(headline(m.rowWith(/Five people died/))).toHaveText("Death toll");
  await expect(headline(m.rowWith(/\$2 million/))).toHaveText("Amount (USD)");
  await expectNoSeriousA11yViolations(page);
  await m.grid.screenshot({ path: `${SHOTS}/i16-row-headlines-1440.png` });
});

test("a conflict about the time of day is badged as a time conflict, on the matrix and on its permalink", async ({
  page,
  ingest,
}) => {
  const run = Date.now().toString(36);
  const [out] = await ingest([
    {
      outlet: "Valley Courier",
      text: `The earthquake struck at 9:42 a.m. on Tuesday, officials said.\n\nRun ${run}.`,
    },
    { outlet: "Valley Wire", text: `The quake hit at 10:15 a.m. Tuesday, the survey said.\n\nRun ${run}.` },
  ]);
  const m = new MatrixPage(page);
  await m.goto(out!.story.slug);
  const row = m.rowWith(/9:42/).first();
  await expect(headline(row)).toHaveText("Time of the strike");
  await expect(row.locator("th")).toContainText("Time conflict");
  await expect(row.locator("th")).not.toContainText("Date conflict");
  const id = (await row.getAttribute("id"))!.replace(/^row-/, "");
  await page.goto(`/claims/${id}`);
  await expect(page.locator("header").getByText("Time conflict", { exact: true })).toBeVisible();
  await expect(page.getByText("Date conflict")).toHaveCount(0);
});

test("an editor flags a row from the matrix; a reader gets no such control", async ({ browser, ingest }) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const run = Date.now().toString(36);
  const [out] = await ingest([
    {
      outlet: "Quay Post",
      text: `The ferry terminal reopened on Tuesday after repairs lasting a month.\n\nRun ${run}.`,
    },
    { outlet: "Quay Herald", text: `The ferry terminal reopened on Tuesday after a month of repairs.\n\nRun ${run}.` },
  ]);
  const slug = out!.story.slug;

  const readerContext = await browser.newContext();
  const editorContext = await browser.newContext({ storageState: storageState("editor") });
  try {
    const reader = await readerContext.newPage();
    const rm = new MatrixPage(reader);
    await rm.goto(slug);
    // The session has been asked for (the user menu offers to sign in) and no row got a flag button.
    await expect(reader.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(rm.grid.getByRole("button", { name: /^Flag/ })).toHaveCount(0);

    const editor = await editorContext.newPage();
    const m = new MatrixPage(editor);
    for (const [width, height] of [
      [390, 844],
      [1440, 900],
    ] as const) {
      await editor.setViewportSize({ width, height });
      await m.goto(slug);
      const row = m.rowWith(/ferry terminal reopened/).first();
      await row.getByRole("button", { name: /^Flag/ }).click();
      await expect(row.getByRole("form", { name: /^Flag: / })).toBeVisible();
      await row.screenshot({ path: `${SHOTS}/i16-row-flag-${width}.png` });
    }
    const row = m.rowWith(/ferry terminal reopened/).first();
    const id = (await row.getAttribute("id"))!;
    const form = row.getByRole("form", { name: /^Flag: / });
    await form.getByLabel("What").selectOption({ label: "Quay Herald's version" });
    await form.getByLabel("Reason").selectOption({ label: "Needs review" });
    await expectNoSeriousA11yViolations(editor);
    await form.getByRole("button", { name: "Flag" }).click();
    await expect(row.getByRole("button", { name: /^Flagged/ })).toBeVisible();

    // The flag is the claim page's: a reader sees it on the row (once the cached page is drawn again) and the
    // permalink.
    await expect(async () => {
      await rm.goto(slug);
      await expect(reader.locator(`#${id}`)).toHaveAttribute("data-flag", "open");
    }).toPass({ timeout: 15_000 });
    await expect(reader.locator(`#${id}`).locator("[data-flag-status=open]")).toContainText("Needs review");
    await reader.goto(`/claims/${id.replace(/^row-/, "")}`);
    await expect(reader.getByRole("region", { name: "Editors' review" })).toContainText("on Quay Herald's version");
  } finally {
    await editorContext.close();
    await readerContext.close();
  }
});
