import { expect, test } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { apiAs, createUser, signInPage } from "./support/users";

test("the header's counts follow annotations added, edited and deleted, here and by others", async ({
  page,
  playwright,
  baseURL,
}) => {
  const alice = await createUser(playwright, baseURL, "reviewer");
  const bob = await createUser(playwright, baseURL, "reviewer");
  const aliceApi = await apiAs(playwright, baseURL, alice);
  const article = await createArticle(aliceApi);
  const first = await annotate(aliceApi, article, "a claim the mayor denied", {
    status: "disputed",
  });

  await signInPage(page, bob);
  await page.goto(`/articles/${article.id}`);
  const header = page.locator("header dl[aria-label='Annotations by status']");
  await expect(header).toHaveText(/Sourced\s*0\s*Disputed\s*1\s*Unverified\s*0/);

  // Someone else adds one and edits another: the open page follows without a reload.
  await annotate(aliceApi, article, "the vote was delayed twice", { status: "unverified" });
  await expect(header).toHaveText(/Sourced\s*0\s*Disputed\s*1\s*Unverified\s*1/);
  expect(
    (
      await aliceApi.patch(`/api/annotations/${first.id}`, {
        data: { version: first.version, status: "unverified" },
      })
    ).status(),
  ).toBe(200);
  await expect(header).toHaveText(/Sourced\s*0\s*Disputed\s*0\s*Unverified\s*2/);
  expect(
    (await aliceApi.delete(`/api/annotations/${first.id}?version=${first.version + 1}`)).status(),
  ).toBe(204);
  await expect(header).toHaveText(/Sourced\s*0\s*Disputed\s*0\s*Unverified\s*1/);
  await aliceApi.dispose();
});
