-- PostgreSQL only (SQLite ranks with FTS5's bm25, which reads its own index, not the text): what
-- relevance ranks on, the title and the lead, by hand like "searchVector" (Prisma does not model tsvector).
-- ts_rank over "searchVector" read the whole vector of every match (several kB, TOASTed: about
-- four chunk reads per row) and, for phrases and several words, compared every pair of their
-- positions: 150 ms for a phrase found in 2,000 articles. This vector holds the title (weight A,
-- so a word in the title still ranks above one in the text) and the first 1,000 characters of the
-- body (B), about 1.5 kB. STORAGE MAIN keeps it in the row, where ranking every match costs
-- a few milliseconds. Matching still uses "searchVector", so what is found does not change.
-- (No semicolon inside these comments: the driver adapter splits the script on them.)
ALTER TABLE "Article" ADD COLUMN "rankVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, left("body", 1000)), 'B')
) STORED,
    ALTER COLUMN "rankVector" SET STORAGE MAIN;
