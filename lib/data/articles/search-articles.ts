import "server-only";
import { databaseProvider, getDb } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { canSeeArchived, type Actor } from "@/lib/permissions/roles";
import { searchSnippet, type SnippetPart } from "@/lib/text/search-snippet";
import { searchTerms } from "@/lib/text/search-terms";
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type ArchivedScope,
  type ArticleSort,
} from "@/lib/validation/article-search";
import type { ArticleSummary, StatusCounts } from "@/lib/contracts/article";
import { countByStatus, emptyCounts, toSummary } from "@/lib/data/articles/article-summary";
import { textDialect } from "@/lib/data/articles/search-dialect";

export type ArticleSearchOptions = {
  q?: string;
  outlet?: string;
  addedBy?: string;
  /** true: only articles with a live disputed annotation; false: only those without; unset: either. */
  hasDisputed?: boolean;
  stealthEdited?: boolean;
  /** Editors and admins only, for anything but "live". */
  archived?: ArchivedScope;
  /** Default: relevance with a query, newest without; relevance without a query means newest. */
  sort?: ArticleSort;
  page?: number;
  pageSize?: number;
};

/** The words around the first matches in the body, for results of a text query; null otherwise. */
type ArticleSearchHit = ArticleSummary & { snippet: SnippetPart[] | null };

export type ArticleSearchResult = {
  articles: ArticleSearchHit[];
  total: number;
  page: number;
  pageSize: number;
};

/**
 * The library's list: full-text search over titles and bodies, filters, sort and pages, in one
 * query per answer whichever database runs it. Reviewers and viewers only ever see live articles.
 */
export async function searchArticles(
  actor: Actor,
  options: ArticleSearchOptions = {},
): Promise<ArticleSearchResult> {
  const archived = options.archived ?? "live";
  if (archived !== "live" && !canSeeArchived(actor))
    throw forbidden("Only editors and admins can list archived articles");
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const pageSize = Math.min(
    MAX_PAGE_SIZE,
    Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE)),
  );
  const terms = searchTerms(options.q ?? "");
  const db = await getDb();
  const dialect = terms.length
    ? textDialect(terms)
    : { from: Prisma.sql`"Article" a`, match: null, rank: null };

  const conditions = [
    ...(dialect.match ? [dialect.match] : []),
    ...filterConditions({ ...options, archived }),
  ];
  const where = conditions.length
    ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`
    : Prisma.empty;
  const sort = options.sort ?? (terms.length ? "relevance" : "newest");

  const order = Prisma.sql`ORDER BY ${orderBy(sort, dialect.rank)} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const { ids, total } = await pageOfIds(dialect.from, where, order, page, dialect.match !== null);
  const [rows, counts] = await Promise.all([
    // The body only when a snippet is to be cut from it.
    ids.length
      ? db.article.findMany({
          where: { id: { in: ids } },
          omit: { body: terms.length === 0, content: true, archivedHtml: true },
        })
      : [],
    ids.length ? countByStatus(ids) : new Map<string, StatusCounts>(),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const articles = ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return []; // deleted between the two reads
    const snippet = terms.length && "body" in row ? searchSnippet(row.body, terms) : null;
    return [{ ...toSummary(row, counts.get(id) ?? emptyCounts()), snippet }];
  });
  return { articles, total, page, pageSize };
}

