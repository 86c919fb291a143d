import type { Metadata } from "next";
import { ArticleHeader } from "@/components/reader/article-header";
import { ArticleReader } from "@/components/reader/article-reader";
import { EarlyHighlights } from "@/components/reader/early-highlights";
import { requirePageActor } from "@/lib/auth/current-actor";
import { loadArticleForReading } from "@/lib/data/annotations";
import { getPublication } from "@/lib/data/publications";
import { AppError } from "@/lib/errors";
import { canAnnotate, canModerate, canReviseArticle } from "@/lib/permissions/roles";
import { readingLayout } from "@/lib/article-content/reading-layout";
import { notFound } from "next/navigation";
import { cache } from "react";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ annotation?: string | string[] }> };

/** Memoised per request: generateMetadata and the page share one load (it is the expensive part). */
const load = cache(async (id: string) => {
  const actor = await requirePageActor(`/articles/${id}`);
  try {
    const { article, ...annotations } = await loadArticleForReading(actor, id);
    return { actor, article, annotations };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { id } = await params;
  const { article } = await load(id);
  return { title: article.title };
}

export default async function ArticlePage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const { annotation } = await searchParams;
  const { actor, article, annotations } = await load(id);
  const { runs: paragraphs, blocks: structure } = readingLayout(article.body, article.blocks);
  const publication = canModerate(actor) ? await getPublication(actor, article.id) : undefined;
  return (
    <main>
      <ArticleHeader article={article} canImport={canAnnotate(actor)} canRevise={canReviseArticle(actor, article)} canArchive={canModerate(actor)} publication={publication} />
      <ArticleReader
        articleId={article.id}
        paragraphs={paragraphs}
        structure={structure}
        outline={annotations.outline}
        details={annotations.details}
        currentUser={{ id: actor.id, name: actor.name, role: actor.role }}
        articleVersion={article.version}
        focusId={typeof annotation === "string" ? annotation : undefined}
        initialCursor={new Date().toISOString()}
      />
      <EarlyHighlights outline={annotations.outline} paragraphs={paragraphs} />
    </main>
  );
}
