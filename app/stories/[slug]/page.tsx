import type { Metadata } from "next";
import { parseMatrixParams } from "@/lib/stories/view";
import { StoryMatrixPage, storyMetadata } from "@/components/matrix/story-matrix-page";

// A filtered or focused view, rendered per request. The default view (no query) is served from the cached route
// app/matrix-default/[slug] instead (a rewrite in next.config.ts).
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return storyMetadata(decodeURIComponent((await params).slug));
}

export default async function StoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  return <StoryMatrixPage slug={decodeURIComponent(slug)} view={parseMatrixParams(await searchParams)} />;
}
