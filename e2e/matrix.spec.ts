import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { MatrixPage } from "./matrix-page";

const SEED = "iran-syria-2018";

test.describe("the seed story's matrix", () => {
  test("shows the visit dated Saturday, Sunday and Monday as one date conflict, each day in its own colour", async ({
    page,
  }) => {
    const m = new MatrixPage(page);
    await m.goto(SEED);
    const row = m
      .rowWith(/visited Damascus on Saturday/)
      .filter({ hasText: "Date conflict" })
      .first();
    await expect(row).toBeVisible();
    // Conflicts first: the row is among the first rows, not buried in the story order.
    const index = await row.getAttribute("data-row");
    expect(Number(index)).toBeLessThan(5);
    const split = row.getByRole("list", { name: "How the outlets split" });
    await expect(split).toContainText("Saturday");
    await expect(split).toContainText("Sunday");
    await expect(split).toContainText("Monday");
    const colourOf = async (value: string) =>
      row
        .locator(`mark[data-value="${value}"]`)
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    const colours = await Promise.all(["Saturday", "Sunday", "Monday"].map(colourOf));
    expect(new Set(colours).size, `mark colours ${colours.join(", ")}`).toBe(3);
    // The same value has the same colour in every cell that states it.
    const saturdays = await row
      .locator('mark[data-value="Saturday"]')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    expect(saturdays.length).toBeGreaterThanOrEqual(2);
    expect(new Set(saturdays).size).toBe(1);
    await expectNoSeriousA11yViolations(page);
  });

  test("marks Al-Akhbar's report of a US offer as carried by one outlet only", async ({ page }) => {
    const m = new MatrixPage(page);
    await m.goto(SEED);
    // Under the matrix with the other rows one outlet carries, collapsed.
    const sole = page.locator("#sole-source");
    await sole.locator("summary").click();
    await expect(sole.locator("[data-sole-row]").filter({ hasText: "Al-Akhbar" }).first()).toBeVisible();
    await expect(m.rowWith("Al-Akhbar")).toHaveCount(0);
    // The sole-source view shows them as matrix rows.
    await m.goto(SEED, "?show=sole");
    const row = m.rowWith("Al-Akhbar").first();
    await expect(row.getByText("Sole source", { exact: true })).toBeVisible();
    await expect(row).toHaveAttribute("data-sole-source", "true");
    await expect(row.getByText(/^Only .+ carries this$/)).toBeVisible();
    await expect(row.getByRole("gridcell").filter({ hasText: "Not mentioned" }).first()).toBeVisible();
    // The sole-source filter drops every row two outlets share.
    await expect(m.rows().filter({ hasText: /\d+ of \d+ outlets/ })).toHaveCount(0);
  });

  test("lists the minister's two spellings", async ({ page }) => {
    const m = new MatrixPage(page);
    await m.goto(SEED);
    const variants = page.getByRole("region", { name: "Name spelled differently across outlets" });
    await expect(variants).toContainText("Ali Abdullah Ayyoub");
    await expect(variants).toContainText("Ali Abdullah Ayoub");
    // Each pair once: the minister's surname alone ("Ayyoub" / "Ayoub", in the same outlets) is not listed again
    // beside his full name; Hezbollah's two spellings are the other line.
    await expect(variants.getByRole("listitem")).toHaveCount(2);
  });

  test("keeps a filter in the URL across a reload", async ({ page }) => {
    const m = new MatrixPage(page);
    await m.goto(SEED);
    const all = await m.rows().count();
    await page
      .getByRole("navigation", { name: "Show" })
      .getByRole("link", { name: /Discrepancies/ })
      .click();
    await expect(page).toHaveURL(/show=discrepancies/);
    await expect(m.rows().first()).toContainText(/conflict|Quote wording|Attribution/);
    const filtered = await m.rows().count();
    expect(filtered).toBeLessThan(all);
    await page
      .getByRole("navigation", { name: "Kind of discrepancy" })
      .getByRole("link", { name: "Date conflict" })
      .click();
    await expect(page).toHaveURL(/show=discrepancies&kind=date/);
    const dates = await m.rows().count();
    await page.reload();
    await expect(m.rows()).toHaveCount(dates);
    for (const r of await m.rows().all()) await expect(r).toContainText("Date conflict");
    await expect(
      page.getByRole("navigation", { name: "Show" }).getByRole("link", { name: /Discrepancies/ }),
    ).toHaveAttribute("aria-current", "page");
    // Outlet filter: only the rows that outlet carries.
    await m.goto(SEED);
    const outlet = page.getByRole("combobox", { name: "Outlet" });
    // Each outlet is listed with the rows it would show: "Source E (23)".
    await outlet.selectOption({
      label: (await outlet.locator("option", { hasText: /^Source E \(/ }).innerText()).trim(),
    });
    await expect(page).toHaveURL(/outlet=/);
    await page.reload();
    await expect(outlet).toHaveValue(/.+/);
    for (const r of await m.rows().all()) await expect(await m.cell(r, "Source E")).not.toContainText("Not mentioned");
  });

  test("opens a permalink from a cell, and the permalink survives a reload", async ({ page }) => {
    const m = new MatrixPage(page);
    await m.goto(SEED);
    const row = m
      .rowWith(/visited Damascus on Saturday/)
      .filter({ hasText: "Date conflict" })
      .first();
    const cell = await m.cell(row, "Source A");
    await cell.getByRole("link", { name: /Compare/ }).click();
    await expect(page).toHaveURL(/\/claims\/[\w-]+/);
    const url = page.url();
    await expect(page.getByText("visited Damascus on", { exact: false }).first()).toBeVisible();
    await expect(page.getByText("Saturday").first()).toBeVisible();
    await page.reload();
    expect(page.url()).toBe(url);
    await expect(page.getByText("visited Damascus on", { exact: false }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // And back to the matrix, focused on that row.
    await page
      .getByRole("link", { name: /matrix/i })
      .first()
      .click();
    await expect(page).toHaveURL(/focus=/);
    await expect(page.locator('tr[aria-current="true"]')).toHaveCount(1);
  });

  test("moves between cells with the arrow keys and opens a claim with Enter", async ({ page }) => {
    const m = new MatrixPage(page);
    await m.goto(SEED);
    const first = m.grid.locator('td[tabindex="0"]');
    await expect(first).toHaveCount(1);
    await first.focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("td:focus")).toHaveAttribute("data-col", "1");
    await page.keyboard.press("ArrowDown");
    await expect(page.locator("td:focus")).toHaveAttribute("data-row", "1");
    await page.keyboard.press("Home");
    await expect(page.locator("td:focus")).toHaveAttribute("data-col", "0");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/claims\//);
  });

  test("becomes one card per claim on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const m = new MatrixPage(page);
    await m.goto(SEED);
    await expect(m.columnHeaders().first()).toBeHidden();
    const row = m
      .rowWith(/visited Damascus on Saturday/)
      .filter({ hasText: "Date conflict" })
      .first();
    // Each version is labelled with its outlet inside the card; outlets that do not mention the claim are listed once.
    await expect(row.getByText("Source A", { exact: true })).toBeVisible();
    const box = await row.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await expectNoSeriousA11yViolations(page);
  });
});

test("a row with two number conflicts shows one badge and both splits, each amount with the noun it counts", async ({
  page,
  ingest,
}) => {
  const [first] = await ingest([
    {
      outlet: "Valley Post",
      text: "Four people died and 40 people were injured when the quake struck the valley on Tuesday, officials said.",
    },
    {
      outlet: "Hill Courier",
      text: "The quake struck the valley on Tuesday, killing nine people and injuring 70 people, officials said.",
    },
  ]);
  const m = new MatrixPage(page);
  await m.goto(first!.story.slug);
  const row = m.rowWith(/Four people died/).filter({ hasText: "nine people" });
  await expect(row).toHaveCount(1);
  await expect(row.getByText("Number conflict", { exact: true })).toHaveCount(1);
  const splits = row.getByRole("list", { name: "How the outlets split" });
  await expect(splits).toHaveCount(2);
  await expect(splits.first()).toContainText("Four people");
  await expect(splits.first()).toContainText("nine people");
  await expect(splits.last()).toContainText("40 people");
  await expect(splits.last()).toContainText("70 people");
});
