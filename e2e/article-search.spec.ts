import { expect, test } from "@playwright/test";
import { annotate, SAMPLE_BODY } from "./support/articles";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { uniqueSuffix } from "./support/demo";
import { apiAs, createUser, signInPage } from "./support/users";

const results = (page: import("@playwright/test").Page) =>
  page.getByRole("list", { name: "Articles" }).getByRole("listitem");

test("a reviewer searches the library, filters it, and pages through the results", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const tag = `s${uniqueSuffix()}`;
  const made = [];
  for (let i = 1; i <= 23; i += 1) {
    const response = await api.post("/api/articles", {
      data: {
        title: `Library item ${i} ${i === 7 ? tag : ""}`.trim(),
        body: `Report ${i} about ${tag} and the harbour.\n\n${SAMPLE_BODY}`,
        outlet: i % 2 ? "Odd Wire" : "Even Wire",
      },
    });
    expect(response.status()).toBe(201);
    made.push((await response.json()).article);
  }
  const disputed = made[4]!;
  await annotate(api, disputed, "12 million dollars");

  await signInPage(page, reviewer);
  await page.goto("/");
  await page.getByLabel("Search titles and text").fill(tag);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${tag}`));
  await expect(page.getByText("Showing 1–20 of 23")).toBeVisible();
  // The title match ranks first; each result shows its words around the match, the match marked.
  await expect(results(page).first().getByRole("heading")).toHaveText(`Library item 7 ${tag}`);
  await expect(results(page).nth(1).locator("mark").first()).toHaveText(tag);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Next" }).click();
  await expect(page.getByText("Showing 21–23 of 23")).toBeVisible();
  await expect(results(page)).toHaveCount(3);
  await expect(page.getByRole("link", { name: "Next" })).toHaveCount(0);
  await page.getByRole("link", { name: "Previous" }).click();
  await expect(page.getByText("Showing 1–20 of 23")).toBeVisible();

  await page.getByRole("combobox", { name: "Disputed claims" }).selectOption("true");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("Showing 1–1 of 1")).toBeVisible();
  await expect(results(page).getByRole("link")).toHaveText(disputed.title);

  await page.getByRole("combobox", { name: "Disputed claims" }).selectOption("");
  await page.getByRole("combobox", { name: "Outlet" }).selectOption("Even Wire");
  await page.getByRole("combobox", { name: "Sort" }).selectOption("title");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("Showing 1–11 of 11")).toBeVisible();
  await expect(results(page).first().getByRole("link")).toHaveText("Library item 10");

  // Nothing matching is told apart from an empty library.
  await page.getByLabel("Search titles and text").fill(`${tag} "NEAR(" title:*`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No articles match")).toBeVisible();
  await expect(page.getByText("No articles yet")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "New article" })).toBeVisible();

  const viaApi = await api.get(
    `/api/articles?q=${encodeURIComponent(tag)}&pageSize=5&page=2&sort=oldest`,
  );
  expect(viaApi.status()).toBe(200);
  const json = await viaApi.json();
  expect(json).toMatchObject({ total: 23, page: 2, pageSize: 5 });
  expect(json.articles.map((a: { id: string }) => a.id)).toEqual(
    made.slice(5, 10).map((a) => a.id),
  );
  expect((await api.get("/api/articles?pageSize=1000")).status()).toBe(422);
  await api.dispose();
});

test("an editor archives an article and restores it; reviewers never see it while archived", async ({
  page,
  playwright,
  baseURL,
  browser,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const editor = await createUser(playwright, baseURL, "editor");
  const reviewerApi = await apiAs(playwright, baseURL, reviewer);
  const tag = `a${uniqueSuffix()}`;
  const created = await reviewerApi.post("/api/articles", {
    data: { title: `Archivable ${tag}`, body: `About ${tag}.\n\n${SAMPLE_BODY}` },
  });
  const { article } = await created.json();
  expect((await reviewerApi.post(`/api/articles/${article.id}/archive`)).status()).toBe(403);

  await signInPage(page, editor);
  await page.goto(`/articles/${article.id}`);
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await expect(
    page.getByText("Archive this article? Reviewers and viewers will no longer see it."),
  ).toBeVisible();
  await page.getByRole("button", { name: "Yes, archive" }).click();
  const banner = page.getByText("only editors and admins see this article.");
  await expect(banner).toBeVisible();
  await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const listed = async () =>
    (
      (await (await reviewerApi.get(`/api/articles?q=${tag}`)).json()).articles as { id: string }[]
    ).map((a) => a.id);
  expect(await listed()).toEqual([]);
  expect((await reviewerApi.get(`/api/articles/${article.id}`)).status()).toBe(404);
  expect((await reviewerApi.get("/api/articles?archived=archived")).status()).toBe(403);
  const reviewerPage = await (await browser.newContext()).newPage();
  await signInPage(reviewerPage, reviewer);
  await reviewerPage.goto(`/?q=${tag}&archived=all`);
  await expect(reviewerPage.getByText("No articles match")).toBeVisible();
  await expect(reviewerPage.getByRole("combobox", { name: "Archive" })).toHaveCount(0);

  // The editor's list shows live articles unless asked for archived ones, which carry the word "Archived".
  await page.goto(`/?q=${tag}`);
  await expect(page.getByText("No articles match")).toBeVisible();
  await page.getByRole("combobox", { name: "Archive" }).selectOption("archived");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).getByText("Archived", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await results(page)
    .getByRole("link", { name: `Archivable ${tag}` })
    .click();
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("button", { name: "Archive", exact: true })).toBeVisible();
  await expect(banner).toHaveCount(0);
  expect(await listed()).toEqual([article.id]);
  await reviewerPage.goto(`/?q=${tag}`);
  await expect(results(reviewerPage)).toHaveCount(1);
  await reviewerPage.context().close();
  await reviewerApi.dispose();
});
