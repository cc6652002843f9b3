import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { MatrixPage } from "./matrix-page";

// A story wider than a page of outlet columns (lib/stories/view.ts COLUMNS_PER_PAGE, 6): ten outlets report the same
// ferry-terminal budget, and each adds claims of its own. Wire Ten adds three and Wire Nine two, so they carry the
// most rows and lead the first page although they came last; the others carry two rows each and keep story order.
const SHARED = "The harbour council approved a budget of 12 million euros for the new ferry terminal on Monday.";
const OWN: string[][] = [
  ["A local bakery on Elm Street won a national award for its sourdough bread last spring."],
  ["Heavy rain flooded three underground parking garages near the central railway station overnight."],
  ["The city zoo announced the birth of twin snow leopard cubs in its mountain enclosure."],
  ["Volunteers planted four hundred oak saplings along the northern bank of the river."],
  ["A vintage tram line reopened for tourists after a decade of careful restoration work."],
  ["Schoolchildren painted a giant mural about ocean pollution on the library wall."],
  ["The marathon organisers moved the starting line to the old cathedral square this year."],
  ["A rare comet became visible to the naked eye from the observatory hill on Tuesday."],
  [
    "Firefighters rescued a stranded kitten from the roof of the municipal swimming pool.",
    "The chess club hosted a grandmaster who played forty simultaneous games in the town hall.",
  ],
  [
    "Engineers began replacing the rusted steel cables of the suspension bridge in October.",
    "A beekeeping cooperative reported its largest honey harvest in twenty years.",
    "The orchestra premiered a symphony written by a secondary school music teacher.",
  ],
];
const NAMES = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"].map((n) => `Wire ${n}`);

test("a story wider than a page shows its outlets a page of columns at a time", async ({ page, ingest }) => {
  const out = await ingest(
    NAMES.map((outlet, i) => ({
      outlet,
      url: `https://wire-${i + 1}.example/harbour-budget`,
      publishedAt: "2026-03-02",
      text: [SHARED, ...OWN[i]!].join(" "),
    })),
  );
  const slug = out[0]!.story.slug;
  const m = new MatrixPage(page);
  const outlets = async () => (await m.columnHeaders().allInnerTexts()).slice(1).map((t) => t.split("\n")[0]!.trim());

  await m.goto(slug);
  const first = await outlets();
  expect(first).toHaveLength(6);
  expect(first.slice(0, 2)).toEqual(["Wire Ten", "Wire Nine"]);
  const nav = page.getByRole("navigation", { name: "Outlet columns" });
  await expect(nav).toContainText("Outlets 1–6 of 10");
  // Every row still counts all ten outlets, not the six shown.
  await expect(m.rowWith(/ferry terminal/).first()).toContainText("10 of 10 outlets");
  await expectNoSeriousA11yViolations(page);

  await nav.getByRole("link", { name: "Next outlets" }).click();
  await expect(page).toHaveURL(/[?&]cols=2/);
  await expect(m.columnHeaders()).toHaveCount(5);
  const second = await outlets();
  expect(new Set([...first, ...second])).toEqual(new Set(NAMES));

  // The keyboard moves within the page shown.
  const cell = m.grid.locator('td[tabindex="0"]');
  await expect(cell).toHaveCount(1);
  await cell.focus();
  await page.keyboard.press("End");
  await expect(page.locator("td:focus")).toHaveAttribute("data-col", "3");
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("td:focus")).toHaveAttribute("data-col", "3");
  await page.reload();
  await expect(m.columnHeaders()).toHaveCount(5);

  // The outlet filter shows any outlet: its rows, with its column first on every page of columns.
  const select = page.getByRole("combobox", { name: "Outlet" });
  // Each outlet is listed with the rows it would show: "Wire Two (3)".
  await select.selectOption({
    label: (await select.locator("option", { hasText: `${second[0]!} (` }).innerText()).trim(),
  });
  await expect(page).toHaveURL(/outlet=/);
  await expect(page).not.toHaveURL(/cols=/);
  await expect(m.columnHeaders().nth(1)).toContainText(second[0]!);
  await expect(page.getByRole("navigation", { name: "Outlet columns" })).toContainText(
    `${second[0]}, then outlets 1–5 of the other 9`,
  );
  for (const r of await m.rows().all()) await expect(r.locator("td").first()).not.toContainText("Not mentioned");
  await page.getByRole("navigation", { name: "Outlet columns" }).getByRole("link", { name: "Next outlets" }).click();
  await expect(page).toHaveURL(/cols=2/);
  await expect(m.columnHeaders().nth(1)).toContainText(second[0]!);
  await expect(m.columnHeaders()).toHaveCount(6);
});

test("a number split many ways shows the values most outlets give, and how many others there are", async ({
  page,
  ingest,
}) => {
  // Nine outlets, seven budgets: 12 million from three, every other figure from one. Each outlet adds a sentence of
  // its own, so that no two articles are the same text (the route would take the second for the first), nor the
  // same as the test above's.
  const budgets = [12, 12, 12, 13, 14, 15, 16, 17, 18];
  const out = await ingest(
    budgets.map((m, i) => ({
      outlet: `Harbour Wire ${i + 1}`,
      url: `https://harbour-wire-${i + 1}.example/budget`,
      publishedAt: "2026-03-02",
      text: `${OWN[i]![0]} The harbour council approved a budget of ${m} million euros for the new ferry terminal on Monday.`,
    })),
    { story: { title: "Ferry terminal budget, split nine ways" } },
  );
  await page.goto(`/stories/${out[0]!.story.slug}`);
  const line = page.getByTestId("disagreements").locator("li[data-disagreement]").first();
  const values = line.getByRole("list", { name: "Values and the outlets that give each" }).getByRole("listitem");
  // Four values and "3 other values": a line stays a line however many ways the outlets split.
  await expect(values).toHaveCount(5);
  await expect(values.first()).toContainText("12 million");
  await expect(values.first()).toContainText("Harbour Wire 1, Harbour Wire 2, Harbour Wire 3");
  const more = values.last().getByRole("link", { name: "3 other values" });
  await expect(more).toBeVisible();
  // The permalink lists every value.
  await more.click();
  await expect(page).toHaveURL(/\/claims\//);
  for (const m of new Set(budgets)) await expect(page.getByRole("main")).toContainText(`${m} million`);
});
