import { expect, test } from "@playwright/test";
import { annotate, createArticle, SAMPLE_BODY } from "./support/articles";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { textPoints } from "./support/selection";
import { apiAs, createUser, signInPage } from "./support/users";

test("a passage with many annotations shows how many, and a click or Enter opens a chooser instead of selecting them all", async ({
  page,
  playwright,
  baseURL,
}) => {
  const authors = await Promise.all(
    Array.from({ length: 3 }, () => createUser(playwright, baseURL, "reviewer")),
  );
  const apis = await Promise.all(authors.map((a) => apiAs(playwright, baseURL, a)));
  // Enough text below the passage for the page to scroll.
  const article = await createArticle(
    apis[0]!,
    `${SAMPLE_BODY}\n\n${Array.from({ length: 40 }, (_, i) => `Filler paragraph ${i} about the council.`).join("\n\n")}`,
  );
  const crowded: string[] = [];
  for (let i = 0; i < 6; i++)
    crowded.push(
      (
        await annotate(apis[i % 3]!, article, "double parking fees", {
          status: i % 2 ? "disputed" : "unverified",
          note: `Note number ${i}`,
        })
      ).id,
    );
  const viewer = await createUser(playwright, baseURL, "reviewer");
  await signInPage(page, viewer);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByRole("region", { name: "Article text" })).toContainText(
    "double parking fees",
  );

  // Hovering: a count, and the card stays with the passage while the page scrolls.
  const { middle } = await textPoints(page, "double parking fees");
  await page.mouse.move(middle.x, middle.y);
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toContainText("6 annotations");
  const before = (await tooltip.boundingBox())!.y;
  await page.evaluate(() => window.scrollBy(0, 60));
  await expect
    .poll(async () => Math.round((await tooltip.boundingBox())!.y))
    .toBe(Math.round(before - 60));

  // A click: one chooser, no pile of selected cards.
  const at = await textPoints(page, "double parking fees");
  await page.mouse.click(at.middle.x, at.middle.y);
  const chooser = page.getByRole("dialog", { name: "6 annotations here" });
  await expect(chooser).toBeVisible();
  await expect(chooser.getByRole("button", { name: /Note number/ })).toHaveCount(6);
  const selected = page.locator("article[data-annotation-id][aria-current='true']");
  await expect(selected).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await expect(chooser.getByRole("button").first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(chooser).toHaveCount(0);
  // The second one is chosen: only its card is selected, and it has the focus.
  await expect(selected).toHaveCount(1);
  await expect(selected).toBeFocused();
  expect(crowded).toContain(await selected.getAttribute("data-annotation-id"));

  // From the keyboard: the caret in the passage and Enter open the chooser; Esc gives the focus back to the text.
  const text = page.getByRole("region", { name: "Article text" });
  await text.focus();
  await page.evaluate(() => {
    const p = Array.from(
      document.querySelectorAll<HTMLElement>('[data-testid="article-body"] [data-paragraph]'),
    ).find((e) => e.textContent?.includes("double parking fees"))!;
    const node = p.firstChild as Text;
    const at = node.data.indexOf("double parking fees") + 3;
    window.getSelection()!.setBaseAndExtent(node, at, node, at);
  });
  await page.keyboard.press("Enter");
  await expect(chooser).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(chooser).toHaveCount(0);
  await expect(text).toBeFocused();
  await Promise.all(apis.map((a) => a.dispose()));
});
