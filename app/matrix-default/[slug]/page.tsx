import type { Metadata } from "next";
import { parseMatrixParams } from "@/lib/stories/view";
import { StoryMatrixPage, storyMetadata } from "@/components/matrix/story-matrix-page";

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
  return storyMetadata(decodeURIComponent((await params).slug));
}

export default async function DefaultStoryPage({ params }: Props) {
  const { slug } = await params;
  return <StoryMatrixPage slug={decodeURIComponent(slug)} view={parseMatrixParams({})} />;
}
