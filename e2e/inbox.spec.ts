import { expect, test } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { apiAs, createUser, signInPage } from "./support/users";

test("the inbox lists reviews, replies and settlements on my annotations, with an unread count", async ({ page, playwright, baseURL }) => {
  const alice = await createUser(playwright, baseURL, "reviewer", "Alice Inbox");
  const bob = await createUser(playwright, baseURL, "reviewer", "Bob Inbox");
  const editor = await createUser(playwright, baseURL, "editor", "Eddie Inbox");
  const aliceApi = await apiAs(playwright, baseURL, alice);
  const bobApi = await apiAs(playwright, baseURL, bob);
  const editorApi = await apiAs(playwright, baseURL, editor);
  const article = await createArticle(aliceApi);
  const annotation = await annotate(aliceApi, article, "the mayor denied");
  await bobApi.post(`/api/annotations/${annotation.id}/reviews`, { data: { verdict: "agree" } });
  await bobApi.post(`/api/annotations/${annotation.id}/replies`, { data: { body: "Nice catch." } });
  const { annotation: read } = await (await editorApi.get(`/api/annotations/${annotation.id}`)).json();
  expect((await editorApi.post(`/api/annotations/${annotation.id}/settle`, { data: { decision: "approved", version: read.version } })).status()).toBe(200);
  // My own activity does not notify me.
  await aliceApi.post(`/api/annotations/${annotation.id}/replies`, { data: { body: "Thanks." } });

  await signInPage(page, alice);
  await page.goto("/inbox");
  await expect(page.getByRole("banner").getByLabel("3 unread")).toBeVisible();
  const items = page.getByRole("list", { name: "Notifications" }).getByRole("listitem");
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText("Eddie Inbox settled your annotation");
  await expect(items.nth(1)).toContainText("Bob Inbox replied to your annotation");
  await expect(items.nth(2)).toContainText("Bob Inbox reviewed your annotation");

  // Someone else cannot mark my notifications read by id.
  const { notifications } = await (await aliceApi.get("/api/notifications")).json();
  expect((await (await bobApi.post("/api/notifications", { data: { ids: notifications.map((n: { id: string }) => n.id) } })).json()).marked).toBe(0);

  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByText("0 unread")).toBeVisible();
  await expect(page.getByRole("banner").getByLabel(/unread/)).toHaveCount(0);
  await items.nth(0).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`annotation=${annotation.id}`));
  await Promise.all([aliceApi.dispose(), bobApi.dispose(), editorApi.dispose()]);
});
