import { expect, test, type Page } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { textPoints } from "./support/selection";
import { apiAs, createUser, signInPage } from "./support/users";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** The element's box lies inside the window, horizontally (a phone scrolls vertically). */
async function expectInsideWidth(page: Page, locator: ReturnType<Page["locator"]>) {
  const box = (await locator.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x, "left edge inside the window").toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, "right edge inside the window").toBeLessThanOrEqual(width);
}

/**
 * A long press as a phone does it: the finger goes down, the browser takes the gesture over
 * (pointercancel) and selects a word, then the handles extend the selection with no pointer events.
 */
async function touchSelect(page: Page, word: string, extended: string) {
  const { middle } = await textPoints(page, word);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.dispatchTouchEvent", {
    type: "touchStart",
    touchPoints: [{ x: middle.x, y: middle.y }],
  });
  const select = (text: string) =>
    page.evaluate((wanted) => {
      for (const p of Array.from(
        document.querySelectorAll<HTMLElement>('[data-testid="article-body"] [data-paragraph]'),
      )) {
        const node = p.firstChild as Text;
        const at = node.data.indexOf(wanted);
        if (at >= 0)
          return window.getSelection()!.setBaseAndExtent(node, at, node, at + wanted.length);
      }
      throw new Error(`${wanted} not found`);
    }, text);
  await select(word);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchCancel", touchPoints: [] });
  await select(extended);
}

test("on a phone the panels stay on screen, a long-press selection opens the toolbar, and a tapped highlight shows its card", async ({
  page,
  playwright,
  baseURL,
}) => {
  const alice = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, alice);
  const article = await createArticle(api);
  const disputed = await annotate(api, article, "a claim the mayor denied", {
    status: "disputed",
    note: "The mayor denied it in a statement on Tuesday.",
  });
  await signInPage(page, alice);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByRole("region", { name: "Article text" })).toContainText(
    "double parking fees",
  );

  // The export panel opens beside its button, at the left edge: it is moved onto the screen.
  await page.getByRole("button", { name: "Export" }).click();
  await expectInsideWidth(page, page.getByRole("group", { name: "Export options" }));
  await page.getByRole("button", { name: "Export" }).click();

  // Long-press, then drag a handle: the toolbar follows the final selection and stays on screen.
  await touchSelect(page, "parking", "double parking fees");
  const toolbar = page.getByRole("toolbar", { name: "Annotate the selection" });
  await expect(toolbar).toBeVisible();
  await expectInsideWidth(page, toolbar);
  await toolbar.getByRole("button", { name: /Unverified/ }).tap();
  const editor = page.getByRole("form", { name: "New annotation" });
  await expect(editor.locator("blockquote")).toHaveText("double parking fees");
  await editor.getByRole("button", { name: "Cancel" }).tap();

  // A tap on a highlight: its hover card stays on screen and the sidebar shows its card (not a placeholder).
  await page.evaluate(() => window.scrollTo(0, 0));
  const { middle } = await textPoints(page, "a claim the mayor denied");
  await page.touchscreen.tap(middle.x, middle.y);
  const card = page.locator(`article[data-annotation-id="${disputed.id}"]`);
  await expect(card).toBeInViewport();
  await expect(card).toContainText("The mayor denied it in a statement on Tuesday.");
  await expectNoSeriousA11yViolations(page);
  await api.dispose();
});

test("on a phone the admin's user table scrolls inside its frame, never the page", async ({
  page,
  playwright,
  baseURL,
}) => {
  const admin = await createUser(playwright, baseURL, "admin");
  await signInPage(page, admin);
  await page.goto("/admin");
  const table = page.getByRole("table").first();
  await expect(table).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Every control in a row can be reached: the frame scrolls to it.
  const select = table.getByRole("combobox").first();
  await select.scrollIntoViewIfNeeded();
  await expect(select).toBeInViewport();
  await expectInsideWidth(page, select);
});
