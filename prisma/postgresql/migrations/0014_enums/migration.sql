-- Issue 13: the closed sets of values become enum types, holding the same lowercase words, so
-- rows and exports are unchanged. USING fails (and the whole migration with it) if a row holds a
-- value outside its set, which the zod checks on every write have never allowed. SQLite needs no
-- migration: Prisma keeps its enums as TEXT there. A column's default is a text literal, which
-- cannot follow the column to the new type: it is dropped and set again around the change.

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'editor', 'reviewer', 'viewer');
CREATE TYPE "AnnotationStatus" AS ENUM ('sourced', 'disputed', 'unverified');
CREATE TYPE "ReviewState" AS ENUM ('open', 'approved', 'rejected', 'changes_requested');
CREATE TYPE "Verdict" AS ENUM ('agree', 'disagree');
CREATE TYPE "AnchorState" AS ENUM ('exact', 'moved', 'changed', 'orphaned');

-- User.role
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role" USING "role"::"Role";
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'viewer';

-- Annotation.status, reviewState and anchorState
ALTER TABLE "Annotation" ALTER COLUMN "reviewState" DROP DEFAULT;
ALTER TABLE "Annotation"
  ALTER COLUMN "status" TYPE "AnnotationStatus" USING "status"::"AnnotationStatus",
  ALTER COLUMN "reviewState" TYPE "ReviewState" USING "reviewState"::"ReviewState",
  ALTER COLUMN "anchorState" TYPE "AnchorState" USING "anchorState"::"AnchorState";
ALTER TABLE "Annotation" ALTER COLUMN "reviewState" SET DEFAULT 'open';

-- Review.verdict and proposedStatus
ALTER TABLE "Review"
  ALTER COLUMN "verdict" TYPE "Verdict" USING "verdict"::"Verdict",
  ALTER COLUMN "proposedStatus" TYPE "AnnotationStatus" USING "proposedStatus"::"AnnotationStatus";

-- AnnotationAnchor.result
ALTER TABLE "AnnotationAnchor" ALTER COLUMN "result" TYPE "AnchorState" USING "result"::"AnchorState";
