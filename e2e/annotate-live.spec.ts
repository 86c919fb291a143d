import { expect, test, type Page } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { apiAs, createUser, signInPage } from "./support/users";

const cards = (page: Page) =>
  page.getByRole("complementary", { name: "Annotations" }).locator("article[data-annotation-id]");

test("annotations made, changed and deleted by a colleague appear without a reload within 2 seconds", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const alice = await createUser(playwright, baseURL, "reviewer", "Alice Live");
  const bob = await createUser(playwright, baseURL, "reviewer", "Bob Live");
  const aliceApi = await apiAs(playwright, baseURL, alice);
  const article = await createArticle(aliceApi);

  const bobContext = await browser.newContext();
  const bobPage = await bobContext.newPage();
  await signInPage(bobPage, bob);
  await bobPage.goto(`/articles/${article.id}`);
  await expect(bobPage.getByText("No annotations on this article yet.")).toBeVisible();

  const created = await annotate(aliceApi, article, "the mayor denied", {
    note: "From Alice, live.",
  });
  await expect(cards(bobPage)).toHaveCount(1, { timeout: 2000 });
  await expect(cards(bobPage).first()).toContainText("From Alice, live.");
  await expect
    .poll(() => bobPage.getByTestId("article-body").getAttribute("data-painted-count"), {
      timeout: 2000,
    })
    .toBe("1");

  expect(
    (
      await aliceApi.patch(`/api/annotations/${created.id}`, {
        data: { version: created.version, status: "unverified" },
      })
    ).status(),
  ).toBe(200);
  await expect(cards(bobPage).first()).toContainText("Unverified", { timeout: 2000 });

  expect((await aliceApi.delete(`/api/annotations/${created.id}`)).status()).toBe(204);
  await expect(cards(bobPage)).toHaveCount(0, { timeout: 2000 });
  await bobContext.close();
  await aliceApi.dispose();
});

test("when the push stream is refused, the page polls the same feed and still hears of changes", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const alice = await createUser(playwright, baseURL, "reviewer", "Alice Polled");
  const bob = await createUser(playwright, baseURL, "reviewer", "Bob Polling");
  const aliceApi = await apiAs(playwright, baseURL, alice);
  const article = await createArticle(aliceApi);

  const bobContext = await browser.newContext();
  // As a proxy that does not pass Server-Sent Events would.
  await bobContext.route("**/changes/stream?*", (route) =>
    route.fulfill({ status: 503, body: "no streams here" }),
  );
  const bobPage = await bobContext.newPage();
  const polls: string[] = [];
  bobPage.on("request", (r) => {
    if (r.url().includes(`/api/articles/${article.id}/changes?since=`)) polls.push(r.url());
  });
  await signInPage(bobPage, bob);
  await bobPage.goto(`/articles/${article.id}`);
  await expect(bobPage.getByText("No annotations on this article yet.")).toBeVisible();
  await expect.poll(() => polls.length).toBeGreaterThan(0);

  await annotate(aliceApi, article, "the mayor denied", { note: "Heard by polling." });
  await expect(cards(bobPage)).toHaveCount(1, { timeout: 3000 });
  await expect(cards(bobPage).first()).toContainText("Heard by polling.");
  await bobContext.close();
  await aliceApi.dispose();
});
