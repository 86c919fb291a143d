import { expect, test } from "@playwright/test";
import { createArticle } from "./support/articles";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { selectWithMouse, textPoints } from "./support/selection";
import { apiAs, createUser, signInPage } from "./support/users";

const cards = (page: import("@playwright/test").Page) =>
  page.getByRole("complementary", { name: "Annotations" }).locator("article[data-annotation-id]");
const toolbarButton = (page: import("@playwright/test").Page, status: string) =>
  page
    .getByRole("toolbar", { name: "Annotate the selection" })
    .getByRole("button", { name: new RegExp(status) });
const paintedCount = (page: import("@playwright/test").Page) =>
  page.getByTestId("article-body").getAttribute("data-painted-count");

test("a reviewer marks one span of each status with the mouse; sourced needs a source", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);

  await selectWithMouse(page, "approved a budget of 12 million dollars");
  await page
    .getByRole("toolbar", { name: "Annotate the selection" })
    .getByRole("button", { name: /Sourced/ })
    .click();
  const editor = page.getByRole("form", { name: "New annotation" });
  await expect(editor.locator("blockquote")).toHaveText("approved a budget of 12 million dollars");
  await editor.getByLabel("Note").fill("Matches the council's **published** minutes.");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByText("A sourced annotation needs at least one source")).toBeVisible();
  await editor.getByRole("button", { name: "Add source" }).click();
  // The new source's address takes focus; removing one gives focus back to "Add source".
  await expect(editor.getByLabel("Source 1 URL")).toBeFocused();
  await editor.getByRole("button", { name: "Add source" }).click();
  await expect(editor.getByLabel("Source 2 URL")).toBeFocused();
  await editor.getByRole("button", { name: "Remove source 2" }).click();
  await expect(editor.getByRole("button", { name: "Add source" })).toBeFocused();
  await editor.getByLabel("Source 1 URL").fill("javascript:alert(1)");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByText("Enter a full http:// or https:// address")).toBeVisible();
  await editor.getByLabel("Source 1 URL").fill("https://council.example.gov/minutes");
  await editor.getByLabel("Title").fill("Council minutes");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor).toHaveCount(0);
  await expect(cards(page).filter({ hasText: "Sourced" })).toHaveCount(1);

  await selectWithMouse(page, "double parking fees by next spring");
  await toolbarButton(page, "Disputed").click();
  // Limits show before they bite: a counter near the note's limit, "Add source" off at the most sources, saying why.
  await page.getByLabel("Note").fill("x".repeat(16_500));
  await expect(page.getByText("16,500 of 20,000 characters")).toBeVisible();
  for (let i = 0; i < 20; i += 1) await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("button", { name: "Add source" })).toBeDisabled();
  await expect(page.getByText("At most 20 sources on one annotation.")).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await selectWithMouse(page, "double parking fees by next spring");
  await toolbarButton(page, "Disputed").click();
  await page.getByLabel("Note").fill("Fees rise by 20%, not 100%.");
  await page.getByRole("button", { name: "Save" }).click();

  await selectWithMouse(page, "two people familiar with the talks");
  await toolbarButton(page, "Unverified").click();
  await page.getByLabel("Note").fill("Anonymous sources only.");
  await page.getByRole("button", { name: "Save" }).click();

  await expect(cards(page)).toHaveCount(3);
  await expect.poll(() => paintedCount(page)).toBe("3");
  await expect(page.getByText("Saving…")).toHaveCount(0);

  await page.reload();
  await expect(cards(page)).toHaveCount(3);
  const statuses = await cards(page).evaluateAll((els) =>
    els.map((e) => e.getAttribute("data-status")),
  );
  expect(statuses).toEqual(["sourced", "disputed", "unverified"]);
  const { annotations } = await (await api.get(`/api/articles/${article.id}/annotations`)).json();
  expect(annotations.map((a: { target: { exact: string } }) => a.target.exact)).toEqual([
    "approved a budget of 12 million dollars",
    "double parking fees by next spring",
    "two people familiar with the talks",
  ]);
  expect(annotations[0].sources).toEqual([
    {
      url: "https://council.example.gov/minutes",
      title: "Council minutes",
      quote: "",
      accessedAt: null,
    },
  ]);
  await api.dispose();
});

