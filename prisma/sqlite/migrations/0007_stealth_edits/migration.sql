-- A re-fetch records whether the outlet announced its change (issue 9's stealth edits).
ALTER TABLE "ArticleRevision" ADD COLUMN "stealthEdit" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "ArticleRevision" ADD COLUMN "correctionNote" TEXT;
