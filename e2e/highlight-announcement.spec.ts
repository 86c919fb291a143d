import { expect, test, type Page } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { apiAs, createUser, signInPage } from "./support/users";

/** Puts the keyboard caret `into` characters into the first place `text` occurs, as arrow keys would. */
const caretAt = (page: Page, text: string, into: number) =>
  page.evaluate(
    ({ text, into }) => {
      for (const p of Array.from(
        document.querySelectorAll<HTMLElement>('[data-testid="article-body"] [data-paragraph]'),
      )) {
        const node = p.firstChild as Text;
        const at = node.data.indexOf(text);
        if (at >= 0) return window.getSelection()!.collapse(node, at + into);
      }
      throw new Error(`${text} not found`);
    },
    { text, into },
  );

test("a screen reader is told, in words, which highlights the keyboard caret is in", async ({
  page,
  playwright,
  baseURL,
}) => {
  const alice = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, alice);
  const article = await createArticle(api);
  await annotate(api, article, "a claim the mayor denied", { status: "disputed" });
  await annotate(api, article, "the mayor denied", { status: "unverified" });
  await signInPage(page, alice);
  await page.goto(`/articles/${article.id}`);
  const text = page.getByRole("region", { name: "Article text" });
  await expect(text).toContainText("a claim the mayor denied");
  const announcer = page.getByTestId("caret-announcer");
  await expect(announcer).toHaveAttribute("role", "status");

  await text.focus();
  await caretAt(page, "a claim the mayor denied", 3);
  await expect(announcer).toHaveText("Disputed highlight. Enter opens its annotation.");
  // Moving on inside the same highlight says nothing new; into the overlap, both are named.
  await page.keyboard.press("ArrowRight");
  await expect(announcer).toHaveText("Disputed highlight. Enter opens its annotation.");
  await caretAt(page, "the mayor denied", 4);
  await expect(announcer).toHaveText(
    "2 overlapping highlights: 1 disputed, 1 unverified. Enter opens them.",
  );
  await caretAt(page, "approved a budget", 2);
  await expect(announcer).toHaveText("");
  await api.dispose();
});
