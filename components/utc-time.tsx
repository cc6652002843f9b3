// Made once: toLocaleString builds a formatter on every call (components/published-date.tsx).
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const dateOnly = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** A stored moment as "24 Nov 2026" or, with `withTime`, "24 Nov 2026, 02:33 UTC": UTC, whatever the server's zone. */
export function UtcTime({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  const text = withTime ? `${dateTime.format(date)} UTC` : dateOnly.format(date);
  return <time dateTime={date.toISOString()}>{text}</time>;
}
