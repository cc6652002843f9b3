"use client";

import Link from "next/link";
import { useEffect } from "react";

// The error itself is logged, never shown: its message may hold internals (queries, paths). The digest lets an
// operator find the server-side log entry. `retry` (Next.js 16.2+) re-fetches the segment, which is what a
// failed server render needs; `reset` only re-renders what the client already has.
export default function ErrorPage({ error, retry, reset }: { error: unknown; retry?: () => void; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div role="alert" className="mx-auto max-w-2xl space-y-4 py-10">
      <h1 className="font-serif text-3xl font-bold">Something went wrong</h1>
      <p>This page could not be shown. Trying again often helps; if it keeps failing, come back later.</p>
      {digest && (
        <p className="text-sm text-muted">
          Reference: <code className="font-mono">{digest}</code>
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={() => (retry ?? reset)()} className="rounded bg-ink px-3 py-1.5 text-sm font-medium text-white hover:bg-ink/85">
          Try again
        </button>
        <Link href="/" className="rounded border border-line bg-white px-3 py-1.5 text-sm font-medium hover:bg-paper">
          All stories
        </Link>
      </div>
    </div>
  );
}
