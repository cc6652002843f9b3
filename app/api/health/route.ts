import { probeDatabase } from "@/lib/db-health";
import {
  describeDatabaseError,
  isDatabaseUnavailable,
  reportDatabaseAvailable,
  reportDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
} from "@/lib/db-errors";

/**
 * GET /api/health, for load balancers and monitors: 200 { database: "ok" } when the database answers a read of the
 * stories table (probeDatabase, lib/db-health.ts), else 503 { database: "unavailable" } (busy, locked, unreachable:
 * try again later) or { database: "error" } (anything else, such as a database without its tables). On SQLite a
 * locked database answers only after the busy timeout (5 s), and holds the server's event loop that long.
 */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  try {
    await probeDatabase();
    reportDatabaseAvailable();
    return Response.json({ database: "ok" }, { headers });
  } catch (e) {
    if (isDatabaseUnavailable(e)) {
      reportDatabaseUnavailable("GET /api/health", e);
      return Response.json(
        { database: "unavailable" },
        { status: 503, headers: { ...headers, "Retry-After": String(RETRY_AFTER_SECONDS) } },
      );
    }
    console.error(`health check failed: ${describeDatabaseError(e)}`);
    return Response.json({ database: "error" }, { status: 503, headers });
  }
}
