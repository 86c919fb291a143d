// A revision's writes: all in one transaction, and a number of statements that does not grow with
// the article's annotations (each Prisma call costs about a millisecond of CPU, and a round trip).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";

const operations: { inTransaction: boolean; name: string }[] = [];
let transactions = 0;
let depth = 0;

vi.mock("@/lib/db", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/db")>();
  const counted = (await real.getDb()).$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        operations.push({ inTransaction: depth > 0, name: `${model ?? "$"}.${operation}` });
        return query(args);
      },
    },
  });
  const transaction = counted.$transaction.bind(counted) as (
    fn: (tx: unknown) => Promise<unknown>,
    options?: unknown,
  ) => Promise<unknown>;
  const db = new Proxy(counted, {
    get(target, key, receiver) {
      if (key !== "$transaction") return Reflect.get(target, key, receiver);
      return (fn: ((tx: unknown) => Promise<unknown>) | unknown[], options?: unknown) => {
        transactions += 1;
        // The batch form (annotation creates' group commit): a list of statements, no callback.
        if (Array.isArray(fn))
          return (
            counted.$transaction as (statements: unknown[], options?: unknown) => Promise<unknown>
          )(fn, options);
        return transaction(async (tx) => {
          depth += 1;
          try {
            return await fn(tx);
          } finally {
            depth -= 1;
          }
        }, options);
      };
    },
  });
  return { ...real, getDb: async () => db };
});

const { createAnnotation } = await import("@/lib/data/annotations/annotations");
const { createArticle } = await import("@/lib/data/articles/articles");
const { updateArticle } = await import("@/lib/data/articles/update-article");

const SENTENCES = Array.from(
  { length: 80 },
  (_, i) => `Claim number ${i} says the council spent ${i * 3} million on item ${i}.`,
);

/** An article annotated `count` times by another reviewer, then revised by an editor: a word in every fourth claim changed, one paragraph moved. */
async function revise(count: number) {
  const author = await createTestActor("reviewer");
  const editor = await createTestActor("editor");
  const paragraphs = [0, 1, 2, 3].map((p) => SENTENCES.slice(p * 20, p * 20 + 20).join(" "));
  const body = paragraphs.join("\n\n");
  const article = await createArticle(
    author,
    createArticleSchema.parse({ title: "Spending", body }),
  );
  for (let i = 0; i < count; i += 1) {
    const exact = `spent ${i * 3} million on item ${i}`;
    const start = body.indexOf(exact);
    await createAnnotation(author, article.id, {
      status: "disputed",
      note: "",
      sources: [],
      target: { start, end: start + exact.length, exact, prefix: "", suffix: "" },
    });
  }
  const edited = paragraphs.map((p) =>
    p.replace(/spent (\d*[05]) million/g, "spent about $1 million"),
  );
  const revised = [edited[0], edited[2], edited[1], edited[3]].join("\n\n");
  operations.length = 0;
  transactions = 0;
  const result = await updateArticle(editor, article.id, { version: 1, body: revised });
  return { result, operations: [...operations], transactions };
}

const isWrite = (name: string) =>
  /\.(create|createMany|update|updateMany|upsert|delete|deleteMany|\$executeRaw|\$executeRawUnsafe)/.test(
    name,
  );

describe("the writes of a revision", () => {
  beforeEach(() => {
    operations.length = 0;
  });

  it("happen in one transaction, in as many statements for 60 annotations as for 6", async () => {
    const few = await revise(6);
    const many = await revise(60);
    for (const run of [few, many]) {
      expect(run.transactions).toBe(1);
      expect(run.operations.filter((o) => isWrite(o.name) && !o.inTransaction)).toEqual([]);
      const { exact, moved, changed, orphaned } = run.result.reanchoring!;
      expect(changed.length).toBeGreaterThan(0);
      expect(exact.length + moved.length + changed.length + orphaned.length).toBe(
        run === few ? 6 : 60,
      );
    }
    const inside = (run: typeof few) =>
      run.operations.filter((o) => o.inTransaction).map((o) => o.name);
    expect(inside(many)).toEqual(inside(few));
    expect(inside(many).filter((name) => name === "$.$executeRaw").length).toBeGreaterThanOrEqual(
      4,
    );
    expect(inside(many).length).toBeLessThanOrEqual(12);
  });
});
