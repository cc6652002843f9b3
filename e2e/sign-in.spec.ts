import { expect, test } from "./fixtures";
import { ACCOUNTS, PASSWORD, storageState } from "./accounts";

// Hardening finding 3. Browsers drop a TAB or a newline inside a URL, so "/\t/evil.example" is read as
// "//evil.example": another host. The page must stay on this site whether `next` is followed by the form after
// signing in or by the server for a visitor who is signed in already.
const EVIL = "http://evil.example/";

test.describe("after signing in", () => {
  test("a next of /<TAB>/evil.example stays on this site", async ({ page, baseURL }) => {
    // The sign-in answer is stubbed: sign-in is rate limited, and the tests sign in once per role
    // (accounts.setup.ts). What is tested is where the page goes once signing in has succeeded.
    await page.route("**/api/auth/sign-in/email", (route) =>
      route.fulfill({
        json: {
          redirect: false,
          token: "stub",
          user: { id: "stub", email: ACCOUNTS.editor.email, name: ACCOUNTS.editor.name, role: "editor" },
        },
      }),
    );
    // There is no network here; were the browser sent there, it would find this page rather than an error.
    await page.route(`${EVIL}**`, (route) => route.fulfill({ contentType: "text/html", body: "<title>evil</title>" }));

    await page.goto("/sign-in?next=/%09/evil.example");
    await page.getByLabel("Email").fill(ACCOUNTS.editor.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${baseURL}/`);
    await expect(page).not.toHaveTitle("evil");
  });
});

test.describe("signed in already", () => {
  test.use({ storageState: storageState("editor") });

  for (const next of ["/%09/evil.example", "/%0A/evil.example", "/%0D%0A/x", "/%5C/evil.example", "/%2509/x"]) {
    test(`?next=${next} answers without an error and stays on this site`, async ({ page, baseURL }) => {
      await page.route(`${EVIL}**`, (route) =>
        route.fulfill({ contentType: "text/html", body: "<title>evil</title>" }),
      );
      const response = await page.goto(`/sign-in?next=${next}`);
      expect(response?.status()).toBeLessThan(400);
      await expect(page).toHaveURL(`${baseURL}/`);
    });
  }

  test("?next=/review still leads to the review queue", async ({ page, baseURL }) => {
    await page.goto("/sign-in?next=/review");
    await expect(page).toHaveURL(`${baseURL}/review`);
  });
});
