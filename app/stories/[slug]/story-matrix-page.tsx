import type { Metadata } from "next";
import { storyFlagsForPage, storyForPage, storyLookup } from "@/lib/stories/page-data";
import type { MatrixParams } from "@/lib/stories/view";
import { conflictRows, verdictsOf } from "@/lib/stories/verdicts";
import { StoryHeader, StoryMatrix } from "@/components/matrix/story-matrix";

// The matrix's page for both of its routes: this one's filtered views and the cached default view
// (app/matrix-default/[slug], a rewrite in next.config.ts; docs/decisions/004-matrix-caching.md). The reads are once
// per request (lib/stories/page-data.ts): generateMetadata, the layout and the page all ask for the same story.

/** Whether a story has this slug (the layouts answer 404 before anything streams). */
export async function storyExists(slug: string): Promise<boolean> {
  return (await storyLookup(slug)) !== null;
}

export async function storyMetadata(slug: string): Promise<Metadata> {
  const story = await storyLookup(slug);
  if (!story) return { title: "Story not found" };
  const s = story.summary;
  // Rows whose discrepancies editors dismissed are not counted (lib/stories/verdicts.ts).
  const conflicts = conflictRows(story.groups, verdictsOf(await storyFlagsForPage(story.id)));
  return {
    title: story.title,
    description: `${story.articles.length} outlets compared claim by claim: ${conflicts} discrepancies, ${s.soleSource} claims only one outlet carries.`,
    alternates: { canonical: `/stories/${encodeURIComponent(story.slug)}` },
  };
}

/** The matrix page for one story and one view; an unknown slug is a 404. */
export async function StoryMatrixPage({
  slug,
  view,
  header = true,
}: {
  slug: string;
  view: MatrixParams;
  /** False where a layout draws the header (app/stories/[slug]/layout.tsx), so it stays while the rows change. */
  header?: boolean;
}) {
  const story = await storyForPage(slug);
  const flags = await storyFlagsForPage(story.id);
  return <StoryMatrix story={story} flags={flags} view={view} header={header} />;
}

/** A layout's header of the story (the filtered views' route): the same header, drawn once for all its views. */
export async function StoryHeaderFor({ slug }: { slug: string }) {
  const story = await storyForPage(slug);
  return <StoryHeader story={story} flags={await storyFlagsForPage(story.id)} />;
}
