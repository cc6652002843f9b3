import Link from "next/link";

/** The body of a not-found page: what was not found, why that may be, and a way on. */
export function NotFoundMessage({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl space-y-4 py-10">
      <h1 className="font-serif text-3xl font-bold">{title}</h1>
      {children}
      <p>
        <Link
          href="/"
          className="inline-block rounded bg-ink px-3 py-1.5 text-sm font-medium text-white hover:bg-ink/85"
        >
          See all stories
        </Link>
      </p>
    </div>
  );
}
