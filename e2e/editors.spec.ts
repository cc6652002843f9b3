import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { storageState } from "./accounts";
import { MatrixPage } from "./matrix-page";

const SEED = "iran-syria-2018";
/**
 * Merges, splits and undos re-analyse the story on the analysis worker before the page moves on: well under a second
 * on an idle machine, several on a loaded one (a test run beside a build), past expect's 5 s.
 */
const ANALYSED = { timeout: 30_000 };
const NOTE = "Checked against the ministry's own release: the visit began on Sunday.";

/** The seed's Saturday/Sunday/Monday row, as its permalink. */
async function dateRowPermalink(page: Page): Promise<string> {
  const m = new MatrixPage(page);
  await m.goto(SEED);
  const row = m
    .rowWith(/visited Damascus on Saturday/)
    .filter({ hasText: "Date conflict" })
    .first();
  return (await row.getByRole("link", { name: /Permalink/ }).getAttribute("href"))!;
}

test.describe.serial("an editor's flag, and what a reader sees of it", () => {
  let permalink = "";

  test("an editor flags the date conflict with a note, finds it in the review queue and resolves it", async ({
    browser,
  }) => {
    const context = await browser.newContext({ storageState: storageState("editor") });
    const page = await context.newPage();
    permalink = await dateRowPermalink(page);
    await page.goto(permalink);

    const tools = page.getByRole("region", { name: "Editor tools" });
    await expect(tools).toBeVisible();
    const form = tools.getByRole("form", { name: "Flag this claim" });
    await form.getByLabel("Reason").selectOption({ label: "Contradiction confirmed" });
    await form.getByLabel(/^Note/).fill(NOTE);
    await form.getByRole("button", { name: "Flag" }).click();

    // The public outcome and, in the editor's history, who and the note.
    await expect(page.getByRole("region", { name: "Editors' review" })).toContainText(/Contradiction confirmed · Open/);
    await expect(tools.getByRole("list", { name: "History" })).toContainText("Edith Editor");
    await expect(tools.getByRole("list", { name: "History" })).toContainText(NOTE);
    await expectNoSeriousA11yViolations(page);

    // The matrix marks the row and filters on it.
    const m = new MatrixPage(page);
    await m.goto(SEED, "?flag=open");
    await expect(m.rows()).toHaveCount(1);
    await expect(m.rows().first()).toContainText("Contradiction confirmed");
    await expect(m.rows().first()).toHaveAttribute("data-flag", "open");

    await page.goto("/review");
    const item = page.getByRole("list", { name: "Flags" }).getByRole("listitem").filter({ hasText: NOTE });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText("Edith Editor");
    await expectNoSeriousA11yViolations(page);
    await item.getByLabel("Status").selectOption({ label: "Resolved" });
    await item.getByRole("button", { name: "Update" }).click();
    await expect(page.getByRole("list", { name: "Flags" }).getByText(NOTE)).toHaveCount(0);

    await page.goto("/review?status=resolved");
    await expect(page.getByRole("list", { name: "Flags" }).getByRole("listitem").filter({ hasText: NOTE })).toHaveCount(
      1,
    );

    await m.goto(SEED, "?flag=reviewed");
    await expect(m.rows()).toHaveCount(1);
    await expect(m.rows().first()).toHaveAttribute("data-flag", "reviewed");
    await context.close();
  });

  test("a signed-out reader sees the outcome but not the note, and no editing control or route", async ({ page }) => {
    expect(permalink).not.toBe("");
    const res = await page.goto(permalink);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("region", { name: "Editors' review" })).toContainText(
      /Contradiction confirmed · Resolved/,
    );
    await expect(page.getByRole("region", { name: "Editor tools" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Flag|Merge|Move to its own row|Undo/ })).toHaveCount(0);
    // Not in the page, its metadata or its Open Graph tags either.
    const html = await (await page.request.get(permalink)).text();
    expect(html).not.toContain("ministry&#x27;s own release");
    expect(html).not.toContain("ministry's own release");
    expect(html).not.toContain("Edith Editor");
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

    for (const route of ["/review", "/admin/tokens", "/admin/users", "/admin/audit"]) {
      await page.goto(route);
      await expect(page, route).toHaveURL(/\/sign-in\?next=/);
    }
    // Writes without a token are refused and store nothing.
    const post = await page.request.post("/api/articles", {
      data: { text: "Officials said on Monday that the bridge had reopened to traffic." },
    });
    expect(post.status()).toBe(401);
  });
});

