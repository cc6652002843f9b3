"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { authClient } from "@/lib/auth-client";

/**
 * Who is signed in, read in the browser: the pages themselves stay the same for everyone, so the cached matrix stays
 * cached. Links only; every page and action behind them checks the role again on the server.
 */
export function UserMenu() {
  const { data, isPending } = authClient.useSession();
  const router = useRouter();
  const pathname = usePathname();
  if (isPending) return <span className="ml-auto h-5 w-16" aria-hidden />;
  if (!data) {
    return (
      <Link
        href={`/sign-in?next=${encodeURIComponent(pathname)}`}
        className="ml-auto text-sm text-muted hover:text-ink"
      >
        Sign in
      </Link>
    );
  }
  const role = data.user.role ?? "reader";
  return (
    <div className="ml-auto flex items-center gap-4 text-sm">
      {(role === "editor" || role === "admin") && (
        <Link href="/review" className="text-muted hover:text-ink">
          Review queue
        </Link>
      )}
      {role === "admin" && (
        <Link href="/admin" className="text-muted hover:text-ink">
          Admin
        </Link>
      )}
      <span className="text-muted" title={data.user.email}>
        {data.user.name} <span className="rounded bg-line px-1.5 py-0.5 text-xs">{role}</span>
      </span>
      <button
        type="button"
        className="text-muted underline-offset-2 hover:text-ink hover:underline"
        onClick={async () => {
          await authClient.signOut();
          router.refresh();
        }}
      >
        Sign out
      </button>
    </div>
  );
}
