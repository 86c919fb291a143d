import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { ExportBundle, ExportOptions } from "@/lib/export";
import { canModerate, type Actor } from "@/lib/permissions/roles";
import { getArticle } from "@/lib/data/articles/articles";
import { visibleArticle } from "@/lib/data/articles/article-access";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { buildExportBundle } from "@/lib/data/interchange/export-bundle";
import { publicReportPath } from "@/lib/data/articles/public-report-path";
import type { PublicationState } from "@/lib/contracts/article";

/**
 * What the public sees: approved annotations only (an editor settled them), reviewers' names
 * anonymised, no discussion. Unverified ones carry no verdict but are still a finding, so they show.
 */
export const PUBLIC_REPORT_OPTIONS: ExportOptions = {
  statuses: ["sourced", "disputed", "unverified"],
  reviewStates: ["approved"],
  includeDiscussion: false,
  anonymise: true,
  paper: "a4",
  claimReviewStatuses: ["sourced", "disputed"],
};

/**
 * Reads as the least-privileged role: the public report can never show what a viewer could not.
 * Nothing is ever written with it.
 */
const PUBLIC_READER: Actor = {
  id: "public-report",
  email: "",
  name: "Public report",
  role: "viewer",
};

function newSlug(title: string): string {
  const words = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  // The suffix makes the address unguessable before publication and unique among equal titles.
  return `${words || "report"}-${randomBytes(4).toString("hex")}`;
}

const stateOf = (
  row: { slug: string; publishedAt: Date | null } | null,
): PublicationState | null =>
  row
    ? {
        slug: row.slug,
        path: publicReportPath(row.slug),
        published: row.publishedAt !== null,
        publishedAt: row.publishedAt?.toISOString() ?? null,
      }
    : null;

/** The article's public report, for those who may publish it (null when it never was). */
export async function getPublication(
  actor: Actor,
  articleId: string,
): Promise<PublicationState | null> {
  const { id } = await visibleArticle(actor, articleId);
  const db = await getDb();
  return stateOf(
    await db.publication.findUnique({
      where: { articleId: id },
      select: { slug: true, publishedAt: true },
    }),
  );
}

/**
 * Editors and admins publish an article's approved annotations as a public page. Publishing an
 * already published article changes nothing; after an unpublish it brings back the same address.
 */
export async function publishArticle(actor: Actor, articleId: string): Promise<PublicationState> {
  if (!canModerate(actor)) throw forbidden("Only editors and admins can publish a report");
  const article = await getArticle(actor, articleId);
  if (article.archivedAt) throw forbidden("Restore the article before publishing its report");
  const db = await getDb();
  const row = await db.$transaction(async (tx) => {
    const current = await tx.publication.findUnique({ where: { articleId: article.id } });
    if (current?.publishedAt) return current;
    const now = new Date();
    const saved = current
      ? await tx.publication.update({
          where: { articleId: article.id },
          data: { publishedAt: now, publishedById: actor.id },
        })
      : await tx.publication.create({
          data: {
            articleId: article.id,
            slug: newSlug(article.title),
            publishedAt: now,
            publishedById: actor.id,
          },
        });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.publish",
      entityType: "article",
      entityId: article.id,
      articleId: article.id,
      after: { slug: saved.slug, publishedAt: now.toISOString() },
    });
    return saved;
  });
  return stateOf(row)!;
}

/** Takes the public page down at once (404 for everyone); the address is kept for a later publish. */
export async function unpublishArticle(
  actor: Actor,
  articleId: string,
): Promise<PublicationState | null> {
  if (!canModerate(actor)) throw forbidden("Only editors and admins can unpublish a report");
  const article = await getArticle(actor, articleId);
  const db = await getDb();
  const row = await db.$transaction(async (tx) => {
    const current = await tx.publication.findUnique({ where: { articleId: article.id } });
    if (!current?.publishedAt) return current;
    const saved = await tx.publication.update({
      where: { articleId: article.id },
      data: { publishedAt: null },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.unpublish",
      entityType: "article",
      entityId: article.id,
      articleId: article.id,
      before: { slug: current.slug, publishedAt: current.publishedAt.toISOString() },
    });
    return saved;
  });
  return stateOf(row);
}

/**
 * A published report for anyone, signed in or not: 404 when the slug is unknown, unpublished, or
 * its article archived. `baseUrl` is the app's public address (lib/http/public-url.ts).
 */
export async function getPublicReport(slug: string, baseUrl: string): Promise<ExportBundle> {
  const db = await getDb();
  const row = await db.publication.findUnique({
    where: { slug },
    select: { articleId: true, slug: true, publishedAt: true },
  });
  if (!row?.publishedAt) throw notFound("Report");
  const bundle = await buildExportBundle(
    PUBLIC_READER,
    row.articleId,
    PUBLIC_REPORT_OPTIONS,
    baseUrl,
  ).catch((error: unknown) => {
    // An archived article is out of the library: its report goes with it.
    if (error instanceof AppError && error.code === "NOT_FOUND") throw notFound("Report");
    throw error;
  });
  return {
    ...bundle,
    generatedAt: row.publishedAt.toISOString(),
    generatedBy: { id: "", name: bundle.organization.name },
    publication: {
      url: bundle.publication?.url ?? `${baseUrl}${publicReportPath(row.slug)}`,
      isPublicPage: true,
    },
  };
}
