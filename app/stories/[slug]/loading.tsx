export default function Loading() {
  return (
    <div role="status" aria-busy="true" className="animate-pulse space-y-4">
      <span className="sr-only">Loading the comparison…</span>
      <div className="h-8 w-2/3 rounded bg-line" />
      <div className="h-4 w-1/3 rounded bg-line" />
      <div className="grid grid-cols-4 gap-2">
        {Array.from({ length: 16 }, (_, i) => (
          <div key={i} className="h-20 rounded bg-line" />
        ))}
      </div>
    </div>
  );
}
