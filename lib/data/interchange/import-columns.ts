/**
 * The columns an import writes, in the order of the rows import-rows.ts builds: the bulk
 * inserts (bulk-insert.ts) bypass Prisma, so a column added to a model must be added here too.
 */
export const ANNOTATION_COLUMNS = [
  ...[
    "id",
    "articleId",
    "authorId",
    "status",
    "note",
    "start",
    "end",
    "exact",
    "prefix",
    "suffix",
    "articleVersion",
    "reviewState",
    "settledById",
    "settledAt",
    "settleComment",
    "version",
    "createdAt",
    "updatedAt",
  ],
  ...[
    "externalAuthorName",
    "externalAuthorId",
    "creditedAuthorId",
    "tags",
    "modifiedAt",
    "settledByExternalName",
    "settledByExternalId",
    "settlementImported",
    "anchorState",
  ],
];
export const SOURCE_COLUMNS = [
  "id",
  "annotationId",
  "position",
  "url",
  "title",
  "quote",
  "accessedAt",
];
export const REVIEW_COLUMNS = [
  "id",
  "annotationId",
  "reviewerId",
  "verdict",
  "reason",
  "proposedStatus",
  "createdAt",
  "updatedAt",
  "externalReviewerName",
  "externalReviewerId",
  "importedAt",
  "annotationVersion",
];
export const REPLY_COLUMNS = [
  "id",
  "annotationId",
  "authorId",
  "parentId",
  "body",
  "createdAt",
  "updatedAt",
  "deletedAt",
  "externalAuthorName",
  "externalAuthorId",
];
export const AUDIT_COLUMNS = [
  "id",
  "actorId",
  "action",
  "entityType",
  "entityId",
  "articleId",
  "before",
  "after",
  "createdAt",
] as const;
