import "server-only";
import { databaseProvider } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** Tables written in bulk; their names and columns are constants of the callers, never user input. */
type BulkTable =
  "Annotation" | "Source" | "Review" | "Reply" | "AuditEvent" | "AnnotationAnchor" | "Notification";
/** Booleans travel as JSON true/false: PostgreSQL reads them as boolean, SQLite's json_extract as 1/0 (how it stores them). */
type Cell = string | number | boolean | Date | null;

/** Rows per statement: each is one JSON parameter, so this only bounds the size of one statement's work. */
const ROWS_PER_STATEMENT = 1000;

/**
 * How @prisma/adapter-better-sqlite3 writes a DateTime (its default `timestampFormat`, iso8601),
 * so rows written here read back and sort like rows Prisma wrote.
 */
const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

function statement(table: BulkTable, columns: readonly string[], json: string): Prisma.Sql {
  const names = columns.map((c) => `"${c}"`).join(", ");
  if (databaseProvider() === "postgresql") {
    return Prisma.sql`INSERT INTO ${Prisma.raw(`"${table}" (${names}) SELECT ${names} FROM json_populate_recordset(NULL::"${table}", `)}${json}::json)`;
  }
  const values = columns.map((c) => `json_extract(value, '$.${c}')`).join(", ");
  return Prisma.sql`INSERT INTO ${Prisma.raw(`"${table}" (${names}) SELECT ${values} FROM json_each(`)}${json})`;
}

/**
 * Inserts complete rows (ids, timestamps and defaults filled in by the caller), a thousand per
 * statement passed as one JSON parameter. Prisma's createMany spends about 1.5 ms of CPU per row
 * building its query, and raw multi-row VALUES about 25 µs per bound value: for an import of
 * 10,000 annotations with their sources and trail that was 30 s, or 6 s, with the event loop
 * held throughout on SQLite (its driver is synchronous); one JSON parameter per statement is
 * about half of that again, most of it SQLite's own inserting.
 */
export async function insertRows<Row extends Record<string, Cell>>(
  tx: Prisma.TransactionClient,
  table: BulkTable,
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
): Promise<void> {
  const postgres = databaseProvider() === "postgresql";
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const slice = rows.slice(i, i + ROWS_PER_STATEMENT).map((row) =>
      Object.fromEntries(
        columns.map((c) => {
          const cell = row[c] ?? null;
          return [c, cell instanceof Date && !postgres ? sqliteDate(cell) : cell];
        }),
      ),
    );
    await tx.$executeRaw(statement(table, columns, JSON.stringify(slice)));
  }
}

function updateStatement(table: BulkTable, columns: readonly string[], json: string): Prisma.Sql {
  if (databaseProvider() === "postgresql") {
    const sets = columns.map((c) => `"${c}" = r."${c}"`).join(", ");
    return Prisma.sql`UPDATE ${Prisma.raw(`"${table}" AS t SET ${sets} FROM json_populate_recordset(NULL::"${table}", `)}${json}${Prisma.raw(`::json) AS r WHERE t."id" = r."id"`)}`;
  }
  const sets = columns.map((c) => `"${c}" = json_extract(r.value, '$.${c}')`).join(", ");
  return Prisma.sql`UPDATE ${Prisma.raw(`"${table}" SET ${sets} FROM json_each(`)}${json}${Prisma.raw(`) AS r WHERE "${table}"."id" = json_extract(r.value, '$.id')`)}`;
}

/** Sets `columns` of the rows with these ids, a thousand per statement as one JSON parameter (see insertRows for why). */
export async function updateRows<Row extends { id: string } & Record<string, Cell>>(
  tx: Prisma.TransactionClient,
  table: BulkTable,
  columns: readonly (Exclude<keyof Row, "id"> & string)[],
  rows: readonly Row[],
): Promise<void> {
  const postgres = databaseProvider() === "postgresql";
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const slice = rows.slice(i, i + ROWS_PER_STATEMENT).map((row) =>
      Object.fromEntries(
        ["id", ...columns].map((c) => {
          const cell = row[c] ?? null;
          return [c, cell instanceof Date && !postgres ? sqliteDate(cell) : cell];
        }),
      ),
    );
    await tx.$executeRaw(updateStatement(table, columns, JSON.stringify(slice)));
  }
}
