import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { clientAddressHeaders } from "./client-address";
import { db } from "./db";
import { dataDir, databaseUrl, env, providerOf } from "./env";
import { clearSignInAttempts, countSignInAttempt } from "./editors/sign-in-throttle";
import { MIN_PASSWORD_LENGTH } from "./editors/users";
import { SIGN_IN_MAX, SIGN_IN_WINDOW } from "./sign-in-limits";

export { SIGN_IN_MAX, SIGN_IN_WINDOW };

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
 * - Sign-in is rate-limited per client address and per account, both counted in the database so every process
 *   shares the counts (lib/sign-in-limits.ts). The address is the connection's, as `npm start`'s server reports it
 *   (lib/client-address.ts), never a header the client wrote. Reading one's own session (every page does) is not
 *   limited.
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
  advanced: {
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    // better-auth turns its origin (CSRF) check off when NODE_ENV is "test"; the tests must see what production does.
    disableOriginCheck: false,
    // Its default, X-Forwarded-For, is whatever the client wrote when nothing in front of `next start` replaces it:
    // a new address per attempt, and the limit never counted past one (hardening finding 4). Outside `npm start`
    // there is no header to read, and every client shares one bucket.
    ipAddress: { ipAddressHeaders: clientAddressHeaders() },
  },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      // The path of the endpoint, not of the URL: "/update-user/", "//update-user" and auth.api calls all match.
      if (ctx.path === "/update-user") {
        // A reader renamed themselves "Admin Alice", or 20 million characters long, and the review queue showed it.
        throw new APIError("FORBIDDEN", { message: "Names are changed by an admin, at /admin/users." });
      }
      if (ctx.path === "/sign-in/email") {
        const email = (ctx.body as { email?: unknown } | undefined)?.email;
        if (typeof email !== "string") return; // better-auth refuses the body itself
        const attempt = await countSignInAttempt(db, email);
        if (!attempt.allowed) {
          throw new APIError(
            "TOO_MANY_REQUESTS",
            { message: "Too many sign-in attempts for this account. Try again later." },
            { "X-Retry-After": String(attempt.retryAfter) },
          );
        }
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      const signedIn = ctx.path === "/sign-in/email" ? ctx.context.newSession : null;
      if (signedIn) await clearSignInAttempts(db, signedIn.user.email);
    }),
  },
  telemetry: { enabled: false },
  // Lets server actions set cookies through next/headers; must stay last.
  plugins: [nextCookies()],
});

export type Session = typeof auth.$Infer.Session;
