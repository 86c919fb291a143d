import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor } from "@/lib/testing/factories";
import { newArticleSchema, previewContentSchema } from "@/lib/validation/articles";
import { createArticle } from "@/lib/data/articles/articles";
import { previewArticleContent } from "@/lib/data/articles/preview-article";

const page = readFileSync(
  new URL("../../article-content/fixtures/news-page.html", import.meta.url),
  "utf8",
);
const preview = (actor: Awaited<ReturnType<typeof createTestActor>>, input: unknown) =>
  previewArticleContent(actor, previewContentSchema.parse(input));

describe("previewing a new article", () => {
  it("turns pasted HTML into Markdown that saves to the same text and structure, and writes nothing", async () => {
    const reviewer = await createTestActor("reviewer");
    const db = await getDb();
    const before = await db.article.count();
    const html = `<h1>Budget vote</h1><p>Officials cited <a href="https://council.example.gov/minutes">the minutes</a>.</p><script>steal()</script><ul><li>One ${reviewer.id}</li></ul>`;
    const result = await preview(reviewer, { format: "html", content: html });
    expect(result).toMatchObject({
      title: "Budget vote",
      format: "markdown",
      body: `Budget vote\n\nOfficials cited the minutes.\n\nOne ${reviewer.id}`,
      duplicates: [],
    });
    expect(result.content).toBe(
      `# Budget vote\n\nOfficials cited [the minutes](<https://council.example.gov/minutes>).\n\n- One ${reviewer.id}`,
    );
    expect(await db.article.count()).toBe(before);
    const saved = await createArticle(
      reviewer,
      newArticleSchema.parse({
        title: "Budget vote",
        format: result.format,
        content: result.content,
      }),
    );
    expect(saved.body).toBe(result.body);
    expect(saved.blocks).toEqual(result.blocks);
  });

  it("reads a saved web page's details and finds the article body in it", async () => {
    const reviewer = await createTestActor("reviewer");
    const result = await preview(reviewer, {
      format: "html",
      content: page,
      url: "https://courier.example.org/river",
    });
    expect(result).toMatchObject({
      title: expect.stringContaining("river"),
      author: expect.stringContaining("Ana Reyes"),
      outlet: expect.any(String),
      publishedAt: "2024-05-01T09:30:00.000Z",
    });
    expect(result.body).toContain("Work is expected to begin next spring");
    expect(result.body).not.toContain("By Ana Reyes and Tom Wills\n\nBy");
  });

  it("points out an article with the same URL or the same text, and refuses viewers and empty text", async () => {
    const reviewer = await createTestActor("reviewer");
    const url = `https://news.example.org/${reviewer.id}`;
    const text = `A unique story ${reviewer.id}.\n\nSecond paragraph.`;
    const existing = await createArticle(
      reviewer,
      newArticleSchema.parse({ title: "Existing", body: text, url }),
    );
    expect(
      (await preview(reviewer, { format: "text", content: "Something else entirely.", url }))
        .duplicates,
    ).toEqual([{ id: existing.id, title: "Existing" }]);
    expect((await preview(reviewer, { format: "markdown", content: text })).duplicates).toEqual([
      { id: existing.id, title: "Existing" },
    ]);
    await expect(
      preview(await createTestActor("viewer"), { format: "text", content: "x" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      preview(reviewer, { format: "html", content: "<p> </p><script>x()</script>" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
