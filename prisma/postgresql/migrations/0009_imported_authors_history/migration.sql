-- Lossless imports (issue 12): who wrote an imported annotation, review or reply stays theirs
-- (an external author when they have no account here), with its tags, dates and settlement.
ALTER TABLE "Annotation" ADD COLUMN "externalAuthorName" TEXT,
ADD COLUMN "externalAuthorId" TEXT,
ADD COLUMN "creditedAuthorId" TEXT,
ADD COLUMN "tags" TEXT,
ADD COLUMN "modifiedAt" TIMESTAMP(3),
ADD COLUMN "settledByExternalName" TEXT,
ADD COLUMN "settledByExternalId" TEXT,
ADD COLUMN "settlementImported" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "Reply" ADD COLUMN "externalAuthorName" TEXT,
ADD COLUMN "externalAuthorId" TEXT;

-- An imported review by someone without an account here has no reviewer row.
ALTER TABLE "Review" ALTER COLUMN "reviewerId" DROP NOT NULL,
ADD COLUMN "externalReviewerName" TEXT,
ADD COLUMN "externalReviewerId" TEXT,
ADD COLUMN "importedAt" TIMESTAMP(3);

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_creditedAuthorId_fkey" FOREIGN KEY ("creditedAuthorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
