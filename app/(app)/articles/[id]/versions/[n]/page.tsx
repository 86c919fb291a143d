import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VersionText } from "@/components/articles/version-text";
import { ExportMenu } from "@/components/export/export-menu";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getVersion } from "@/lib/data/articles/article-versions";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/text/format-date";
import { versionNumber } from "@/lib/validation/articles";

export const metadata: Metadata = { title: "Article version" };

type PageProps = { params: Promise<{ id: string; n: string }> };

export default async function VersionPage({ params }: PageProps) {
  const { id, n } = await params;
  const actor = await requirePageActor(`/articles/${id}/versions/${n}`);
  const version = await (async () => {
    try {
      return await getVersion(actor, id, versionNumber(n));
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }
  })();
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <p className="mb-1 text-sm">
        <Link href={`/articles/${id}/history`} className="text-stone-700 underline">
          Version history
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-semibold leading-tight tracking-tight text-stone-900">
        {version.title}
      </h1>
      <div className="mt-3">
        <ExportMenu articleId={id} version={version.version} />
      </div>
      <p
        role="status"
        className="my-4 rounded-md border border-stone-300 bg-white p-3 text-sm text-stone-800"
      >
        Version {version.version}, {formatDateTime(version.createdAt)} by {version.createdBy.name}:
        read-only, with {version.annotations.length} annotations as they were placed on this text.{" "}
        {!version.current && (
          <Link href={`/articles/${id}`} className="text-blue-800 underline">
            Open the current version
          </Link>
        )}
      </p>
      {version.stealthEdit && (
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <strong className="font-semibold">Changed without notice:</strong> a re-fetch found this
          text changed with no correction or update note from the outlet.
        </p>
      )}
      {version.correctionNote && (
        <div className="mb-4 text-sm text-stone-800">
          The outlet&apos;s note on this change: <q>{version.correctionNote}</q>
        </div>
      )}
      <VersionText body={version.body} annotations={version.annotations} />
    </main>
  );
}
