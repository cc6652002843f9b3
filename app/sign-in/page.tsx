import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentViewer } from "@/lib/editors/session";
import { safeNext } from "@/lib/safe-next";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = safeNext((await searchParams).next);
  if (await currentViewer()) redirect(next);
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Sign in</h1>
        <p className="text-sm text-muted">
          For editors and admins. Everything else here is public and needs no account; ask an admin for one.
        </p>
      </div>
      <SignInForm next={next} />
    </div>
  );
}
