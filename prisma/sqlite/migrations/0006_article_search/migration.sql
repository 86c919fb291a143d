-- AlterTable
ALTER TABLE "Article" ADD COLUMN "stealthEditAt" DATETIME;

-- CreateIndex
CREATE INDEX "Article_outlet_idx" ON "Article"("outlet");

-- Full-text search over titles and bodies (by hand: Prisma does not model FTS5).
-- External content: the index reads title and body from "Article" by rowid instead of keeping a
-- second copy of every body. The 'simple'-like tokenizer (Unicode words, case folded, no stemming,
-- no stop words) matches PostgreSQL's 'simple' configuration, so both databases find the same
-- articles for the same words. Rowids are Article's implicit ones: a migration that rebuilds
-- "Article" (Prisma's RedefineTables) must recreate these triggers and run the 'rebuild' below.
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    title,
    body,
    content = 'Article',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "ArticleSearch" (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;

-- An external-content index is told the old text to remove, so the delete must come first.
CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article" BEGIN
    INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;

-- Only writes naming title or body re-index: archiving or counting a view leaves the index alone.
CREATE TRIGGER "Article_search_update" AFTER UPDATE OF title, body ON "Article" BEGIN
    INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    INSERT INTO "ArticleSearch" (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;

-- Index the articles that exist already.
INSERT INTO "ArticleSearch" ("ArticleSearch") VALUES ('rebuild');
