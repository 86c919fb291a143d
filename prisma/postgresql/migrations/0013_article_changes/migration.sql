-- The change log open article pages follow (issue 10). The writers take a transaction-scoped
-- advisory lock before taking a number (lib/data/article-changes.ts), so numbers are taken in
-- commit order per article.
CREATE TABLE "ArticleChange" (
    "seq" SERIAL NOT NULL,
    "articleId" TEXT NOT NULL,
    "annotationId" TEXT,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleChange_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "ArticleChange_articleId_seq_idx" ON "ArticleChange"("articleId", "seq");
