import "server-only";
import { databaseProvider } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Called first in every transaction that reads an annotation and then writes it or what hangs on
 * it (reviews, settlement, replies), so that simultaneous requests on one annotation queue and
 * each reads what the one before it committed: two agreements see each other, the loser of an
 * edit sees the winner's version. PostgreSQL: a row lock held until the transaction ends; NO KEY
 * UPDATE is the lock an UPDATE takes anyway, so it queues the writers without blocking inserts
 * elsewhere that only reference the annotation. SQLite: the adapter already runs one transaction
 * at a time per process; a no-op write takes the database's write lock before the first read, so
 * another process writing in between makes this one wait rather than fail with SQLITE_BUSY_SNAPSHOT.
 */
export async function lockAnnotation(tx: Prisma.TransactionClient, id: string): Promise<void> {
  if (databaseProvider() === "postgresql") {
    await tx.$queryRaw`SELECT "id" FROM "Annotation" WHERE "id" = ${id} FOR NO KEY UPDATE`;
    return;
  }
  await tx.$executeRaw`UPDATE "Annotation" SET "version" = "version" WHERE 0`;
}
