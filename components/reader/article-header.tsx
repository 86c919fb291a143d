import Link from "next/link";
import { ArchiveControls } from "@/components/articles/archive-controls";
import { AssignControls } from "@/components/assignments/assign-controls";
import { ArchivedBadge } from "@/components/articles/archived-badge";
import { PublishControls } from "@/components/articles/publish-controls";
import { ExportMenu } from "@/components/export/export-menu";
import { ImportButton } from "@/components/export/import-button";
import type { ArticleDetail } from "@/lib/contracts/article";
import type { PublicationState } from "@/lib/contracts/article";
import { formatDate } from "@/lib/text/format-date";
import { LiveStatusCounts } from "./live-status-counts";

type Props = {
  article: ArticleDetail;
  canImport: boolean;
  canRevise: boolean;
  canArchive: boolean;
  /** Editors and admins only (undefined for others): the article's public report, null when never published. */
  publication?: PublicationState | null;
};

export function ArticleHeader({ article, canImport, canRevise, canArchive, publication }: Props) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto max-w-7xl px-4 py-6">
        <p className="text-sm text-stone-700">
          {[
            article.outlet,
            article.author,
            article.publishedAt ? formatDate(article.publishedAt) : null,
          ]
            .filter(Boolean)
            .join(" · ")}
          {article.url && (
            <>
              {" · "}
              <a
                href={article.url}
                target="_blank"
                rel="noopener noreferrer nofollow"
                className="text-blue-800 underline"
              >
                Original
              </a>
            </>
          )}
        </p>
        {article.archivedAt && (
          <p className="mt-2 flex items-center gap-2 text-sm text-stone-800">
            <ArchivedBadge /> Archived {formatDate(article.archivedAt)}: only editors and admins see
            this article.
          </p>
        )}
        <h1 className="mt-1 max-w-4xl font-serif text-3xl font-semibold leading-tight tracking-tight text-stone-900">
          {article.title}
        </h1>
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <LiveStatusCounts initial={article.annotationCounts} />
          <Link
            href={`/articles/${article.id}/dashboard`}
            className="text-sm font-medium text-blue-800 underline"
          >
            Dashboard
          </Link>
          <Link
            href={`/articles/${article.id}/history`}
            className="text-sm font-medium text-blue-800 underline"
          >
            History (version {article.version})
          </Link>
          {canRevise && (
            <Link
              href={`/articles/${article.id}/revise`}
              className="text-sm font-medium text-blue-800 underline"
            >
              Revise
            </Link>
          )}
          <ExportMenu articleId={article.id} />
          {canImport && <ImportButton articleId={article.id} />}
          {publication !== undefined && !article.archivedAt && (
            <PublishControls articleId={article.id} initial={publication} />
          )}
          {canArchive && (
            <ArchiveControls articleId={article.id} archived={article.archivedAt !== null} />
          )}
          {/* Assigning is moderation, as archiving is: the same people. */}
          {canArchive && !article.archivedAt && (
            <AssignControls
              kind="article"
              targetId={article.id}
              label="Assign article…"
              inToolbar
            />
          )}
        </div>
      </div>
    </header>
  );
}
