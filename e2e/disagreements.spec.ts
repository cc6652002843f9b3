import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { storageState } from "./accounts";
import { MatrixPage } from "./matrix-page";

const SEED = "iran-syria-2018";
// Screenshots for a person to look at (not compared by the tests); SHOTS_DIR moves them.
const SHOTS = process.env.SHOTS_DIR ?? "tmp/e2e/shots";

/** The "Where they disagree" list of a story page. */
const list = (page: Page) => page.getByRole("region", { name: /Where they disagree/ });
const standing = (page: Page) => list(page).getByTestId("disagreements").locator(":scope > li");
const entryWith = (page: Page, text: string | RegExp) => standing(page).filter({ hasText: text });
const conflictCount = async (page: Page) =>
  Number((await page.getByText(/\d+ with discrepancies/).innerText()).match(/(\d+) with/)![1]);
const ogDescription = (page: Page) => page.locator('meta[property="og:description"]').getAttribute("content");

test("the seed story says where the outlets disagree above the fold, and each entry opens its permalink", async ({
  page,
}) => {
  // Axe over the whole seed matrix takes a while on a loaded two-core machine.
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  const m = new MatrixPage(page);
  await m.goto(SEED);
  await expect(list(page)).toBeVisible();
  // The date conflict, each value with the outlets that give it.
  const date = entryWith(page, /Saturday/);
  await expect(date).toHaveCount(1);
  await expect(date).toContainText(/Saturday\s*— Source A, Dispatches \(Tehran\/London\)/);
  await expect(date).toContainText(/Sunday\s*— Source C/);
  await expect(date).toContainText(/Monday\s*— Source D/);
  await expect(date).toContainText("Date conflict");
  // Above the fold: the whole list on the first screen at 1440×900.
  const box = (await list(page).boundingBox())!;
  expect(box.y + box.height, "the list ends within the first 900 px").toBeLessThanOrEqual(900);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SHOTS}/i16-story-1440.png` });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/i16-story-390.png` });
  await page.screenshot({ path: `${SHOTS}/i16-story-390-full.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });

  // Every entry leads to its row's permalink, whose title names the subject and the split.
  const hrefs = await standing(page).evaluateAll((items) =>
    items.map((li) => li.querySelector<HTMLAnchorElement>('a[href^="/claims/"]')!.getAttribute("href")!),
  );
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect((await page.request.get(href)).status(), href).toBe(200);
  await date.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/claims\//);
  await expect(page).toHaveTitle(/^Date[^:]*: Saturday \(2\) · Sunday \(1\) · Monday \(1\)/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    /^Date[^:]*: Saturday \(2\) · Sunday \(1\) · Monday \(1\)/,
  );
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Saturday (2) · Sunday (1) · Monday (1)");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SHOTS}/i16-permalink-1440.png`, fullPage: true });
  const og = await page.request.get(`${new URL(page.url()).pathname}/card`);
  expect(og.status()).toBe(200);
  writeFileSync(`${SHOTS}/i16-og-seed-date.png`, await og.body());
});

/** Flags a list entry from the story page, as an editor, and resolves the flag on the row's permalink. */
async function decide(editor: Page, slug: string, entry: string | RegExp, reason: string): Promise<string> {
  const m = new MatrixPage(editor);
  await m.goto(slug);
  const item = entryWith(editor, entry);
  await expect(item).toHaveCount(1);
  const permalink = (await item.getByRole("link").first().getAttribute("href"))!;
  await item.getByRole("button", { name: /^Flag/ }).click();
  const form = item.getByRole("form", { name: /^Flag: / });
  await form.getByLabel("Reason").selectOption({ label: reason });
  await expectNoSeriousA11yViolations(editor);
  await form.getByRole("button", { name: "Flag" }).click();
  await expect(item.getByRole("button", { name: /^Flagged/ })).toBeVisible();

  await editor.goto(permalink);
  const tools = editor.getByRole("region", { name: "Editor tools" });
  const flag = tools.locator("[data-flag]").filter({ hasText: reason }).first();
  await flag.getByLabel("Status").selectOption({ label: "Resolved" });
  await flag.getByRole("button", { name: "Update" }).click();
  await expect(editor.getByRole("region", { name: "Editors' review" })).toContainText(`${reason} · Resolved`);
  return permalink;
}

