/**
 * An article's publication date as the source gave it (a free-form string): shown as "12 Aug 2018" when it parses,
 * as written otherwise.
 */
export function PublishedDate({ value, className }: { value: string; className?: string }) {
  const date = /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return <span className={className}>{value}</span>;
  // UTC, so the day does not depend on the server's time zone.
  const text = date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  return (
    <time dateTime={value} className={className}>
      {text}
    </time>
  );
}
