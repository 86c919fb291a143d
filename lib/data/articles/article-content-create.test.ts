import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor } from "@/lib/testing/factories";
import { MAX_ARTICLE_BODY_CHARS, newArticleSchema } from "@/lib/validation/articles";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { bodyHash, createArticle, getArticle } from "@/lib/data/articles/articles";
import { updateArticle } from "@/lib/data/articles/update-article";

const HOSTILE_HTML = [
  `<h1>Budget report</h1>`,
  `<p>Officials said the <a href="https://council.example.gov/minutes" onclick="steal()">published minutes</a> show a surplus.</p>`,
  `<blockquote><p>We will not raise parking fees.</p></blockquote>`,
  `<script>steal()</script><iframe src="https://evil.example/"></iframe><style>p{display:none}</style>`,
  `<p><a href="javascript:steal()">bad link</a> and <img src=x onerror="steal()"> an <svg><script>steal()</script></svg>end.</p>`,
].join("");

describe("articles added as content of a format", () => {
  it("keep the structure and links as blocks whose canonical text is the body, and nothing that could run", async () => {
    const reviewer = await createTestActor("reviewer");
    const input = newArticleSchema.parse({
      title: "Budget",
      format: "html",
      content: HOSTILE_HTML,
    });
    const article = await createArticle(reviewer, input);
    expect(article.body).toBe(
      "Budget report\n\nOfficials said the published minutes show a surplus.\n\nWe will not raise parking fees.\n\nbad link and an end.",
    );
    const read = await getArticle(reviewer, article.id);
    expect(read.blocks).toEqual(article.blocks);
    expect(read.blocks?.[0]).toMatchObject({ type: "heading", level: 2 });
    expect(read.blocks?.[1]).toMatchObject({
      type: "paragraph",
      inlines: [
        { text: "Officials said the " },
        { text: "published minutes", href: "https://council.example.gov/minutes" },
        { text: " show a surplus." },
      ],
    });
    expect(read.blocks?.[2]).toMatchObject({ type: "quote" });
    const stored = JSON.stringify(read.blocks);
    for (const bad of ["steal", "javascript:", "onclick", "iframe", "display:none"])
      expect(stored).not.toContain(bad);

    const db = await getDb();
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row).toMatchObject({ sourceFormat: "html", contentHash: bodyHash(article.body) });
    const revision = await db.articleRevision.findFirstOrThrow({
      where: { articleId: article.id },
    });
    expect(revision).toMatchObject({ source: "create", content: row.content, body: row.body });

    // Offsets count in the canonical text, across inline boundaries.
    const exact = "said the published minutes show";
    const start = article.body.indexOf(exact);
    const annotation = await createAnnotation(reviewer, article.id, {
      status: "disputed",
      note: "",
      sources: [],
      target: { start, end: start + exact.length, exact, prefix: "", suffix: "" },
    });
    expect(annotation.target.exact).toBe(exact);

    // A plain-text revision drops the structure it no longer matches and re-fingerprints the text.
    const { article: revised } = await updateArticle(reviewer, article.id, {
      version: 1,
      body: "New plain text.",
    });
    expect(revised.blocks).toBeNull();
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      content: null,
      sourceFormat: "text",
      contentHash: bodyHash("New plain text."),
    });
  });

  it("converts Markdown and plain text, and refuses empty content with nothing written", async () => {
    const reviewer = await createTestActor("reviewer");
    const markdown = await createArticle(
      reviewer,
      newArticleSchema.parse({
        title: "Md",
        format: "markdown",
        content:
          "# Head\n\nSee [the data](https://data.example.org/).\n\n> A quote\n\n- one\n- two",
      }),
    );
    expect(markdown.body).toBe("Head\n\nSee the data.\n\nA quote\n\none\n\ntwo");
    expect(markdown.blocks?.map((b) => b.type)).toEqual(["heading", "paragraph", "quote", "list"]);
    const text = await createArticle(
      reviewer,
      newArticleSchema.parse({
        title: "Txt",
        format: "text",
        content: "One  line\nwrapped.\n\nTwo.",
      }),
    );
    expect(text.body).toBe("One line wrapped.\n\nTwo.");

    const db = await getDb();
    const title = `Empty ${reviewer.id}`;
    await expect(
      createArticle(
        reviewer,
        newArticleSchema.parse({ title, format: "html", content: "<script>x()</script><p>  </p>" }),
      ),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.article.count({ where: { title } })).toBe(0);
    expect(newArticleSchema.safeParse({ title, format: "pdf", content: "x" }).success).toBe(false);
    expect(
      newArticleSchema.safeParse({ title, format: "text", content: "x", body: "y" }).success,
    ).toBe(false);
    // Each shape names its own missing field, not a bare "Invalid input".
    const noTitle = newArticleSchema.safeParse({ body: "text" });
    expect(noTitle.success ? {} : noTitle.error.flatten().fieldErrors).toHaveProperty("title");
    const noContent = newArticleSchema.safeParse({ title, format: "markdown" });
    expect(noContent.success ? {} : noContent.error.flatten().fieldErrors).toHaveProperty(
      "content",
    );
  });

  it("refuses a text over the size limit as too large, on creation and revision, with nothing written", async () => {
    const reviewer = await createTestActor("reviewer");
    const title = `Huge ${reviewer.id}`;
    const huge = "word ".repeat(MAX_ARTICLE_BODY_CHARS / 5 + 10);
    await expect(
      createArticle(reviewer, newArticleSchema.parse({ title, body: huge })),
    ).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    const db = await getDb();
    expect(await db.article.count({ where: { title } })).toBe(0);
    const small = await createArticle(
      reviewer,
      newArticleSchema.parse({ title: `Small ${reviewer.id}`, body: "Short." }),
    );
    await expect(
      updateArticle(reviewer, small.id, { version: small.version, body: huge }),
    ).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect((await getArticle(reviewer, small.id)).body).toBe("Short.");
  });
});
