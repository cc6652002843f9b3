import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { db } from "./db";
import { dataDir, databaseUrl, env, providerOf } from "./env";
import { MIN_PASSWORD_LENGTH } from "./editors/users";

/** Sign-in attempts allowed per client address in SIGN_IN_WINDOW seconds; the next one gets 429 until it ends. */
export const SIGN_IN_MAX = 5;
export const SIGN_IN_WINDOW = 60;

/**
 * The secret that signs session cookies. A fresh clone has none configured, so one is made at first use and kept
 * next to the SQLite database, or in ./data for PostgreSQL (mode 600): every process on this machine then agrees on
 * it, and sessions survive a restart.
 */
function secret(): string {
  const configured = env().BETTER_AUTH_SECRET;
  if (configured) return configured;
  // Several app servers on one PostgreSQL database must share the secret: set BETTER_AUTH_SECRET there (README).
  const file = path.join(dataDir(), "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (e) {
      // Another process made it first; read theirs.
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * Accounts and sessions: better-auth with its Prisma adapter (docs/decisions/005-editors.md).
 * - Email and password only; nobody signs themselves up: admins create accounts (`npm run user:create`, /admin).
 * - Passwords are hashed with scrypt (better-auth's default, memory-hard).
 * - Sessions live in httpOnly, SameSite=Lax cookies (Secure when served over https).
 * - Sign-in is rate-limited per client address, counted in the database so every process shares the count. Reading
 *   one's own session (every page does) is not limited.
 * - The role is a user field no request can set (`input: false`); only lib/editors/users.ts changes it. Nor can a
 *   user rename themselves: `/update-user` is refused, and admins rename accounts at /admin/users.
 */
export const auth = betterAuth({
  appName: "NewsCompare",
  secret: secret(),
  // Cookies and the origin check (CSRF) need the app's origin. In production it is configured; a developer's or the
  // tests' server answers on loopback under whatever port it was given.
  baseURL: env().BETTER_AUTH_URL ?? {
    allowedHosts: ["localhost", "localhost:*", "127.0.0.1", "127.0.0.1:*", "[::1]:*"],
    protocol: "http",
    fallback: "http://localhost:3000",
  },
  database: prismaAdapter(db, { provider: providerOf(databaseUrl()) }),
  emailAndPassword: {
    enabled: true,
    disableSignUp: true,
    minPasswordLength: MIN_PASSWORD_LENGTH,
    maxPasswordLength: 256,
  },
  user: { additionalFields: { role: { type: "string", required: false, defaultValue: "reader", input: false } } },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  rateLimit: {
    enabled: true,
    storage: "database",
    window: 60,
    max: 100,
    customRules: {
      "/sign-in/email": { window: SIGN_IN_WINDOW, max: SIGN_IN_MAX },
      // Every page asks who is signed in (components/auth/user-menu.tsx), so a newsroom's readers behind one address
      // used up the general limit within a minute: its editors then got 429 and were shown "Sign in". Reading one's
      // own session guesses nothing, and unlimited it writes no rate-limit row per page view.
      "/get-session": false,
    },
  },
  // better-auth turns its origin (CSRF) check off when NODE_ENV is "test"; the tests must see what production does.
  advanced: { defaultCookieAttributes: { httpOnly: true, sameSite: "lax" }, disableOriginCheck: false },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      // The path of the endpoint, not of the URL: "/update-user/", "//update-user" and auth.api calls all match.
      if (ctx.path === "/update-user") {
        // A reader renamed themselves "Admin Alice", or 20 million characters long, and the review queue showed it.
        throw new APIError("FORBIDDEN", { message: "Names are changed by an admin, at /admin/users." });
      }
    }),
  },
  telemetry: { enabled: false },
  // Lets server actions set cookies through next/headers; must stay last.
  plugins: [nextCookies()],
});

export type Session = typeof auth.$Infer.Session;
