export default function Loading() {
  return (
    <div role="status" aria-busy="true" className="mx-auto max-w-6xl animate-pulse space-y-6">
      <span className="sr-only">Loading…</span>
      <div className="h-4 w-1/3 rounded bg-line" />
      <div className="h-9 w-2/3 rounded bg-line" />
      <div className="h-5 w-1/2 rounded bg-line" />
      <div className="h-24 rounded-lg bg-line" />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 3 }, (_, i) => (
          <div key={i} className="h-48 rounded-lg bg-line" />
        ))}
      </div>
    </div>
  );
}
