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

  /**
   * Waits until React has hydrated the page: a link clicked before that is a full page load, not the client-side
   * navigation a test may be watching (seen under load: the held request kept the old page, with no loading state).
   * React marks each element it hydrated with a `__reactFiber$…` property.
   */
  async hydrated() {
    await this.page.waitForFunction(() => {
      const h1 = document.querySelector("h1");
      return !!h1 && Object.keys(h1).some((k) => k.startsWith("__reactFiber"));
    });
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
