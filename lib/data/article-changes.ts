import "server-only";
import { databaseProvider, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { announceChanges, CHANGE_CHANNEL, type PublishedChange } from "./change-bus";

type ChangeKind =
  | "create"
  | "update"
  | "delete"
  | "restore"
  | "review"
  | "reply"
  | "settle"
  | "import"
  | "revision";

/** One thing an open page of the article must hear about; annotationId null: the article itself. */
export type ArticleChange = { articleId: string; annotationId: string | null; kind: ChangeKind };

type Client = Db | Prisma.TransactionClient;

/** The first key of the advisory locks below: keeps them apart from any other use of advisory locks. */
const LOCK_SPACE = 0x66616374;

/**
 * The statements that log a transaction's changes, to run last in it. PostgreSQL hands out serial
 * numbers when rows are inserted, not when they commit: T1 could take 10, T2 11, T2 commit first,
 * and a reader that saw 11 would move past 10 for ever. So each writer first takes a
 * transaction-scoped advisory lock per article (in a fixed order, against deadlocks), held until
 * it commits: the next writer of that article takes its number only after this one is visible,
 * numbers are taken in commit order, and "seq > cursor" never skips a row. Taken last, it is held
 * only for the insert and the commit. The NOTIFY is transactional too: listeners hear of the change
 * once it is committed, never of one that rolled back. SQLite runs one writer at a time already.
 */
function changeStatements(
  client: Client,
  changes: readonly ArticleChange[],
): Prisma.PrismaPromise<unknown>[] {
  const json = JSON.stringify(changes);
  if (databaseProvider() !== "postgresql")
    return [
      client.$queryRaw`INSERT INTO "ArticleChange" ("articleId", "annotationId", "kind") SELECT json_extract(value, '$.articleId'), json_extract(value, '$.annotationId'), json_extract(value, '$.kind') FROM json_each(${json}) RETURNING "articleId", "seq"`,
    ];
  const articles = [...new Set(changes.map((c) => c.articleId))].sort();
  return [
    ...articles.map(
      (id) => client.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_SPACE}::int, hashtext(${id}))`,
    ),
    client.$queryRaw`WITH logged AS (INSERT INTO "ArticleChange" ("articleId", "annotationId", "kind") SELECT "articleId", "annotationId", "kind" FROM json_populate_recordset(NULL::"ArticleChange", ${json}::json) RETURNING "articleId", "seq"), newest AS (SELECT "articleId", max("seq") AS "seq" FROM logged GROUP BY "articleId") SELECT "articleId", "seq", pg_notify(${CHANGE_CHANNEL}, "articleId" || ':' || "seq")::text AS "sent" FROM newest`,
  ];
}

/** The newest number per article, from the rows the insert returned. */
function newest(rows: unknown): PublishedChange[] {
  const byArticle = new Map<string, number>();
  for (const { articleId, seq } of rows as { articleId: string; seq: number | bigint }[])
    byArticle.set(articleId, Math.max(byArticle.get(articleId) ?? 0, Number(seq)));
  return [...byArticle].map(([articleId, seq]) => ({ articleId, seq }));
}

/** Logs the changes inside a transaction, as its last statements; announce the result once it committed. */
export async function logChanges(
  tx: Prisma.TransactionClient,
  changes: readonly ArticleChange[],
): Promise<PublishedChange[]> {
  if (changes.length === 0) return [];
  let last: unknown = [];
  for (const statement of changeStatements(tx, changes)) last = await statement;
  return newest(last);
}

type TransactionOptions = { maxWait?: number; timeout?: number };

/**
 * An interactive transaction whose work says what it changed (`changed(...)`); the changes are
 * logged at its end and announced to open pages once it committed. Every write an open page must
 * see goes through here (or changeBatch).
 */
export async function changeTransaction<T>(
  db: Db,
  work: (
    tx: Prisma.TransactionClient,
    changed: (change: ArticleChange | readonly ArticleChange[]) => void,
  ) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  const { result, published } = await db.$transaction(async (tx) => {
    const changes: ArticleChange[] = [];
    const result = await work(tx, (more) => {
      // One by one: an import's tens of thousands would overflow a spread's arguments.
      for (const change of Array.isArray(more) ? more : [more]) changes.push(change);
    });
    return { result, published: await logChanges(tx, changes) };
  }, options);
  announceChanges(published);
  return result;
}

/** A batch transaction (a list of statements, as the group commit of new annotations writes) with its changes logged last. */
export async function changeBatch(
  db: Db,
  statements: Prisma.PrismaPromise<unknown>[],
  changes: readonly ArticleChange[],
): Promise<void> {
  if (changes.length === 0) {
    await db.$transaction(statements);
    return;
  }
  const results = await db.$transaction([...statements, ...changeStatements(db, changes)]);
  announceChanges(newest(results.at(-1)));
}
