import { db } from "./db";

/**
 * Throws unless the app's database answers a read of the stories table (GET /api/health). A read, not `SELECT 1`:
 * SQLite answers that without touching the file, so it would pass while another process holds the database locked.
 */
export async function probeDatabase(): Promise<void> {
  await db.story.findFirst({ select: { id: true } });
}
