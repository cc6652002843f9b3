import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { routeParam } from "@/lib/http";
import { parseMatrixParams } from "@/lib/stories/view";
import { StoryMatrixPage, storyMetadata } from "@/app/stories/[slug]/story-matrix-page";

/**
 * The default view of a story's matrix (no filter, no focus): what the story list links to and most readers open.
 * next.config.ts rewrites /stories/<slug> without view parameters here. It is rendered once and cached (incremental
 * static regeneration); the ingest route revalidates it when the story changes, and `revalidate` bounds how stale it
 * can be after an ingest from another process (the CLI). docs/decisions/004-matrix-caching.md has the measurements.
 */
export const revalidate = 60;
export const dynamicParams = true;

export function generateStaticParams(): Array<{ slug: string }> {
  // None at build time: the build has no database. Each story is rendered on its first request.
  return [];
}

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = routeParam((await params).slug);
  return slug ? storyMetadata(slug) : { title: "Story not found" };
}

export default async function DefaultStoryPage({ params }: Props) {
  // A slug that does not decode names no story, as an unknown one does (and, a 404, it is not cached).
  const slug = routeParam((await params).slug);
  if (!slug) notFound();
  return <StoryMatrixPage slug={slug} view={parseMatrixParams({})} />;
}
