/**
 * Sign-in against the real better-auth handler and a throwaway database: passwords are stored as scrypt hashes, and
 * guessing is cut off after SIGN_IN_MAX attempts per client address and ACCOUNT_SIGN_IN_MAX per account, even when
 * the next guess is right.
 *
 * The client's address reaches better-auth in CLIENT_ADDRESS_HEADER, which `npm start`'s server writes from the
 * connection (scripts/start.ts, lib/client-address.ts); here each request sets it as that server would.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "./fresh-database";
import { CLIENT_ADDRESS_HEADER, serverSetsClientAddress } from "@/lib/client-address";
import { ACCOUNT_SIGN_IN_MAX, ACCOUNT_SIGN_IN_WINDOW } from "@/lib/sign-in-limits";

const removeDatabase = createTestDatabase();
serverSetsClientAddress();
const { db } = await import("@/lib/db");
const { auth, SIGN_IN_MAX, SIGN_IN_WINDOW } = await import("@/lib/auth");
const { createUser } = await import("@/lib/editors/users");
const { COMMAND_LINE } = await import("@/lib/editors/actor");

const EMAIL = "editor@example.org";
const PASSWORD = "correct horse battery";

/**
 * A sign-in from the connection address `client`, with whatever X-Forwarded-For the client chose to send (by default
 * its own address, as `next start` would set it: better-auth read that header until finding 4 was fixed).
 */
function signIn(password: string, client: string, options: { email?: string; forwardedFor?: string } = {}) {
  return auth.handler(
    new Request("http://localhost/api/auth/sign-in/email", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "http://localhost",
        [CLIENT_ADDRESS_HEADER]: client,
        "x-forwarded-for": options.forwardedFor ?? client,
      },
      body: JSON.stringify({ email: options.email ?? EMAIL, password }),
    }),
  );
}

function getSession(client: string, cookie?: string) {
  return auth.handler(
    new Request("http://localhost/api/auth/get-session", {
      headers: { [CLIENT_ADDRESS_HEADER]: client, "x-forwarded-for": client, ...(cookie ? { cookie } : {}) },
    }),
  );
}

/** A different address for every attempt, as a botnet has them: 10.<n>.<n>.<n>. */
let addresses = 0;
const freshAddress = () => {
  const n = ++addresses;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

beforeAll(async () => {
  await createUser(db, COMMAND_LINE, { email: EMAIL, password: PASSWORD, role: "editor" });
});
afterAll(async () => {
  await db.$disconnect();
  await removeDatabase();
});

describe("sign-in", () => {
  it("stores a scrypt hash, never the password", async () => {
    const account = await db.account.findFirstOrThrow({ where: { user: { email: EMAIL } } });
    expect(account.password).not.toContain(PASSWORD);
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
  });

  it("sets an httpOnly, SameSite session cookie on success", async () => {
    const res = await signIn(PASSWORD, "192.0.2.10");
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.includes("session_token"))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("refuses a wrong password with 401 and sets no cookie", async () => {
    const res = await signIn("wrong password!", "192.0.2.11");
    expect(res.status).toBe(401);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it(`blocks a client after ${SIGN_IN_MAX} attempts in ${SIGN_IN_WINDOW} s, even with the right password`, async () => {
    const attacker = "203.0.113.7";
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_MAX + 3; i++) statuses.push((await signIn(`guess number ${i}`, attacker)).status);
    expect(statuses.slice(0, SIGN_IN_MAX)).toEqual(Array(SIGN_IN_MAX).fill(401));
    expect(statuses.slice(SIGN_IN_MAX)).toEqual([429, 429, 429]);

    const right = await signIn(PASSWORD, attacker);
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("x-retry-after"))).toBeGreaterThan(0);
    expect(right.headers.getSetCookie()).toEqual([]);

    // Someone else, elsewhere, still signs in.
    expect((await signIn(PASSWORD, "192.0.2.12")).status).toBe(200);
  });

  it("counts attempts in the database, so a restarted or second server process sees them too", async () => {
    expect(await db.rateLimit.count({ where: { key: { contains: "203.0.113.7" } } })).toBe(1);
  });

  it("counts the connection's address, whatever X-Forwarded-For the client sends (hardening finding 4)", async () => {
    const attacker = "203.0.113.8";
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await signIn(`guess ${i}`, attacker, { forwardedFor: `198.51.100.${100 + i}` })).status);
    }
    expect(statuses).toEqual([...Array(SIGN_IN_MAX).fill(401), ...Array(12 - SIGN_IN_MAX).fill(429)]);
  });

  it("never limits reading one's own session: every page asks for it, and a newsroom shares one address", async () => {
    const signedIn = await signIn(PASSWORD, "198.51.100.1");
    const cookie = signedIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    // Well past the general limit (100 a minute): a busy newsroom's readers and editors behind one NAT address.
    const newsroom = "198.51.100.2";
    const statuses = new Set<number>();
    for (let i = 0; i < 150; i++) statuses.add((await getSession(newsroom)).status);
    expect([...statuses]).toEqual([200]);
    // The editor in that newsroom still gets their menu, and no reader's page view wrote a rate-limit row.
    const mine = await getSession(newsroom, cookie);
    expect(mine.status).toBe(200);
    expect(((await mine.json()) as { user: { email: string } }).user.email).toBe(EMAIL);
    expect(await db.rateLimit.count({ where: { key: { contains: newsroom } } })).toBe(0);
  });
});

