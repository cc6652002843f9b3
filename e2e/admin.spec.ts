import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";
import { storageState } from "./accounts";

test.use({ storageState: storageState("admin") });

test("an admin makes an ingest token, a client uses it, the admin revokes it, and the audit trail shows both", async ({
  page,
  request,
}) => {
  await page.goto("/admin/tokens");
  await page.getByLabel("Name (which client will use it)").fill("E2E wire importer");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").innerText()).trim();
  expect(token).toMatch(/^nct_[\w-]{43}$/);
  await expectNoSeriousA11yViolations(page);

  const article = {
    story: { title: "E2E token story" },
    text: "Officials in Testville said on Monday that 4 bridges were closed after the flood, the mayor said.",
  };
  const ok = await request.post("/api/articles", { data: article, headers: { authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(201);
  await page.reload();
  const row = page.getByRole("row").filter({ hasText: "E2E wire importer" });
  await expect(row).not.toContainText("never");

  await row.getByRole("button", { name: /Revoke/ }).click();
  await expect(row).toContainText("Revoked");
  const refused = await request.post("/api/articles", {
    data: { ...article, text: `${article.text} Again.` },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(refused.status()).toBe(401);

  await page.goto("/admin/audit");
  await expect(page.locator('tr[data-action="token.create"]').filter({ hasText: "E2E wire importer" })).toHaveCount(1);
  await expect(page.locator('tr[data-action="token.revoke"]').filter({ hasText: "E2E wire importer" })).toHaveCount(1);
  await expect(page.locator('tr[data-action="token.revoke"]').first()).toContainText("admin@e2e.test");
});

test("an admin makes an account; an editor cannot open the admin pages", async ({ page, browser }) => {
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "New account" });
  await form.getByLabel("Email").fill("new.editor@e2e.test");
  await form.getByLabel("Initial password").fill("short");
  await form.getByRole("button", { name: "Create account" }).click();
  // The browser's own check (minlength) stops it first; the server's answer is covered by the API tests.
  await expect(page.getByRole("cell", { name: "new.editor@e2e.test", exact: true })).toHaveCount(0);
  await form.getByLabel("Initial password").fill("a long enough password");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("cell", { name: "new.editor@e2e.test", exact: true })).toBeVisible();

  const editor = await browser.newContext({ storageState: storageState("editor") });
  const editorPage = await editor.newPage();
  await editorPage.goto("/admin/tokens");
  await expect(editorPage.getByRole("heading", { name: "Only admins can see this page" })).toBeVisible();
  await expect(editorPage.getByRole("button", { name: "Create token" })).toHaveCount(0);
  await editor.close();
});
