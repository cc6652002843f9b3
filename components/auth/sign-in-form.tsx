"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { authClient } from "@/lib/auth-client";
import { safeNext } from "@/lib/safe-next";

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // React resets a form after its action runs: the email comes back from here, so a wrong password costs only the
  // password.
  const [email, setEmail] = useState("");

  async function submit(form: FormData) {
    setPending(true);
    setError(null);
    setEmail(String(form.get("email")));
    const { error } = await authClient.signIn.email({
      email: String(form.get("email")),
      password: String(form.get("password")),
    });
    setPending(false);
    if (!error) {
      // The page checked it already; checked again here so that no other caller can hand this form a URL.
      router.replace(safeNext(next));
      router.refresh();
      return;
    }
    // From this address (a minute) or for this account (up to 15 minutes): lib/sign-in-limits.ts.
    if (error.status === 429) setError("Too many sign-in attempts. Wait a few minutes, then try again.");
    else if (error.status === 401) setError("That email and password do not match an account.");
    else setError(error.message ?? "Signing in failed. Try again.");
  }

  return (
    <form action={submit} className="space-y-4" aria-describedby={error ? "sign-in-error" : undefined}>
      <label className="block space-y-1">
        <span className="text-sm font-medium">Email</span>
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={email}
          key={email}
          className="w-full rounded border border-line px-3 py-2"
        />
      </label>
      <label className="block space-y-1">
        <span className="text-sm font-medium">Password</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="w-full rounded border border-line px-3 py-2"
        />
      </label>
      {error && (
        <p
          id="sign-in-error"
          role="alert"
          className="rounded border border-conflict/40 bg-conflict-soft px-3 py-2 text-sm text-conflict"
        >
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-ink px-4 py-2 font-medium text-white hover:bg-ink/85 disabled:opacity-60"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
