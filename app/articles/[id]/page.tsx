import type { Metadata } from "next";
import { articleForPage } from "@/lib/stories/page-data";
import { truncate } from "@/lib/stories/permalink";
import { ArticleHeader } from "@/components/articles/article-header";
import { ArticleText } from "@/components/articles/article-text";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await articleForPage((await params).id);
  const title = a.title ?? `${a.label} on ${a.story.title}`;
  const description = truncate(`${a.label}: ${a.text}`, 200);
  return {
    title,
    description,
    alternates: { canonical: `/articles/${encodeURIComponent(a.id)}` },
    openGraph: { title, description, type: "article" },
  };
}

export default async function ArticlePage({ params }: Props) {
  const a = await articleForPage((await params).id);
  return (
    <article className="mx-auto max-w-3xl space-y-6" aria-labelledby="article-title">
      <ArticleHeader article={a} />
      <ArticleText article={a} />
    </article>
  );
}
