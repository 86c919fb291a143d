import { expect, test } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { apiAs, createUser, signInPage } from "./support/users";

test("the inbox lists reviews, replies and settlements on my annotations, with an unread count", async ({
  page,
  playwright,
  baseURL,
}) => {
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
  const { annotation: read } = await (
    await editorApi.get(`/api/annotations/${annotation.id}`)
  ).json();
  expect(
    (
      await editorApi.post(`/api/annotations/${annotation.id}/settle`, {
        data: { decision: "approved", version: read.version },
      })
    ).status(),
  ).toBe(200);
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

  // Opening an entry reads it: the badge and the count agree at once.
  await items.nth(2).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`annotation=${annotation.id}`));
  await page.goto("/inbox");
  await expect(page.getByText("2 unread")).toBeVisible();
  await expect(page.getByRole("banner").getByLabel("2 unread")).toBeVisible();
  await expect(items.nth(2).getByText("New", { exact: true })).toHaveCount(0);
  await expect(items.nth(0).getByText("New", { exact: true })).toBeVisible();
  await expect(page.getByText("Showing 1–3 of 3")).toBeVisible();

  // Someone else cannot mark my notifications read by id.
  const { notifications } = await (await aliceApi.get("/api/notifications")).json();
  expect(
    (
      await (
        await bobApi.post("/api/notifications", {
          data: { ids: notifications.map((n: { id: string }) => n.id) },
        })
      ).json()
    ).marked,
  ).toBe(0);

  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByText("0 unread")).toBeVisible();
  await expect(page.getByRole("banner").getByLabel(/unread/)).toHaveCount(0);
  await items.nth(0).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`annotation=${annotation.id}`));
  await Promise.all([aliceApi.dispose(), bobApi.dispose(), editorApi.dispose()]);
});

test("the inbox pages through more than a page of notifications", async ({
  page,
  playwright,
  baseURL,
}) => {
  const alice = await createUser(playwright, baseURL, "reviewer");
  const bob = await createUser(playwright, baseURL, "reviewer");
  const aliceApi = await apiAs(playwright, baseURL, alice);
  const bobApi = await apiAs(playwright, baseURL, bob);
  const annotation = await annotate(aliceApi, await createArticle(aliceApi), "the mayor denied");
  for (let i = 0; i < 55; i += 1)
    expect(
      (
        await bobApi.post(`/api/annotations/${annotation.id}/replies`, {
          data: { body: `Reply ${i}` },
        })
      ).status(),
    ).toBe(201);

  await signInPage(page, alice);
  await page.goto("/inbox");
  await expect(page.getByText("55 unread")).toBeVisible();
  await expect(page.getByRole("banner").getByLabel("55 unread")).toBeVisible();
  const items = page.getByRole("list", { name: "Notifications" }).getByRole("listitem");
  await expect(items).toHaveCount(50);
  await expect(page.getByText("Showing 1–50 of 55")).toBeVisible();
  await page
    .getByRole("navigation", { name: "Inbox pages" })
    .getByRole("link", { name: "Next" })
    .click();
  await expect(page.getByText("Showing 51–55 of 55")).toBeVisible();
  await expect(items).toHaveCount(5);
  const api = await (await aliceApi.get("/api/notifications?page=2&pageSize=50")).json();
  expect(api).toMatchObject({ total: 55, unread: 55, page: 2 });
  expect(api.notifications).toHaveLength(5);
  expect((await aliceApi.get("/api/notifications?pageSize=9999")).status()).toBe(422);
  await Promise.all([aliceApi.dispose(), bobApi.dispose()]);
});
