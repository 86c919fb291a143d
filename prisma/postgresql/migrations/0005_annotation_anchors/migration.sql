-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "anchorState" TEXT,
ADD COLUMN     "exactBefore" TEXT;

-- CreateTable
CREATE TABLE "AnnotationAnchor" (
    "id" TEXT NOT NULL,
    "annotationId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "articleVersion" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "start" INTEGER,
    "end" INTEGER,
    "exact" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnotationAnchor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AnnotationAnchor_articleId_articleVersion_idx" ON "AnnotationAnchor"("articleId", "articleVersion");

-- CreateIndex
CREATE UNIQUE INDEX "AnnotationAnchor_annotationId_articleVersion_key" ON "AnnotationAnchor"("annotationId", "articleVersion");

-- AddForeignKey
ALTER TABLE "AnnotationAnchor" ADD CONSTRAINT "AnnotationAnchor_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

