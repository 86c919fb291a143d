import type { Metadata } from "next";
import { ArticleList } from "@/components/articles/article-list";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listArticles } from "@/lib/data/articles";
import { canCreateArticle } from "@/lib/permissions/roles";
import Link from "next/link";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const actor = await requirePageActor("/");
  const articles = await listArticles(actor);
  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight text-stone-900">Articles</h1>
        {canCreateArticle(actor) && (
          <Link href="/articles/new" className="inline-flex items-center rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2">
            New article
          </Link>
        )}
      </div>
      <ArticleList articles={articles} canCreate={canCreateArticle(actor)} />
    </main>
  );
}
