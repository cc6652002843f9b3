import { notFound } from "next/navigation";
import { routeParam } from "@/lib/http";
import { storyExists } from "@/components/matrix/story-matrix-page";

// Resolves the story before the page's loading boundary, so an unknown slug gets a real 404 (inside the boundary the
// not-found page would stream with a 200), as the claim and article layouts do. The default view is another route
// (app/matrix-default, cached): this one renders filtered views only.
export default async function StoryLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const slug = routeParam((await params).slug);
  if (!slug || !(await storyExists(slug))) notFound();
  return children;
}
