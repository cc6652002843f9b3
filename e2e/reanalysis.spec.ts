import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { MatrixPage } from "./matrix-page";

// This spec changes the seed story (a sixth outlet). playwright.config.ts runs it after every other spec, which read
// the seed story as it was seeded.
const SEED = "iran-syria-2018";

test("a sixth article adds its column and every earlier permalink still opens", async ({ page, ingest }) => {
  // The analysis of the sixth article (a worker's first job loads the language model) and sixty-odd permalinks, one
  // after another: past the default 30 s on a loaded machine.
  test.setTimeout(120_000);
  const m = new MatrixPage(page);
  await m.goto(SEED);
  const before = await m.columnHeaders().count();
  const permalinks = await m.grid
    .getByRole("link", { name: /Permalink/ })
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(permalinks.length).toBeGreaterThan(10);

  const [out] = await ingest(
    {
      outlet: "Sixth Wire",
      url: "https://sixth-wire.example/iran-syria-military-deal",
      text:
        "Iran and Syria signed a deal for military cooperation in a meeting between the defense ministers of the two countries in Damascus, state media said. " +
        "Iranian Defense Minister Amir Hatami said the agreement covers the rebuilding of Syria's armed forces and its military industries.",
    },
    { story: SEED },
  );
  expect(out!.status).toBe("created");
  expect(out!.story.slug).toBe(SEED);

  await m.goto(SEED);
  await expect(m.columnHeaders()).toHaveCount(before + 1);
  await expect(m.columnHeaders().last()).toContainText("Sixth Wire");
  for (const href of permalinks) {
    const res = await page.request.get(href);
    expect(res.status(), href).toBe(200);
  }
  // The new outlet's sentence joined the row that already held the signing, under that row's old permalink.
  const cell = m.grid
    .locator("td.mx-td:not(.mx-empty)")
    .filter({ has: page.locator(".mx-label", { hasText: "Sixth Wire" }) })
    .filter({ hasText: "signed a deal for military cooperation" })
    .first();
  await expect(cell).toHaveCount(1);
  const deal = cell.locator("xpath=..");
  await expect(deal).toContainText("Source A");
  const dealLink = await deal.getByRole("link", { name: /Permalink/ }).getAttribute("href");
  expect(permalinks.map((h) => new URL(h).pathname)).toContain(dealLink);
  await expectNoSeriousA11yViolations(page);
});
