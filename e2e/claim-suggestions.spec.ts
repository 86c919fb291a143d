import { expect, test, type Page } from "@playwright/test";
import { createArticle } from "./support/articles";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { highlightedTexts } from "./support/highlights";
import { textPoints } from "./support/selection";
import { apiAs, createUser, signInPage } from "./support/users";

const BUDGET =
  "The city council approved a budget of 12 million dollars on Monday, officials said.";
const CRITICS =
  "Critics said the plan would double parking fees by next spring, a claim the mayor denied.";
const TALKS =
  "According to two people familiar with the talks, the vote was delayed twice before it passed.";
const BODY = [
  BUDGET,
  "The weather was pleasant and people walked in the park.",
  CRITICS,
  TALKS,
].join("\n\n");

const toggle = (page: Page) => page.getByRole("button", { name: "Suggest claims" });
const announcer = (page: Page) => page.getByTestId("suggestion-announcer");
const bar = (page: Page) => page.getByRole("toolbar", { name: "Claim suggestion" });
const suggestionCount = (page: Page) =>
  page.getByTestId("article-body").getAttribute("data-suggestion-count");

/** CSP violations the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test("a reviewer walks the suggested claims from the keyboard, dismisses one and turns one into an annotation", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api, BODY);
  const answer = await api.get(`/api/articles/${article.id}/claims`);
  expect(answer.status()).toBe(200);
  const { suggestions } = (await answer.json()) as {
    suggestions: { start: number; end: number; reasons: string[] }[];
  };
  expect(suggestions.map((s) => article.body.slice(s.start, s.end))).toEqual([
    BUDGET,
    CRITICS,
    TALKS,
  ]);
  expect(suggestions[0]).toEqual({
    start: 0,
    end: BUDGET.length,
    reasons: ["money", "an attribution"],
  });
  expect((await api.get("/api/articles/no-such-article/claims")).status()).toBe(404);
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get(`/api/articles/${article.id}/claims`)).status()).toBe(401);
  await anonymous.dispose();

  const violations = await watchViolations(page);
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "false");
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("3 suggested claims")).toBeVisible();
  await expect.poll(() => suggestionCount(page)).toBe("3");
  expect(await page.evaluate(() => CSS.highlights.get("fm-suggestion")?.size)).toBe(3);
  expect(await highlightedTexts(page, "fm-suggestion")).toEqual([BUDGET, CRITICS, TALKS].sort());

  // n moves to the first suggestion, says why, and puts the caret there.
  await page.keyboard.press("n");
  await expect(announcer(page)).toHaveText(
    "Suggested claim 1 of 3: money and an attribution. Press a to annotate it, Escape to dismiss it.",
  );
  await expect(bar(page)).toContainText("money and an attribution");
  await expect(page.getByTestId("article-body")).toBeFocused();
  expect(await highlightedTexts(page, "fm-suggestion-current")).toEqual([BUDGET]);
  await expectNoSeriousA11yViolations(page);

  // Esc dismisses it for the session.
  await page.keyboard.press("Escape");
  await expect.poll(() => suggestionCount(page)).toBe("2");
  await expect(announcer(page)).toHaveText(/dismissed/);
  expect(await highlightedTexts(page, "fm-suggestion")).toEqual([CRITICS, TALKS].sort());

  // n goes on from there; a opens the editor on the whole sentence.
  await page.keyboard.press("n");
  await expect(announcer(page)).toHaveText(
    /^Suggested claim 1 of 2: an attribution and a hedge or modal claim\./,
  );
  await page.keyboard.press("p");
  await expect(announcer(page)).toHaveText(
    /^Suggested claim 2 of 2: a number, an attribution, and anonymous sourcing\./,
  );
  await page.keyboard.press("n");
  await expect(announcer(page)).toHaveText(/^Suggested claim 1 of 2/);
  await expect(bar(page).getByRole("button", { name: /Annotate/ })).toHaveAttribute(
    "aria-keyshortcuts",
    "a",
  );
  await page.keyboard.press("a");
  const editor = page.getByRole("form", { name: "New annotation" });
  await expect(editor.locator("blockquote")).toHaveText(CRITICS);
  await expect(editor.getByLabel("Note")).toBeFocused();
  await page.keyboard.type("The fees rise by a fifth, not double.");
  await page.keyboard.press("Control+Enter");
  await expect(editor).toHaveCount(0);
  await expect(page.getByText("Annotation saved.")).toBeVisible();
  // The annotated sentence is no longer suggested.
  await expect.poll(() => suggestionCount(page)).toBe("1");
  const { annotations } = await (await api.get(`/api/articles/${article.id}/annotations`)).json();
  expect(
    annotations.map((a: { status: string; target: { exact: string } }) => [
      a.status,
      a.target.exact,
    ]),
  ).toEqual([["unverified", CRITICS]]);
  const after = (await (await api.get(`/api/articles/${article.id}/claims`)).json()) as {
    suggestions: { start: number; end: number }[];
  };
  expect(after.suggestions.map((s) => article.body.slice(s.start, s.end))).toEqual([BUDGET, TALKS]);

  // Hovering a suggestion shows why it was suggested.
  const { middle } = await textPoints(page, "familiar with the talks");
  await page.mouse.move(middle.x, middle.y);
  await expect(page.getByRole("tooltip")).toHaveText(
    "Suggested claim: a number, an attribution, and anonymous sourcing",
  );

  // The dismissal holds for the session; switching off clears the layer.
  await page.reload();
  await toggle(page).click();
  await expect.poll(() => suggestionCount(page)).toBe("1");
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "false");
  expect(await page.evaluate(() => CSS.highlights.has("fm-suggestion"))).toBe(false);
  expect(await violations()).toEqual([]);
  await api.dispose();
});

test("a viewer sees suggestions but cannot annotate them; a failed load says so and can be retried", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const viewer = await createUser(playwright, baseURL, "viewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api, BODY);
  await api.dispose();
  await signInPage(page, viewer);
  await page.goto(`/articles/${article.id}`);

  let failing = true;
  await page.route(`**/api/articles/${article.id}/claims`, (route) =>
    failing
      ? route.fulfill({
          status: 503,
          contentType: "application/json",
          body: JSON.stringify({ error: { code: "BUSY", message: "The server is busy." } }),
        })
      : route.continue(),
  );
  await toggle(page).click();
  await expect(
    page.getByText("Suggestions could not be loaded: The server is busy."),
  ).toBeVisible();
  failing = false;
  await page.getByRole("button", { name: "Try again" }).click();
  await expect.poll(() => suggestionCount(page)).toBe("3");
  await expect(page.getByText(/3 suggested claims.*n next, p previous, Esc dismiss/)).toBeVisible();

  await page.keyboard.press("n");
  await expect(announcer(page)).toHaveText(
    "Suggested claim 1 of 3: money and an attribution. Press Escape to dismiss it.",
  );
  await expect(bar(page)).toBeVisible();
  await expect(bar(page).getByRole("button", { name: /Annotate/ })).toHaveCount(0);
  // Esc belongs to whatever has the focus: closing the Export menu leaves the suggestion be.
  await page.getByRole("button", { name: "Export" }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Export" })).toBeFocused();
  expect(await suggestionCount(page)).toBe("3");
  await page.keyboard.press("a");
  await expect(page.getByRole("form", { name: "New annotation" })).toHaveCount(0);
  // With the caret in the text, n goes on from the caret: from inside the second sentence to the third.
  await page.evaluate(() => {
    const node = [...document.querySelectorAll('[data-testid="article-body"] [data-paragraph]')]
      .map((p) => p.firstChild as Text)
      .find((t) => t.data.startsWith("Critics"))!;
    document.querySelector<HTMLElement>('[data-testid="article-body"]')!.focus();
    window.getSelection()!.collapse(node, 10);
  });
  await page.keyboard.press("n");
  await expect(announcer(page)).toHaveText(
    /^Suggested claim 3 of 3: a number, an attribution, and anonymous sourcing\./,
  );
  await expectNoSeriousA11yViolations(page);
});
