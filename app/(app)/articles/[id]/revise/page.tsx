import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReviseArticleForm } from "@/components/articles/revise-article-form";
import { toMarkdown } from "@/lib/article-content/to-markdown";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getArticle } from "@/lib/data/articles/articles";
import { AppError } from "@/lib/errors";
import { canReviseArticle } from "@/lib/permissions/roles";

export const metadata: Metadata = { title: "Revise article" };

type PageProps = { params: Promise<{ id: string }> };

export default async function ReviseArticlePage({ params }: PageProps) {
  const { id } = await params;
  const actor = await requirePageActor(`/articles/${id}/revise`);
  const article = await getArticle(actor, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // A structured article is edited as Markdown, which reads back to the same structure.
  const [format, content] = article.blocks
    ? (["markdown", toMarkdown(article.blocks)] as const)
    : (["text", article.body] as const);
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <p className="mb-1 text-sm">
        <Link href={`/articles/${article.id}`} className="text-stone-700 underline">
          {article.title}
        </Link>
      </p>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight text-stone-900">
        Revise the text (version {article.version})
      </h1>
      {canReviseArticle(actor, article) ? (
        <ReviseArticleForm
          articleId={article.id}
          version={article.version}
          format={format}
          content={content}
          url={article.url}
        />
      ) : (
        <p role="alert" className="rounded-md border border-stone-300 bg-white p-4 text-stone-800">
          Only the article&apos;s creator, an editor or an admin can revise it.
        </p>
      )}
    </main>
  );
}
