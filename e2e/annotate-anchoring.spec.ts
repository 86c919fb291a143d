import { expect, test, type Page } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { selectWithMouse, textPoints } from "./support/selection";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { apiAs, createUser, signInPage } from "./support/users";

const cards = (page: Page) =>
  page.getByRole("complementary", { name: "Annotations" }).locator("article[data-annotation-id]");

test("overlapping annotations are both painted and both reachable by hover and click", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  const outer = await annotate(
    api,
    article,
    "Critics said the plan would double parking fees by next spring",
    { status: "unverified" },
  );
  const inner = await annotate(api, article, "double parking fees", { status: "disputed" });
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  await expect
    .poll(() =>
      page.evaluate(() => [
        CSS.highlights.get("fm-unverified")?.size,
        CSS.highlights.get("fm-disputed")?.size,
      ]),
    )
    .toEqual([1, 1]);

  const { middle } = await textPoints(page, "parking");
  await page.mouse.move(middle.x, middle.y);
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toContainText("Unverified");
  await expect(tooltip).toContainText("Disputed");
  await page.mouse.click(middle.x, middle.y);
  await expect(page.locator(`article[data-annotation-id="${outer.id}"]`)).toHaveClass(
    /border-blue-600/,
  );
  await expect(page.locator(`article[data-annotation-id="${inner.id}"]`)).toHaveClass(
    /border-blue-600/,
  );

  // Outside the inner span only the outer one is hit.
  const critics = await textPoints(page, "Critics");
  await page.mouse.click(critics.middle.x, critics.middle.y);
  await expect(page.locator(`article[data-annotation-id="${inner.id}"]`)).not.toHaveClass(
    /border-blue-600/,
  );
  await api.dispose();
});

test("an annotation whose text was removed from the article is listed as an orphan, the others move with the text", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  const kept = await annotate(api, article, "the vote was delayed twice", { status: "unverified" });
  const lost = await annotate(api, article, "a claim the mayor denied", { status: "disputed" });
  const revisedBody = `Update: the council met again on Tuesday.\n\n${article.body.replace(", a claim the mayor denied", "")}`;
  const revised = await api.patch(`/api/articles/${article.id}`, {
    data: { version: article.version, body: revisedBody },
  });
  expect(revised.status()).toBe(200);
  expect((await revised.json()).article.version).toBe(2);

  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  const orphans = page.getByRole("region", { name: /Orphans/ });
  await expect(orphans).toContainText("a claim the mayor denied");
  await expect(orphans.locator(`article[data-annotation-id="${lost.id}"]`)).toHaveCount(1);
  await expect(page.locator(`article[data-annotation-id="${kept.id}"]`)).toBeVisible();
  await expect
    .poll(() => page.getByTestId("article-body").getAttribute("data-painted-count"))
    .toBe("1");
  const { annotations } = await (await api.get(`/api/articles/${article.id}/annotations`)).json();
  const byId = Object.fromEntries(annotations.map((a: { id: string }) => [a.id, a]));
  expect(byId[lost.id]).toMatchObject({ orphan: true, anchor: null, anchorState: "orphaned" });
  // Same words in the same context ("exact"), only shifted: saving stored the new offsets, so reads find it by position.
  expect(byId[kept.id]).toMatchObject({
    orphan: false,
    anchorState: "exact",
    anchor: { method: "position", start: revisedBody.indexOf("the vote was delayed twice") },
  });
  await expect(cards(page)).toHaveCount(2);
  await api.dispose();
});

test("an orphan is re-attached by selecting the text it refers to now; the history records the new span", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  const lost = await annotate(api, article, "a claim the mayor denied", {
    status: "disputed",
    note: "The mayor's office denied it in writing.",
  });
  const revisedBody = article.body.replace(
    "a claim the mayor denied",
    "which the mayor's office rejected",
  );
  expect(
    (
      await api.patch(`/api/articles/${article.id}`, {
        data: { version: article.version, body: revisedBody },
      })
    ).status(),
  ).toBe(200);

  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  const orphans = page.getByRole("region", { name: /Orphans/ });
  await orphans.getByRole("button", { name: `Re-attach annotation by ${reviewer.name}` }).click();
  const banner = page.getByTestId("reattach-banner");
  await expect(banner).toContainText(
    "Re-attaching a claim the mayor denied: select the text it refers to now",
  );
  await expectNoSeriousA11yViolations(page);

  // Esc gives up without changing anything; then again, for real.
  await page.keyboard.press("Escape");
  await expect(banner).toHaveCount(0);
  await orphans.getByRole("button", { name: `Re-attach annotation by ${reviewer.name}` }).click();
  await selectWithMouse(page, "which the mayor's office rejected");
  await page
    .getByRole("toolbar", { name: "Re-attach the annotation" })
    .getByRole("button", { name: /Attach here/ })
    .click();
  await expect(page.getByText("Annotation re-attached.")).toBeVisible();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole("region", { name: /Orphans/ })).toHaveCount(0);
  await expect
    .poll(() => page.getByTestId("article-body").getAttribute("data-painted-count"))
    .toBe("1");
  const card = page.locator(`article[data-annotation-id="${lost.id}"]`);
  await expect(card.locator("blockquote")).toHaveText("which the mayor's office rejected");
  await expect(card).toContainText("The mayor's office denied it in writing.");

  const { annotation } = await (await api.get(`/api/annotations/${lost.id}`)).json();
  expect(annotation).toMatchObject({
    orphan: false,
    version: 2,
    target: {
      exact: "which the mayor's office rejected",
      start: revisedBody.indexOf("which the mayor's office rejected"),
    },
  });
  await card.getByRole("button", { name: "History" }).click();
  await expect(card.getByRole("list", { name: "History" })).toContainText(
    "‘which the mayor's office rejected’",
  );
  await api.dispose();
});

test("without the CSS Custom Highlight API, highlights are drawn as overlays for the visible text only", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  await annotate(api, article, "the mayor denied");
  await annotate(api, article, "12 million dollars", { status: "unverified" });
  await page.addInitScript(() => {
    // Simulates a browser without the API.
    delete (CSS as unknown as { highlights?: unknown }).highlights;
  });
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  await expect(
    page.getByText("highlights are drawn for the visible part of the text"),
  ).toBeVisible();
  // One box per line a span covers: at least one per annotation.
  await expect
    .poll(() => page.getByTestId("highlight-overlays").locator("div").count())
    .toBeGreaterThanOrEqual(2);
  // The article text itself is untouched: one text node per paragraph.
  const childCounts = await page
    .getByTestId("article-body")
    .locator("p")
    .evaluateAll((ps) => ps.map((p) => p.childNodes.length));
  expect(new Set(childCounts)).toEqual(new Set([1]));
  await api.dispose();
});
