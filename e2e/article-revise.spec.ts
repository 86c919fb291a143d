import { expect, test } from "@playwright/test";
import { annotate, createArticle, SAMPLE_BODY } from "./support/articles";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { uniqueSuffix } from "./support/demo";
import { newsPage, startOrigin, type Origin } from "./support/origin";
import { apiAs, createUser, signInPage } from "./support/users";

let origin: Origin;
test.beforeAll(async () => {
  origin = await startOrigin();
});
test.afterAll(async () => {
  await origin.close();
});

const STORY = [
  "The harbour board approved a dredging plan on Monday after a long debate that lasted well into the night.",
  "The plan will cost 40 million dollars, according to the board's own figures.",
  "Fishermen said the work would close the north channel for a year.",
];

test("a story fetched from its URL is re-fetched: a silent change is flagged as a stealth edit, an announced one shows the outlet's note", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const suffix = uniqueSuffix();
  const path = `/news/harbour-${suffix}`;
  const title = `Harbour dredging ${suffix}`;
  origin.page(path, newsPage({ title, paragraphs: STORY }));

  // The URL import, from the page: extracted, previewed with the page's details, then saved.
  await signInPage(page, reviewer);
  await page.goto("/articles/new");
  await page.getByRole("tab", { name: "From a URL" }).click();
  await page.getByLabel("Article address").fill(origin.url(path));
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.getByLabel("Author")).toHaveValue("Ana Reyes");
  await expect(page.getByLabel("Outlet")).toHaveValue("Harbour Times");
  const preview = page.getByTestId("article-preview");
  await expect(preview).toContainText("40 million dollars");
  await expect(preview).not.toContainText("All rights reserved");
  await page.getByRole("button", { name: "Add article" }).click();
  await page.waitForURL(/\/articles\/(?!new)[^/?]+$/);
  const articleId = new URL(page.url()).pathname.split("/").pop()!;

  const api = await apiAs(playwright, baseURL, reviewer);
  const { article } = await (await api.get(`/api/articles/${articleId}`)).json();
  expect(article.url).toBe(origin.url(path));
  const cost = await annotate(api, article, "40 million dollars", { status: "disputed" });

  // The outlet changes a figure and says nothing.
  origin.page(
    path,
    newsPage({
      title,
      paragraphs: [STORY[0]!, STORY[1]!.replace("40 million", "55 million"), STORY[2]!],
    }),
  );
  await page.goto(`/articles/${articleId}/revise`);
  await page.getByRole("button", { name: "Fetch again from the original" }).click();
  const result = page.getByRole("status").filter({ hasText: "Saved as version 2." });
  await expect(result).toContainText(
    "Stealth edit: the outlet changed the text without a correction or update note.",
  );
  await expect(result.getByTestId("reanchor-report")).toContainText("1 changed wording");
  await expect(result.getByRole("link", { name: "‘40 million dollars’" })).toHaveAttribute(
    "href",
    `/articles/${articleId}?annotation=${cost.id}`,
  );
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/?q=${suffix}`);
  const listed = page.getByRole("list", { name: "Articles" }).getByRole("listitem");
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText("Changed without notice");
  await page.getByRole("combobox", { name: "Stealth edits" }).selectOption("true");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(listed).toHaveCount(1);

  // Then it publishes a correction: the change is announced, not stealthy.
  origin.page(
    path,
    newsPage({
      title,
      paragraphs: [
        STORY[0]!,
        STORY[1]!.replace("40 million", "48 million"),
        STORY[2]!,
        "Correction: an earlier version of this story gave the wrong cost of the plan.",
      ],
    }),
  );
  await page.goto(`/articles/${articleId}/revise`);
  await page.getByRole("button", { name: "Fetch again from the original" }).click();
  const announced = page.getByRole("status").filter({ hasText: "Saved as version 3." });
  await expect(announced).toContainText("The outlet announced the change:");
  await expect(announced.locator("blockquote")).toHaveText(
    "Correction: an earlier version of this story gave the wrong cost of the plan.",
  );
  await expect(announced).not.toContainText("Stealth edit");

  // A third fetch of the same page finds nothing new and makes no version.
  await page.getByRole("button", { name: "Fetch again from the original" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The text is unchanged" })).toContainText(
    "The outlet's page still has the same text.",
  );

  await page.goto(`/articles/${articleId}/history`);
  const rows = page.getByRole("table", { name: "Versions of the article" }).getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText("Version 3");
  await expect(rows.nth(1)).toContainText("Fetched again");
  await expect(rows.nth(1)).toContainText("Correction: an earlier version of this story");
  await expect(rows.nth(1)).not.toContainText("Changed without notice");
  await expect(rows.nth(2)).toContainText("Version 2");
  await expect(rows.nth(2)).toContainText("Changed without notice");
  await expectNoSeriousA11yViolations(page);
  await api.dispose();
});

test("an edited text saves as a new version with the re-anchoring report; the history compares two versions, and an old one opens read-only", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  const kept = await annotate(api, article, "the vote was delayed twice", { status: "unverified" });
  const reworded = await annotate(api, article, "approved a budget of 12 million dollars", {
    status: "sourced",
    sources: [{ url: "https://council.example.gov/minutes", title: "Minutes" }],
  });
  const lost = await annotate(api, article, "a claim the mayor denied", { status: "disputed" });

  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  await page.getByRole("link", { name: "Revise" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Revise the text (version 1)" }),
  ).toBeVisible();
  const text = page.getByLabel("Article text");
  await expect(text).toHaveValue(/12 million dollars/);
  await expectNoSeriousA11yViolations(page);
  const revised = SAMPLE_BODY.replace(
    "approved a budget of 12 million dollars",
    "approved a budget of 14 million dollars",
  ).replace(", a claim the mayor denied", "");
  await text.fill(`A new first paragraph from the desk.\n\n${revised}`);
  await expect(page.getByTestId("article-preview")).toContainText(
    "A new first paragraph from the desk.",
  );
  await page.getByRole("button", { name: "Save revision" }).click();

  const result = page.getByRole("status").filter({ hasText: "Saved as version 2." });
  const report = result.getByTestId("reanchor-report");
  await expect(report).toContainText("1 placed exactly");
  await expect(report).toContainText("1 changed wording");
  await expect(report).toContainText("1 orphaned");
  await expect(report.getByRole("region", { name: "Wording changed" })).toContainText(
    "‘approved a budget of 12 million dollars’ is now ‘approved a budget of 14 million dollars’",
  );
  await expect(
    report
      .getByRole("region", { name: /Orphaned/ })
      .getByRole("link", { name: "‘a claim the mayor denied’" }),
  ).toHaveAttribute("href", `/articles/${article.id}?annotation=${lost.id}`);
  await expect(result).not.toContainText("Stealth edit");

  // The diff: words removed and added on each side, and the annotations the changes touched.
  await result.getByRole("link", { name: "Compare with the previous version" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}/history\\?from=1&to=2$`));
  const oldSide = page.getByTestId("diff-old");
  const newSide = page.getByTestId("diff-new");
  await expect(oldSide.locator("del")).toContainText(["12"]);
  await expect(newSide.locator("ins").first()).toContainText(
    "A new first paragraph from the desk.",
  );
  await expect(newSide.locator("ins")).toContainText(["14"]);
  await expect(oldSide).toContainText("a claim the mayor denied");
  await expect(newSide).not.toContainText("a claim the mayor denied");
  const touched = page.getByTestId("touched-annotations");
  await expect(touched.getByRole("listitem")).toHaveCount(2);
  await expect(touched).toContainText(
    "‘approved a budget of 12 million dollars’ — wording changed in version 2",
  );
  await expect(touched).toContainText("‘a claim the mayor denied’ — orphaned in version 2");
  await expectNoSeriousA11yViolations(page);

  // Version 1, read-only, with its three annotations where they were then.
  await page.getByRole("link", { name: "Version 1", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}/versions/1$`));
  await expect(page.getByRole("status")).toContainText("Version 1");
  await expect(page.getByRole("status")).toContainText(
    "read-only, with 3 annotations as they were placed on this text",
  );
  await expect(page.locator("mark")).toHaveText([
    "approved a budget of 12 million dollars",
    "a claim the mayor denied",
    "the vote was delayed twice",
  ]);
  await expect(page.getByRole("button", { name: /Annotate/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Open the current version" }).click();
  await expect(page.locator(`article[data-annotation-id="${kept.id}"]`)).toBeVisible();
  await expect(page.locator(`article[data-annotation-id="${reworded.id}"]`)).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: /Orphans/ })
      .locator(`article[data-annotation-id="${lost.id}"]`),
  ).toHaveCount(1);

  // Someone else's stale save is refused, and says so.
  const stale = await api.patch(`/api/articles/${article.id}`, {
    data: { version: 1, body: `${revised}\n\nLate edit.` },
  });
  expect(stale.status()).toBe(409);
  expect((await api.get(`/api/articles/${article.id}/versions`)).status()).toBe(200);
  const diff = await (await api.get(`/api/articles/${article.id}/diff?from=1&to=2`)).json();
  expect(diff.touched.map((a: { id: string }) => a.id).sort()).toEqual(
    [reworded.id, lost.id].sort(),
  );
  await api.dispose();
});

test("an open page is told the article was revised; after a reload a reworded annotation says what it quoted before and is back for review", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const editor = await createUser(playwright, baseURL, "editor");
  const api = await apiAs(playwright, baseURL, reviewer);
  const editorApi = await apiAs(playwright, baseURL, editor);
  const article = await createArticle(api);
  const claim = await annotate(api, article, "approved a budget of 12 million dollars", {
    status: "sourced",
    sources: [{ url: "https://council.example.gov/minutes", title: "Minutes" }],
  });
  expect(
    (
      await editorApi.post(`/api/annotations/${claim.id}/settle`, {
        data: { decision: "approved", version: claim.version },
      })
    ).status(),
  ).toBe(200);

  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  const card = page.locator(`article[data-annotation-id="${claim.id}"]`);
  await expect(card.getByTestId("review-state")).toHaveText("Approved");

  const revised = await editorApi.patch(`/api/articles/${article.id}`, {
    data: { version: 1, body: SAMPLE_BODY.replace("12 million dollars", "14 million dollars") },
  });
  expect(revised.status()).toBe(200);
  const banner = page.getByRole("alert").filter({ hasText: "This article was revised" });
  await expect(banner).toContainText("now version 2");
  await expectNoSeriousA11yViolations(page);
  await banner.getByRole("button", { name: "Reload" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "This article was revised" })).toHaveCount(
    0,
  );
  await expect(card.locator("blockquote")).toHaveText("approved a budget of 14 million dollars");
  await expect(card.getByTestId("reworded-notice")).toHaveText(
    "Wording changed in a revision. It was: approved a budget of 12 million dollars. Back to review.",
  );
  await expect(card.getByTestId("review-state")).toHaveText("Open");
  await card.getByRole("button", { name: "History" }).click();
  await expect(card.getByRole("list", { name: "History" })).toContainText(
    `${editor.name} revised the article, which changed the quoted words (back to review)`,
  );
  await Promise.all([api.dispose(), editorApi.dispose()]);
});
