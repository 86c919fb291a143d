import "server-only";
import type { ExportBundle, ExportOptions } from "@/lib/export";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/roles";
import { listAnnotationsForArticle } from "./annotations";
import { getArticle } from "./articles";
import { listRepliesOfReadable } from "./replies";
import { publicReportPath } from "./public-report-path";
import { getTeamSettings } from "./team-settings";

/**
 * Everything a report needs, read with the actor's own permissions: someone who cannot see
 * the article cannot export it (404, like reading it).
 */
export async function buildExportBundle(actor: Actor, articleId: string, options: ExportOptions, baseUrl: string): Promise<ExportBundle> {
  const db = await getDb();
  const [article, annotations, settings, publication] = await Promise.all([
    getArticle(actor, articleId),
    listAnnotationsForArticle(actor, articleId),
    getTeamSettings(),
    db.publication.findUnique({ where: { articleId }, select: { slug: true, publishedAt: true } }),
  ]);
  const replies = options.includeDiscussion ? await listRepliesOfReadable(annotations.filter((a) => a.replyCount > 0).map((a) => a.id)) : null;
  const withReplies = replies ? annotations.map((a) => (a.replyCount > 0 ? { ...a, replies: replies.get(a.id) ?? [] } : a)) : annotations;
  return {
    article: { id: article.id, title: article.title, outlet: article.outlet, author: article.author, url: article.url, publishedAt: article.publishedAt, body: article.body, blocks: article.blocks, version: article.version },
    annotations: withReplies,
    generatedAt: new Date().toISOString(),
    generatedBy: { id: actor.id, name: actor.name },
    organization: { name: settings.organizationName, url: baseUrl },
    baseUrl,
    options,
    publication: publication?.publishedAt ? { url: `${baseUrl.replace(/\/+$/, "")}${publicReportPath(publication.slug)}`, isPublicPage: false } : null,
  };
}
