import { claimGroupForPage } from "@/lib/stories/page-data";

// Resolves the id before the page's loading boundary, so unknown ids get a real 404 and merged ids a real 307 (temporary: an editor can undo a merge, and browsers keep a 308 forever).
export default async function ClaimLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  await claimGroupForPage((await params).id);
  return children;
}
