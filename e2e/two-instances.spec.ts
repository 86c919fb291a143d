import { expect, test, type Page } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { apiAs, createUser, signInPage } from "./support/users";

// Two app instances on one PostgreSQL database (playwright.config.ts starts the second one on
// E2E_SECOND_PORT when DATABASE_URL is PostgreSQL): what one writes, pages open on the other hear
// of through LISTEN/NOTIFY, and a sign-in or a token made on one is good on the other.
const second = `http://127.0.0.1:${process.env.E2E_SECOND_PORT}`;

const cards = (page: Page) =>
  page.getByRole("complementary", { name: "Annotations" }).locator("article[data-annotation-id]");

test("an annotation made on instance A appears within a second on a page open on instance B", async ({
  browser,
  playwright,
  baseURL,
}) => {
  expect(baseURL).not.toBe(second);
  const health = await (await playwright.request.newContext()).get(`${second}/api/health`);
  expect(await health.json()).toMatchObject({ ok: true, database: "postgresql" });

  const alice = await createUser(playwright, baseURL, "reviewer", "Alice on A");
  const bob = await createUser(playwright, baseURL, "reviewer", "Bob on B");
  const aliceOnA = await apiAs(playwright, baseURL, alice);
  const article = await createArticle(aliceOnA);

  const bobContext = await browser.newContext({ baseURL: second });
  const bobPage = await bobContext.newPage();
  await signInPage(bobPage, bob);
  const streams: string[] = [];
  bobPage.on("request", (r) => {
    if (r.url().includes("/changes/stream")) streams.push(r.url());
  });
  await bobPage.goto(`/articles/${article.id}`);
  await expect(bobPage.getByText("No annotations on this article yet.")).toBeVisible();
  await expect.poll(() => streams.length).toBeGreaterThan(0);
  expect(streams[0]).toContain(second);

  const created = await annotate(aliceOnA, article, "the mayor denied", { note: "Made on A." });
  await expect(cards(bobPage)).toHaveCount(1, { timeout: 1000 });
  await expect(cards(bobPage).first()).toContainText("Made on A.");

  // A review by someone else, on A, reaches B too.
  const carol = await createUser(playwright, baseURL, "reviewer", "Carol on A");
  const carolOnA = await apiAs(playwright, baseURL, carol);
  const review = await carolOnA.post(`/api/annotations/${created.id}/reviews`, {
    data: { verdict: "disagree", reason: "The minutes say otherwise." },
  });
  expect(review.status()).toBe(201);
  await expect(cards(bobPage).first()).toContainText(
    "Carol on A disagrees: “The minutes say otherwise.”",
    { timeout: 1000 },
  );

  // Bob's sign-in, made on B, on A: the session lives in the shared database, not in an instance.
  const cookie = (await bobContext.cookies(second)).map((c) => `${c.name}=${c.value}`).join("; ");
  const plain = await playwright.request.newContext({ baseURL });
  expect((await plain.get(`/api/articles/${article.id}`)).status()).toBe(401);
  const asBob = await plain.get(`/api/articles/${article.id}`, { headers: { cookie } });
  expect(asBob.status()).toBe(200);
  expect((await asBob.json()).article.id).toBe(article.id);

  // And a token Bob makes on B works on A.
  await bobPage.goto("/settings");
  await bobPage.getByLabel("Token name").fill("two instances");
  await bobPage.getByRole("button", { name: "Create token" }).click();
  const token = (await bobPage.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^fm_/);
  const withToken = await plain.get(`/api/articles/${article.id}/annotations`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(withToken.status()).toBe(200);
  expect((await withToken.json()).annotations.map((a: { id: string }) => a.id)).toEqual([
    created.id,
  ]);

  await plain.dispose();
  await carolOnA.dispose();
  await aliceOnA.dispose();
  await bobContext.close();
});
