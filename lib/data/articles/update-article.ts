import "server-only";
import { contentFromInput } from "@/lib/article-content/article-input";
import type { Block } from "@/lib/article-content/blocks";
import { findCorrectionNotice } from "@/lib/article-content/correction-notice";
import { fetchArticle } from "@/lib/article-content/fetch-article";
import { assertInputSize, MAX_ARTICLE_BODY_CHARS } from "@/lib/article-content/limits";
import { getDb } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";
import { canReviseArticle, type Actor } from "@/lib/permissions/roles";
import type { UpdateArticleInput } from "@/lib/validation/articles";
import { changeTransaction } from "@/lib/data/article-changes";
import { bodyHash, getArticle } from "@/lib/data/articles/articles";
import type { ArticleDetail } from "@/lib/contracts/article";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { reanchorArticle } from "@/lib/data/articles/reanchor-article";
import type { ReanchorReport } from "@/lib/contracts/article";

export type ArticleRevisionResult = {
  article: ArticleDetail;
  /** What the new text did to each annotation; null when the text did not change. */
  reanchoring: ReanchorReport | null;
  /** A re-fetch's verdict on a changed text: the outlet's note, or a stealth edit when it gave none. */
  refetch: { changed: boolean; stealthEdit: boolean; correctionNote: string | null } | null;
};

type NewText = {
  body: string;
  blocks: Block[] | null;
  sourceFormat: string;
  source: "edit" | "refetch";
  archive: { archivedHtml: string; fetchedAt: Date } | null;
};

async function newText(
  current: ArticleDetail,
  input: UpdateArticleInput,
  signal?: AbortSignal,
): Promise<NewText | null> {
  if (input.body !== undefined) {
    assertInputSize(input.body, "article text", MAX_ARTICLE_BODY_CHARS);
    return { body: input.body, blocks: null, sourceFormat: "text", source: "edit", archive: null };
  }
  if (input.format !== undefined && input.content !== undefined) {
    const converted = contentFromInput(input.format, input.content, {
      baseUrl: current.url ?? undefined,
    });
    return {
      body: converted.body,
      blocks: converted.blocks,
      sourceFormat: input.format,
      source: "edit",
      archive: null,
    };
  }
  if (input.refetch) {
    if (!current.url)
      throw new AppError("VALIDATION", "This article has no original URL to fetch again", {
        reason: "no_url",
      });
    const page = await fetchArticle(current.url, { signal });
    return {
      body: page.body,
      blocks: page.blocks,
      sourceFormat: "url",
      source: "refetch",
      archive: { archivedHtml: page.archivedHtml, fetchedAt: page.fetchedAt },
    };
  }
  return null;
}

/**
 * Revises an article's details or text. A new text becomes a new version with its own revision
 * row, and every annotation is re-anchored on it once, in the same transaction (see
 * reanchorArticle): reading the article afterwards never searches for them again.
 */
export async function updateArticle(
  actor: Actor,
  id: string,
  input: UpdateArticleInput,
  options: { signal?: AbortSignal } = {},
): Promise<ArticleRevisionResult> {
  const current = await getArticle(actor, id);
  if (!canReviseArticle(actor, current))
    throw forbidden("Only the article's creator, an editor or an admin can revise it");
  const { version, title, outlet, author, url, publishedAt } = input;
  const details = { title, outlet, author, url, publishedAt };
  const text = await newText(current, input, options.signal);
  const bodyChanged = text !== null && text.body !== current.body;
  const content = text?.blocks ? JSON.stringify(text.blocks) : null;
  // Only the outlet's own changes can be stealthy: a reviewer's edit is announced by being made here.
  const correctionNote =
    bodyChanged && text.source === "refetch" ? findCorrectionNotice(current.body, text.body) : null;
  const stealthEdit = bodyChanged && text.source === "refetch" && correctionNote === null;
  const db = await getDb();
  const now = new Date();
  const reanchoring = await changeTransaction(db, async (tx, changed) => {
    const { count } = await tx.article.updateMany({
      where: { id, version },
      data: {
        ...details,
        // The hash and structure always describe the text they sit beside; a re-fetch that found the same text still records when it looked.
        ...(bodyChanged
          ? {
              body: text.body,
              version: { increment: 1 },
              content,
              sourceFormat: text.sourceFormat,
              contentHash: bodyHash(text.body),
            }
          : text
            ? { content }
            : {}),
        ...(text?.archive ?? {}),
        ...(stealthEdit ? { stealthEditAt: now } : {}),
      },
    });
    if (count === 0)
      throw new AppError("CONFLICT", "The article was revised after you opened it", {
        currentVersion: current.version,
      });
    let report: ReanchorReport | null = null;
    if (bodyChanged) {
      const row = await tx.article.findUniqueOrThrow({
        where: { id },
        select: { version: true, title: true },
      });
      await tx.articleRevision.create({
        data: {
          articleId: id,
          version: row.version,
          title: row.title,
          body: text.body,
          content,
          source: text.source,
          ...(text.archive ?? {}),
          stealthEdit,
          correctionNote,
          createdById: actor.id,
        },
      });
      report = await reanchorArticle(tx, {
        articleId: id,
        fromVersion: current.version,
        toVersion: row.version,
        previousBody: current.body,
        body: text.body,
        actorId: actor.id,
        now,
      });
      // Pages of the old version reload; the annotations on the new one come with it.
      changed({ articleId: id, annotationId: null, kind: "revision" });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: bodyChanged
        ? "article.revise"
        : text?.source === "refetch"
          ? "article.refetch"
          : "article.update",
      entityType: "article",
      entityId: id,
      articleId: id,
      before: { title: current.title, version: current.version, bodyLength: current.body.length },
      after: {
        ...details,
        bodyLength: bodyChanged ? text.body.length : undefined,
        ...(stealthEdit ? { stealthEdit } : {}),
        ...(report
          ? {
              exact: report.exact.length,
              moved: report.moved.length,
              changed: report.changed.length,
              orphaned: report.orphaned.length,
            }
          : {}),
      },
    });
    return report;
  });
  const refetch =
    text?.source === "refetch" ? { changed: bodyChanged, stealthEdit, correctionNote } : null;
  return { article: await getArticle(actor, id), reanchoring, refetch };
}
