import "server-only";
import { databaseProvider, getDb } from "@/lib/db";

export async function checkDatabase(): Promise<{ ok: boolean; database: "sqlite" | "postgresql" }> {
  const database = databaseProvider();
  try {
    const db = await getDb();
    await db.$queryRawUnsafe("SELECT 1");
    return { ok: true, database };
  } catch (error) {
    console.error("health check failed", error);
    return { ok: false, database };
  }
}