test("a span is annotated with the keyboard alone", async ({ page, playwright, baseURL }) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);

  const body = page.getByTestId("article-body");
  await body.focus();
  await expect(body).toBeFocused();
  // "The city council": move past "The " then select "city council" (12 characters).
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < 12; i++) await page.keyboard.press("Shift+ArrowRight");
  const toolbar = page.getByRole("toolbar", { name: "Annotate the selection" });
  await expect(toolbar).toBeVisible();
  await page.keyboard.press("u");
  const note = page.getByLabel("Note");
  await expect(note).toBeFocused();
  await page.keyboard.type("Which council? The article never names it.");
  await page.keyboard.press("Control+Enter");
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText("Unverified");
  await expect(cards(page).first().locator("blockquote")).toHaveText("city council");

  // With the caret inside the highlight, Enter opens its annotation (focus on its card);
  // "Show in text" brings focus and the caret back into the text.
  await body.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  const first = cards(page).first();
  await expect(first).toBeFocused();
  await expect(first).toHaveClass(/border-blue-600/);
  await first.getByRole("button", { name: "Show in text" }).click();
  await expect(body).toBeFocused();
  expect(
    await page.evaluate(() =>
      window.getSelection()?.anchorNode?.textContent?.includes("city council"),
    ),
  ).toBe(true);
  expect(await page.evaluate(() => window.getSelection()?.anchorOffset)).toBe(4);
  await page.evaluate(() => window.getSelection()?.removeAllRanges());

  // A status key pressed straight after extending the selection annotates all of it, not the
  // shorter selection the toolbar appeared for.
  await body.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < 9; i++) await page.keyboard.press("Shift+ArrowRight");
  await expect(toolbar).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("d");
  await expect(page.getByLabel("Note")).toBeFocused();
  await expect(
    page
      .getByRole("complementary", { name: "Annotations" })
      .getByRole("form")
      .locator("blockquote"),
  ).toHaveText("city council");
  await page.getByRole("button", { name: "Cancel" }).click();

  // Esc closes the toolbar without annotating.
  await body.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < 6; i++) await page.keyboard.press("Shift+ArrowRight");
  await expect(toolbar).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(toolbar).toHaveCount(0);
  await expect(cards(page)).toHaveCount(1);
  await api.dispose();
});

test("a failed save rolls the highlight back, says why, and keeps the note", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  await page.route(`**/api/articles/${article.id}/annotations`, (route) =>
    route.request().method() === "POST"
      ? route.fulfill({
          status: 503,
          contentType: "application/json",
          body: JSON.stringify({ error: { code: "INTERNAL", message: "The database is busy" } }),
        })
      : route.continue(),
  );
  await selectWithMouse(page, "the mayor denied");
  await toolbarButton(page, "Disputed").click();
  await page.getByLabel("Note").fill("A long note I do not want to type twice.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Not saved: The database is busy" }),
  ).toBeVisible();
  await expect(page.getByLabel("Note")).toHaveValue("A long note I do not want to type twice.");
  await expect(cards(page)).toHaveCount(0);
  await expect.poll(() => paintedCount(page)).toBe("0");
  await api.dispose();
});

test("the article page with the toolbar and the editor open has no serious accessibility violations", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  await selectWithMouse(page, "budget of 12 million");
  await expect(page.getByRole("toolbar")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await toolbarButton(page, "Sourced").click();
  await page.getByRole("button", { name: "Add source" }).click();
  await expectNoSeriousA11yViolations(page);
  await api.dispose();
});

test("HTML and script in a note never run", async ({ page, playwright, baseURL }) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  await selectWithMouse(page, "the vote was delayed twice");
  await toolbarButton(page, "Disputed").click();
  const payload = [
    `<script>alert("script")</script>`,
    `<img src=x onerror="alert('img')">`,
    "[click](javascript:alert('link'))",
    `<a href="javascript:alert('a')">a</a>`,
    "**bold**",
  ].join("\n\n");
  await page.getByLabel("Note").fill(payload);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByLabel("Note preview").locator("strong")).toHaveText("bold");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(cards(page).first().locator("strong")).toHaveText("bold");
  await page.reload();
  const card = cards(page).first();
  await card.getByRole("button", { name: "Show in text" }).click();
  // Raw HTML is shown as the text that was typed, never parsed.
  await expect(card).toContainText(`<script>alert("script")</script>`);
  await expect(card).toContainText(`<img src=x onerror="alert('img')">`);
  for (const selector of [
    "script",
    "img",
    "[onerror]",
    "[onclick]",
    'a[href^="javascript"]',
    "iframe",
  ]) {
    await expect(card.locator(selector), selector).toHaveCount(0);
  }
  await card.getByText("click").click();
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  await api.dispose();
});

test("a selection that starts outside the article is clipped to the article text", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  // textPoints scrolls the text into view, so measure the hint after it.
  const { end } = await textPoints(page, "The city council");
  const hint = await page.getByText("Select text to annotate it.").boundingBox();
  await page.mouse.move(hint!.x + 30, hint!.y + 8);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 6 });
  await page.mouse.up();
  await toolbarButton(page, "Unverified").click();
  await expect(page.getByRole("form", { name: "New annotation" }).locator("blockquote")).toHaveText(
    "The city council",
  );
  await page.getByRole("button", { name: "Save" }).click();
  // Wait for the server's confirmation, not just the optimistic card.
  await expect(page.getByText("Annotation saved.")).toBeVisible();
  const { annotations } = await (await api.get(`/api/articles/${article.id}/annotations`)).json();
  expect(annotations[0].target).toMatchObject({
    start: 0,
    end: 16,
    exact: "The city council",
    prefix: "",
  });
  await api.dispose();
});
