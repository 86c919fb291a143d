import type { Metadata } from "next";
import Link from "next/link";
import { NewArticleForm } from "@/components/articles/new-article-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { canCreateArticle } from "@/lib/permissions/roles";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const actor = await requirePageActor("/articles/new");
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <p className="mb-1 text-sm">
        <Link href="/" className="text-stone-700 underline">
          Articles
        </Link>
      </p>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight text-stone-900">New article</h1>
      {canCreateArticle(actor) ? (
        <NewArticleForm />
      ) : (
        <p role="alert" className="rounded-md border border-stone-300 bg-white p-4 text-stone-800">
          Only reviewers, editors and admins can add articles. Ask an admin for the reviewer role.
        </p>
      )}
    </main>
  );
}
