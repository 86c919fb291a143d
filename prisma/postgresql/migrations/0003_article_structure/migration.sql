-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "archivedHtml" TEXT,
ADD COLUMN     "content" TEXT,
ADD COLUMN     "contentHash" TEXT,
ADD COLUMN     "fetchedAt" TIMESTAMP(3),
ADD COLUMN     "sourceFormat" TEXT NOT NULL DEFAULT 'text';

-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN     "archivedHtml" TEXT,
ADD COLUMN     "content" TEXT,
ADD COLUMN     "fetchedAt" TIMESTAMP(3),
ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'edit';

-- CreateIndex
CREATE INDEX "Article_url_idx" ON "Article"("url");

-- CreateIndex
CREATE INDEX "Article_contentHash_idx" ON "Article"("contentHash");

