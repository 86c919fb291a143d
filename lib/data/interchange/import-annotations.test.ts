import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { createArticle } from "@/lib/data/articles/articles";
import { importAnnotations, type ImportCandidate } from "@/lib/data/interchange/import-annotations";

const BODY =
  "The council approved a budget of 12 million dollars.\n\nCritics said parking fees would double by spring.";

const candidate = (exact: string, extra: Partial<ImportCandidate> = {}): ImportCandidate => ({
  status: "disputed",
  note: `About ${exact}`,
  sources: [],
  target: { exact, prefix: "", suffix: "" },
  ...extra,
});

async function setUp() {
  const reviewer = await createTestActor("reviewer");
  const article = await createArticle(
    reviewer,
    createArticleSchema.parse({ title: "Import target", body: BODY }),
  );
  return { reviewer, article };
}

describe("importing annotations", () => {
  it("places each by its quote, reports exact, fuzzy and orphaned, and keeps orphans", async () => {
    const { reviewer, article } = await setUp();
    const report = await importAnnotations(reviewer, article.id, [
      candidate("a budget of 12 million dollars"),
      candidate("Critics said parking fees would triple"),
      candidate("a sentence that is nowhere in this article at all"),
    ]);
    expect(report).toMatchObject({ imported: 3, exact: 1, fuzzy: 1, orphaned: 1 });
    const db = await getDb();
    const stored = await db.annotation.findMany({
      where: { articleId: article.id },
      orderBy: { createdAt: "asc" },
    });
    expect(stored.map((a) => a.exact)).toEqual([
      "a budget of 12 million dollars",
      "Critics said parking fees would double",
      "a sentence that is nowhere in this article at all",
    ]);
    expect(BODY.slice(stored[1]!.start, stored[1]!.end)).toBe(
      "Critics said parking fees would double",
    );
    expect(
      await db.auditEvent.count({ where: { articleId: article.id, action: "annotation.import" } }),
    ).toBe(3);
  });

  it("writes nothing when any one annotation cannot be stored (one transaction)", async () => {
    const { reviewer, article } = await setUp();
    const broken = candidate("parking fees", {
      sources: [{ url: null as unknown as string, title: "", quote: "" }],
    });
    await expect(
      importAnnotations(reviewer, article.id, [
        candidate("a budget of 12 million dollars"),
        candidate("Critics said"),
        broken,
      ]),
    ).rejects.toThrow();
    const db = await getDb();
    expect(await db.annotation.count({ where: { articleId: article.id } })).toBe(0);
    expect(
      await db.auditEvent.count({
        where: { articleId: article.id, action: { in: ["annotation.import", "article.import"] } },
      }),
    ).toBe(0);
  });

  it("is refused to viewers, with nothing written", async () => {
    const { article } = await setUp();
    const viewer = await createTestActor("viewer");
    await expect(
      importAnnotations(viewer, article.id, [candidate("Critics said")]),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const db = await getDb();
    expect(await db.annotation.count({ where: { articleId: article.id } })).toBe(0);
  });
});
