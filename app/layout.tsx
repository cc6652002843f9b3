import type { Metadata } from "next";
import Link from "next/link";
import { UserMenu } from "@/components/auth/user-menu";
import { publicOrigin } from "@/lib/env";
import "./globals.css";

// A function, not a constant: read when a page renders, so the origin is the running server's setting, not the
// build's. Unset, Next falls back to http://localhost:<port> (README, "Production": set BETTER_AUTH_URL).
export function generateMetadata(): Metadata {
  return {
    title: { default: "Newscompare", template: "%s · Newscompare" },
    description: "Compare how news outlets report the same story, claim by claim.",
    metadataBase: publicOrigin(),
  };
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <header className="border-b border-line bg-white">
          <nav aria-label="Site" className="mx-auto flex max-w-[100rem] items-center gap-6 px-4 py-3">
            <Link href="/" className="font-serif text-lg font-bold tracking-tight">
              Newscompare
            </Link>
            <Link href="/" className="text-sm text-muted hover:text-ink">
              Stories
            </Link>
            <UserMenu />
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-[100rem] px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
