"use client";

import { useEffect, useRef, useState } from "react";
import { cn } from "@/lib/cn";

/**
 * Copies a page's address. `path` is made absolute against the current origin, so the copied link is the one the
 * reader sees in the address bar. The outcome is announced in a polite live region.
 */
export function CopyLinkButton({ path, className }: { path: string; className?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const [url, setUrl] = useState(path);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    const absolute = new URL(path, window.location.origin).href;
    setUrl(absolute);
    try {
      // The clipboard API exists only in secure contexts (https or localhost).
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(absolute);
      setState("copied");
    } catch {
      setState("failed");
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState("idle"), 4000);
  }

  return (
    <span className={cn("inline-flex flex-wrap items-center gap-2", className)}>
      <button
        type="button"
        onClick={copy}
        className="rounded border border-line bg-white px-3 py-1 text-sm font-medium hover:bg-paper"
      >
        Copy link
      </button>
      <span role="status" aria-live="polite" className="text-sm text-muted">
        {state === "copied" ? "Link copied" : state === "failed" ? `Could not copy; the link is ${url}` : ""}
      </span>
    </span>
  );
}
