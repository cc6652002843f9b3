import { request as httpRequest } from "node:http";
import { expect, test } from "./fixtures";
import { ACCOUNTS, PASSWORD, storageState } from "./accounts";
import { CLIENT_ADDRESS_HEADER } from "../lib/client-address";
import { ACCOUNT_SIGN_IN_MAX, SIGN_IN_MAX } from "../lib/sign-in-limits";

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

// Hardening finding 4, against the production server (`npm start`, e2e/serve.ts): the address that counts is the
// connection's. These requests use wrong passwords and emails of their own, so no test account is locked.
test.describe("sign-in limits", () => {
  const run = Date.now().toString(36);

  /** POST /api/auth/sign-in/email from the loopback address `from` (Linux routes all of 127.0.0.0/8 to lo). */
  function signIn(
    baseURL: string,
    body: { email: string; password: string },
    options: { from?: string; headers?: Record<string, string> } = {},
  ): Promise<number> {
    const data = JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        new URL("/api/auth/sign-in/email", baseURL),
        {
          method: "POST",
          localAddress: options.from,
          headers: { "content-type": "application/json", origin: baseURL, ...options.headers },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      req.end(data);
    });
  }

  test("rotating X-Forwarded-For does not get past the limit per address", async ({ baseURL }) => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push(
        await signIn(
          baseURL!,
          { email: `rotator.${run}@e2e.test`, password: `wrong guess ${i}` },
          {
            from: "127.0.0.1",
            headers: {
              "x-forwarded-for": `198.51.100.${i + 1}`,
              // The header the server writes itself: a client that knows its name gains nothing either.
              [CLIENT_ADDRESS_HEADER]: `203.0.113.${i + 1}`,
            },
          },
        ),
      );
    }
    // At most SIGN_IN_MAX get through (fewer when another test of this run already tried from 127.0.0.1), and
    // everything after the first refusal is refused.
    const firstRefused = statuses.indexOf(429);
    expect(statuses, statuses.join(" ")).toContain(429);
    expect(firstRefused).toBeLessThanOrEqual(SIGN_IN_MAX);
    expect(statuses.slice(0, firstRefused).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(firstRefused).every((s) => s === 429)).toBe(true);
  });

  test("an account is locked after its limit, whichever addresses the guesses come from", async ({ baseURL }) => {
    const email = `target.${run}@e2e.test`;
    const statuses: number[] = [];
    // A different loopback address per guess: the limit per address never applies.
    for (let i = 0; i < ACCOUNT_SIGN_IN_MAX + 2; i++) {
      statuses.push(await signIn(baseURL!, { email, password: `wrong guess ${i}` }, { from: `127.0.1.${10 + i}` }));
    }
    expect(statuses).toEqual([...Array(ACCOUNT_SIGN_IN_MAX).fill(401), 429, 429]);
  });
});
