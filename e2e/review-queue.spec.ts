import { expect, test } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { apiAs, createUser, signInPage } from "./support/users";

test("the review queue works with the keyboard alone", async ({ page, playwright, baseURL }) => {
  const alice = await createUser(playwright, baseURL, "reviewer", "Alice Queue");
  const bob = await createUser(playwright, baseURL, "reviewer", "Bob Queue");
  const aliceApi = await apiAs(playwright, baseURL, alice);
  const article = await createArticle(aliceApi);
  const first = await annotate(aliceApi, article, "approved a budget");
  const second = await annotate(aliceApi, article, "double parking fees");
  const third = await annotate(aliceApi, article, "the vote was delayed twice");

  await signInPage(page, bob);
  await page.goto(`/review?article=${article.id}`);
  await expectNoSeriousA11yViolations(page);
  const items = page
    .getByRole("list", { name: "Annotations to review" })
    .locator("[data-queue-item]");
  await expect(items).toHaveCount(3);
  // Oldest first.
  expect(
    await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-queue-item"))),
  ).toEqual([first.id, second.id, third.id]);

  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.hasAttribute("data-queue-item"))) break;
  }
  await expect(items.first()).toBeFocused();

  await page.keyboard.press("a");
  await expect(page.getByRole("status")).toContainText("You agreed with Alice Queue's annotation.");
  await expect(items).toHaveCount(2);
  await expect(items.first()).toBeFocused();

  await page.keyboard.press("x");
  await expect(page.getByLabel("Why do you disagree?")).toBeFocused();
  await page.keyboard.type("The article says twenty percent.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("status")).toContainText(
    "You disagreed with Alice Queue's annotation.",
  );
  await expect(items).toHaveCount(1);

  await page.keyboard.press("r");
  await expect(page.getByLabel("Reply", { exact: true })).toBeFocused();
  await page.keyboard.type("Which meeting was this?");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("status")).toContainText("Reply posted.");
  await expect(items).toHaveCount(1);

  await items.first().focus();
  await page.keyboard.press("o");
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}\\?annotation=${third.id}`));
  await expect(page.locator(`article[data-annotation-id="${third.id}"]`)).toHaveClass(
    /border-blue-600/,
  );

  const verdicts = async (id: string) =>
    (await (await aliceApi.get(`/api/annotations/${id}`)).json()).annotation.reviews.map(
      (r: { verdict: string }) => r.verdict,
    );
  expect(await verdicts(first.id)).toEqual(["agree"]);
  expect(await verdicts(second.id)).toEqual(["disagree"]);
  expect(
    (await (await aliceApi.get(`/api/annotations/${third.id}/replies`)).json()).replies[0].body,
  ).toBe("Which meeting was this?");
  await aliceApi.dispose();
});

test("an editor's queue also lists disputed annotations waiting to be settled; a viewer's queue is empty", async ({
  page,
  playwright,
  baseURL,
}) => {
  const alice = await createUser(playwright, baseURL, "reviewer");
  const bob = await createUser(playwright, baseURL, "reviewer");
  const editor = await createUser(playwright, baseURL, "editor");
  const aliceApi = await apiAs(playwright, baseURL, alice);
  const bobApi = await apiAs(playwright, baseURL, bob);
  const editorApi = await apiAs(playwright, baseURL, editor);
  const article = await createArticle(aliceApi);
  const disputed = await annotate(aliceApi, article, "the mayor denied");
  await bobApi.post(`/api/annotations/${disputed.id}/reviews`, {
    data: { verdict: "disagree", reason: "No." },
  });
  await editorApi.post(`/api/annotations/${disputed.id}/reviews`, { data: { verdict: "agree" } });

  await signInPage(page, editor);
  await page.goto(`/review?article=${article.id}`);
  const entry = page.locator(`[data-queue-item="${disputed.id}"]`);
  await expect(entry).toContainText("waiting for settlement");

  const viewer = await createUser(playwright, baseURL, "viewer");
  await page.context().clearCookies();
  await signInPage(page, viewer);
  await page.goto("/review");
  await expect(page.getByText("reviewing needs the reviewer role")).toBeVisible();
  await Promise.all([aliceApi.dispose(), bobApi.dispose(), editorApi.dispose()]);
});
