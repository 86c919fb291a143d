import type Database from "better-sqlite3";
import type pg from "pg";

// Full-text search objects are written by hand in 0006_article_search and 0010_search_rank_lead (Prisma cannot describe them), so they are left out of the comparison.
const HAND_WRITTEN = {
  sqliteTablePrefix: "ArticleSearch",
  postgresColumns: ["searchVector", "rankVector"],
  postgresIndex: "Article_searchVector_idx",
};

/** Tables, columns, indexes and foreign keys of a SQLite database, in a form that compares with toEqual. */
export function describeSqliteSchema(db: Database.Database) {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY name",
    )
    .all() as { name: string }[];
  const ours = tables.filter(({ name }) => !name.startsWith(HAND_WRITTEN.sqliteTablePrefix));
  return ours.map(({ name }) => ({
    name,
    columns: db.prepare(`PRAGMA table_info("${name}")`).all(),
    indexes: (
      db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number }[]
    )
      .map((index) => ({
        ...index,
        columns: db.prepare(`PRAGMA index_info("${index.name}")`).all(),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    foreignKeys: db.prepare(`PRAGMA foreign_key_list("${name}")`).all(),
  }));
}

export async function describePostgresSchema(client: pg.Client) {
  const columns = await client.query(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name != '_prisma_migrations' ORDER BY table_name, column_name`,
  );
  const indexes = await client.query(
    `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY tablename, indexname`,
  );
  const constraints = await client.query(
    `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
     WHERE connamespace = 'public'::regnamespace ORDER BY table_name, conname`,
  );
  // data_type says only USER-DEFINED for an enum column: udt_name names the type, and this lists its values in order.
  const enums = await client.query(
    `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text AS labels FROM pg_type t
     JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`,
  );
  return {
    enums: enums.rows,
    columns: columns.rows.filter((row) => !HAND_WRITTEN.postgresColumns.includes(row.column_name)),
    indexes: indexes.rows.filter((row) => row.indexname !== HAND_WRITTEN.postgresIndex),
    constraints: constraints.rows,
  };
}
