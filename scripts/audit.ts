/**
 * npm run audit:prod [-- --fail-on <critical|high|moderate|low|info>]
 *
 * Runs `npm audit --omit=dev` (the advisories of the packages the app runs with, not the tools that build and test
 * it) and prints what it found (scripts/audit-report.ts). Exits 0 whatever it found, and when the registry does not
 * answer the audit (these machines' registry answers 405). With --fail-on it is a gate: it exits 1 when a
 * vulnerability of that severity or worse is known, and when the registry did not answer (a gate that cannot look
 * must not pass). CI runs it without --fail-on: an advisory published overnight is news to act on, not a reason to
 * stop every other change.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { auditReport, reaches, SEVERITIES, type Severity } from "./audit-report";

const USAGE = `usage: npm run audit:prod [-- --fail-on ${SEVERITIES.join("|")}]`;

let failOn: Severity | undefined;
try {
  const { values } = parseArgs({ options: { "fail-on": { type: "string" } } });
  const level = values["fail-on"];
  if (level !== undefined && !SEVERITIES.includes(level as Severity)) throw new Error(`unknown severity "${level}"`);
  failOn = level as Severity | undefined;
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}

const npm = spawnSync("npm", ["audit", "--omit=dev", "--json"], {
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
  timeout: 120_000,
});
const report = auditReport(npm.stdout ?? "");
for (const line of report.lines) console.log(`npm audit --omit=dev: ${line}`);
if (failOn && (!report.answered || reaches(report, failOn))) process.exit(1);
