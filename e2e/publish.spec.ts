import { expect, test } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { apiAs, createUser, signInPage } from "./support/users";

test("an editor publishes the approved annotations; anyone reads the report without signing in, until it is unpublished", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const editor = await createUser(playwright, baseURL, "editor");
  const api = await apiAs(playwright, baseURL, reviewer);
  const editorApi = await apiAs(playwright, baseURL, editor);
  const article = await createArticle(api);
  const approved = await annotate(api, article, "12 million dollars", {
    status: "sourced",
    note: "Matches the **published** minutes.",
    sources: [{ url: "https://council.example.gov/minutes", title: "Minutes" }],
  });
  await annotate(api, article, "a claim the mayor denied", {
    status: "disputed",
    note: "Draft: still checking with the mayor's office.",
  });
  expect(
    (
      await editorApi.post(`/api/annotations/${approved.id}/settle`, {
        data: { decision: "approved", version: approved.version },
      })
    ).status(),
  ).toBe(200);
  expect((await api.post(`/api/articles/${article.id}/publication`)).status()).toBe(403);

  await signInPage(page, editor);
  await page.goto(`/articles/${article.id}`);
  // Asked first, with the focus on Cancel; Esc changes nothing and gives the focus back.
  await page.getByRole("button", { name: "Publish report" }).click();
  await expect(
    page.getByText("Publish the approved annotations as a public page anyone can read?"),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Publish report" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(
    page.getByText("Publish the approved annotations as a public page anyone can read?"),
  ).toBeVisible();
  await page.getByRole("button", { name: "Yes, publish" }).click();
  await expect(
    page.getByText("Published: anyone with the address can read the report."),
  ).toBeVisible();
  const link = page.getByRole("link", { name: "Public report" });
  const path = (await link.getAttribute("href"))!;
  expect(path).toMatch(/^\/r\/council-budget-[a-z0-9-]+$/);

  // A reader with no account: no sign-in, the approved finding only, names withheld, ClaimReview in the page.
  const reader = await (await browser.newContext()).newPage();
  const response = await reader.goto(path);
  expect(response!.status()).toBe(200);
  await expect(reader).toHaveURL(new RegExp(`${path}$`));
  await expect(reader.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
  await expect(reader.locator("main")).toContainText("Matches the published minutes.");
  await expect(reader.locator("main")).not.toContainText("Draft: still checking");
  await expect(reader.locator("body")).not.toContainText(reviewer.name);
  await expect(reader.getByRole("link", { name: "Open in Factmark" })).toHaveCount(0);
  const jsonLd = JSON.parse(
    (await reader.locator('script[type="application/ld+json"]').textContent())!,
  );
  expect(jsonLd).toEqual([
    expect.objectContaining({
      "@type": "ClaimReview",
      url: `${baseURL}${path}#annotation-1`,
      claimReviewed: "12 million dollars",
    }),
  ]);
  expect(await reader.locator('meta[name="robots"]').count()).toBe(0);
  await expectNoSeriousA11yViolations(reader);

  // The team's own ClaimReview export points at the public page, which readers can open.
  const reviews = await (
    await api.get(`/api/articles/${article.id}/export?format=claimreview`)
  ).json();
  expect(reviews[0].url).toBe(`${baseURL}${path}#annotation-1`);

  // Reviewers see no publishing controls.
  const reviewerPage = await (await browser.newContext()).newPage();
  await signInPage(reviewerPage, reviewer);
  await reviewerPage.goto(`/articles/${article.id}`);
  await expect(reviewerPage.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(reviewerPage.getByRole("button", { name: "Publish report" })).toHaveCount(0);

  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(
    page.getByText("Unpublished: the public address now answers “not found”."),
  ).toBeVisible();
  const gone = await reader.goto(path);
  expect(gone!.status()).toBe(404);
  await expect(reader.getByRole("heading", { name: "Report not found" })).toBeVisible();
  expect((await editorApi.post(`/api/articles/${article.id}/publication`)).status()).toBe(200);
  expect((await reader.goto(path))!.status()).toBe(200);
  await Promise.all([
    api.dispose(),
    editorApi.dispose(),
    reader.context().close(),
    reviewerPage.context().close(),
  ]);
});