/** The story page as a signed-out reader gets it once the cached default view has been refreshed. */
async function readerSees(reader: Page, slug: string, check: () => Promise<void>) {
  await expect(async () => {
    await new MatrixPage(reader).goto(slug);
    await check();
  }).toPass({ timeout: 15_000 });
}

const firstRowId = (m: MatrixPage) => m.rows().first().getAttribute("id");

test("editors' verdicts change what readers see: dismissed conflicts leave the counts and the order, confirmed ones lead", async ({
  browser,
  ingest,
}) => {
  test.setTimeout(180_000);
  // A story written for this test (e2e/stories/ferry-capsizing.json: three outlets, invented), with known conflicts:
  // the day (Tuesday, Tuesday, Wednesday) and the toll (12, Twelve, 14) in one row, the passengers (86, 86, 96) in
  // another, a quote's wording in a third. Each run ingests its own copy.
  const ferry = JSON.parse(readFileSync("e2e/stories/ferry-capsizing.json", "utf8")) as {
    articles: Array<{ outlet: string; title: string; text: string; publishedAt: string }>;
  };
  const run = Date.now().toString(36);
  const [first] = await ingest(
    ferry.articles.map((a, i) => ({ ...a, text: `${a.text}\n\nCopy ${i} for the verdicts test ${run}.` })),
  );
  const slug = first!.story.slug;

  const editorContext = await browser.newContext({ storageState: storageState("editor") });
  const editor = await editorContext.newPage();
  await editor.setViewportSize({ width: 1440, height: 900 });
  const readerContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const reader = await readerContext.newPage();
  const m = new MatrixPage(reader);

  await m.goto(slug);
  // The known conflicts, each value with the outlets that give it, above the fold at 1440×900.
  await expect(entryWith(reader, /Tuesday/)).toContainText(/Tuesday[^—]*— Harbour Gazette, Northern Wire/);
  await expect(entryWith(reader, /Tuesday/)).toContainText(/Wednesday[^—]*— Lakeside Daily/);
  await expect(entryWith(reader, /12 people/)).toContainText(/14 people\s*— Lakeside Daily/);
  await expect(entryWith(reader, /86 passengers/)).toContainText(/96 passengers\s*— Lakeside Daily/);
  await expect(entryWith(reader, /everything we could/)).toContainText("all we could");
  const box = (await list(reader).boundingBox())!;
  expect(box.y + box.height, "the list ends within the first 900 px").toBeLessThanOrEqual(900);
  for (const href of await standing(reader).evaluateAll((items) =>
    items.map((li) => li.querySelector<HTMLAnchorElement>('a[href^="/claims/"]')!.getAttribute("href")!),
  ))
    expect((await reader.request.get(href)).status(), href).toBe(200);
  await reader.screenshot({ path: `${SHOTS}/i16-fixture-story-1440.png` });
  const before = await conflictCount(reader);
  const entries = await standing(reader).count();
  expect(entries).toBeGreaterThan(1);
  // The row of the day and the toll, two conflicts, leads the matrix's "conflicts first" order; it is dismissed below.
  const dateRow = (await entryWith(reader, /Tuesday/).getAttribute("data-disagreement"))!;
  expect(await firstRowId(m)).toBe(`row-${dateRow}`);
  // The entry of another row the analysis ranks last, to be confirmed below.
  const ranked = await standing(reader).evaluateAll((items) =>
    items.map((li) => ({
      row: li.getAttribute("data-disagreement")!,
      subject: li.querySelector('a[href^="/claims/"]')!.textContent!.trim(),
    })),
  );
  const { row: weakestRow, subject: weakestSubject } = ranked.filter((e) => e.row !== dateRow).at(-1)!;
  expect(ranked[0]!.row, "the confirmed entry starts below the top").not.toBe(weakestRow);
  // Readers get no editing control.
  await expect(list(reader).getByRole("button", { name: /^Flag/ })).toHaveCount(0);

  // 1. Not a contradiction, resolved.
  const datePermalink = await decide(editor, slug, /Tuesday/, "Not a contradiction");
  await readerSees(reader, slug, async () => {
    expect(await conflictCount(reader)).toBe(before - 1);
    await expect(entryWith(reader, /Tuesday/)).toHaveCount(0);
  });
  const dismissed = list(reader).getByTestId("dismissed");
  // The row's two conflicts, the day and the toll, both leave with it.
  await expect(dismissed).toContainText("Dismissed by editors (2)");
  await dismissed.locator("summary").click();
  const gone = dismissed.locator(`[data-disagreement="${dateRow}"]`);
  await expect(gone).toHaveCount(2);
  for (const entry of await gone.all()) await expect(entry).toContainText("Not a contradiction, editors decided");
  await expect(gone.filter({ hasText: "Wednesday" })).toHaveCount(1);
  await expect(gone.filter({ hasText: "14 people" })).toHaveCount(1);
  // Out of "conflicts first" and the discrepancy filter.
  expect(await firstRowId(m)).not.toBe(`row-${dateRow}`);
  await expect(reader.locator(`#row-${dateRow}`)).not.toHaveAttribute("data-conflict");
  await expect(reader.locator(`#row-${dateRow}`)).toHaveAttribute("data-verdict", "dismissed");
  await m.goto(slug, "?show=discrepancies");
  await expect(reader.locator(`#row-${dateRow}`)).toHaveCount(0);
  // The permalink's title, description and Open Graph tags say what the editors decided.
  await reader.goto(datePermalink);
  await expect(reader).toHaveTitle(/not a contradiction, editors decided/);
  expect(await ogDescription(reader)).toMatch(/^Editors reviewed this and decided it is not a contradiction/);
  await expect(reader.locator('meta[property="og:title"]')).toHaveAttribute("content", /not a contradiction/);
  await expect(reader.getByText("Dismissed by editors")).toBeVisible();
  await expectNoSeriousA11yViolations(reader);
  await reader.screenshot({ path: `${SHOTS}/i16-permalink-dismissed.png` });
  const og = await reader.request.get(`${datePermalink}/card`);
  expect(og.status()).toBe(200);
  writeFileSync(`${SHOTS}/i16-og-dismissed.png`, await og.body());

  // 2. Contradiction confirmed, resolved, on the entry ranked last: it moves to the top.
  await decide(editor, slug, weakestSubject, "Contradiction confirmed");
  await readerSees(reader, slug, async () => {
    await expect(standing(reader).first()).toHaveAttribute("data-disagreement", weakestRow);
  });
  await expect(standing(reader).first()).toContainText("Confirmed by editors");
  expect(await firstRowId(m)).toBe(`row-${weakestRow}`);
  await expect(reader.locator(`#row-${weakestRow}`)).toHaveAttribute("data-verdict", "confirmed");
  expect(await conflictCount(reader)).toBe(before - 1);
  await expectNoSeriousA11yViolations(reader);
  await reader.screenshot({ path: `${SHOTS}/i16-story-verdicts-1440.png` });
  await list(reader).screenshot({ path: `${SHOTS}/i16-disagreement-list-verdicts.png` });

  await editorContext.close();
  await readerContext.close();
});

