import "server-only";
import { randomUUID } from "node:crypto";
import { anchorPrepared, describeRange, prepareBody } from "@/lib/anchoring";
import { yieldingMap } from "@/lib/yielding-map";
import { getDb } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";
import { canSettle } from "@/lib/permissions/reviews";
import { canAnnotate, type Actor } from "@/lib/permissions/roles";
import { articleIri } from "@/lib/export";
import { offsetConverter, type OffsetConverter } from "@/lib/text/code-points";
import { getArticle } from "@/lib/data/articles/articles";
import { changeTransaction } from "@/lib/data/article-changes";
import { auditRow } from "@/lib/data/audit/record-audit";
import { insertRows } from "@/lib/data/annotations/bulk-insert";
import {
  ANNOTATION_COLUMNS,
  AUDIT_COLUMNS,
  REPLY_COLUMNS,
  REVIEW_COLUMNS,
  SOURCE_COLUMNS,
} from "@/lib/data/interchange/import-columns";
import { resolvePeople } from "@/lib/data/interchange/import-people";
import { importRows, type ImportCandidate } from "@/lib/data/interchange/import-rows";

export type { ImportCandidate } from "@/lib/data/interchange/import-rows";

export type ImportReport = {
  imported: number;
  exact: number;
  fuzzy: number;
  orphaned: number;
  replies: number;
  reviews: number;
  skipped: { index: number; reason: string }[];
  /** What was kept differently from the file, for the person importing (no decisions without an editor…). */
  warnings: string[];
};

export type ImportOptions = {
  /** This server's public base URL: a person named by one of its user IRIs is that account here. Absent: everyone is external. */
  baseUrl?: string;
};

/** Generous: writing 10,000 annotations with sources and trail takes well under a second on either database. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 60_000 };

/**
 * The target to anchor by, in UTF-16 code units as the app counts: a W3C file's offsets count code
 * points and are converted on this article's text (they are only a hint: the quote decides).
 */
function storedTarget(target: ImportCandidate["target"], convert: OffsetConverter) {
  const { exact, prefix, suffix } = target;
  const codePoints = target.unit !== "utf16";
  const start =
    target.start === undefined ? null : codePoints ? convert.toUtf16(target.start) : target.start;
  const end =
    target.end === undefined ? null : codePoints ? convert.toUtf16(target.end) : target.end;
  return start !== null && end !== null
    ? { start, end, exact, prefix, suffix }
    : { start: 0, end: exact.length, exact, prefix, suffix };
}

/**
 * The file says which text its offsets count in. When that is another version of this very
 * article (an export from here, of before or after a revision), say so: the offsets were no
 * guide, the quotes placed the annotations.
 */
function otherVersions(
  candidates: readonly ImportCandidate[],
  article: { id: string; version: number },
  baseUrl: string,
): string[] {
  if (!baseUrl) return [];
  const here = articleIri({ baseUrl, article });
  const versions = new Set(
    candidates.flatMap((c) =>
      c.textVersion?.source === here &&
      c.textVersion.version &&
      c.textVersion.version !== article.version
        ? [c.textVersion.version]
        : [],
    ),
  );
  if (!versions.size) return [];
  const named = [...versions].sort((a, b) => a - b).join(", ");
  return [
    `The file's offsets count in version ${named} of this article, which is now at version ${article.version}: the annotations were placed by their quotes`,
  ];
}

function warningsOf(counts: { ownReviews: number; decisionsOpened: number }): string[] {
  const warnings: string[] = [];
  if (counts.decisionsOpened) {
    warnings.push(
      `${counts.decisionsOpened} annotation(s) were settled in the file: only editors and admins settle, so they are open for review here (the file's decision is in their history)`,
    );
  }
  if (counts.ownReviews)
    warnings.push(
      `${counts.ownReviews} review(s) by the annotation's own author (or by nobody named) were not kept: nobody reviews their own annotation`,
    );
  return warnings;
}

