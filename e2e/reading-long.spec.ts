import { expect, test } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { highlightedTexts } from "./support/highlights";
import { apiAs, createUser, signInPage } from "./support/users";

const COUNT = 45;
const word = (i: number) => `claim${String(i).padStart(3, "0")}`;

test("a long list sends the first cards in full and loads the others' details as the sidebar shows them", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const reviewer = await createUser(playwright, baseURL, "reviewer", "Lena Longlist");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(
    api,
    Array.from(
      { length: COUNT },
      (_, i) => `Sentence ${i} makes ${word(i)} about the budget.`,
    ).join("\n\n"),
  );
  for (let i = 0; i < COUNT; i += 1)
    await annotate(api, article, word(i), {
      status: i % 2 ? "disputed" : "unverified",
      note: `Checked ${word(i)}`,
    });

  // The page follows the change feed from the last change before it read the annotations: none of
  // them arrives again through it, so details come only from the requests this test counts.
  const detailRequests: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes(`/api/articles/${article.id}/annotations?ids=`))
      detailRequests.push(r.url());
  });
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  const list = page.getByRole("region", { name: "Annotation list" });
  await expect(list.getByRole("heading", { name: `Annotations (${COUNT})` })).toBeVisible();
  // Every highlight is painted from the outline, not only the first page's.
  await expect(page.getByTestId("article-body")).toHaveAttribute(
    "data-painted-count",
    String(COUNT),
  );
  const cards = list.locator("article[data-annotation-id]");
  await expect(cards).toHaveCount(30);
  await expect(cards.first()).toContainText("Checked claim000");
  expect(detailRequests, "the first page came with the page").toHaveLength(0);

  await list
    .getByRole("button", { name: `Show ${COUNT - 30} more of ${COUNT - 30} remaining` })
    .click();
  await expect(cards).toHaveCount(COUNT);
  await expect(cards.last()).toContainText(`Checked ${word(COUNT - 1)}`);
  await expect(list.locator('article[aria-busy="true"]')).toHaveCount(0);
  expect(detailRequests).toHaveLength(1);

  // A click in the text on a span whose card was never shown brings it in with its details.
  const freshPage = await page.context().newPage();
  await freshPage.goto(
    `/articles/${article.id}?annotation=${(await (await api.get(`/api/articles/${article.id}/annotations`)).json()).annotations[40].id}`,
  );
  const freshList = freshPage.getByRole("region", { name: "Annotation list" });
  // The sidebar hydrates after the text and then asks for the details: on a busy machine
  // (CI runs two browsers beside the server and the database) that alone has taken 6 s.
  await expect(freshList.locator("article[data-annotation-id]").nth(40)).toContainText(
    `Checked ${word(40)}`,
    { timeout: 20_000 },
  );
  await freshPage.close();
});

test("the details request is validated and limited to the article", async ({
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  const mine = await annotate(api, article, "double parking fees");
  const other = await createArticle(api);
  const theirs = await annotate(api, other, "double parking fees");

  const listed = await api.get(
    `/api/articles/${article.id}/annotations?ids=${mine.id},${theirs.id},nonexistent`,
  );
  expect(listed.status()).toBe(200);
  expect((await listed.json()).annotations.map((a: { id: string }) => a.id)).toEqual([mine.id]);

  for (const bad of ["", "a;b", Array.from({ length: 201 }, (_, i) => `id${i}`).join(",")]) {
    const response = await api.get(
      `/api/articles/${article.id}/annotations?ids=${encodeURIComponent(bad)}`,
    );
    expect(response.status(), `ids=${bad.slice(0, 20)}`).toBe(400);
    expect((await response.json()).error.code).toBe("BAD_REQUEST");
  }
});

test("highlights are painted while the page loads, before any of its scripts has run", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  await annotate(api, article, "approved a budget of 12 million dollars", {
    status: "sourced",
    sources: [{ url: "https://example.org/minutes" }],
  });
  await annotate(api, article, "double parking fees", { status: "disputed" });
  await annotate(api, article, "parking fees by next spring", { status: "unverified" });
  await annotate(api, article, "the vote was delayed twice", { status: "disputed" });

  await signInPage(page, reviewer);
  // Without the app's scripts React never hydrates: whatever is painted came from the page itself.
  await page.route("**/_next/static/chunks/**/*.js", (route) => route.abort());
  await page.goto(`/articles/${article.id}`);
  const sizes = await page.evaluate(() =>
    Object.fromEntries(
      ["fm-sourced", "fm-disputed", "fm-unverified"].map((n) => [
        n,
        CSS.highlights.get(n)?.size ?? 0,
      ]),
    ),
  );
  expect(sizes).toEqual({ "fm-sourced": 1, "fm-disputed": 2, "fm-unverified": 1 });
  const painted = await highlightedTexts(page, "fm-disputed");
  expect(painted).toEqual(["double parking fees", "the vote was delayed twice"]);
});

test("the reader keeps the highlights the page painted, and adds a colleague's new annotation as one range", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  await annotate(api, article, "double parking fees", { status: "disputed" });
  await annotate(api, article, "parking fees by next spring", { status: "unverified" });

  // Counts every registration of a status highlight: the inline script's, and any the reader makes after hydrating.
  await page.addInitScript(() => {
    const counts: Record<string, number> = {};
    (window as unknown as { registrations: Record<string, number> }).registrations = counts;
    const set = CSS.highlights.set.bind(CSS.highlights);
    CSS.highlights.set = (name: string, highlight: Highlight) => {
      counts[name] = (counts[name] ?? 0) + 1;
      return set(name, highlight);
    };
  });
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  const body = page.getByTestId("article-body");
  await expect(body).toHaveAttribute("data-painted-count", "2");
  const registrations = () =>
    page.evaluate(
      () => (window as unknown as { registrations: Record<string, number> }).registrations,
    );
  expect(await registrations()).toEqual({ "fm-sourced": 1, "fm-disputed": 1, "fm-unverified": 1 });

  await annotate(api, article, "the vote was delayed twice", { status: "disputed" });
  await expect(body).toHaveAttribute("data-painted-count", "3", { timeout: 10_000 });
  expect(await highlightedTexts(page, "fm-disputed")).toEqual([
    "double parking fees",
    "the vote was delayed twice",
  ]);
  expect(await registrations()).toEqual({ "fm-sourced": 1, "fm-disputed": 1, "fm-unverified": 1 });
});
