-- Assignments (issue 15): an editor hands an annotation or a whole article to a reviewer, with an
-- optional due date. "openKey" holds the target while the assignment is open, and its unique index
-- keeps a target to one open assignment (NULLs repeat once they are done). A notification names
-- the assignment it is about, with no foreign key: an unassigned row is deleted, the entry stays.
ALTER TABLE "Notification" ADD COLUMN "assignmentId" TEXT;

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "annotationId" TEXT,
    "assigneeId" TEXT NOT NULL,
    "assignedById" TEXT NOT NULL,
    "dueAt" DATETIME,
    "openKey" TEXT,
    "doneAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assignment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_openKey_key" ON "Assignment"("openKey");
-- CreateIndex
CREATE INDEX "Assignment_assigneeId_doneAt_idx" ON "Assignment"("assigneeId", "doneAt");
-- CreateIndex
CREATE INDEX "Assignment_articleId_idx" ON "Assignment"("articleId");
-- CreateIndex
CREATE INDEX "Assignment_annotationId_idx" ON "Assignment"("annotationId");
