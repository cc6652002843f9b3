import { describe, expect, it } from "vitest";
import { auditReport, reaches } from "./audit-report";

const REFUSED = JSON.stringify({
  message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
  method: "POST",
  statusCode: 405,
  body: "",
  error: { summary: "", detail: "" },
});
const CLEAN = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {},
  metadata: { vulnerabilities: { total: 0 }, dependencies: { prod: 212, total: 700 } },
});
const FOUND = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {
    postcss: {
      severity: "moderate",
      range: "<8.4.31",
      via: [{ title: "PostCSS line return parsing", url: "https://github.com/advisories/GHSA-7fh5-64p2-3v2j" }],
      fixAvailable: true,
    },
    next: {
      severity: "critical",
      range: "16.0.0 - 16.4.5",
      via: [{ title: "Authorization bypass", url: "https://github.com/advisories/GHSA-xxxx" }, "postcss"],
      fixAvailable: { name: "next", version: "16.4.7" },
    },
  },
  metadata: { dependencies: { prod: 212 } },
});

describe("auditReport", () => {
  const CASES: Array<{ name: string; stdout: string; answered: boolean; lines: RegExp[] }> = [
    {
      name: "the registry refuses the audit endpoint (405)",
      stdout: REFUSED,
      answered: false,
      lines: [/did not answer the audit \(405 Method Not Allowed.*\); advisories were not checked/],
    },
    {
      name: "no network",
      stdout: JSON.stringify({ error: { code: "ENOTFOUND", summary: "request to https://registry.npmjs.org failed" } }),
      answered: false,
      lines: [/request to https:\/\/registry\.npmjs\.org failed/],
    },
    { name: "no output at all", stdout: "", answered: false, lines: [/\(no output\)/] },
    {
      name: "a clean report",
      stdout: CLEAN,
      answered: true,
      lines: [/^no known vulnerabilities in 212 production dependencies$/],
    },
    {
      name: "vulnerabilities, the worst first",
      stdout: FOUND,
      answered: true,
      lines: [
        /^2 vulnerable production packages: 1 critical, 1 moderate$/,
        /^ {2}critical next 16\.0\.0 - 16\.4\.5: Authorization bypass https:\/\/github\.com\/advisories\/GHSA-xxxx through postcss; fix available/,
        /^ {2}moderate postcss <8\.4\.31: PostCSS line return parsing .*; fix available/,
      ],
    },
  ];
  for (const c of CASES) {
    it(c.name, () => {
      const r = auditReport(c.stdout);
      expect(r.answered).toBe(c.answered);
      expect(r.lines).toHaveLength(c.lines.length);
      c.lines.forEach((line, i) => expect(r.lines[i]).toMatch(line));
    });
  }

  it("--fail-on: a level and everything worse", () => {
    const r = auditReport(FOUND);
    expect([reaches(r, "critical"), reaches(r, "high"), reaches(r, "low")]).toEqual([true, true, true]);
    const moderate = auditReport(FOUND.replace('"critical"', '"low"'));
    expect([reaches(moderate, "high"), reaches(moderate, "moderate")]).toEqual([false, true]);
    expect(reaches(auditReport(REFUSED), "info")).toBe(false);
  });
});
