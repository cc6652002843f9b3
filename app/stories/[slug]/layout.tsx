import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { routeParam } from "@/lib/http";
import { StoryHeaderFor, storyExists } from "./story-matrix-page";

// The title of the 404 (the page's own metadata is not rendered when the slug is unknown).
export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const slug = routeParam((await params).slug);
  return slug && (await storyExists(slug)) ? {} : { title: "Story not found" };
}

// Resolves the story before the page's loading boundary, so an unknown slug gets a real 404 whatever the query, and
// draws the story's header, which stays on screen while a filter's rows load (loading.tsx is the rows' placeholder).
// The default view is another route (app/matrix-default, cached): this one renders filtered views only.
export default async function StoryLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const slug = routeParam((await params).slug);
  if (!slug || !(await storyExists(slug))) notFound();
  return (
    <div className="space-y-4">
      <StoryHeaderFor slug={slug} />
      {children}
    </div>
  );
}
