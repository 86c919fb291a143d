-- CreateTable
CREATE TABLE "FetchedPage" (
    "id" TEXT NOT NULL,
    "requestedUrl" TEXT NOT NULL,
    "finalUrl" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "archivedHtml" TEXT NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FetchedPage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FetchedPage_createdById_idx" ON "FetchedPage"("createdById");

-- CreateIndex
CREATE INDEX "FetchedPage_createdAt_idx" ON "FetchedPage"("createdAt");

-- AddForeignKey
ALTER TABLE "FetchedPage" ADD CONSTRAINT "FetchedPage_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

