/**
 * How often anyone may try a password. Constants only, so the browser tests can read them without loading the app.
 *
 * Per client address (better-auth's rate limit, lib/auth.ts): SIGN_IN_MAX attempts in SIGN_IN_WINDOW seconds, then
 * 429 until the window ends, even for the right password.
 */
export const SIGN_IN_MAX = 5;
export const SIGN_IN_WINDOW = 60;

/**
 * Per account, whatever the address (lib/editors/sign-in-throttle.ts): ACCOUNT_SIGN_IN_MAX attempts in
 * ACCOUNT_SIGN_IN_WINDOW seconds since the first, then 429 until the window ends. A successful sign-in starts the
 * count again, so only a run of failures locks an account.
 */
export const ACCOUNT_SIGN_IN_MAX = 10;
export const ACCOUNT_SIGN_IN_WINDOW = 15 * 60;
