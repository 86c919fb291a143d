import { expect, test, type Page } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { selectWithMouse } from "./support/selection";
import { apiAs, createUser, signInPage } from "./support/users";

const cards = (page: Page) =>
  page.getByRole("complementary", { name: "Annotations" }).locator("article[data-annotation-id]");

test("an author edits and deletes their own annotation, and can undo the delete", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  const created = await annotate(api, article, "the mayor denied", { note: "First thoughts." });
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);

  const card = cards(page).first();
  await card.getByRole("button", { name: /^Edit/ }).click();
  const editor = page.getByRole("form", { name: "Edit annotation" });
  await expect(editor.getByLabel("Note")).toHaveValue("First thoughts.");
  await editor.getByText("Unverified", { exact: true }).click();
  await editor.getByLabel("Note").fill("Checked again: the denial is on video.");
  // The card changes at once; the API is asked only once the server has answered.
  const answered = (method: string, path = "") =>
    page.waitForResponse(
      (r) =>
        r.url().includes(`/api/annotations/${created.id}${path}`) &&
        r.request().method() === method,
    );
  await Promise.all([answered("PATCH"), editor.getByRole("button", { name: "Save" }).click()]);
  await expect(editor).toHaveCount(0);
  await expect(card).toContainText("Unverified");
  await expect(card).toContainText("Checked again");
  const { annotation } = await (await api.get(`/api/annotations/${created.id}`)).json();
  expect(annotation).toMatchObject({
    status: "unverified",
    note: "Checked again: the denial is on video.",
    version: 2,
  });

  await Promise.all([answered("DELETE"), card.getByRole("button", { name: /^Delete/ }).click()]);
  await expect(cards(page)).toHaveCount(0);
  await expect
    .poll(() => page.getByTestId("article-body").getAttribute("data-painted-count"))
    .toBe("0");
  expect((await api.get(`/api/annotations/${created.id}`)).status()).toBe(404);
  // The Undo takes focus and says how long it lasts: Enter restores.
  const undo = page.getByRole("status").getByRole("button", { name: "Undo (for 8 seconds)" });
  await expect(undo).toBeFocused();
  await Promise.all([answered("POST", "/restore"), page.keyboard.press("Enter")]);
  await expect(cards(page)).toHaveCount(1);
  expect((await api.get(`/api/annotations/${created.id}`)).status()).toBe(200);
  await api.dispose();
});

test("a stale edit shows the other version and lets the user choose", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const editorUser = await createUser(playwright, baseURL, "editor");
  const api = await apiAs(playwright, baseURL, reviewer);
  const editorApi = await apiAs(playwright, baseURL, editorUser);
  const article = await createArticle(api);
  const created = await annotate(api, article, "double parking fees", { note: "Original note." });
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  await cards(page).first().getByRole("button", { name: /^Edit/ }).click();
  await page.getByLabel("Note").fill("My rewrite.");

  // Meanwhile an editor changes it (moderation).
  const moderated = await editorApi.patch(`/api/annotations/${created.id}`, {
    data: { version: created.version, note: "Editor's wording." },
  });
  expect(moderated.status()).toBe(200);

  await page.getByRole("button", { name: "Save" }).click();
  const conflict = page.getByRole("alert", { name: "Edit conflict" });
  await expect(conflict).toContainText("Someone else changed this annotation");
  await expect(conflict).toContainText("Editor's wording.");
  await expect(page.getByLabel("Note")).toHaveValue("My rewrite.");
  await conflict.getByRole("button", { name: "Save mine over theirs" }).click();
  await expect(page.getByRole("form", { name: "Edit annotation" })).toHaveCount(0);
  const { annotation } = await (await api.get(`/api/annotations/${created.id}`)).json();
  expect(annotation).toMatchObject({ note: "My rewrite.", version: 3 });
  await api.dispose();
  await editorApi.dispose();
});

test("a reviewer cannot change another reviewer's annotation; an editor can", async ({
  page,
  playwright,
  baseURL,
}) => {
  const author = await createUser(playwright, baseURL, "reviewer");
  const other = await createUser(playwright, baseURL, "reviewer");
  const editorUser = await createUser(playwright, baseURL, "editor");
  const authorApi = await apiAs(playwright, baseURL, author);
  const otherApi = await apiAs(playwright, baseURL, other);
  const editorApi = await apiAs(playwright, baseURL, editorUser);
  const article = await createArticle(authorApi);
  const created = await annotate(authorApi, article, "12 million dollars", { note: "Mine." });

  await signInPage(page, other);
  await page.goto(`/articles/${article.id}`);
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first().getByRole("button", { name: /^Edit/ })).toHaveCount(0);
  await expect(
    cards(page)
      .first()
      .getByRole("button", { name: /^Delete/ }),
  ).toHaveCount(0);

  const patch = await otherApi.patch(`/api/annotations/${created.id}`, {
    data: { version: 1, note: "Hijacked" },
  });
  expect(patch.status()).toBe(403);
  expect((await otherApi.delete(`/api/annotations/${created.id}`)).status()).toBe(403);
  expect(
    (await (await authorApi.get(`/api/annotations/${created.id}`)).json()).annotation.note,
  ).toBe("Mine.");

  const moderated = await editorApi.patch(`/api/annotations/${created.id}`, {
    data: { version: 1, status: "unverified" },
  });
  expect(moderated.status()).toBe(200);
  expect((await editorApi.delete(`/api/annotations/${created.id}?version=2`)).status()).toBe(204);
  await authorApi.dispose();
  await otherApi.dispose();
  await editorApi.dispose();
});

test("a viewer sees no annotate controls and the server refuses their writes", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const viewer = await createUser(playwright, baseURL, "viewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const viewerApi = await apiAs(playwright, baseURL, viewer);
  const article = await createArticle(api);
  const created = await annotate(api, article, "the vote was delayed");

  await signInPage(page, viewer);
  await page.goto(`/articles/${article.id}`);
  await expect(cards(page)).toHaveCount(1);
  await selectWithMouse(page, "budget of 12 million");
  await page.waitForTimeout(400);
  await expect(page.getByRole("toolbar", { name: "Annotate the selection" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Edit/ })).toHaveCount(0);

  const start = article.body.indexOf("budget");
  const post = await viewerApi.post(`/api/articles/${article.id}/annotations`, {
    data: { status: "disputed", target: { start, end: start + 6, exact: "budget" } },
  });
  expect(post.status()).toBe(403);
  expect(
    (
      await viewerApi.patch(`/api/annotations/${created.id}`, { data: { version: 1, note: "x" } })
    ).status(),
  ).toBe(403);
  expect((await viewerApi.delete(`/api/annotations/${created.id}`)).status()).toBe(403);
  await api.dispose();
  await viewerApi.dispose();
});
