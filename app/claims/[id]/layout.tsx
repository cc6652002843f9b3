import type { Metadata } from "next";
import { claimGroupForPage, claimGroupLookup } from "@/lib/stories/page-data";

// The title of the 404 (the page's own metadata is not rendered when the id is unknown); nothing else, so the 404
// links no preview image.
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return (await claimGroupLookup((await params).id)) ? {} : { title: "Claim not found" };
}

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
