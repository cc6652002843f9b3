import type { Metadata } from "next";
import Link from "next/link";
import { UserMenu } from "@/components/auth/user-menu";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Newscompare", template: "%s · Newscompare" },
  description: "Compare how news outlets report the same story, claim by claim.",
  metadataBase: new URL(process.env.PUBLIC_URL ?? "http://localhost:3000"),
};

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
