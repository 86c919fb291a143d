import { expect, test, type Browser, type Page } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { apiAs, createUser, signInPage, type TestUser } from "./support/users";

const card = (page: Page, id: string) => page.locator(`article[data-annotation-id="${id}"]`);

async function asUser(browser: Browser, baseURL: string | undefined, user: TestUser) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInPage(page, user);
  return { context, page };
}

test("an editor assigns with a due date; the reviewer sees it first in the queue and in the inbox; overdue says so; reassign and unassign work", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const editor = await createUser(playwright, baseURL, "editor", "Edie Assigner");
  const author = await createUser(playwright, baseURL, "reviewer", "Alice Assigned");
  const bob = await createUser(playwright, baseURL, "reviewer", "Bob Assignee");
  const carol = await createUser(playwright, baseURL, "reviewer", "Carol Assignee");
  const authorApi = await apiAs(playwright, baseURL, author);
  const editorApi = await apiAs(playwright, baseURL, editor);
  const article = await createArticle(authorApi);
  const first = await annotate(authorApi, article, "approved a budget");
  const second = await annotate(authorApi, article, "double parking fees");
  const third = await annotate(authorApi, article, "the vote was delayed twice");

  // The editor assigns the second annotation to Bob from its card, with a due date.
  const e = await asUser(browser, baseURL, editor);
  await e.page.goto(`/articles/${article.id}?annotation=${second.id}`);
  const toggle = card(e.page, second.id).getByRole("button", {
    name: /^Assign annotation by Alice Assigned/,
  });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const panel = card(e.page, second.id).getByRole("form", {
    name: /^Assign annotation by Alice Assigned/,
  });
  await expect(panel.getByTestId("assignment-state")).toHaveText("Not assigned");
  await panel.getByLabel("Person").selectOption({ label: "Bob Assignee (reviewer)" });
  await panel.getByLabel("Due date (optional)").fill("2099-06-30");
  await panel.getByRole("button", { name: "Assign" }).click();
  await expect(panel.getByRole("status")).toHaveText("Assigned");
  await expect(panel.getByTestId("assignment-state")).toHaveText(
    /^Assigned to Bob Assignee · Due 30 Jun 2099/,
  );
  await expectNoSeriousA11yViolations(e.page);

  // An overdue one, through the API with a date in the past.
  expect(
    (
      await editorApi.post(`/api/annotations/${third.id}/assignment`, {
        data: { assigneeId: bob.id, dueAt: "2020-01-01" },
      })
    ).status(),
  ).toBe(201);

  const b = await asUser(browser, baseURL, bob);
  await b.page.goto(`/review?article=${article.id}`);
  const items = b.page
    .getByRole("list", { name: "Annotations to review" })
    .locator("[data-queue-item]");
  await expect(items).toHaveCount(3);
  // Assigned first, soonest due first (the overdue one), then the rest oldest first.
  expect(
    await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-queue-item"))),
  ).toEqual([third.id, second.id, first.id]);
  await expect(items.nth(0).getByTestId("queue-assignment")).toHaveText(
    "Assigned to you by Edie Assigner · Overdue since 1 Jan 2020, 23:59 UTC",
  );
  await expect(items.nth(1).getByTestId("queue-assignment")).toHaveText(
    "Assigned to you by Edie Assigner · Due 30 Jun 2099, 23:59 UTC",
  );
  await expect(items.nth(2).getByTestId("queue-assignment")).toHaveCount(0);
  await expectNoSeriousA11yViolations(b.page);

  await b.page.goto("/inbox");
  const entries = b.page.getByRole("list", { name: "Notifications" }).getByRole("listitem");
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText(
    "Edie Assigner assigned you the annotation “the vote was delayed twice”",
  );
  await expect(entries.nth(0)).toContainText("Overdue since 1 Jan 2020");
  await expect(entries.nth(1)).toContainText(
    "Edie Assigner assigned you the annotation “double parking fees”",
  );
  await expect(entries.nth(1)).toContainText("Due 30 Jun 2099");
  await expectNoSeriousA11yViolations(b.page);

  // Reassign to Carol, then unassign, from the same panel.
  await panel.getByLabel("Person").selectOption({ label: "Carol Assignee (reviewer)" });
  await panel.getByRole("button", { name: "Save assignment" }).click();
  await expect(panel.getByRole("status")).toHaveText("Assignment changed");
  await expect(panel.getByTestId("assignment-state")).toHaveText(
    /^Assigned to Carol Assignee · Due 30 Jun 2099/,
  );
  await panel.getByRole("button", { name: "Unassign" }).click();
  await expect(panel.getByRole("status")).toHaveText("Unassigned");
  await expect(panel.getByTestId("assignment-state")).toHaveText("Not assigned");
  expect(await (await editorApi.get(`/api/annotations/${second.id}/assignment`)).json()).toEqual({
    assignment: null,
  });

  await b.page.reload();
  await expect(entries.nth(0)).toContainText(
    "Edie Assigner took back from you the annotation “double parking fees”",
  );
  await b.page.goto(`/review?article=${article.id}`);
  expect(
    await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-queue-item"))),
  ).toEqual([third.id, first.id, second.id]);

  // The whole article, from its header: it tops Carol's queue.
  await e.page.getByRole("button", { name: "Assign article…" }).click();
  const articlePanel = e.page.getByRole("form", { name: "Assign article…" });
  await articlePanel.getByLabel("Person").selectOption({ label: "Carol Assignee (reviewer)" });
  await articlePanel.getByRole("button", { name: "Assign" }).click();
  await expect(articlePanel.getByRole("status")).toHaveText("Assigned");
  const c = await asUser(browser, baseURL, carol);
  await c.page.goto("/review");
  await expect(
    c.page
      .getByRole("region", { name: "Articles assigned to you" })
      .getByRole("link", { name: article.title }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(c.page);
  // Carol says she is done with it: it leaves her queue.
  await c.page.getByRole("button", { name: `Mark ${article.title} done` }).click();
  await expect(c.page.getByRole("region", { name: "Articles assigned to you" })).toHaveCount(0);

  // The dashboard counts open and overdue per person.
  await e.page.goto(`/articles/${article.id}/dashboard`);
  const rows = e.page.getByRole("region", { name: "Assignments" }).getByRole("row");
  await expect(rows.filter({ hasText: "Bob Assignee" })).toContainText("1 overdue");
  // Carol's whole-article assignment is done, so she has nothing open here.
  await expect(rows.filter({ hasText: "Carol Assignee" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(e.page);

  await Promise.all([
    e.context.close(),
    b.context.close(),
    c.context.close(),
    authorApi.dispose(),
    editorApi.dispose(),
  ]);
});

test("reviewers and viewers cannot assign, and a stale version is a 409", async ({
  playwright,
  baseURL,
}) => {
  const editor = await createUser(playwright, baseURL, "editor");
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const viewer = await createUser(playwright, baseURL, "viewer");
  const [editorApi, reviewerApi] = await Promise.all([
    apiAs(playwright, baseURL, editor),
    apiAs(playwright, baseURL, reviewer),
  ]);
  const article = await createArticle(editorApi);
  const path = `/api/articles/${article.id}/assignment`;
  expect((await reviewerApi.post(path, { data: { assigneeId: reviewer.id } })).status()).toBe(403);
  expect((await editorApi.post(path, { data: { assigneeId: viewer.id } })).status()).toBe(422);
  expect(
    (
      await editorApi.post(path, { data: { assigneeId: reviewer.id, dueAt: "2021-02-30" } })
    ).status(),
  ).toBe(422);
  expect((await editorApi.post(path, { data: { assigneeId: reviewer.id } })).status()).toBe(201);
  expect((await editorApi.post(path, { data: { assigneeId: editor.id } })).status()).toBe(409);
  expect(
    (await editorApi.patch(path, { data: { dueAt: "2099-01-01", version: 1 } })).status(),
  ).toBe(200);
  const stale = await editorApi.patch(path, { data: { dueAt: null, version: 1 } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.details.current).toMatchObject({
    version: 2,
    dueAt: "2099-01-01T23:59:59.999Z",
  });
  expect((await editorApi.delete(`${path}?version=1`)).status()).toBe(409);
  // The assignee marks a whole article done; then nothing is open.
  expect((await reviewerApi.patch(path, { data: { done: true, version: 2 } })).status()).toBe(200);
  expect(await (await reviewerApi.get(path)).json()).toEqual({ assignment: null });
  await Promise.all([editorApi.dispose(), reviewerApi.dispose()]);
});
