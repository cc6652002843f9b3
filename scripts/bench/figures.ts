/** The bench's arithmetic and number format, shared by its measurements and its report. */
import os from "node:os";

/** The one-minute load average, stored with every measurement: the machine may be shared. */
export const load1 = () => Number(os.loadavg()[0]!.toFixed(2));

export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

export const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

export const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : "-";