describe("sign-in, per account", () => {
  const victim = "victim@example.org";
  beforeAll(async () => {
    await createUser(db, COMMAND_LINE, { email: victim, password: PASSWORD, role: "admin" });
  });

  it(`locks an account after ${ACCOUNT_SIGN_IN_MAX} attempts from as many addresses, even for the right password`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < ACCOUNT_SIGN_IN_MAX + 2; i++) {
      statuses.push((await signIn(`guess ${i}`, freshAddress(), { email: victim })).status);
    }
    expect(statuses).toEqual([...Array(ACCOUNT_SIGN_IN_MAX).fill(401), 429, 429]);

    const right = await signIn(PASSWORD, freshAddress(), { email: victim.toUpperCase() });
    expect(right.status).toBe(429);
    const retryAfter = Number(right.headers.get("x-retry-after"));
    expect(retryAfter).toBeGreaterThan(ACCOUNT_SIGN_IN_WINDOW - 60);
    expect(retryAfter).toBeLessThanOrEqual(ACCOUNT_SIGN_IN_WINDOW);
    expect(right.headers.getSetCookie()).toEqual([]);

    // Another account, from one of those addresses, is not affected.
    expect((await signIn(PASSWORD, "10.0.0.3")).status).toBe(200);
  });

  it("counts an email nobody has like one somebody has: a 429 tells a guesser nothing", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < ACCOUNT_SIGN_IN_MAX + 1; i++) {
      statuses.push((await signIn(`guess ${i}`, freshAddress(), { email: "nobody@example.org" })).status);
    }
    expect(statuses).toEqual([...Array(ACCOUNT_SIGN_IN_MAX).fill(401), 429]);
  });

  it("starts the count again after a successful sign-in", async () => {
    const email = "typist@example.org";
    await createUser(db, COMMAND_LINE, { email, password: PASSWORD, role: "editor" });
    for (let i = 0; i < ACCOUNT_SIGN_IN_MAX - 1; i++) {
      expect((await signIn(`typo ${i}`, freshAddress(), { email })).status).toBe(401);
    }
    expect((await signIn(PASSWORD, freshAddress(), { email })).status).toBe(200);
    for (let i = 0; i < ACCOUNT_SIGN_IN_MAX - 1; i++) {
      expect((await signIn(`typo again ${i}`, freshAddress(), { email })).status).toBe(401);
    }
    expect((await signIn(PASSWORD, freshAddress(), { email })).status).toBe(200);
  });

  it("counts attempts made at the same moment one by one: of 20 at once, exactly the limit get through", async () => {
    const { countSignInAttempt } = await import("@/lib/editors/sign-in-throttle");
    const attempts = await Promise.all(
      Array.from({ length: 20 }, () => countSignInAttempt(db, "concurrent@example.org")),
    );
    expect(attempts.filter((a) => a.allowed)).toHaveLength(ACCOUNT_SIGN_IN_MAX);
  });

  it("keeps no email in the table, only its hash", async () => {
    const rows = await db.signInThrottle.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.key).toMatch(/^[0-9a-f]{64}$/);
  });
});