/** The page's ids, in order, and how many articles match in all. */
async function pageOfIds(
  from: Prisma.Sql,
  where: Prisma.Sql,
  order: Prisma.Sql,
  page: number,
  hasText: boolean,
): Promise<{ ids: string[]; total: number }> {
  const db = await getDb();
  const countSql = Prisma.sql`SELECT COUNT(*) AS total FROM ${from} ${where}`;
  if (databaseProvider() === "postgresql") {
    // The total rides on the page's rows (a window over the same matches): a second scan would read
    // every match's TOASTed vector again. A page past the end has no row to carry it and counts apart.
    const rows = await withTextIndex(
      hasText,
      db.$queryRaw<
        { id: string; total: bigint | number }[]
      >`SELECT a."id" AS id, COUNT(*) OVER () AS total FROM ${from} ${where} ${order}`,
    );
    const total =
      rows.length || page === 1
        ? Number(rows[0]?.total ?? 0)
        : Number(
            (await withTextIndex(hasText, db.$queryRaw<{ total: bigint | number }[]>(countSql)))[0]
              ?.total ?? 0,
          );
    return { ids: rows.map((row) => row.id), total };
  }
  // SQLite refuses bm25() beside a window function, and its FTS5 index counts matches cheaply.
  const [rows, counted] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`SELECT a."id" AS id FROM ${from} ${where} ${order}`,
    db.$queryRaw<{ total: bigint | number }[]>(countSql),
  ]);
  return { ids: rows.map((row) => row.id), total: Number(counted[0]?.total ?? 0) };
}

/**
 * Finds text matches through bitmap scans (the GIN index, AND-ed with a filter's index where that
 * is narrower) even for words in nearly every article. The planner prices a sequential scan, or an
 * index scan in date order, by the table's few pages and does not count reading each row's TOASTed
 * vector (about four chunk reads) to test it: for common words it chose those, 2 to 3 times slower
 * than the GIN index, which answers words without reading any vector (phrases are rechecked on the
 * articles that have all their words). Scoped to this one query's transaction.
 */
async function withTextIndex<T>(hasText: boolean, query: Prisma.PrismaPromise<T>): Promise<T> {
  if (!hasText) return query;
  const db = await getDb();
  // One statement for both settings: each round trip counts on a busy machine.
  const [, result] = await db.$transaction([
    db.$queryRaw`SELECT set_config('enable_seqscan', 'off', true) AS seq, set_config('enable_indexscan', 'off', true) AS idx`,
    query,
  ]);
  return result;
}

function filterConditions(
  options: ArticleSearchOptions & { archived: ArchivedScope },
): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (options.archived === "live") conditions.push(Prisma.sql`a."archivedAt" IS NULL`);
  if (options.archived === "archived") conditions.push(Prisma.sql`a."archivedAt" IS NOT NULL`);
  if (options.outlet !== undefined) conditions.push(Prisma.sql`a."outlet" = ${options.outlet}`);
  if (options.addedBy !== undefined)
    conditions.push(Prisma.sql`a."createdById" = ${options.addedBy}`);
  if (options.stealthEdited !== undefined)
    conditions.push(
      options.stealthEdited
        ? Prisma.sql`a."stealthEditAt" IS NOT NULL`
        : Prisma.sql`a."stealthEditAt" IS NULL`,
    );
  if (options.hasDisputed !== undefined) {
    const disputed = Prisma.sql`EXISTS (SELECT 1 FROM "Annotation" n WHERE n."articleId" = a."id" AND n."status" = 'disputed' AND n."deletedAt" IS NULL)`;
    conditions.push(options.hasDisputed ? disputed : Prisma.sql`NOT ${disputed}`);
  }
  return conditions;
}

/** Every order ends on the id, so that pages never repeat or skip an article that ties. */
function orderBy(sort: ArticleSort, rank: Prisma.Sql | null): Prisma.Sql {
  switch (sort) {
    case "relevance":
      // No createdAt tie-break here: on SQLite the columns after the body sit in its overflow pages,
      // and reading them for every match tripled the time of a query that matches most articles.
      return rank ? Prisma.sql`${rank}, a."id"` : Prisma.sql`a."createdAt" DESC, a."id"`;
    case "oldest":
      return Prisma.sql`a."createdAt" ASC, a."id"`;
    case "title":
      return Prisma.sql`lower(a."title") ASC, a."id"`;
    case "most_disputed":
      return Prisma.sql`(SELECT COUNT(*) FROM "Annotation" n WHERE n."articleId" = a."id" AND n."status" = 'disputed' AND n."deletedAt" IS NULL) DESC, a."createdAt" DESC, a."id"`;
    case "newest":
      return Prisma.sql`a."createdAt" DESC, a."id"`;
  }
}
