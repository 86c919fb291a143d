import "server-only";
import { randomUUID } from "node:crypto";
import type { AuditAction } from "@/lib/audit/audit-actions";
import type { TextTarget } from "@/lib/anchoring";
import type { ParsedAnnotation, ParsedPerson, ParsedReview } from "@/lib/export";
import type { Actor } from "@/lib/permissions/roles";
import { auditRow } from "@/lib/data/audit/record-audit";
import {
  describePerson,
  samePerson,
  type StoredPerson,
} from "@/lib/data/interchange/import-people";

/** What import-annotations.ts stores for one annotation: the parsed fields (most optional, for callers that have only the basics). */
/** An imported annotation starts at content version 1: a review the file says was given on an earlier one gets 0. */
const reviewedEarlier = (r: ParsedReview): number | null => (r.onPreviousVersion ? 0 : null);

export type ImportCandidate = Pick<ParsedAnnotation, "status" | "note" | "target"> & {
  sources: { url: string; title: string; quote: string; accessedAt?: string | null }[];
} & Partial<Omit<ParsedAnnotation, "status" | "note" | "target" | "sources">>;

/** `orphaned`: its quote was not found in the text (it keeps the target it was given). */
type Placed = {
  id: string;
  candidate: ImportCandidate;
  target: TextTarget;
  orphaned: boolean;
};

type Input = {
  actor: Actor;
  article: { id: string; version: number };
  placed: readonly Placed[];
  person: (p: ParsedPerson | null) => StoredPerson | null;
  /** Editors and admins keep the file's review states and settlements; others' imports open them for review. */
  keepsDecisions: boolean;
  now: Date;
};

const date = (iso: string | null | undefined, fallback: Date) => (iso ? new Date(iso) : fallback);

const externalOf = (p: StoredPerson | null) =>
  p && p.accountId === null ? { name: p.name, id: p.externalId } : { name: null, id: null };

/**
 * Every row an import writes, built before its transaction. The owner of each annotation (and of
 * replies by people without an account here) is the importer, whose permissions apply; who wrote
 * it is kept apart: an account here when the file named ours, else an external author. Reviews
 * and settlements are history (marked imported, not counted by the team's rule); a review by the
 * annotation's own author cannot be kept (nobody reviews their own annotation), nor can a non-editor's
 * import bring in decisions only editors take. The trail records all of it as imported.
 */
