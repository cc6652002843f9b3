export default function Loading() {
  return (
    <div role="status" aria-busy="true" className="mx-auto max-w-3xl animate-pulse space-y-4">
      <span className="sr-only">Loading…</span>
      <div className="h-4 w-1/3 rounded bg-line" />
      <div className="h-9 w-3/4 rounded bg-line" />
      <div className="h-4 w-1/2 rounded bg-line" />
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="h-20 rounded bg-line" />
      ))}
    </div>
  );
}
