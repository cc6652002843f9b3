/**
 * What `npm audit --omit=dev --json` said, in a few lines (scripts/audit.ts prints them; CI runs it). The registry
 * these machines use answers the audit endpoint with 405 Method Not Allowed (hardening issue, finding 10): then the
 * advisories were not checked, and the report says so rather than failing or passing quietly.
 */

export const SEVERITIES = ["critical", "high", "moderate", "low", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface AuditReport {
  /** False when the registry gave no report (an error status, no network, output that is not a report). */
  answered: boolean;
  /** Vulnerable packages by severity (answered reports only). */
  counts: Record<Severity, number>;
  lines: string[];
}

interface NpmAuditJson {
  auditReportVersion?: number;
  vulnerabilities?: Record<
    string,
    {
      severity: Severity;
      range?: string;
      via?: Array<string | { title?: string; url?: string }>;
      fixAvailable?: unknown;
    }
  >;
  metadata?: { dependencies?: { prod?: number; total?: number } };
  message?: string;
  statusCode?: number;
  error?: { code?: string; summary?: string; detail?: string };
}

const none = (): Record<Severity, number> => ({ critical: 0, high: 0, moderate: 0, low: 0, info: 0 });

export function auditReport(stdout: string): AuditReport {
  let json: NpmAuditJson;
  try {
    json = JSON.parse(stdout) as NpmAuditJson;
  } catch {
    return unanswered(stdout.trim().split("\n")[0] || "no output");
  }
  if (json.auditReportVersion === undefined || !json.vulnerabilities)
    return unanswered(json.message ?? json.error?.summary ?? json.error?.code ?? "no report in the answer");

  const counts = none();
  const found = Object.entries(json.vulnerabilities)
    .map(([name, v]) => ({ name, ...v }))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.name.localeCompare(b.name));
  for (const v of found) counts[v.severity]++;
  const deps = json.metadata?.dependencies?.prod;
  if (found.length === 0)
    return {
      answered: true,
      counts,
      lines: [`no known vulnerabilities${deps === undefined ? "" : ` in ${deps} production dependencies`}`],
    };
  const summary = SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(", ");
  return {
    answered: true,
    counts,
    lines: [
      `${found.length} vulnerable production ${found.length === 1 ? "package" : "packages"}: ${summary}`,
      ...found.map((v) => {
        const advisories = (v.via ?? []).flatMap((w) =>
          typeof w === "string" ? [`through ${w}`] : [w.title ?? "", w.url ?? ""],
        );
        const fix = v.fixAvailable ? "fix available (npm audit fix)" : "no fix yet";
        return `  ${v.severity} ${v.name}${v.range ? ` ${v.range}` : ""}: ${advisories.filter(Boolean).join(" ")}; ${fix}`;
      }),
    ],
  };
}

function unanswered(reason: string): AuditReport {
  return {
    answered: false,
    counts: none(),
    lines: [`the registry did not answer the audit (${reason}); advisories were not checked`],
  };
}

/** Whether the report has a vulnerability of `level` or worse. */
export function reaches(report: AuditReport, level: Severity): boolean {
  return SEVERITIES.slice(0, SEVERITIES.indexOf(level) + 1).some((s) => report.counts[s] > 0);
}