export function importRows({ actor, article, placed, person, keepsDecisions, now }: Input) {
  const annotations: Record<string, string | number | boolean | Date | null>[] = [];
  const sources: Record<string, string | number | Date | null>[] = [];
  const reviews: Record<string, string | number | Date | null>[] = [];
  const replies: Record<string, string | Date | null>[] = [];
  const trail: ReturnType<typeof auditRow>[] = [];
  const counts = { ownReviews: 0, decisionsOpened: 0 };
  const importer: StoredPerson = { accountId: actor.id, name: actor.name };
  // The trail orders events by time, then by random id: what came with an annotation is written a millisecond after it, so its history reads in order.
  const justAfter = new Date(now.getTime() + 1);
  const audit = (action: AuditAction, id: string, fields: unknown) =>
    trail.push(
      auditRow(
        {
          actorId: actor.id,
          action,
          entityType: "annotation",
          entityId: id,
          articleId: article.id,
          after: fields,
        },
        action === "annotation.import" ? now : justAfter,
      ),
    );

  for (const { id, candidate: c, target, orphaned } of placed) {
    const author = person(c.creator ?? null);
    const external = externalOf(author);
    const createdAt = date(c.created, now);
    const settlement = keepsDecisions ? (c.settlement ?? null) : null;
    const editor = settlement ? person(settlement.editor) : null;
    const fileState = c.reviewState ?? c.settlement?.decision ?? "open";
    const reviewState = keepsDecisions ? fileState : "open";
    if (reviewState !== fileState || (c.settlement && !settlement)) counts.decisionsOpened++;
    annotations.push({
      id,
      articleId: article.id,
      authorId: actor.id,
      status: c.status,
      note: c.note,
      ...target,
      articleVersion: article.version,
      reviewState,
      settledById: editor?.accountId ?? null,
      settledAt: settlement ? new Date(settlement.created) : null,
      settleComment: settlement?.comment ?? null,
      version: 1,
      createdAt,
      // When the row arrived here, whatever the file says.
      updatedAt: now,
      externalAuthorName: external.name,
      externalAuthorId: external.id,
      creditedAuthorId:
        author?.accountId && author.accountId !== actor.id ? author.accountId : null,
      tags: c.tags?.length ? JSON.stringify(c.tags) : null,
      modifiedAt: c.modified || c.created ? date(c.modified ?? c.created, now) : null,
      settledByExternalName: externalOf(editor).name,
      settledByExternalId: externalOf(editor).id,
      settlementImported: settlement !== null,
      // Stored as a revision's orphan is: counted apart from the placed ones everywhere (header, list).
      anchorState: orphaned ? "orphaned" : null,
    });
    c.sources.forEach((s, position) =>
      sources.push({
        id: randomUUID(),
        annotationId: id,
        position,
        url: s.url,
        title: s.title,
        quote: s.quote,
        accessedAt: s.accessedAt ? new Date(s.accessedAt) : null,
      }),
    );
    audit("annotation.import", id, {
      status: c.status,
      note: c.note,
      author: describePerson(author ?? importer),
      reviewState,
      ...(reviewState !== fileState ? { reviewStateInFile: fileState } : {}),
      ...(c.settlement
        ? {
            settledBy: c.settlement.editor
              ? describePerson(person(c.settlement.editor))
              : "the team rule",
            settledAt: c.settlement.created,
            kept: settlement !== null,
          }
        : {}),
      ...(c.textVersion ? { textVersion: c.textVersion } : {}),
    });

    // One current review per account (the table's rule): a later one in the file replaces an earlier.
    const byReviewer = new Map<
      string,
      { row: Record<string, string | number | Date | null>; reviewer: StoredPerson }
    >();
    for (const r of c.reviews ?? []) {
      const reviewer = person(r.reviewer);
      if (!reviewer || samePerson(reviewer, author ?? importer)) {
        counts.ownReviews++;
        continue;
      }
      const at = date(r.created, now);
      const { name, id: externalId } = externalOf(reviewer);
      const row = {
        id: randomUUID(),
        annotationId: id,
        reviewerId: reviewer.accountId,
        verdict: r.verdict,
        reason: r.reason,
        proposedStatus: r.proposedStatus,
        createdAt: at,
        updatedAt: at,
        externalReviewerName: name,
        externalReviewerId: externalId,
        importedAt: now,
        annotationVersion: reviewedEarlier(r),
      };
      byReviewer.set(reviewer.accountId ?? row.id, { row, reviewer });
    }
    for (const { row, reviewer } of byReviewer.values()) {
      reviews.push(row);
      audit("review.import", id, {
        reviewer: describePerson(reviewer),
        verdict: row.verdict,
        reason: row.reason,
        proposedStatus: row.proposedStatus,
        createdAt: row.createdAt,
      });
    }

    // Replies arrive parents first (lib/import/web-annotation.ts), so each parent id is known when its answers come.
    const replyIds = new Map<string, string>();
    for (const r of c.replies ?? []) {
      const replier = person(r.creator);
      const replyId = randomUUID();
      if (r.key) replyIds.set(r.key, replyId);
      const at = date(r.created, now);
      replies.push({
        id: replyId,
        annotationId: id,
        authorId: replier?.accountId ?? actor.id,
        parentId: r.parentKey ? (replyIds.get(r.parentKey) ?? null) : null,
        body: r.body ?? "",
        createdAt: at,
        updatedAt: date(r.modified, at),
        deletedAt: r.body === null ? now : null,
        externalAuthorName: externalOf(replier).name,
        externalAuthorId: externalOf(replier).id,
      });
      audit("reply.import", id, {
        replyId,
        body: r.body,
        author: describePerson(replier ?? importer),
        createdAt: at,
      });
    }
  }
  return { annotations, sources, reviews, replies, trail, counts };
}
