import "server-only";
import { describeRange } from "@/lib/anchoring";
import { getDb } from "@/lib/db";
import type { ExportAnnotation, ExportArticle, ExportBundle, ExportOptions } from "@/lib/export";
import type { Actor } from "@/lib/permissions/roles";
import { configuredContentLanguage } from "@/lib/text/content-language";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { listAnnotationsForArticle } from "@/lib/data/annotations/annotations";
import { getVersion } from "@/lib/data/articles/article-versions";
import { getArticle } from "@/lib/data/articles/articles";
import type { ArticleDetail } from "@/lib/contracts/article";
import { listRepliesOfReadable } from "@/lib/data/reviews/replies";
import { publicReportPath } from "@/lib/data/articles/public-report-path";
import { getTeamSettings } from "@/lib/data/people/team-settings";

type ExportText = { article: ExportArticle; annotations: AnnotationView[] };

/** When the current version was made; null for an article written without its revision row (never by the app). */
async function versionCreatedAt(articleId: string, version: number): Promise<string | null> {
  const db = await getDb();
  const revision = await db.articleRevision.findUnique({
    where: { articleId_version: { articleId, version } },
    select: { createdAt: true },
  });
  return revision?.createdAt.toISOString() ?? null;
}

const exportArticle = (
  article: ArticleDetail,
  text: Pick<ExportArticle, "title" | "body" | "blocks" | "version" | "versionCreatedAt">,
): ExportArticle => ({
  id: article.id,
  outlet: article.outlet,
  author: article.author,
  url: article.url,
  publishedAt: article.publishedAt,
  latestVersion: article.version,
  ...text,
});

/**
 * An older version's text with the annotations placed as getVersion places them for the versions
 * page (where the revision after it recorded them); everything else about an annotation (status,
 * note, sources, reviews) is as it is now. Its target becomes that place on that text, with the
 * quote's context read from that text, so offsets and quotes agree with the exported body.
 */
async function olderText(
  actor: Actor,
  article: ArticleDetail,
  version: number,
): Promise<ExportText> {
  const [detail, views] = await Promise.all([
    getVersion(actor, article.id, version),
    listAnnotationsForArticle(actor, article.id),
  ]);
  const byId = new Map(views.map((a) => [a.id, a]));
  const placed = detail.annotations.flatMap((p): AnnotationView[] => {
    const view = byId.get(p.id);
    if (!view) return [];
    const target = describeRange(detail.body, p.start, p.end) ?? {
      start: p.start,
      end: p.end,
      exact: p.exact,
      prefix: "",
      suffix: "",
    };
    return [
      {
        ...view,
        target,
        anchor: { start: p.start, end: p.end, method: "position" },
        orphan: false,
        anchorState: p.result,
        exactBefore: null,
      },
    ];
  });
  // Orphans then keep their last known target, as orphans of the current text do.
  const orphans = detail.orphanedIds.flatMap((id): AnnotationView[] => {
    const view = byId.get(id);
    return view
      ? [{ ...view, anchor: null, orphan: true, anchorState: "orphaned", exactBefore: null }]
      : [];
  });
  return {
    article: exportArticle(article, {
      title: detail.title,
      body: detail.body,
      blocks: detail.blocks,
      version: detail.version,
      versionCreatedAt: detail.createdAt,
    }),
    annotations: [...placed, ...orphans],
  };
}

async function currentText(actor: Actor, article: ArticleDetail): Promise<ExportText> {
  const [annotations, createdAt] = await Promise.all([
    listAnnotationsForArticle(actor, article.id),
    versionCreatedAt(article.id, article.version),
  ]);
  return {
    article: exportArticle(article, {
      title: article.title,
      body: article.body,
      blocks: article.blocks,
      version: article.version,
      versionCreatedAt: createdAt,
    }),
    annotations,
  };
}

/**
 * Everything a report needs, read with the actor's own permissions: someone who cannot see
 * the article cannot export it (404, like reading it). `version` asks for an older version of
 * the text (404 when the article has no such version); without it, or naming the current one,
 * the report is of the text as it stands.
 */
export async function buildExportBundle(
  actor: Actor,
  articleId: string,
  options: ExportOptions,
  baseUrl: string,
  version?: number,
): Promise<ExportBundle> {
  const db = await getDb();
  const [article, settings, publication] = await Promise.all([
    getArticle(actor, articleId),
    getTeamSettings(),
    db.publication.findUnique({ where: { articleId }, select: { slug: true, publishedAt: true } }),
  ]);
  const { article: text, annotations } =
    version === undefined || version === article.version
      ? await currentText(actor, article)
      : await olderText(actor, article, version);
  const replies = options.includeDiscussion
    ? await listRepliesOfReadable(annotations.filter((a) => a.replyCount > 0).map((a) => a.id))
    : null;
  const withReplies: ExportAnnotation[] = replies
    ? annotations.map((a) => (a.replyCount > 0 ? { ...a, replies: replies.get(a.id) ?? [] } : a))
    : annotations;
  return {
    article: text,
    annotations: withReplies,
    generatedAt: new Date().toISOString(),
    generatedBy: { id: actor.id, name: actor.name },
    organization: { name: settings.organizationName, url: baseUrl },
    baseUrl,
    contentLanguage: configuredContentLanguage(),
    options,
    publication: publication?.publishedAt
      ? {
          url: `${baseUrl.replace(/\/+$/, "")}${publicReportPath(publication.slug)}`,
          isPublicPage: false,
        }
      : null,
  };
}
