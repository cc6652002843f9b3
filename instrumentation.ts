/**
 * Runs once when the server starts (Next.js calls `register` before it serves a request): requests Next.js would
 * answer with a 500 although the client is at fault are refused first (lib/request-guard.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installRequestGuard } = await import("./lib/request-guard");
    installRequestGuard();
  }
}
