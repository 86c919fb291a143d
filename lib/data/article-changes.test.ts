import { describe, expect, it } from "vitest";
import { databaseProvider, getDb } from "@/lib/db";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { listAnnotationChanges } from "@/lib/data/annotations/annotation-changes";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import { logChanges } from "./article-changes";
import { parseChangePayload, subscribeToChanges } from "./change-bus";
import { updateAnnotation } from "@/lib/data/annotations/update-annotation";

const settle = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise.then(() => "done"),
    new Promise((r) => setTimeout(() => r("waiting"), ms)),
  ]);

async function annotatedArticle(title: string) {
  const author = await createTestActor("reviewer");
  const article = await createArticle(
    author,
    createArticleSchema.parse({ title, body: "A claim worth checking, and another one." }),
  );
  const annotation = (start: number, exact: string) =>
    createAnnotation(author, article.id, {
      status: "disputed",
      note: exact,
      sources: [],
      target: { start, end: start + exact.length, exact, prefix: "", suffix: "" },
    });
  return {
    author,
    article,
    first: await annotation(2, "claim"),
    second: await annotation(36, "one"),
  };
}

describe("the change log's order", () => {
  // On SQLite one transaction runs at a time: the second cannot start before the first commits.
  it.runIf(databaseProvider() === "postgresql")(
    "never lets a reader skip a change whose transaction took its number first but committed last",
    async () => {
      const { author, article, first, second } = await annotatedArticle("Commit order");
      const db = await getDb();
      const { cursor: start } = await listAnnotationChanges(author, article.id, 0);

      let logged!: () => void;
      let release!: () => void;
      const t1Logged = new Promise<void>((r) => (logged = r));
      const t1Released = new Promise<void>((r) => (release = r));
      const t1 = db.$transaction(async (tx) => {
        await logChanges(tx, [{ articleId: article.id, annotationId: first.id, kind: "update" }]);
        logged();
        await t1Released;
      });
      await t1Logged;
      // T2 starts after T1 took its number and would commit first, with the larger number.
      const t2 = db.$transaction((tx) =>
        logChanges(tx, [{ articleId: article.id, annotationId: second.id, kind: "update" }]),
      );
      // Time for T2 to commit, were it not waiting for T1 (it is, on the advisory lock).
      await settle(t2, 300);
      const meanwhile = await listAnnotationChanges(author, article.id, Number(start));
      release();
      await Promise.all([t1, t2]);
      const rest = await listAnnotationChanges(author, article.id, Number(meanwhile.cursor));
      const seen = [...meanwhile.annotations, ...rest.annotations].map((a) => a.id);
      expect(seen).toContain(first.id);
      expect(seen).toContain(second.id);
    },
  );

  it("tells this process's subscribers of a committed change, with its seq", async () => {
    const { author, article, first } = await annotatedArticle("Subscribers");
    const heard: (number | null)[] = [];
    const unsubscribe = subscribeToChanges(article.id, (seq) => heard.push(seq));
    try {
      // On PostgreSQL the listening connection may still be connecting: it reports null when ready.
      await expect.poll(() => databaseProvider() === "sqlite" || heard.includes(null)).toBe(true);
      await updateAnnotation(author, first.id, { note: "Changed.", version: first.version });
      const { cursor } = await listAnnotationChanges(author, article.id, 0);
      await expect.poll(() => heard.at(-1), { timeout: 5000 }).toBe(Number(cursor));
    } finally {
      unsubscribe();
    }
  });

  it("reads the notification payload", () => {
    expect(parseChangePayload("abc-123:42")).toEqual({ articleId: "abc-123", seq: 42 });
    expect(parseChangePayload("abc")).toBeNull();
    expect(parseChangePayload(":1")).toBeNull();
    expect(parseChangePayload("abc:x")).toBeNull();
    expect(parseChangePayload(undefined)).toBeNull();
  });
});
