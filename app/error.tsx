"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

// The error itself is logged, never shown: its message may hold internals (queries, paths). The digest lets an
// operator find the server-side log entry. `retry` (Next.js 16.2+) re-fetches the segment, which is what a
// failed server render needs; `reset` only re-renders what the client already has.
//
// A production build hides a server error's message from the browser, and a server component cannot answer 503, so
// this page asks GET /api/health whether the database is the cause: when it is, the reader is told so plainly.
export default function ErrorPage({ error, retry, reset }: { error: unknown; retry?: () => void; reset: () => void }) {
  const [database, setDatabase] = useState<"unknown" | "ok" | "unavailable">("unknown");
  useEffect(() => {
    console.error(error);
    let live = true;
    fetch("/api/health", { cache: "no-store" })
      .then((r) => live && setDatabase(r.ok ? "ok" : "unavailable"))
      .catch(() => live && setDatabase("unavailable"));
    return () => {
      live = false;
    };
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div role="alert" className="mx-auto max-w-2xl space-y-4 py-10">
      {database === "unavailable" ? (
        <>
          <h1 className="font-serif text-3xl font-bold">The database is unavailable</h1>
          <p>The stories cannot be read right now: the database is down or busy. Try again in a few seconds.</p>
        </>
      ) : (
        <>
          <h1 className="font-serif text-3xl font-bold">Something went wrong</h1>
          <p>This page could not be shown. Trying again often helps; if it keeps failing, come back later.</p>
        </>
      )}
      {digest && (
        <p className="text-sm text-muted">
          Reference: <code className="font-mono">{digest}</code>
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => (retry ?? reset)()}
          className="rounded bg-ink px-3 py-1.5 text-sm font-medium text-white hover:bg-ink/85"
        >
          Try again
        </button>
        <Link href="/" className="rounded border border-line bg-white px-3 py-1.5 text-sm font-medium hover:bg-paper">
          All stories
        </Link>
      </div>
    </div>
  );
}
