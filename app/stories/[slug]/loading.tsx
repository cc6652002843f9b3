// The rows' placeholder while a filtered view loads: the story's header stays above it (layout.tsx).
export default function Loading() {
  return (
    <div role="status" aria-busy="true" className="animate-pulse space-y-4">
      <span className="sr-only">Loading the claims…</span>
      <div className="h-10 rounded-lg bg-line" />
      <div className="grid grid-cols-4 gap-2">
        {Array.from({ length: 16 }, (_, i) => (
          <div key={i} className="h-20 rounded bg-line" />
        ))}
      </div>
    </div>
  );
}
