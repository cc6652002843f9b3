import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parse } from "csv-parse/sync";
import type { Locator, Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { ACCOUNTS, storageState } from "./accounts";
import { MatrixPage } from "./matrix-page";

const SEED = "iran-syria-2018";

const readCsv = (text: string): string[][] => parse(text, { bom: true });
/** The ids of the rows on screen, top to bottom. */
const rowIdsOnScreen = (m: MatrixPage) => m.rows().evaluateAll((rows) => rows.map((r) => r.id.replace(/^row-/, "")));
const exportLink = (page: Page, name: "CSV, wide" | "CSV, long" | "JSON"): Locator =>
  page.getByRole("link", { name, exact: true });

interface MatrixJson {
  version: number;
  view: Record<string, string | null>;
  rows: Array<{ id: string; flags: Array<Record<string, unknown>> }>;
}
interface ClaimJsonLd {
  "@type": string;
  "@id": string;
  appearance: Array<{ publisher: { name: string }; hasPart: Array<{ text: string }> }>;
  discrepancy: Array<{ discrepancyKind: string; statedValue: Array<{ value: string }> }>;
  reviewFlag: Array<Record<string, unknown>>;
}

test("the CSV and JSON of a filtered view hold the rows on screen, in the same order", async ({ page }) => {
  const m = new MatrixPage(page);
  await m.goto(SEED);
  await page
    .getByRole("navigation", { name: "Show" })
    .getByRole("link", { name: /Discrepancies/ })
    .click();
  await expect(page).toHaveURL(/show=discrepancies/);
  await page.getByRole("navigation", { name: "Order" }).getByRole("link", { name: "Story order" }).click();
  await expect(page).toHaveURL(/show=discrepancies&sort=story/);
  await expect(page.getByText(/ of \d+ claims.*In story order/)).toBeVisible();
  await expect(exportLink(page, "CSV, wide")).toHaveAttribute("href", /show=discrepancies/);

  const onScreen = await rowIdsOnScreen(m);
  const all = await (await page.request.get(`/stories/${SEED}/matrix.json`)).json();
  expect(onScreen.length).toBeGreaterThan(1);
  expect(onScreen.length).toBeLessThan((all as MatrixJson).rows.length);

  // The reader's way: follow the link, get a file.
  const [download] = await Promise.all([page.waitForEvent("download"), exportLink(page, "CSV, wide").click()]);
  expect(download.suggestedFilename()).toBe(`${SEED}-matrix-wide-discrepancies-story-order.csv`);
  const [header, ...wide] = readCsv(readFileSync((await download.path())!, "utf8"));
  expect(header!.slice(0, 2)).toEqual(["position", "row_id"]);
  expect(wide.map((r) => r[1])).toEqual(onScreen);
  expect(wide.map((r) => r[0])).toEqual(onScreen.map((_, i) => String(i + 1)));

  const long = await page.request.get((await exportLink(page, "CSV, long").getAttribute("href"))!);
  expect(long.headers()["content-type"]).toMatch(/^text\/csv/);
  expect([
    ...new Set(
      readCsv(await long.text())
        .slice(1)
        .map((r) => r[1]),
    ),
  ]).toEqual(onScreen);

  const json = (await (
    await page.request.get((await exportLink(page, "JSON").getAttribute("href"))!)
  ).json()) as MatrixJson;
  expect(json.version).toBe(1);
  expect(json.view).toMatchObject({ show: "discrepancies", sort: "story" });
  expect(json.rows.map((r) => r.id)).toEqual(onScreen);

  // A second filter on top: date conflicts only.
  await page
    .getByRole("navigation", { name: "Kind of discrepancy" })
    .getByRole("link", { name: "Date conflict" })
    .click();
  await expect(page).toHaveURL(/kind=date/);
  await expect(exportLink(page, "CSV, wide")).toHaveAttribute("href", /kind=date/);
  const dates = await rowIdsOnScreen(m);
  const dateCsv = await page.request.get((await exportLink(page, "CSV, wide").getAttribute("href"))!);
  expect(
    readCsv(await dateCsv.text())
      .slice(1)
      .map((r) => r[1]),
  ).toEqual(dates);
});

test("the links of the default view need no query, and are not caught by the cached matrix route", async ({ page }) => {
  const m = new MatrixPage(page);
  await m.goto(SEED);
  await expect(exportLink(page, "JSON")).toHaveAttribute("href", `/stories/${SEED}/matrix.json`);
  const res = await page.request.get(`/stories/${SEED}/matrix.json`);
  expect(res.status()).toBe(200);
  // The matrix's rows, then those one outlet carries (listed under it): each in the export's order.
  const exported = ((await res.json()) as MatrixJson).rows.map((r) => r.id);
  const listed = await page
    .locator("[data-sole-row]")
    .evaluateAll((items) => items.map((i) => i.getAttribute("data-sole-row")!));
  expect(listed.length).toBeGreaterThan(0);
  expect(exported.filter((id) => !listed.includes(id))).toEqual(
    await m.rows().evaluateAll((rows) => rows.map((r) => r.id.replace(/^row-/, ""))),
  );
  expect(exported.filter((id) => listed.includes(id))).toEqual(listed);
  expect((await page.request.get(`/stories/no-such-story/matrix.csv`)).status()).toBe(404);
  await expectNoSeriousA11yViolations(page);
});

test("a page on another site can fetch the exports (CORS), but not the API", async ({ page, baseURL }) => {
  // Another site: a page from a second loopback server, so another origin (its port) in the same address space (a
  // page the browser does not know the address of would meet Private Network Access rules, not CORS).
  const site = createServer((_, res) => res.end("<!doctype html><title>A notebook</title>"));
  await new Promise<void>((done) => site.listen(0, "127.0.0.1", done));
  try {
    await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
    const fetched = (path: string) =>
      page.evaluate(async (url) => {
        try {
          const res = await fetch(url);
          return `${res.status} ${(await res.text()).slice(0, 20)}`;
        } catch (e) {
          return `refused: ${String(e)}`;
        }
      }, `${baseURL}${path}`);
    const claim = ((await (await page.request.get(`${baseURL}/stories/${SEED}/matrix.json`)).json()) as MatrixJson)
      .rows[0]!.id;
    expect(await fetched(`/stories/${SEED}/matrix.csv?layout=long`)).toMatch(/^200 position,row_id/);
    expect(await fetched(`/stories/${SEED}/matrix.json`)).toMatch(/^200 \{/);
    expect(await fetched(`/claims/${claim}/claim.jsonld`)).toMatch(/^200 \{/);
    // The rest of the app keeps the browser's default: another site's script cannot read it.
    expect(await fetched(`/api/health`)).toMatch(/^refused: TypeError/);
  } finally {
    site.close();
  }
});

test("a permalink's JSON-LD, embedded and downloaded, names every outlet the page shows", async ({ page }) => {
  const m = new MatrixPage(page);
  await m.goto(SEED);
  const row = m
    .rowWith(/visited Damascus on Saturday/)
    .filter({ hasText: "Date conflict" })
    .first();
  const permalink = (await row.getByRole("link", { name: /Permalink/ }).getAttribute("href"))!;
  await page.goto(permalink);

  // The page streams behind a loading state: wait for the outlets before counting them (allInnerTexts does not wait).
  const outlets = page.getByRole("region", { name: "What each outlet says" }).getByRole("heading", { level: 3 });
  await expect(outlets.first()).toBeVisible();
  const shown = await outlets.allInnerTexts();
  expect(shown.length).toBeGreaterThan(2);
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  const embedded = JSON.parse((await scripts.textContent())!) as ClaimJsonLd;

  const link = page.getByRole("link", { name: "JSON-LD" });
  const res = await page.request.get((await link.getAttribute("href"))!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/ld+json");
  const downloaded = (await res.json()) as ClaimJsonLd;
  expect(downloaded).toEqual(embedded);

  expect(embedded["@type"]).toBe("Claim");
  expect(new URL(embedded["@id"]).pathname).toBe(permalink);
  expect(embedded.appearance.map((a) => a.publisher.name)).toEqual(shown.map((s) => s.trim()));
  expect(embedded.discrepancy.find((d) => d.discrepancyKind === "date")!.statedValue.map((v) => v.value)).toEqual(
    expect.arrayContaining(["Saturday", "Sunday", "Monday"]),
  );
  await expectNoSeriousA11yViolations(page);
});

test("each term of our namespace in a claim's JSON-LD leads to its definition on /ns", async ({ page }) => {
  const m = new MatrixPage(page);
  await m.goto(SEED);
  const permalink = (await m
    .rows()
    .first()
    .getByRole("link", { name: /Permalink/ })
    .getAttribute("href"))!;
  const doc = (await (await page.request.get(`${permalink}/claim.jsonld`)).json()) as {
    "@context": [string, Record<string, unknown>];
  };
  const { nc: namespace, ...terms } = doc["@context"][1];
  expect(namespace).toMatch(/\/ns#$/);
  const vocabulary = new URL(namespace as string);

  for (const term of ["discrepancyKind", "Discrepancy"]) {
    await page.goto(`${vocabulary.origin}${vocabulary.pathname}#${term}`);
    await expect(page.locator(`#${term}`)).toBeInViewport();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Vocabulary" })).toBeVisible();
  for (const term of Object.keys(terms)) {
    await expect(page.getByRole("region", { name: `nc:${term}`, exact: true })).toHaveAttribute("id", term);
  }
  await expect(page.getByRole("list", { name: "Values of discrepancyKind" })).toContainText("attribution");
  // Tools get the same terms as JSON-LD.
  const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
    "@graph": Array<{ "@id": string }>;
  };
  expect(graph["@graph"].map((t) => t["@id"]).sort()).toEqual(
    Object.keys(terms)
      .map((t) => `nc:${t}`)
      .sort(),
  );
  await expectNoSeriousA11yViolations(page);
});

test("no export shows an editor's note or name; a claim holding </script> cannot break out of the embedded JSON-LD", async ({
  browser,
  page,
  ingest,
}) => {
  test.setTimeout(120_000);
  const NOTE = "Private note: the press office asked us not to publish this yet.";
  const hostile =
    'The mayor said the words "</script><script>alert(1)</script>" were painted on a wall of the town hall.';
  const [first] = await ingest([
    {
      outlet: "Wire One",
      publishedAt: "2024-03-04",
      text: `Officials in Testville said on Monday that 12 bridges were closed after the flood.\n\n${hostile}`,
    },
    {
      outlet: "الجزيرة",
      publishedAt: "2024-03-05",
      text: "Officials in Testville said on Tuesday that 12 bridges were closed after the flood.\n\nRescue teams worked through the night to reach villages cut off by the water.",
    },
  ]);
  const slug = first!.story.slug;

  // An editor flags the shared row with a private note.
  const editor = await browser.newContext({ storageState: storageState("editor") });
  const editorPage = await editor.newPage();
  const em = new MatrixPage(editorPage);
  await em.goto(slug);
  const shared = (await em
    .rowWith("12 bridges were closed")
    .first()
    .getByRole("link", { name: /Permalink/ })
    .getAttribute("href"))!;
  await editorPage.goto(shared);
  const form = editorPage.getByRole("region", { name: "Editor tools" }).getByRole("form", { name: "Flag this claim" });
  await form.getByLabel("Reason").selectOption({ label: "Contradiction confirmed" });
  await form.getByLabel(/^Note/).fill(NOTE);
  await form.getByRole("button", { name: "Flag" }).click();
  await expect(editorPage.getByRole("region", { name: "Editors' review" })).toContainText(
    /Contradiction confirmed · Open/,
  );
  await editor.close();

  // A reader downloads everything.
  const m = new MatrixPage(page);
  await m.goto(slug);
  const bodies: string[] = [];
  for (const name of ["CSV, wide", "CSV, long", "JSON"] as const)
    bodies.push(await (await page.request.get((await exportLink(page, name).getAttribute("href"))!)).text());
  await page.goto(shared);
  bodies.push(await (await page.request.get(`${shared}/claim.jsonld`)).text());
  bodies.push((await page.locator('script[type="application/ld+json"]').textContent())!);
  for (const body of bodies) {
    expect(body).toContain("contradiction-confirmed");
    for (const secret of ["press office", "Private note", ACCOUNTS.editor.name, ACCOUNTS.editor.email])
      expect(body).not.toContain(secret);
  }

  // The hostile claim's permalink: the text shows as text, no script runs, the JSON-LD still parses.
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // One outlet carries it: a matrix row in the sole-source view (the default view lists it under the matrix).
  await m.goto(slug, "?show=sole");
  const hostileLink = (await m
    .rowWith("painted on a wall")
    .first()
    .getByRole("link", { name: /Permalink/ })
    .getAttribute("href"))!;
  await page.goto(hostileLink);
  await expect(page.getByRole("region", { name: "What each outlet says" })).toContainText(
    "</script><script>alert(1)</script>",
  );
  const doc = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as ClaimJsonLd;
  expect(doc.appearance[0]!.hasPart[0]!.text).toBe(hostile);
  expect(doc.appearance.map((a) => a.publisher.name)).toEqual(["Wire One"]);
  expect(dialogs).toEqual([]);
});
