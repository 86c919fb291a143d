-- The change log open article pages follow (issue 10). AUTOINCREMENT: a sequence number is never
-- used twice, even after the newest rows are deleted. SQLite runs one writer at a time, so the
-- numbers are taken in commit order.
CREATE TABLE "ArticleChange" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" TEXT NOT NULL,
    "annotationId" TEXT,
    "kind" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "ArticleChange_articleId_seq_idx" ON "ArticleChange"("articleId", "seq");
