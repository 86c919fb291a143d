import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { createArticle } from "@/lib/data/articles/articles";
import { listNotifications, openNotification } from "@/lib/data/notifications/notifications";
import { createReply } from "@/lib/data/reviews/replies";

describe("listNotifications", () => {
  it("does not show an archived article's title or quote to someone who can no longer read it", async () => {
    const db = await getDb();
    const author = await createTestActor("reviewer");
    const editorAuthor = await createTestActor("editor");
    const article = await createArticle(
      author,
      createArticleSchema.parse({
        title: "Pulled story title",
        body: "A secret claim worth checking.",
      }),
    );
    const target = { start: 2, end: 14, exact: "secret claim", prefix: "", suffix: "" };
    const mine = await createAnnotation(author, article.id, {
      status: "disputed",
      note: "",
      sources: [],
      target,
    });
    const theirs = await createAnnotation(editorAuthor, article.id, {
      status: "disputed",
      note: "",
      sources: [],
      target,
    });
    const bob = await createTestActor("reviewer");
    await createReply(bob, mine.id, { body: "Hm." });
    await createReply(bob, theirs.id, { body: "Hm." });

    expect((await listNotifications(author)).notifications[0]).toMatchObject({
      annotation: { quote: "secret claim", articleTitle: "Pulled story title" },
      unavailable: null,
    });
    await db.article.update({ where: { id: article.id }, data: { archivedAt: new Date() } });

    const [archived] = (await listNotifications(author)).notifications;
    expect(archived).toMatchObject({
      kind: "reply",
      annotation: null,
      unavailable: "archived",
      actor: { id: bob.id },
    });
    expect(JSON.stringify(archived)).not.toMatch(/secret|Pulled/);
    // Editors and admins still read archived articles, so they still see what it was about.
    expect((await listNotifications(editorAuthor)).notifications[0]).toMatchObject({
      annotation: { quote: "secret claim", articleTitle: "Pulled story title" },
      unavailable: null,
    });
  });

  it("says a deleted annotation is deleted", async () => {
    const author = await createTestActor("reviewer");
    const article = await createArticle(
      author,
      createArticleSchema.parse({ title: "T", body: "A claim worth checking." }),
    );
    const annotation = await createAnnotation(author, article.id, {
      status: "disputed",
      note: "",
      sources: [],
      target: { start: 2, end: 7, exact: "claim", prefix: "", suffix: "" },
    });
    await createReply(await createTestActor("reviewer"), annotation.id, { body: "Hm." });
    await (
      await getDb()
    ).annotation.update({ where: { id: annotation.id }, data: { deletedAt: new Date() } });
    expect((await listNotifications(author)).notifications[0]).toMatchObject({
      annotation: null,
      unavailable: "deleted",
    });
  });

  it("pages through every notification with totals that agree with the badge, and opening one reads it", async () => {
    const author = await createTestActor("reviewer");
    const article = await createArticle(
      author,
      createArticleSchema.parse({ title: "Busy", body: "A claim worth checking." }),
    );
    const annotation = await createAnnotation(author, article.id, {
      status: "disputed",
      note: "",
      sources: [],
      target: { start: 2, end: 7, exact: "claim", prefix: "", suffix: "" },
    });
    const bob = await createTestActor("reviewer");
    for (let i = 0; i < 130; i += 1) await createReply(bob, annotation.id, { body: `Reply ${i}` });

    const seen = new Set<string>();
    for (let page = 1; page <= 3; page += 1) {
      const answer = await listNotifications(author, { page });
      expect(answer).toMatchObject({ total: 130, unread: 130, page, pageSize: 50 });
      expect(answer.notifications).toHaveLength(page < 3 ? 50 : 30);
      for (const n of answer.notifications) seen.add(n.id);
    }
    expect(seen.size).toBe(130);

    const first = (await listNotifications(author)).notifications[0]!;
    expect(await openNotification(author, first.id)).toBe(
      `/articles/${article.id}?annotation=${annotation.id}`,
    );
    expect(await listNotifications(author)).toMatchObject({ unread: 129, total: 130 });
    expect((await listNotifications(author)).notifications[0]).toMatchObject({
      id: first.id,
      read: true,
    });
    await expect(openNotification(bob, first.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  }, 60_000);
});