test("an editor dismisses a fact row: it leaves the list, the counts and the matrix, and an undo brings it back", async ({
  browser,
  ingest,
}) => {
  test.setTimeout(180_000);
  const seed = JSON.parse(readFileSync("seeds/iran-syria-2018/bundle.json", "utf8")) as {
    articles: Array<{ outlet?: string; title?: string; text: string; publishedAt?: string }>;
  };
  const run = Date.now().toString(36);
  const [first] = await ingest(
    seed.articles.map((a, i) => ({
      outlet: a.outlet ?? `Outlet ${i + 1}`,
      title: a.title,
      publishedAt: a.publishedAt,
      text: `${a.text}\n\nCopy ${i} for the dismissal test ${run}.`,
    })),
  );
  const slug = first!.story.slug;
  const editorContext = await browser.newContext({ storageState: storageState("editor") });
  const readerContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const reader = await readerContext.newPage();
    const m = new MatrixPage(reader);
    await m.goto(slug);
    const before = await conflictCount(reader);
    // The seed's fact row that sets a "seven-year-long" war against one "in its eight year".
    const years = entryWith(reader, /seven-year-long/);
    await expect(years).toHaveCount(1);
    const factRow = (await years.getAttribute("data-disagreement"))!;
    expect(factRow).toMatch(/^f/);

    const editor = await editorContext.newPage();
    await editor.setViewportSize({ width: 1440, height: 900 });
    await editor.goto(`/claims/${factRow}`);
    const tools = editor.getByRole("region", { name: "Editor tools" });
    await expectNoSeriousA11yViolations(editor);
    await tools.getByRole("button", { name: "Dismiss this fact row" }).click();
    // The claim row of its first sentence, where the decision is listed with its undo.
    await expect(editor).toHaveURL(/\/claims\/g/);
    const decisions = editor.getByRole("list", { name: "Corrections on this row" });
    await expect(decisions).toContainText("Dismissed a fact row built on this row's sentence");
    await expectNoSeriousA11yViolations(editor);
    await editor.screenshot({ path: `${SHOTS}/i16-fact-row-dismissed-editor.png`, fullPage: true });

    await readerSees(reader, slug, async () => {
      expect(await conflictCount(reader)).toBe(before - 1);
      await expect(entryWith(reader, /seven-year-long/)).toHaveCount(0);
      await expect(reader.locator(`#row-${factRow}`)).toHaveCount(0);
    });
    expect((await reader.request.get(`/claims/${factRow}`)).status()).toBe(404);

    await decisions.getByRole("button", { name: /^Undo/ }).click();
    await expect(decisions).toContainText("undone");
    await readerSees(reader, slug, async () => {
      expect(await conflictCount(reader)).toBe(before);
      await expect(entryWith(reader, /seven-year-long/)).toHaveAttribute("data-disagreement", factRow);
    });
    expect((await reader.request.get(`/claims/${factRow}`)).status()).toBe(200);
  } finally {
    await editorContext.close();
    await readerContext.close();
  }
});

