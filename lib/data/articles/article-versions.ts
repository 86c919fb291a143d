import "server-only";
import type { Block } from "@/lib/article-content/blocks";
import type { ReanchorResult } from "@/lib/anchoring/reanchor";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/roles";
import { getArticle, parseBlocks } from "@/lib/data/articles/articles";
import type { VersionAnnotation, VersionSummary } from "@/lib/contracts/versions";

export type VersionDetail = Omit<VersionSummary, "bodyLength"> & {
  body: string;
  blocks: Block[] | null;
  current: boolean;
  annotations: VersionAnnotation[];
  /** Annotations that existed on this version but could not be placed on its text (orphans then). */
  orphanedIds: string[];
};

const EMPTY_COUNTS = (): Record<ReanchorResult, number> => ({
  exact: 0,
  moved: 0,
  changed: 0,
  orphaned: 0,
});

/** Every version of an article the actor can read, newest first, with what each revision did to the annotations. */
export async function listVersions(actor: Actor, articleId: string): Promise<VersionSummary[]> {
  const article = await getArticle(actor, articleId);
  const db = await getDb();
  const [revisions, results] = await Promise.all([
    db.articleRevision.findMany({
      where: { articleId: article.id },
      orderBy: { version: "desc" },
      select: {
        version: true,
        title: true,
        source: true,
        createdAt: true,
        fetchedAt: true,
        body: true,
        stealthEdit: true,
        correctionNote: true,
        createdBy: { select: { id: true, name: true } },
      },
    }),
    db.annotationAnchor.groupBy({
      by: ["articleVersion", "result"],
      where: { articleId: article.id, annotation: { deletedAt: null } },
      _count: { _all: true },
    }),
  ]);
  const counts = new Map<number, Record<ReanchorResult, number>>();
  for (const r of results) {
    const entry =
      counts.get(r.articleVersion) ??
      counts.set(r.articleVersion, EMPTY_COUNTS()).get(r.articleVersion)!;
    entry[r.result] = r._count._all;
  }
  return revisions.map((r) => ({
    version: r.version,
    title: r.title,
    source: r.source,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy,
    fetchedAt: r.fetchedAt?.toISOString() ?? null,
    bodyLength: r.body.length,
    stealthEdit: r.stealthEdit,
    correctionNote: r.correctionNote,
    // A version's own rows are written by the revision that made it; the first version has none of its own results.
    reanchored: r.version > 1 ? (counts.get(r.version) ?? EMPTY_COUNTS()) : null,
  }));
}

/**
 * One version's text with the annotations as they were anchored on it: the current version from
 * the annotations themselves, an older one from what the revision after it recorded.
 */
export async function getVersion(
  actor: Actor,
  articleId: string,
  version: number,
): Promise<VersionDetail> {
  const article = await getArticle(actor, articleId);
  const db = await getDb();
  const revision = await db.articleRevision.findUnique({
    where: { articleId_version: { articleId: article.id, version } },
    select: {
      version: true,
      title: true,
      source: true,
      createdAt: true,
      fetchedAt: true,
      body: true,
      content: true,
      stealthEdit: true,
      correctionNote: true,
      createdBy: { select: { id: true, name: true } },
    },
  });
  if (!revision) throw notFound("Version");
  const current = version === article.version;
  const placed = current
    ? (
        await db.annotation.findMany({
          where: { articleId: article.id, deletedAt: null },
          select: {
            id: true,
            status: true,
            start: true,
            end: true,
            exact: true,
            anchorState: true,
            articleVersion: true,
          },
          orderBy: [{ start: "asc" }, { end: "desc" }],
        })
      ).map((a) => ({
        id: a.id,
        // An orphan keeps its last place, on an older text, and the version it was placed on.
        placement:
          a.anchorState === "orphaned" || a.articleVersion !== version
            ? null
            : {
                id: a.id,
                status: a.status,
                start: a.start,
                end: a.end,
                exact: a.exact,
                result: a.anchorState ?? null,
              },
      }))
    : (
        await db.annotationAnchor.findMany({
          where: {
            articleId: article.id,
            articleVersion: version,
            annotation: { deletedAt: null },
          },
          select: {
            annotationId: true,
            start: true,
            end: true,
            exact: true,
            result: true,
            annotation: { select: { status: true } },
          },
          orderBy: [{ start: "asc" }, { end: "desc" }],
        })
      ).map((a) => ({
        id: a.annotationId,
        placement:
          a.start === null || a.end === null
            ? null
            : {
                id: a.annotationId,
                status: a.annotation.status,
                start: a.start,
                end: a.end,
                exact: a.exact ?? "",
                result: a.result,
              },
      }));
  const annotations = placed.flatMap((p) => (p.placement ? [p.placement] : []));
  const orphanedIds = placed.filter((p) => !p.placement).map((p) => p.id);
  return {
    version: revision.version,
    title: revision.title,
    source: revision.source,
    createdAt: revision.createdAt.toISOString(),
    createdBy: revision.createdBy,
    fetchedAt: revision.fetchedAt?.toISOString() ?? null,
    stealthEdit: revision.stealthEdit,
    correctionNote: revision.correctionNote,
    reanchored: null,
    body: revision.body,
    blocks: parseBlocks(revision.content),
    current,
    annotations,
    orphanedIds,
  };
}
