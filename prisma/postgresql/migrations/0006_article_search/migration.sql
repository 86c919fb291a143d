-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "stealthEditAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Article_outlet_idx" ON "Article"("outlet");

-- Full-text search over titles and bodies (by hand: Prisma does not model tsvector).
-- A stored generated column rather than an expression index: ranking reads the vector of every
-- match, and recomputing to_tsvector over long bodies per query would cost far more than the disk.
-- 'simple' (words lower-cased, no stemming, no stop words): articles come in any language, people
-- search names and exact wording, and it finds what SQLite's unicode61 tokenizer finds.
-- Titles weigh more than bodies (A over B) in ts_rank.
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, "body"), 'B')
) STORED;

CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
