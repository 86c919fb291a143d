import type { Metadata } from "next";
import { ArticleHeader } from "@/components/reader/article-header";
import { ArticleReader } from "@/components/reader/article-reader";
import { EarlyHighlights } from "@/components/reader/early-highlights";
import { requirePageActor } from "@/lib/auth/current-actor";
import { latestChangeSeq } from "@/lib/data/annotations/annotation-changes";
import { loadArticleForReading } from "@/lib/data/annotations/reader-annotations";
import { getArticleTitle } from "@/lib/data/articles/articles";
import { getPublication } from "@/lib/data/articles/publications";
import { cspNonce } from "@/lib/http/csp-nonce";
import { AppError } from "@/lib/errors";
import { canAnnotate, canModerate, canReviseArticle } from "@/lib/permissions/roles";
import { readingLayout } from "@/lib/article-content/reading-layout";
import { notFound } from "next/navigation";
import { cache } from "react";

type PageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ annotation?: string | string[] }>;
};

const pageActor = cache((id: string) => requirePageActor(`/articles/${id}`));

const orNotFound = async <T,>(loading: Promise<T>): Promise<T> => {
  try {
    return await loading;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
};

/**
 * The title alone: Next renders metadata for link prefetches too (every article link in view on
 * the list asks for it), which must not load the article's annotations.
 */
export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { id } = await params;
  return { title: await orNotFound(getArticleTitle(await pageActor(id), id)) };
}

export default async function ArticlePage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const { annotation } = await searchParams;
  const actor = await pageActor(id);
  // Before the annotations are read: what changes after it is sent again (the page keeps the newest version), never missed.
  const cursor = await orNotFound(latestChangeSeq(actor, id));
  const [{ article, ...annotations }, publication, nonce] = await orNotFound(
    Promise.all([
      loadArticleForReading(actor, id),
      canModerate(actor) ? getPublication(actor, id) : undefined,
      cspNonce(),
    ]),
  );
  const { runs: paragraphs, blocks: structure } = readingLayout(article.body, article.blocks);
  return (
    <main>
      <ArticleHeader
        article={article}
        canImport={canAnnotate(actor)}
        canRevise={canReviseArticle(actor, article)}
        canArchive={canModerate(actor)}
        publication={publication}
      />
      <ArticleReader
        articleId={article.id}
        paragraphs={paragraphs}
        structure={structure}
        outline={annotations.outline}
        details={annotations.details}
        currentUser={{ id: actor.id, name: actor.name, role: actor.role }}
        articleVersion={article.version}
        focusId={typeof annotation === "string" ? annotation : undefined}
        initialCursor={String(cursor)}
      />
      <EarlyHighlights outline={annotations.outline} paragraphs={paragraphs} nonce={nonce} />
    </main>
  );
}
