import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/roles";
import { createTestActor } from "@/lib/testing/factories";
import { createArticleSchema } from "@/lib/validation/articles";
import { createAnnotation } from "@/lib/data/annotations/annotations";
import { archiveArticle, restoreArticle } from "@/lib/data/articles/archive-article";
import { createArticle } from "@/lib/data/articles/articles";
import { searchArticles } from "@/lib/data/articles/search-articles";
import { updateArticle } from "@/lib/data/articles/update-article";

// The database outlives runs and other test files add articles: every test searches for words of its own.
const word = () => `w${randomUUID().replaceAll("-", "").slice(0, 12)}`;

const add = (actor: Actor, title: string, body: string, extra: { outlet?: string } = {}) =>
  createArticle(actor, createArticleSchema.parse({ title, body, ...extra }));

const ids = (result: { articles: { id: string }[] }) => result.articles.map((a) => a.id);

describe("searchArticles: matching and ranking", () => {
  it("finds words in titles and bodies, ranks a title match first, and marks the words in the snippet", async () => {
    const reviewer = await createTestActor("reviewer");
    const tag = word();
    const inBody = await add(
      reviewer,
      "Harbour figures",
      `The port said volumes rose. Later the ${tag} numbers were questioned by analysts.`,
    );
    const inTitle = await add(
      reviewer,
      `The ${tag} report`,
      "Officials released the report on Monday.",
    );
    await add(reviewer, "Unrelated", "Nothing to see here.");

    const result = await searchArticles(reviewer, { q: tag.toUpperCase() });
    expect(result.total).toBe(2);
    expect(ids(result)).toEqual([inTitle.id, inBody.id]);
    const snippet = result.articles[1]!.snippet!;
    expect(snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual([tag]);
    expect(snippet.map((p) => p.text).join("")).toContain("numbers were questioned");
  });

  it("requires every word, reads quoted words as a phrase, and finds nothing for an unknown word", async () => {
    const reviewer = await createTestActor("reviewer");
    const tag = word();
    const both = await add(reviewer, "Both", `${tag} unemployment fell sharply in May.`);
    const apart = await add(reviewer, "Apart", `${tag} fell. Unemployment was flat.`);

    expect(ids(await searchArticles(reviewer, { q: `${tag} unemployment fell` })).sort()).toEqual(
      [both.id, apart.id].sort(),
    );
    expect(ids(await searchArticles(reviewer, { q: `${tag} "unemployment fell"` }))).toEqual([
      both.id,
    ]);
    expect(ids(await searchArticles(reviewer, { q: `${tag} sharply` }))).toEqual([both.id]);
    expect((await searchArticles(reviewer, { q: `${tag} ${word()}` })).total).toBe(0);
  });

  it("keeps the index in step when an article's text changes or it is deleted", async () => {
    const reviewer = await createTestActor("reviewer");
    const before = word();
    const after = word();
    const article = await add(reviewer, "Revised", `It said ${before} once.`);
    expect(ids(await searchArticles(reviewer, { q: before }))).toEqual([article.id]);

    await updateArticle(reviewer, article.id, {
      version: article.version,
      body: `It now says ${after}.`,
    });
    expect((await searchArticles(reviewer, { q: before })).total).toBe(0);
    expect(ids(await searchArticles(reviewer, { q: after }))).toEqual([article.id]);

    const retitled = word();
    await updateArticle(reviewer, article.id, {
      version: article.version + 1,
      title: `Now ${retitled}`,
    });
    expect(ids(await searchArticles(reviewer, { q: retitled }))).toEqual([article.id]);

    await (await getDb()).article.delete({ where: { id: article.id } });
    expect((await searchArticles(reviewer, { q: after })).total).toBe(0);
  });

  it("matches letters beyond ASCII, case-insensitively", async () => {
    const reviewer = await createTestActor("reviewer");
    const tag = word();
    const article = await add(
      reviewer,
      "Unicode",
      `${tag}: Zürich, Ελλάδα and Łódź reported; 東京 too.`,
    );
    for (const q of ["zürich", "ΕΛΛΆΔΑ", "łódź", "東京"])
      expect(ids(await searchArticles(reviewer, { q: `${tag} ${q}` })), q).toEqual([article.id]);
  });

  it("treats operators, quotes and column names the user types as plain text (never an error)", async () => {
    const reviewer = await createTestActor("reviewer");
    const tag = word();
    const article = await add(
      reviewer,
      "Hostile",
      `The ${tag} near the title: and or not, said the minister.`,
    );
    const hostile = [
      '"',
      '""',
      '"""',
      "*",
      "**",
      "title:x",
      "body:x",
      "{title body}:x",
      "NEAR(",
      "NEAR(a b, 2)",
      "AND OR",
      "AND",
      "OR",
      "NOT",
      "-",
      "^",
      "'",
      "\\",
      "%",
      "_",
      "()",
      "a & b | !c <-> d",
      ":*",
      "'';DROP TABLE \"Article\";--",
      "🎉",
      "",
      "   ",
      "x".repeat(200),
      Array.from({ length: 60 }, (_, i) => `t${i}`).join(" "),
    ];
    for (const q of hostile) {
      const result = await searchArticles(reviewer, { q });
      expect(Array.isArray(result.articles), q).toBe(true);
      expect(await searchArticles(reviewer, { q: `${tag} ${q}` }), q).toBeDefined();
    }
    // Words that would be operators still match as words, and stray symbols are dropped by the tokenizer.
    for (const q of [
      `${tag} AND OR NOT`,
      `"${tag}`,
      `${tag}*`,
      `${tag} near`,
      `title: ${tag}`,
      `(${tag})`,
      `^${tag}`,
      `${tag} "near the title"`,
    ]) {
      expect(ids(await searchArticles(reviewer, { q })), q).toEqual([article.id]);
    }
    // Punctuation alone searches for nothing: the list as if no words were given.
    expect((await searchArticles(reviewer, { q: '" * ( ) :' })).total).toBe(
      (await searchArticles(reviewer, {})).total,
    );
  });
});

describe("searchArticles: filters, sort and pages", () => {
  it("filters by outlet, by who added it, by disputed claims and by stealth edits", async () => {
    const alice = await createTestActor("reviewer");
    const bob = await createTestActor("reviewer");
    const tag = word();
    const outlet = `Wire ${tag}`;
    const disputedOne = await add(alice, "A", `${tag} unemployment fell to 3 percent.`, { outlet });
    const quiet = await add(alice, "B", `${tag} nothing disputed here.`);
    const bobs = await add(bob, "C", `${tag} by someone else.`, { outlet });
    const exact = "unemployment";
    const start = disputedOne.body.indexOf(exact);
    await createAnnotation(alice, disputedOne.id, {
      status: "disputed",
      note: "",
      sources: [],
      target: { start, end: start + exact.length, exact, prefix: "", suffix: "" },
    });
    await (
      await getDb()
    ).article.update({ where: { id: quiet.id }, data: { stealthEditAt: new Date() } });

    const search = (options: Parameters<typeof searchArticles>[1]) =>
      searchArticles(alice, { q: tag, ...options }).then((r) => ids(r).sort());
    expect(await search({ outlet })).toEqual([disputedOne.id, bobs.id].sort());
    expect(await search({ addedBy: bob.id })).toEqual([bobs.id]);
    expect(await search({ hasDisputed: true })).toEqual([disputedOne.id]);
    expect(await search({ hasDisputed: false })).toEqual([quiet.id, bobs.id].sort());
    expect(await search({ stealthEdited: true })).toEqual([quiet.id]);
    expect(await search({ outlet, addedBy: alice.id, hasDisputed: true })).toEqual([
      disputedOne.id,
    ]);
    // Without a text query, the filters alone.
    expect(ids(await searchArticles(alice, { outlet }))).toEqual([bobs.id, disputedOne.id]);
    const stealth = await searchArticles(alice, { addedBy: alice.id, stealthEdited: true });
    expect(ids(stealth)).toEqual([quiet.id]);
    expect(stealth.articles[0]!.stealthEditAt).not.toBeNull();
    expect(stealth.articles[0]!.snippet).toBeNull();
  });

  it("sorts by title, age and disputed count, and pages without repeats or gaps", async () => {
    const reviewer = await createTestActor("reviewer");
    const tag = word();
    const made = [];
    for (const title of ["delta", "Alpha", "echo", "charlie", "Bravo"])
      made.push(await add(reviewer, title, `${tag} article ${title}.`));
    const mine = { addedBy: reviewer.id };

    const titles = (await searchArticles(reviewer, { ...mine, sort: "title" })).articles.map(
      (a) => a.title,
    );
    expect(titles).toEqual(["Alpha", "Bravo", "charlie", "delta", "echo"]);
    const oldest = ids(await searchArticles(reviewer, { ...mine, sort: "oldest" }));
    const newest = ids(await searchArticles(reviewer, { ...mine, sort: "newest" }));
    expect(new Set(oldest)).toEqual(new Set(made.map((a) => a.id)));
    expect(newest[0]).toBe(made[4]!.id);
    expect(oldest[0]).toBe(made[0]!.id);

    const target = made[2]!;
    for (const exact of ["article", "echo"]) {
      const start = target.body.indexOf(exact);
      await createAnnotation(reviewer, target.id, {
        status: "disputed",
        note: "",
        sources: [],
        target: { start, end: start + exact.length, exact, prefix: "", suffix: "" },
      });
    }
    expect(ids(await searchArticles(reviewer, { ...mine, sort: "most_disputed" }))[0]).toBe(
      target.id,
    );

    const pages = [];
    for (let page = 1; page <= 4; page += 1)
      pages.push(await searchArticles(reviewer, { q: tag, sort: "title", page, pageSize: 2 }));
    expect(pages.map((p) => p.articles.length)).toEqual([2, 2, 1, 0]);
    expect(pages.every((p) => p.total === 5 && p.pageSize === 2)).toBe(true);
    expect(pages.flatMap((p) => p.articles.map((a) => a.title))).toEqual([
      "Alpha",
      "Bravo",
      "charlie",
      "delta",
      "echo",
    ]);
    expect((await searchArticles(reviewer, { ...mine, pageSize: 1000 })).pageSize).toBe(100);
  });
});

describe("archive and restore", () => {
  it("hides archived articles from reviewers, whatever they ask, and shows them to editors on request", async () => {
    const reviewer = await createTestActor("reviewer");
    const editor = await createTestActor("editor");
    const tag = word();
    const live = await add(reviewer, "Live", `${tag} stays.`);
    const gone = await add(reviewer, "Gone", `${tag} goes.`);

    await expect(archiveArticle(reviewer, gone.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const db = await getDb();
    expect((await db.article.findUniqueOrThrow({ where: { id: gone.id } })).archivedAt).toBeNull();

    const archived = await archiveArticle(editor, gone.id);
    expect(archived.archivedAt).not.toBeNull();
    expect(ids(await searchArticles(reviewer, { q: tag }))).toEqual([live.id]);
    expect(ids(await searchArticles(reviewer, { addedBy: reviewer.id }))).toEqual([live.id]);
    await expect(searchArticles(reviewer, { q: tag, archived: "archived" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(searchArticles(reviewer, { archived: "all" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    expect(ids(await searchArticles(editor, { q: tag }))).toEqual([live.id]);
    const onlyArchived = await searchArticles(editor, { q: tag, archived: "archived" });
    expect(ids(onlyArchived)).toEqual([gone.id]);
    expect(onlyArchived.articles[0]!.archivedAt).not.toBeNull();
    expect(ids(await searchArticles(editor, { q: tag, archived: "all" })).sort()).toEqual(
      [live.id, gone.id].sort(),
    );

    await expect(restoreArticle(reviewer, gone.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await restoreArticle(editor, gone.id)).archivedAt).toBeNull();
    expect(ids(await searchArticles(reviewer, { q: tag })).sort()).toEqual(
      [live.id, gone.id].sort(),
    );
  });

  it("records each change once in the audit trail, and refuses unknown ids", async () => {
    const reviewer = await createTestActor("reviewer");
    const admin = await createTestActor("admin");
    const article = await add(reviewer, "Audited", `${word()} text.`);
    await archiveArticle(admin, article.id);
    await archiveArticle(admin, article.id);
    await restoreArticle(admin, article.id);
    await restoreArticle(admin, article.id);
    const db = await getDb();
    const events = await db.auditEvent.findMany({
      where: { entityId: article.id, action: { in: ["article.archive", "article.restore"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["article.archive", admin.id],
      ["article.restore", admin.id],
    ]);
    expect(JSON.parse(events[0]!.before!)).toEqual({ archivedAt: null });
    await expect(archiveArticle(admin, "no-such-article")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
