"use client";

import { useState } from "react";
import { authClient } from "@/lib/auth-client";
import { FlagForm } from "@/components/editors/flag-forms";

/**
 * An editor's "Flag" on a line of the disagreement list: the claim page's flag form, opened in place. The role is
 * read in the browser, as the user menu does, so the cached story page stays the same for everyone; the action
 * checks the role again on the server (lib/editors/actions.ts).
 */
export function ListFlag({
  groupId,
  subject,
  outlets,
}: {
  groupId: string;
  subject: string;
  outlets: Array<{ id: string; label: string }>;
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
        className="ml-auto rounded border border-line px-2 py-0.5 text-xs text-muted hover:border-ink hover:text-ink"
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
