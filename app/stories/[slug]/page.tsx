import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { routeParam } from "@/lib/http";
import { parseMatrixParams } from "@/lib/stories/view";
import { StoryMatrixPage, storyMetadata } from "./story-matrix-page";

// A filtered or focused view, rendered per request. The default view (no query) is served from the cached route
// app/matrix-default/[slug] instead (a rewrite in next.config.ts).
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = routeParam((await params).slug);
  return slug ? storyMetadata(slug) : { title: "Story not found" };
}

export default async function StoryPage({ params, searchParams }: Props) {
  // A slug that does not decode ("%" alone) names no story, as an unknown one does.
  const slug = routeParam((await params).slug);
  if (!slug) notFound();
  return <StoryMatrixPage slug={slug} view={parseMatrixParams(await searchParams)} header={false} />;
}
