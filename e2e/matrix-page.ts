import { expect, type Locator, type Page } from "@playwright/test";

/** The comparison matrix of one story, as a reader sees it. */
export class MatrixPage {
  readonly grid: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole("grid", { name: /Claims by outlet/ });
  }

  async goto(slug: string, query = "") {
    const res = await this.page.goto(`/stories/${slug}${query}`);
    expect(res?.status()).toBe(200);
    await expect(this.grid).toBeVisible();
  }

  /** Body rows (the header row left out). */
  rows(): Locator {
    return this.grid.locator("tbody > tr");
  }

  rowWith(text: string | RegExp): Locator {
    return this.rows().filter({ hasText: text });
  }

  columnHeaders(): Locator {
    return this.grid.getByRole("columnheader");
  }

  /** The cell of `outlet` in `row`, found by the column header's position. */
  async cell(row: Locator, outlet: string): Promise<Locator> {
    const names = await this.columnHeaders().allInnerTexts();
    const col = names.findIndex((n) => n.split("\n")[0]!.trim() === outlet);
    expect(col, `no column ${outlet} in ${names.join(" | ")}`).toBeGreaterThan(0);
    return row.locator("td").nth(col - 1);
  }
}
