import { createHash } from "node:crypto";
import type { Db } from "../db";
import { ACCOUNT_SIGN_IN_MAX, ACCOUNT_SIGN_IN_WINDOW } from "../sign-in-limits";

/**
 * The per-account half of the sign-in limit; better-auth's rate limit is the per-address half (lib/auth.ts). A
 * guesser who sends every attempt from a new address gets past the latter, never past this: the count is kept by
 * account, in the database, so every server process shares it.
 *
 * Every email is counted alike, whether or not an account has it: a 429 only for real accounts would tell a
 * guesser which addresses exist. Rows are keyed by the email's sha256, so the table holds no addresses.
 */
const keyOf = (email: string) => createHash("sha256").update(email.toLowerCase()).digest("hex");

export type Attempt = { allowed: true } | { allowed: false; retryAfter: number };

/**
 * Counts one sign-in attempt for `email`, before its password is checked. One statement, atomic on both engines
 * (each reads it the same): a first attempt inserts the row, one in a window that has ended starts a new window,
 * any other adds one. Concurrent attempts therefore never see the same count, and at most ACCOUNT_SIGN_IN_MAX of
 * them in a window get through.
 */
export async function countSignInAttempt(db: Db, email: string, now: number = Date.now()): Promise<Attempt> {
  const key = keyOf(email);
  const ended = BigInt(now - ACCOUNT_SIGN_IN_WINDOW * 1000);
  const at = BigInt(now);
  const [row] = await db.$queryRaw<Array<{ count: number | bigint; windowStart: number | bigint | string }>>`
    INSERT INTO "SignInThrottle" ("key", "count", "windowStart") VALUES (${key}, 1, ${at})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "SignInThrottle"."windowStart" <= ${ended} THEN 1 ELSE "SignInThrottle"."count" + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" <= ${ended} THEN ${at} ELSE "SignInThrottle"."windowStart" END
    RETURNING "count", "windowStart"`;
  const count = Number(row!.count);
  const windowStart = Number(row!.windowStart);
  // A new window: rows whose window has ended are dropped now and then, so addresses tried once do not pile up.
  if (count === 1) await db.signInThrottle.deleteMany({ where: { windowStart: { lte: ended } } });
  if (count <= ACCOUNT_SIGN_IN_MAX) return { allowed: true };
  return {
    allowed: false,
    retryAfter: Math.max(1, Math.ceil((windowStart + ACCOUNT_SIGN_IN_WINDOW * 1000 - now) / 1000)),
  };
}

/** After a successful sign-in: the account's count starts again. */
export async function clearSignInAttempts(db: Db, email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: keyOf(email) } });
}
