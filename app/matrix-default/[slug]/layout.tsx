import type { Metadata } from "next";
import { routeParam } from "@/lib/http";
import { storyExists } from "@/app/stories/[slug]/story-matrix-page";

// The title of the 404 (the page's own metadata is not rendered when the slug is unknown).
export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const slug = routeParam((await params).slug);
  return slug && (await storyExists(slug)) ? {} : { title: "Story not found" };
}

export default function DefaultStoryLayout({ children }: { children: React.ReactNode }) {
  return children;
}
