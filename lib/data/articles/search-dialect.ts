import "server-only";
import { databaseProvider } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { fts5MatchExpression } from "@/lib/text/search-terms";

/** FTS5's bm25 weights per column (title, body): a word in the title says more than one in the body. */
const TITLE_WEIGHT = 10;

export type Dialect = {
  /** FROM and the text condition, with the article aliased as a. */
  from: Prisma.Sql;
  match: Prisma.Sql | null;
  /** Ascending: best first. */
  rank: Prisma.Sql | null;
};

/** How each database finds and ranks the articles that hold every term: FTS5 on SQLite, tsvector on PostgreSQL. */
export function textDialect(terms: string[]): Dialect {
  if (databaseProvider() === "postgresql") {
    // One phrase query per term, all required: phraseto_tsquery reads its text as words only, never as operators.
    const query = Prisma.sql`(${Prisma.join(
      terms.map((term) => Prisma.sql`phraseto_tsquery('simple', ${term})`),
      " && ",
    )})`;
    return {
      from: Prisma.sql`"Article" a`,
      match: Prisma.sql`a."searchVector" @@ ${query}`,
      // Ranked on the title and the lead (rankVector, 0010_search_rank_lead): small and kept in the row,
      // where ts_rank over the whole text read every match's TOASTed vector and, for phrases and
      // several words, compared every pair of positions. Normalisation 1 divides by the log of the length.
      rank: Prisma.sql`ts_rank(a."rankVector", ${query}, 1) DESC`,
    };
  }
  return {
    from: Prisma.sql`"ArticleSearch" JOIN "Article" a ON a.rowid = "ArticleSearch".rowid`,
    match: Prisma.sql`"ArticleSearch" MATCH ${fts5MatchExpression(terms)}`,
    rank: Prisma.sql`bm25("ArticleSearch", ${TITLE_WEIGHT}, 1.0)`,
  };
}
