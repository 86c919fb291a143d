-- Reviews given on an earlier version of an annotation are told apart (issue 14): the annotation
-- counts changes of its content, and each review keeps the count it was given on.
ALTER TABLE "Annotation" ADD COLUMN "contentVersion" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Review" ADD COLUMN "annotationVersion" INTEGER;
