/**
 * Once per `npm run test:system`: the production build the servers run (reused when the sources have not changed
 * since it was made), and afterwards the servers a crashed test file may have left running.
 */
import { createDatabase } from "../databases";
import { DIST_DIR, ensureBuild, stopLeftoverServers } from "./server";

export default async function setup() {
  const started = performance.now();
  // The build may render pages that read the database: give it one of its own.
  const database = await createDatabase();
  try {
    console.log(`system tests: building into ${DIST_DIR} unless its build is current…`);
    const how = await ensureBuild(database.url);
    console.log(
      `system tests: ${how === "reused" ? "reused the build in" : "built"} ${DIST_DIR} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
  } finally {
    await database.drop();
  }
  return () => {
    const stopped = stopLeftoverServers();
    if (stopped) console.warn(`system tests: stopped ${stopped} server(s) left running`);
  };
}
