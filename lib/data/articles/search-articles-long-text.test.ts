import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { createArticle } from "@/lib/data/articles/articles";
import { searchArticles } from "@/lib/data/articles/search-articles";

// PostgreSQL ranks on the title and the first 1,000 characters only (0010_search_rank_lead): what
// is found, counted and paged must still come from the whole text, on both databases.
const word = () => `w${randomUUID().replaceAll("-", "").slice(0, 12)}`;

const filler = (words: number) =>
  Array.from({ length: words }, (_, i) => `filler${i % 50}`).join(" ");

describe("searchArticles over long texts", () => {
  it("finds words and phrases far past the lead, ranks a title match first, and counts every match on every page", async () => {
    const reviewer = await createTestActor("reviewer");
    const tag = word();
    const add = (title: string, body: string) =>
      createArticle(reviewer, createArticleSchema.parse({ title, body }));
    const deep = await add(
      "Deep",
      `${filler(600)}\n\n${filler(400)} ${tag} said the harbour master loudly.`,
    );
    const lead = await add("Lead", `${tag} opened the story. ${filler(800)}`);
    const inTitle = await add(`A ${tag} headline`, filler(800));

    const all = await searchArticles(reviewer, { q: tag });
    expect(all.total).toBe(3);
    expect(all.articles[0]!.id).toBe(inTitle.id);
    expect(new Set(all.articles.map((a) => a.id))).toEqual(new Set([deep.id, lead.id, inTitle.id]));
    expect(all.articles.find((a) => a.id === deep.id)!.snippet!.some((part) => part.match)).toBe(
      true,
    );

    expect(
      (await searchArticles(reviewer, { q: `${tag} "harbour master loudly"` })).articles.map(
        (a) => a.id,
      ),
    ).toEqual([deep.id]);
    expect((await searchArticles(reviewer, { q: `${tag} "master harbour"` })).total).toBe(0);

    const pages = await Promise.all(
      [1, 2, 3].map((page) => searchArticles(reviewer, { q: tag, page, pageSize: 2 })),
    );
    expect(pages.map((p) => [p.articles.length, p.total])).toEqual([
      [2, 3],
      [1, 3],
      [0, 3],
    ]);
    expect(new Set(pages.flatMap((p) => p.articles.map((a) => a.id)))).toEqual(
      new Set([deep.id, lead.id, inTitle.id]),
    );
  });
});
