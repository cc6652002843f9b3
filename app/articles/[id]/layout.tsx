import type { Metadata } from "next";
import { articleForPage, articleLookup } from "@/lib/stories/page-data";

// The title of the 404 (the page's own metadata is not rendered when the id is unknown).
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return (await articleLookup((await params).id)) ? {} : { title: "Article not found" };
}

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
