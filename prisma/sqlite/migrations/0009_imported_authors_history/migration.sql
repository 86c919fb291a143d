-- Lossless imports (issue 12): who wrote an imported annotation, review or reply stays theirs
-- (an external author when they have no account here), with its tags, dates and settlement.
ALTER TABLE "Annotation" ADD COLUMN "externalAuthorName" TEXT;
ALTER TABLE "Annotation" ADD COLUMN "externalAuthorId" TEXT;
ALTER TABLE "Annotation" ADD COLUMN "creditedAuthorId" TEXT REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Annotation" ADD COLUMN "tags" TEXT;
ALTER TABLE "Annotation" ADD COLUMN "modifiedAt" DATETIME;
ALTER TABLE "Annotation" ADD COLUMN "settledByExternalName" TEXT;
ALTER TABLE "Annotation" ADD COLUMN "settledByExternalId" TEXT;
ALTER TABLE "Annotation" ADD COLUMN "settlementImported" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "Reply" ADD COLUMN "externalAuthorName" TEXT;
ALTER TABLE "Reply" ADD COLUMN "externalAuthorId" TEXT;

-- An imported review by someone without an account here has no reviewer row: SQLite cannot drop
-- NOT NULL in place, so the table is rebuilt (no other table's triggers or indexes refer to it).
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "annotationId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "verdict" TEXT NOT NULL,
    "reason" TEXT,
    "proposedStatus" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "externalReviewerName" TEXT,
    "externalReviewerId" TEXT,
    "importedAt" DATETIME,
    CONSTRAINT "Review_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Review" ("id", "annotationId", "reviewerId", "verdict", "reason", "proposedStatus", "createdAt", "updatedAt")
SELECT "id", "annotationId", "reviewerId", "verdict", "reason", "proposedStatus", "createdAt", "updatedAt" FROM "Review";
DROP TABLE "Review";
ALTER TABLE "new_Review" RENAME TO "Review";
CREATE UNIQUE INDEX "Review_annotationId_reviewerId_key" ON "Review"("annotationId", "reviewerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
