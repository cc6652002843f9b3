/** A stored moment as "24 Nov 2026" or, with `withTime`, "24 Nov 2026, 02:33 UTC": UTC, whatever the server's zone. */
export function UtcTime({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  const text = withTime
    ? `${date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`
    : date.toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });
  return <time dateTime={date.toISOString()}>{text}</time>;
}
