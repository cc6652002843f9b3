/** A date as "3 hours ago", with the exact time in the tooltip and the machine-readable value. */
export function RelativeTime({ date, now = new Date() }: { date: Date; now?: Date }) {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ["year", 31_536_000],
    ["month", 2_592_000],
    ["day", 86_400],
    ["hour", 3_600],
    ["minute", 60],
  ];
  const rtf = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  const [unit, size] = units.find(([, s]) => Math.abs(seconds) >= s) ?? ["second", 1];
  const text = Math.abs(seconds) < 45 ? "just now" : rtf.format(Math.round(seconds / size), unit);
  return (
    <time dateTime={date.toISOString()} title={date.toUTCString()}>
      {text}
    </time>
  );
}