/**
 * Anchors each imported annotation by its selectors and stores them all in one transaction, with
 * their sources, tags, reviews, settlement and replies: placed ones at their new position, orphans
 * with their quote (listed as orphans, never dropped). The importer owns what is imported; who
 * wrote it, and when, stays as the file says (lib/data/interchange/import-rows.ts). Anchoring yields to the
 * event loop as it goes and every row is prepared before the transaction, which is then a few
 * multi-row INSERTs: 10,000 annotations neither stall other requests nor hold a connection (on
 * SQLite, the only one) for long.
 */
export async function importAnnotations(
  actor: Actor,
  articleId: string,
  candidates: readonly ImportCandidate[],
  skipped: ImportReport["skipped"] = [],
  options: ImportOptions = {},
): Promise<ImportReport> {
  if (!canAnnotate(actor)) throw forbidden("Viewers cannot import annotations");
  const article = await getArticle(actor, articleId);
  const report: ImportReport = {
    imported: 0,
    exact: 0,
    fuzzy: 0,
    orphaned: 0,
    replies: 0,
    reviews: 0,
    skipped: [...skipped],
    warnings: [],
  };
  const body = prepareBody(article.body);
  const convert = offsetConverter(article.body);
  const placed = await yieldingMap(candidates, (candidate) => {
    const stored = storedTarget(candidate.target, convert);
    const anchor = anchorPrepared(body, stored);
    if (!anchor) report.orphaned++;
    else if (anchor.method === "fuzzy") report.fuzzy++;
    else report.exact++;
    // A placed quote is stored where it now sits (with fresh context); an orphan keeps what it was given.
    const target = (anchor && describeRange(article.body, anchor.start, anchor.end)) || stored;
    return { id: randomUUID(), candidate, target, orphaned: !anchor };
  });
  const db = await getDb();
  const people = candidates.flatMap((c) => [
    c.creator ?? null,
    c.settlement?.editor ?? null,
    ...(c.reviews ?? []).map((r) => r.reviewer),
    ...(c.replies ?? []).map((r) => r.creator),
  ]);
  const person = await resolvePeople(db, options.baseUrl ?? "", people);
  const now = new Date();
  const rows = importRows({
    actor,
    article,
    placed,
    person,
    keepsDecisions: canSettle(actor),
    now,
  });
  rows.trail.push(
    auditRow(
      {
        actorId: actor.id,
        action: "article.import",
        entityType: "article",
        entityId: article.id,
        articleId: article.id,
        after: {
          imported: placed.length,
          exact: report.exact,
          fuzzy: report.fuzzy,
          orphaned: report.orphaned,
          reviews: rows.reviews.length,
          replies: rows.replies.length,
        },
      },
      now,
    ),
  );

  await changeTransaction(
    db,
    async (tx, changed) => {
      // Anchoring let other requests run, so the article may have been revised meanwhile: the offsets would not fit it.
      const unchanged = await tx.article.count({
        where: { id: article.id, version: article.version },
      });
      if (unchanged === 0)
        throw new AppError(
          "CONFLICT",
          "The article changed while the import was being placed; import the file again",
        );
      await insertRows(tx, "Annotation", ANNOTATION_COLUMNS, rows.annotations);
      await insertRows(tx, "Source", SOURCE_COLUMNS, rows.sources);
      await insertRows(tx, "Review", REVIEW_COLUMNS, rows.reviews);
      await insertRows(tx, "Reply", REPLY_COLUMNS, rows.replies);
      await insertRows(tx, "AuditEvent", AUDIT_COLUMNS, rows.trail);
      changed(
        placed.map(({ id }) => ({
          articleId: article.id,
          annotationId: id,
          kind: "import" as const,
        })),
      );
    },
    TRANSACTION_OPTIONS,
  );
  report.imported = placed.length;
  report.replies = rows.replies.length;
  report.reviews = rows.reviews.length;
  report.warnings = [
    ...otherVersions(candidates, article, options.baseUrl ?? ""),
    ...warningsOf(rows.counts),
  ];
  return report;
}
