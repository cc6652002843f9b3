"use client";

import { useState } from "react";
import {
  createTokenAction,
  createUserAction,
  renameUserAction,
  revokeTokenAction,
  setRoleAction,
} from "@/lib/editors/actions";
import { ROLES } from "@/lib/editors/actor";
import { MAX_NAME_LENGTH } from "@/lib/editors/schema";
import { FieldError, FormError, useAction } from "./use-action";

const input = "w-full rounded border border-line bg-white px-2 py-1.5 text-sm";
const button = "rounded bg-ink px-3 py-1.5 text-sm font-medium text-white hover:bg-ink/85 disabled:opacity-60";

/** Makes a token and shows it this once: only its hash is stored. */
export function CreateTokenForm() {
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const { run, pending, error, fieldErrors } = useAction(createTokenAction, (t) => {
    setCreated(t);
  });
  return (
    <div className="space-y-3">
      <form
        aria-label="New ingest token"
        className="flex flex-wrap items-end gap-2"
        action={(f) => run({ name: f.get("name") })}
      >
        <label className="min-w-64 flex-1 space-y-1">
          <span className="block text-sm font-medium">Name (which client will use it)</span>
          <input name="name" required maxLength={80} className={input} placeholder="wire importer" />
          <FieldError messages={fieldErrors.name} />
        </label>
        <button type="submit" disabled={pending} className={button}>
          {pending ? "Creating…" : "Create token"}
        </button>
      </form>
      <FormError error={error} />
      {created && (
        <div role="status" className="space-y-1 rounded border border-accent/40 bg-white p-3 text-sm">
          <p>
            Token <strong>{created.name}</strong> created. Copy it now: it will not be shown again.
          </p>
          <code data-testid="new-token" className="block break-all rounded bg-line/60 p-2 font-mono">
            {created.token}
          </code>
        </div>
      )}
    </div>
  );
}

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const { run, pending, error } = useAction(revokeTokenAction);
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        disabled={pending}
        className="text-sm font-medium text-conflict hover:underline"
        onClick={() => run({ tokenId })}
      >
        {pending ? "Revoking…" : "Revoke"}
        <span className="sr-only"> {name}</span>
      </button>
      <FormError error={error} />
    </span>
  );
}

export function CreateUserForm() {
  const { run, pending, error, fieldErrors } = useAction(createUserAction);
  return (
    <form
      aria-label="New account"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
      action={(f) =>
        run({
          email: f.get("email"),
          name: f.get("name") || undefined,
          password: f.get("password"),
          role: f.get("role"),
        })
      }
    >
      <label className="space-y-1">
        <span className="block text-sm font-medium">Email</span>
        <input name="email" type="email" required className={input} />
        <FieldError messages={fieldErrors.email} />
      </label>
      <label className="space-y-1">
        <span className="block text-sm font-medium">Name</span>
        <input name="name" maxLength={MAX_NAME_LENGTH} className={input} />
        <FieldError messages={fieldErrors.name} />
      </label>
      <label className="space-y-1">
        <span className="block text-sm font-medium">Initial password</span>
        <input name="password" type="password" autoComplete="new-password" required minLength={10} className={input} />
        <FieldError messages={fieldErrors.password} />
      </label>
      <label className="space-y-1">
        <span className="block text-sm font-medium">Role</span>
        <select name="role" defaultValue="editor" className={input}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Creating…" : "Create account"}
      </button>
      <div className="sm:col-span-2 lg:col-span-5">
        <FormError error={error} />
      </div>
    </form>
  );
}

export function RoleForm({ userId, role, email }: { userId: string; role: string; email: string }) {
  const { run, pending, error } = useAction(setRoleAction);
  return (
    <form
      aria-label={`Role of ${email}`}
      className="flex flex-wrap items-center gap-2"
      action={(f) => run({ userId, role: f.get("role") })}
    >
      <select
        name="role"
        defaultValue={role}
        aria-label={`Role of ${email}`}
        className="rounded border border-line bg-white px-2 py-1 text-sm"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending} className="text-sm font-medium text-accent hover:underline">
        {pending ? "Saving…" : "Save"}
      </button>
      <FormError error={error} />
    </form>
  );
}

/** An account's name as the review queue and flag histories show it; only admins change it (users cannot). */
export function RenameForm({ userId, name, email }: { userId: string; name: string; email: string }) {
  const { run, pending, error, fieldErrors } = useAction(renameUserAction);
  return (
    <form
      aria-label={`Name of ${email}`}
      className="flex flex-wrap items-center gap-2"
      action={(f) => run({ userId, name: f.get("name") })}
    >
      <input
        name="name"
        defaultValue={name}
        required
        maxLength={MAX_NAME_LENGTH}
        aria-label={`Name of ${email}`}
        className="min-w-40 flex-1 rounded border border-line bg-white px-2 py-1 text-sm"
      />
      <button type="submit" disabled={pending} className="text-sm font-medium text-accent hover:underline">
        {pending ? "Saving…" : "Rename"}
        <span className="sr-only"> {email}</span>
      </button>
      <FieldError messages={fieldErrors.name} />
      <FormError error={error} />
    </form>
  );
}