test("an editor merges two rows and splits a claim out; both hold after a new article, and the merge can be undone", async ({
  browser,
  ingest,
}) => {
  test.setTimeout(120_000);
  // A story of this test's own (five seed articles, reworded so they are new articles), so the seed stays as seeded.
  const seed = JSON.parse(readFileSync("seeds/iran-syria-2018/bundle.json", "utf8")) as {
    articles: Array<{ outlet?: string; title?: string; text: string; publishedAt?: string }>;
  };
  const articles = seed.articles.map((a, i) => ({
    outlet: a.outlet ?? `Outlet ${i + 1}`,
    title: a.title,
    publishedAt: a.publishedAt,
    text: `${a.text}\n\nCopy ${i} for the merge test.`,
  }));
  const [first] = await ingest(articles);
  const slug = first!.story.slug;

  const context = await browser.newContext({ storageState: storageState("editor") });
  const page = await context.newPage();
  const m = new MatrixPage(page);
  // Claim rows ("g…"; fact rows are rebuilt from them and take no corrections): two sole-source ones to merge.
  await m.goto(slug, "?show=sole");
  const claimRows = m.rows().filter({ has: page.locator('a[href^="/claims/g"]') });
  const sole = await claimRows.evaluateAll((rows) =>
    rows.slice(0, 2).map((r) => r.querySelector<HTMLAnchorElement>('a[href^="/claims/g"]')!.getAttribute("href")!),
  );
  const [source, target] = sole.map((href) => href.replace("/claims/", ""));
  const sourceText = (await claimRows.first().locator("td.mx-td:not(.mx-empty) p").first().innerText()).slice(0, 40);

  // Merge: the source row's claims join the target row; the source's permalink now leads there.
  await page.goto(`/claims/${source}`);
  const tools = page.getByRole("region", { name: "Editor tools" });
  await tools.getByRole("form", { name: "Merge rows" }).getByLabel("Merge this row into").selectOption(target!);
  await tools.getByRole("button", { name: "Merge" }).click();
  await expect(page).toHaveURL(`/claims/${target}`, ANALYSED);
  await expect(page.getByRole("region", { name: "What each outlet says" })).toContainText(sourceText);

  // Split: one outlet's claim moves out of a claim row that several outlets carry.
  await m.goto(slug);
  const shared = m
    .rows()
    .filter({ has: page.locator('a[href^="/claims/g"]') })
    .filter({ has: page.locator("td.mx-td:not(.mx-empty) ~ td.mx-td:not(.mx-empty)") });
  const dateId = (await shared.first().locator('a[href^="/claims/g"]').first().getAttribute("href"))!.replace(
    "/claims/",
    "",
  );
  await page.goto(`/claims/${dateId}`);
  const quotes = page.getByRole("region", { name: "What each outlet says" }).locator("blockquote");
  await expect(page.getByRole("heading", { name: "Editor tools" })).toBeVisible();
  const before = await quotes.count();
  expect(before).toBeGreaterThan(1);
  const splitButton = page.getByRole("button", { name: /Move to its own row/ }).last();
  const movedOutlet = ((await splitButton.getAttribute("aria-label")) ?? (await splitButton.innerText())).match(
    /\((.*)'s claim\)/,
  )?.[1];
  await splitButton.click();
  await expect(page).not.toHaveURL(`/claims/${dateId}`, ANALYSED);
  const splitId = page.url().split("/claims/")[1]!;
  const versions = page.getByRole("region", { name: "What each outlet says" }).getByRole("listitem");
  await expect(versions).toHaveCount(1);
  await page.goto(`/claims/${dateId}`);
  await expect(quotes).toHaveCount(before - 1);
  await page.goto(`/claims/${splitId}`);
  if (movedOutlet) await expect(versions.first()).toContainText(movedOutlet);

  // A new article arrives and the story is analysed again.
  await ingest({
    outlet: "Late Wire",
    text: "Iranian Defence Minister Amir Hatami was in Damascus this week, a late wire report said. Syria's army will be rebuilt with Iranian help, he said.",
  });
  await m.goto(slug);
  await expect(m.columnHeaders().last()).toContainText("Late Wire");

  const merged = await page.request.get(`/claims/${source}`, { maxRedirects: 0 });
  expect(merged.status()).toBe(307);
  expect(merged.headers()["location"]).toBe(`/claims/${target}`);
  await page.goto(`/claims/${target}`);
  await expect(page.getByRole("region", { name: "What each outlet says" })).toContainText(sourceText);
  // The split claim is still alone in its row, and the row it left is still there.
  await page.goto(`/claims/${splitId}`);
  await expect(page.getByRole("region", { name: "What each outlet says" }).getByRole("listitem")).toHaveCount(1);
  if (movedOutlet) await expect(versions.first()).toContainText(movedOutlet);
  expect((await page.request.get(`/claims/${dateId}`, { maxRedirects: 0 })).status()).toBe(200);

  // Undo the merge: the source row is back under its own permalink.
  await page.goto(`/claims/${target}`);
  await page
    .getByRole("list", { name: "Corrections on this row" })
    .getByRole("button", { name: /Undo/ })
    .first()
    .click();
  await expect(page.getByRole("list", { name: "Corrections on this row" })).toContainText("undone", ANALYSED);
  const back = await page.request.get(`/claims/${source}`, { maxRedirects: 0 });
  expect(back.status()).toBe(200);
  await context.close();
});
