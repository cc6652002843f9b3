"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/editors/session";

/**
 * Runs a server action and keeps its outcome for the form: the error and field errors of a refused or invalid
 * request, or a refreshed page (or another page) on success.
 */
export function useAction<T>(
  action: (input: unknown) => Promise<ActionResult<T>>,
  onDone?: (data: T) => string | void,
) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<Exclude<ActionResult<T>, { ok: true }> | null>(null);
  const run = (input: unknown) =>
    start(async () => {
      const r = await action(input);
      if (!r.ok) {
        setResult(r);
        return;
      }
      setResult(null);
      const to = onDone?.(r.data);
      if (to) router.push(to);
      else router.refresh();
    });
  return { run, pending, error: result?.error ?? null, fieldErrors: result?.fieldErrors ?? {} };
}

export function FormError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="rounded border border-conflict/40 bg-conflict-soft px-3 py-2 text-sm text-conflict">
      {error}
    </p>
  );
}

export function FieldError({ messages }: { messages?: string[] }) {
  if (!messages?.length) return null;
  return <span className="block text-sm text-conflict">{messages.join("; ")}</span>;
}
