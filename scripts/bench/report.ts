/** The bench's targets, its table of figures and whether each target is met. */
import { fmt } from "./figures";
import type { CostResult } from "./measure";
import type { Kind, Options } from "./options";
import type { DatabaseRun } from "./run";

export const TARGETS = {
  matrixP95Ms: 150,
  matrixConnections: 50,
  matrixStorySize: 100,
  ingestPerSecond: 20,
  ingestClients: 20,
  ingestDatabase: "postgresql" as Kind,
  /** Per-article cost against story size, on a log-log scale: 1 is linear. */
  costExponent: 1,
  /** The cached matrix of the 100-article story while 20 clients ingest (hardening issue, finding 1). */
  underIngestP95Ms: 150,
  underIngestClients: 20,
};

export interface Verdict {
  target: string;
  database: Kind;
  value: number | null;
  met: boolean | null;
}

function table(rows: string[][], header: string[], left = 3): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < left || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** How per-article cost grows with story size, on a log-log scale: 1 is linear, 2 quadratic, 0 flat. */
const exponent = (a: CostResult, b: CostResult) =>
  Math.log(b.medianMs / a.medianMs) / Math.log(b.articlesBefore / a.articlesBefore);

/** Prints the table of every run's figures and each target's verdict; returns the verdicts for bench.json. */
export function report(runs: DatabaseRun[], opts: Options): Verdict[] {
  const rows = runs.flatMap((run) => [
    ...pageRows(run),
    ...costRows(run),
    ...feedRows(run),
    ...underIngestRows(run, opts),
  ]);
  console.log(
    "\n" + table(rows, ["db", "measure", "story", "conns", "p50 ms", "p95 ms", "rate", "KB", "load", "note"]),
  );
  const verdicts = runs.flatMap(runVerdicts);
  if (!runs.some((r) => r.database === TARGETS.ingestDatabase))
    verdicts.push({
      target: `ingest ≥ ${TARGETS.ingestPerSecond} articles/s with ${TARGETS.ingestClients} clients`,
      database: TARGETS.ingestDatabase,
      value: null,
      met: null,
    });
  console.log("");
  for (const v of verdicts)
    console.log(
      `${v.met === null ? "NOT MEASURED" : v.met ? "MET    " : "NOT MET"}  ${v.database}: ${v.target}${v.value === null ? (v.database === TARGETS.ingestDatabase && !runs.some((r) => r.database === v.database) ? " (give --postgres <url>)" : "") : `: ${fmt(v.value, 2)}`}`,
    );
  if (opts.acceptEncoding) console.log(`Pages were requested with Accept-Encoding: ${opts.acceptEncoding}`);
  return verdicts;
}

const pageRows = (run: DatabaseRun) =>
  run.pages.map((p) => [
    run.database,
    p.page,
    `${p.size} articles`,
    String(p.connections),
    fmt(p.p50, 1),
    fmt(p.p95, 1),
    `${fmt(p.requestsPerSecond, 1)} req/s`,
    fmt(p.bytes / 1024, 1),
    fmt(p.loadAverage, 2),
    [
      p.non2xx + p.errors ? `${p.non2xx + p.errors} failed` : "",
      p.requests < p.connections ? "too slow to measure" : "",
    ]
      .filter(Boolean)
      .join(", "),
  ]);

const costRows = (run: DatabaseRun) =>
  run.costs.map((c, i) => {
    const prev = run.costs[i - 1];
    return [
      run.database,
      "ingest cost",
      `${c.articlesBefore} articles`,
      "1",
      fmt(c.medianMs, 1),
      fmt(Math.max(...c.samplesMs), 1),
      "-",
      "-",
      fmt(c.loadAverage, 2),
      prev
        ? `×${fmt(c.medianMs / prev.medianMs, 2)} per article for ×${fmt(c.articlesBefore / prev.articlesBefore, 1)} articles (exponent ${fmt(exponent(prev, c), 2)})`
        : "median of one-article ingests (p95 column: slowest)",
    ];
  });

const feedRows = (run: DatabaseRun) =>
  run.feeds.map((f) => [
    run.database,
    "ingest feed",
    `${f.articles} into ${f.stories} stories`,
    String(f.clients),
    fmt(f.p50, 1),
    fmt(f.p95, 1),
    `${fmt(f.articlesPerSecond, 1)} articles/s`,
    "-",
    fmt(f.loadAverage, 2),
    f.retries ? `${f.retries} retries after 503` : "",
  ]);

const underIngestRows = (run: DatabaseRun, opts: Options) =>
  run.underIngest.map((u) => [
    run.database,
    `${u.view}, ingesting`,
    `${TARGETS.matrixStorySize} articles`,
    String(u.connections),
    fmt(u.p50, 1),
    fmt(u.p95, 1),
    `${fmt(u.requests / opts.underIngest, 1)} req/s`,
    "-",
    fmt(u.loadAverage, 2),
    `${u.clients} clients stored ${u.ingested} articles into ${u.stories} stories meanwhile${u.ingestFailures ? `, ${u.ingestFailures} failed` : ""}${u.non2xx + u.errors ? `; ${u.non2xx + u.errors} pages failed` : ""}`,
  ]);

/** One database's four verdicts, in the order the report prints them. */
function runVerdicts(run: DatabaseRun): Verdict[] {
  const m = run.pages.find(
    (p) => p.page === "matrix" && p.size === TARGETS.matrixStorySize && p.connections === TARGETS.matrixConnections,
  );
  const f = run.feeds.find((x) => x.clients === TARGETS.ingestClients);
  const busy = run.underIngest.find((u) => u.view === "cached matrix" && u.clients === TARGETS.underIngestClients);
  const steps = run.costs.slice(1).map((c, i) => exponent(run.costs[i]!, c));
  return [
    {
      target: `matrix p95 < ${TARGETS.matrixP95Ms} ms at ${TARGETS.matrixConnections} connections, ${TARGETS.matrixStorySize}-article story`,
      database: run.database,
      value: m?.p95 ?? null,
      met: m ? m.p95 < TARGETS.matrixP95Ms && m.non2xx + m.errors === 0 && m.requests >= m.connections : null,
    },
    {
      target: `ingest ≥ ${TARGETS.ingestPerSecond} articles/s with ${TARGETS.ingestClients} clients${run.database === TARGETS.ingestDatabase ? "" : ` (the target is for ${TARGETS.ingestDatabase})`}`,
      database: run.database,
      value: f?.articlesPerSecond ?? null,
      met: f ? f.articlesPerSecond >= TARGETS.ingestPerSecond : null,
    },
    {
      target: `cached matrix p95 < ${TARGETS.underIngestP95Ms} ms while ${TARGETS.underIngestClients} clients ingest`,
      database: run.database,
      value: busy?.p95 ?? null,
      met: busy ? busy.p95 < TARGETS.underIngestP95Ms && busy.non2xx + busy.errors === 0 : null,
    },
    {
      target: `ingest cost per article grows no faster than linearly with story size (largest exponent ≤ ${TARGETS.costExponent})`,
      database: run.database,
      value: steps.length ? Math.max(...steps) : null,
      met: steps.length ? steps.every((e) => e <= TARGETS.costExponent) : null,
    },
  ];
}
