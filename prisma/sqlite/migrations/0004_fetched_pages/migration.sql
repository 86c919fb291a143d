-- CreateTable
CREATE TABLE "FetchedPage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestedUrl" TEXT NOT NULL,
    "finalUrl" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "archivedHtml" TEXT NOT NULL,
    "fetchedAt" DATETIME NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FetchedPage_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FetchedPage_createdById_idx" ON "FetchedPage"("createdById");

-- CreateIndex
CREATE INDEX "FetchedPage_createdAt_idx" ON "FetchedPage"("createdAt");

