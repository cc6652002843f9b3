import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { storageState } from "./accounts";

test.use({ storageState: storageState("admin") });

test("an admin makes an ingest token, a client uses it, the admin revokes it, and the audit trail shows both", async ({
  page,
  request,
}) => {
  // Unique per run, so a rerun against the same database finds only this run's token and article.
  const run = Date.now().toString(36);
  const name = `E2E wire importer ${run}`;
  await page.goto("/admin/tokens");
  await page.getByLabel("Name (which client will use it)").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").innerText()).trim();
  expect(token).toMatch(/^nct_[\w-]{43}$/);
  // The list refreshes after the token is shown, and lists it as not used yet.
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("never");
  await expectNoSeriousA11yViolations(page);

  const article = {
    story: { title: "E2E token story" },
    text: `Officials in Testville said on Monday that 4 bridges were closed after the flood (${run}), the mayor said.`,
  };
  const ok = await request.post("/api/articles", { data: article, headers: { authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(201);
  await page.reload();
  await expect(row).not.toContainText("never");

  await row.getByRole("button", { name: /Revoke/ }).click();
  await expect(row).toContainText("Revoked");
  const refused = await request.post("/api/articles", {
    data: { ...article, text: `${article.text} Again.` },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(refused.status()).toBe(401);

  await page.goto("/admin/audit");
  await expect(page.locator('tr[data-action="token.create"]').filter({ hasText: name })).toHaveCount(1);
  await expect(page.locator('tr[data-action="token.revoke"]').filter({ hasText: name })).toHaveCount(1);
  await expect(page.locator('tr[data-action="token.revoke"]').first()).toContainText("admin@e2e.test");
});

test("an admin makes an account; an editor cannot open the admin pages", async ({ page, browser }) => {
  // Unique per run, like the token above.
  const email = `new.editor.${Date.now().toString(36)}@e2e.test`;
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "New account" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Initial password").fill("short");
  await form.getByRole("button", { name: "Create account" }).click();
  // The browser's own check (minlength) stops it first; the server's answer is covered by the API tests.
  await expect(page.getByRole("cell", { name: email, exact: true })).toHaveCount(0);
  await form.getByLabel("Initial password").fill("a long enough password");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("cell", { name: email, exact: true })).toBeVisible();

  // Only an admin renames an account (people cannot rename themselves), and the audit trail says so.
  const newName = `Renamed Editor ${email.split("@")[0]!.slice(-8)}`;
  await page.getByRole("textbox", { name: `Name of ${email}` }).fill(newName);
  const renamed = page.waitForResponse(
    (r) => r.request().method() === "POST" && !!r.request().headers()["next-action"],
  );
  await page.getByRole("button", { name: `Rename ${email}` }).click();
  expect((await renamed).ok()).toBe(true);
  await page.reload();
  await expect(page.getByRole("textbox", { name: `Name of ${email}` })).toHaveValue(newName);
  await page.goto("/admin/audit");
  await expect(page.locator('tr[data-action="user.rename"]').filter({ hasText: newName })).toHaveCount(1);

  const editor = await browser.newContext({ storageState: storageState("editor") });
  const editorPage = await editor.newPage();
  await editorPage.goto("/admin/tokens");
  await expect(editorPage.getByRole("heading", { name: "Only admins can see this page" })).toBeVisible();
  await expect(editorPage.getByRole("button", { name: "Create token" })).toHaveCount(0);
  await editor.close();
});
