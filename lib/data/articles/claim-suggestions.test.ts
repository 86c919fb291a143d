import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import { listClaimSuggestions } from "@/lib/data/articles/claim-suggestions";

const BODY = [
  "Council notes",
  "The council approved a budget of 12 million dollars on Monday, officials said.",
  "The weather was pleasant and people walked in the park.",
  "According to two people familiar with the talks, the vote was delayed twice.",
].join("\n\n");

describe("claim suggestions", () => {
  it("are the check-worthy sentences with their offsets and reasons, for any member who may read the article", async () => {
    const reviewer = await createTestActor("reviewer");
    const viewer = await createTestActor("viewer");
    const article = await createArticle(
      reviewer,
      createArticleSchema.parse({ title: "Claims", body: BODY }),
    );
    const { version, suggestions } = await listClaimSuggestions(viewer, article.id);
    expect(version).toBe(article.version);
    expect(suggestions.map((s) => article.body.slice(s.start, s.end))).toEqual([
      "The council approved a budget of 12 million dollars on Monday, officials said.",
      "According to two people familiar with the talks, the vote was delayed twice.",
    ]);
    for (const s of suggestions) {
      expect(Object.keys(s).sort()).toEqual(["end", "reasons", "start"]);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
    expect(suggestions[1]!.reasons).toContain("anonymous sourcing");
  });

  it("leave out a sentence a placed annotation overlaps, and bring it back when the annotation goes or is orphaned", async () => {
    const reviewer = await createTestActor("reviewer");
    const article = await createArticle(
      reviewer,
      createArticleSchema.parse({ title: "Covered", body: BODY }),
    );
    const exact = "12 million dollars";
    const start = article.body.indexOf(exact);
    const annotation = await createAnnotation(reviewer, article.id, {
      status: "unverified",
      note: "",
      sources: [],
      target: { start, end: start + exact.length, exact, prefix: "", suffix: "" },
    });
    const covered = await listClaimSuggestions(reviewer, article.id);
    expect(covered.suggestions.map((s) => article.body.slice(s.start, s.end))).toEqual([
      "According to two people familiar with the talks, the vote was delayed twice.",
    ]);
    const db = await getDb();
    // An orphan is not placed in this text: it covers nothing.
    await db.annotation.update({ where: { id: annotation.id }, data: { anchorState: "orphaned" } });
    expect((await listClaimSuggestions(reviewer, article.id)).suggestions).toHaveLength(2);
    await db.annotation.update({ where: { id: annotation.id }, data: { anchorState: null } });
    expect((await listClaimSuggestions(reviewer, article.id)).suggestions).toHaveLength(1);
    await db.annotation.update({ where: { id: annotation.id }, data: { deletedAt: new Date() } });
    expect((await listClaimSuggestions(reviewer, article.id)).suggestions).toHaveLength(2);
  });

  it("answer 404 for an article that does not exist, and for an archived one to those who may not see archived articles", async () => {
    const reviewer = await createTestActor("reviewer");
    const viewer = await createTestActor("viewer");
    const editor = await createTestActor("editor");
    await expect(listClaimSuggestions(reviewer, "no-such-article")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const article = await createArticle(
      reviewer,
      createArticleSchema.parse({ title: "Archived claims", body: BODY }),
    );
    const db = await getDb();
    await db.article.update({ where: { id: article.id }, data: { archivedAt: new Date() } });
    await expect(listClaimSuggestions(reviewer, article.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(listClaimSuggestions(viewer, article.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await listClaimSuggestions(editor, article.id)).suggestions).toHaveLength(2);
  });
});
