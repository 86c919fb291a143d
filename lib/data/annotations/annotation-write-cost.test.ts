// Each typed Prisma operation costs about a millisecond of CPU here (the query compiler runs per
// call; a raw one about a fifth of that), so the hot paths have an operation budget: these tests
// list the operations they may make.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";

const operations: string[] = [];

vi.mock("@/lib/db", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/db")>();
  const counted = (await real.getDb()).$extends({
    query: {
      // Raw queries too: they skip the query compiler but still cost a call.
      async $allOperations({ model, operation, args, query }) {
        operations.push(model ? `${model}.${operation}` : operation);
        return query(args);
      },
    },
  });
  return { ...real, getDb: async () => counted };
});

const { databaseProvider } = await import("@/lib/db");
const { createAnnotation, getAnnotation } = await import("@/lib/data/annotations/annotations");
const { createArticle } = await import("@/lib/data/articles/articles");
const { createApiToken, findActorByApiToken } = await import("@/lib/data/people/api-tokens");

async function annotatedArticle() {
  const author = await createTestActor("reviewer");
  const article = await createArticle(
    author,
    createArticleSchema.parse({ title: "Budget", body: "One claim here.\n\nAnother claim there." }),
  );
  const target = { start: 4, end: 14, exact: "claim here", prefix: "", suffix: "" };
  const first = await createAnnotation(author, article.id, {
    status: "disputed",
    note: "",
    sources: [],
    target,
  });
  return { author, article, target, first };
}

describe("operations per request", () => {
  beforeEach(() => {
    operations.length = 0;
  });

  it("an annotation create reads the article's version (raw) and writes the annotation, its sources and its audit event as raw inserts, nothing more", async () => {
    const { author, article, target } = await annotatedArticle();
    operations.length = 0;
    await createAnnotation(author, article.id, {
      status: "sourced",
      note: "n",
      sources: [{ url: "https://a.example", title: "", quote: "", accessedAt: null }],
      target,
    });
    // No count of the article's annotations (a scan growing with every write), no re-read of the new
    // row; then its change is logged (on PostgreSQL under the article's advisory lock, see article-changes.ts).
    const logged =
      databaseProvider() === "postgresql" ? ["$executeRaw", "$queryRaw"] : ["$queryRaw"];
    expect(operations).toEqual([
      "$queryRaw",
      "$executeRaw",
      "$executeRaw",
      "$executeRaw",
      ...logged,
    ]);
  });

  it("reading one annotation checks access without counting the article's annotations", async () => {
    const { author, first } = await annotatedArticle();
    operations.length = 0;
    await getAnnotation(author, first.id);
    // Its replies are counted for it alone: Prisma's `_count` include counted every reply in the database.
    expect(operations).toEqual([
      "Annotation.findFirst",
      "$queryRaw",
      "Annotation.findUniqueOrThrow",
      "Reply.groupBy",
    ]);
  });

  it("a token that was used a moment ago authenticates with one raw read and no write", async () => {
    const owner = await createTestActor("reviewer");
    const { token } = await createApiToken(owner, "budget");
    await findActorByApiToken(token);
    operations.length = 0;
    expect((await findActorByApiToken(token))?.id).toBe(owner.id);
    expect(operations).toEqual(["$queryRaw"]);
  });
});
