import Link from "next/link";

const SECTIONS = [
  ["/admin/tokens", "Ingest tokens"],
  ["/admin/users", "Accounts"],
  ["/admin/audit", "Audit trail"],
] as const;

/** The admin pages' heading and tabs. */
export function AdminHeader({ current }: { current: (typeof SECTIONS)[number][0] }) {
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Admin</h1>
      <nav aria-label="Admin" className="flex gap-1 border-b border-line">
        {SECTIONS.map(([href, label]) => (
          <Link
            key={href}
            href={href}
            aria-current={href === current ? "page" : undefined}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm aria-[current=page]:border-ink aria-[current=page]:font-semibold"
          >
            {label}
          </Link>
        ))}
      </nav>
    </>
  );
}
