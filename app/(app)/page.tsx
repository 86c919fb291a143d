import type { Metadata } from "next";
import { ArticleList } from "@/components/articles/article-list";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listArticles } from "@/lib/data/articles";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const actor = await requirePageActor("/");
  const articles = await listArticles(actor);
  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="mb-6 text-2xl font-semibold tracking-tight text-stone-900">Articles</h1>
      <ArticleList articles={articles} />
    </main>
  );
}
