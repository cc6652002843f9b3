"use client";

import { useState } from "react";
import { authClient } from "@/lib/auth-client";
import { cn } from "@/lib/cn";
import { FlagForm } from "./flag-forms";

/**
 * An editor's "Flag" where a row is read, on the story page: a line of the disagreement list or a matrix row. It
 * opens the claim page's flag form in place. The role is read in the browser, as the user menu does, so the cached
 * story page stays the same for everyone and readers get no control; the action checks the role again on the
 * server (lib/editors/actions.ts). Each one reads the session itself: a small component re-renders when it arrives,
 * not the matrix around it.
 */
export function FlagInPlace({
  groupId,
  subject,
  outlets,
  narrow = false,
  className,
}: {
  groupId: string;
  /** What the row is about: names the button and the form apart from the others on the page. */
  subject: string;
  /** The outlets whose version can be flagged on its own. */
  outlets: Array<{ id: string; label: string }>;
  /** In a narrow column (the matrix's first): the form's fields one under another. */
  narrow?: boolean;
  className?: string;
}) {
  const { data } = authClient.useSession();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const role = data?.user.role;
  if (role !== "editor" && role !== "admin") return null;
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className={cn(
          "rounded border border-line px-2 py-0.5 text-xs text-muted hover:border-ink hover:text-ink",
          className,
        )}
      >
        {done ? "Flagged" : "Flag"}
        <span className="sr-only">: {subject}</span>
      </button>
      {open && (
        <div className="mt-2 w-full basis-full rounded border border-dashed border-accent/40 bg-paper p-3">
          <FlagForm
            groupId={groupId}
            outlets={outlets}
            label={`Flag: ${subject}`}
            narrow={narrow}
            onDone={() => {
              setOpen(false);
              setDone(true);
            }}
          />
        </div>
      )}
    </>
  );
}
