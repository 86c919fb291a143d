import "server-only";
import { randomUUID } from "node:crypto";
import type { AuditAction } from "@/lib/audit/audit-actions";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SourceInput } from "@/lib/validation/annotations";
import type { AnnotationRow } from "@/lib/data/annotations/annotation-view";
import { changeBatch } from "@/lib/data/article-changes";
import { groupCommitter } from "@/lib/data/group-commit";

/** A new annotation with everything its rows need; ids and times are made here, not by the database. */
export type NewAnnotation = Pick<
  AnnotationRow,
  | "id"
  | "articleId"
  | "authorId"
  | "status"
  | "note"
  | "start"
  | "end"
  | "exact"
  | "prefix"
  | "suffix"
  | "createdAt"
> & {
  articleVersion: number;
  sources: SourceInput[];
  /** Its audit event: JSON of what was created. */
  audit: { id: string; after: string };
};

export const newAnnotationId = () => randomUUID();
export const newAuditId = () => randomUUID();

/**
 * The INSERTs of a batch of new annotations, their sources and their audit events, as raw SQL:
 * Prisma 6.19 compiles every typed query in WASM, about 0.4 ms per row for a createMany, while a
 * raw statement skips the compiler (a 50-row batch costs about as much as one typed create).
 * Columns with a default in the schema (reviewState, version, contentVersion, settlementImported)
 * take it from the database; the times are written as Prisma writes them.
 */
function insertStatements(db: Db, rows: NewAnnotation[]) {
  const statements = [
    db.$executeRaw`INSERT INTO "Annotation" ("id", "articleId", "authorId", "status", "note", "start", "end", "exact", "prefix", "suffix", "articleVersion", "createdAt", "updatedAt") VALUES ${Prisma.join(
      rows.map(
        (a) =>
          Prisma.sql`(${a.id}, ${a.articleId}, ${a.authorId}, ${a.status}, ${a.note}, ${a.start}, ${a.end}, ${a.exact}, ${a.prefix}, ${a.suffix}, ${a.articleVersion}, ${a.createdAt}, ${a.createdAt})`,
      ),
    )}`,
  ];
  const sources = rows.flatMap((a) =>
    a.sources.map(
      (s, position) =>
        Prisma.sql`(${randomUUID()}, ${a.id}, ${position}, ${s.url}, ${s.title}, ${s.quote}, ${s.accessedAt})`,
    ),
  );
  if (sources.length > 0)
    statements.push(
      db.$executeRaw`INSERT INTO "Source" ("id", "annotationId", "position", "url", "title", "quote", "accessedAt") VALUES ${Prisma.join(sources)}`,
    );
  statements.push(
    db.$executeRaw`INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "articleId", "before", "after", "createdAt") VALUES ${Prisma.join(
      rows.map(
        (a) =>
          Prisma.sql`(${a.audit.id}, ${a.authorId}, ${"annotation.create" satisfies AuditAction}, ${"annotation"}, ${a.id}, ${a.articleId}, ${null}, ${a.audit.after}, ${a.createdAt})`,
      ),
    )}`,
  );
  return statements;
}

/** Writes the annotations, their sources, audit events and change log in one transaction: all of them or none. */
async function insertAnnotations(db: Db, rows: NewAnnotation[]): Promise<void> {
  if (rows.length === 0) return;
  await changeBatch(
    db,
    insertStatements(db, rows),
    rows.map((a) => ({ articleId: a.articleId, annotationId: a.id, kind: "create" as const })),
  );
}

/**
 * Well under SQLite's and PostgreSQL's limits on bound parameters (32,766 and 65,535): a batch
 * binds 13 per annotation, 7 per source (at most 20 each) and 9 per audit event.
 */
const MAX_BATCH = 64;

/** One per process: concurrent creates are committed together (see group-commit.ts). */
export function annotationWriter(getDb: () => Promise<Db>) {
  return groupCommitter<NewAnnotation>(async (rows) => insertAnnotations(await getDb(), rows), {
    maxBatch: MAX_BATCH,
  });
}
