import "server-only";
import type { ReanchorResult } from "@/lib/anchoring/reanchor";
import type { Actor } from "@/lib/permissions/roles";
import { getDb } from "@/lib/db";
import { diffText, type DiffSegment } from "@/lib/text/diff-text";
import type { VersionAnnotation } from "@/lib/contracts/versions";
import { getVersion } from "@/lib/data/articles/article-versions";

export type VersionDiff = {
  from: number;
  to: number;
  segments: DiffSegment[];
  /** Annotations on the older text whose span a change removed or rewrote, with how the newer version placed them. */
  touched: (VersionAnnotation & { resultInTo: ReanchorResult | null })[];
};

/** Words added and removed between two versions, and the annotations those changes touched. */
export async function diffVersions(
  actor: Actor,
  articleId: string,
  from: number,
  to: number,
): Promise<VersionDiff> {
  const [older, newer] = await Promise.all([
    getVersion(actor, articleId, from),
    getVersion(actor, articleId, to),
  ]);
  const segments = diffText(older.body, newer.body);
  const removed = segments
    .filter((s) => s.op === "delete")
    .map((s) => ({ start: s.oldStart, end: s.oldStart + s.text.length }));
  const db = await getDb();
  const recorded = await db.annotationAnchor.findMany({
    where: { articleId, articleVersion: to },
    select: { annotationId: true, result: true },
  });
  const inTo = new Map<string, ReanchorResult | null>(
    newer.annotations.map((a) => [a.id, a.result]),
  );
  for (const r of recorded) inTo.set(r.annotationId, r.result);
  const touched = older.annotations
    .filter((a) => removed.some((r) => r.start < a.end && a.start < r.end))
    .map((a) => ({ ...a, resultInTo: inTo.get(a.id) ?? null }));
  return { from, to, segments, touched };
}
