import { articleForPage } from "@/lib/stories/page-data";

// Resolves the id before the page's loading boundary, so an unknown id gets a real 404.
export default async function ArticleLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  await articleForPage((await params).id);
  return children;
}
