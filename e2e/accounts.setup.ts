import { test as setup, expect } from "@playwright/test";
import { ACCOUNTS, PASSWORD, storageState } from "./accounts";

for (const role of ["editor", "admin"] as const) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(ACCOUNTS[role].email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.context().storageState({ path: storageState(role) });
  });
}
