/**
 * Sign-in against the real better-auth handler and a throwaway database: passwords are stored as scrypt hashes, and
 * guessing is cut off after SIGN_IN_MAX attempts per client, even when the next guess is right.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "./fresh-database";

const removeDatabase = createTestDatabase();
const { db } = await import("@/lib/db");
const { auth, SIGN_IN_MAX, SIGN_IN_WINDOW } = await import("@/lib/auth");
const { createUser } = await import("@/lib/editors/users");
const { COMMAND_LINE } = await import("@/lib/editors/actor");

const EMAIL = "editor@example.org";
const PASSWORD = "correct horse battery";

function signIn(password: string, ip: string, email = EMAIL) {
  return auth.handler(
    new Request("http://localhost/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost", "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

function getSession(ip: string, cookie?: string) {
  return auth.handler(
    new Request("http://localhost/api/auth/get-session", {
      headers: { "x-forwarded-for": ip, ...(cookie ? { cookie } : {}) },
    }),
  );
}

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