test("an editor takes one outlet's statement out of a fact row: the conflict goes, the sentence stays, an undo brings it back", async ({
  browser,
  ingest,
}) => {
  test.setTimeout(180_000);
  const seed = JSON.parse(readFileSync("seeds/iran-syria-2018/bundle.json", "utf8")) as {
    articles: Array<{ outlet?: string; title?: string; text: string; publishedAt?: string }>;
  };
  const run = Date.now().toString(36);
  const [first] = await ingest(
    seed.articles.map((a, i) => ({
      outlet: a.outlet ?? `Outlet ${i + 1}`,
      title: a.title,
      publishedAt: a.publishedAt,
      text: `${a.text}\n\nCopy ${i} for the take-out test ${run}.`,
    })),
  );
  const slug = first!.story.slug;
  const editorContext = await browser.newContext({ storageState: storageState("editor") });
  const readerContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const reader = await readerContext.newPage();
    const m = new MatrixPage(reader);
    await m.goto(slug);
    const before = await conflictCount(reader);
    // The fact row that sets a "seven-year-long" war against one "in its eight year": two outlets' statements.
    const years = entryWith(reader, /seven-year-long/);
    const factRow = (await years.getAttribute("data-disagreement"))!;
    expect(factRow).toMatch(/^f/);

    const editor = await editorContext.newPage();
    await editor.setViewportSize({ width: 1440, height: 900 });
    await editor.goto(`/claims/${factRow}`);
    const tools = editor.getByRole("region", { name: "Editor tools" });
    const statements = tools.getByRole("list", { name: "Statements of this fact" }).getByRole("listitem");
    await expect(statements).toHaveCount(2);
    const eighth = statements.filter({ hasText: /eight year/ });
    const sentence = (await eighth.innerText()).split(":").slice(1).join(":").trim().slice(0, 40);
    await expectNoSeriousA11yViolations(editor);
    await tools.screenshot({ path: `${SHOTS}/i16-fact-row-take-out-editor.png` });
    await eighth.getByRole("button", { name: /^Take out of this fact/ }).click();
    // One outlet is left, so there is no fact to show: the editor lands on the statement's own claim row, where the
    // sentence still is and the decision is listed with its undo.
    await expect(editor).toHaveURL(/\/claims\/g/);
    await expect(editor.getByRole("region", { name: "What each outlet says" })).toContainText(sentence);
    const decisions = editor.getByRole("list", { name: "Corrections on this row" });
    await expect(decisions).toContainText("Took this row's statement out of a fact row");
    await expectNoSeriousA11yViolations(editor);

    await readerSees(reader, slug, async () => {
      expect(await conflictCount(reader)).toBe(before - 1);
      await expect(entryWith(reader, /seven-year-long/)).toHaveCount(0);
    });

    await decisions.getByRole("button", { name: /^Undo/ }).click();
    await expect(decisions).toContainText("undone");
    await readerSees(reader, slug, async () => {
      expect(await conflictCount(reader)).toBe(before);
      await expect(entryWith(reader, /seven-year-long/)).toHaveAttribute("data-disagreement", factRow);
    });
  } finally {
    await editorContext.close();
    await readerContext.close();
  }
});
