import Link from "next/link";
import { matrixHref } from "@/lib/stories/view";

/** "Stories / <story title>": the way back from a claim or an article to its story's matrix. */
export function StoryBreadcrumb({ story }: { story: { slug: string; title: string } }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-muted">
      <Link href="/" className="hover:underline">
        Stories
      </Link>{" "}
      /{" "}
      <Link href={matrixHref(story.slug, {})} className="text-accent hover:underline">
        <bdi>{story.title}</bdi>
      </Link>
    </nav>
  );
}
