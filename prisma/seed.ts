/** `npx prisma db seed`: (re)loads the seed stories through the ingest code. Idempotent: known articles are skipped. */
import { db } from "../lib/db";
import { loadSeeds } from "../lib/seeds";

const results = await loadSeeds(db);
const created = results.filter((r) => r.status === "created").length;
console.log(`Seeds: ${created} articles stored, ${results.length - created} already there.`);
await db.$disconnect();
