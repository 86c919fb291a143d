import { expect, test, type Page } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { selectWithMouse } from "./support/selection";
import { apiAs, createUser, signInPage } from "./support/users";

const toolbarButton = (page: Page, name: string) =>
  page
    .getByRole("toolbar", { name: "Annotate the selection" })
    .getByRole("button", { name: new RegExp(name) });

test("an unsaved note survives a reload, comes back with a notice, and leaving with it asks first", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);

  await selectWithMouse(page, "double parking fees by next spring");
  await toolbarButton(page, "Disputed").click();
  await page.getByLabel("Note").fill("Fees rise by 20%, per the budget annex.");
  await page.reload();

  const editor = page.getByRole("form", { name: "New annotation" });
  await expect(editor.getByRole("status")).toContainText("Restored your unsaved draft from");
  await expect(editor.locator("blockquote")).toHaveText("double parking fees by next spring");
  await expect(editor.getByLabel("Note")).toHaveValue("Fees rise by 20%, per the budget annex.");
  await expect(editor.getByRole("radio", { name: /Disputed/ })).toBeChecked();

  // Closing the tab with the words unsaved asks first.
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.type();
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe("beforeunload");

  const again = await page.context().newPage();
  await again.goto(`/articles/${article.id}`);
  await again
    .getByRole("form", { name: "New annotation" })
    .getByRole("button", { name: "Save" })
    .click();
  await expect(again.getByText("Annotation saved.")).toBeVisible();
  const { annotations } = await (await api.get(`/api/articles/${article.id}/annotations`)).json();
  expect(annotations).toMatchObject([
    {
      status: "disputed",
      note: "Fees rise by 20%, per the budget annex.",
      target: { exact: "double parking fees by next spring" },
    },
  ]);
  // Saved: the copy is gone, so nothing comes back.
  await again.reload();
  await expect(again.getByRole("form", { name: "New annotation" })).toHaveCount(0);
  await api.dispose();
});

test("an unsaved reply survives a reload, and Ctrl+Enter posts it", async ({
  page,
  playwright,
  baseURL,
}) => {
  const author = await createUser(playwright, baseURL, "reviewer");
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, author);
  const article = await createArticle(api);
  const annotation = await annotate(api, article, "the mayor denied");
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  const card = page.locator(`article[data-annotation-id="${annotation.id}"]`);
  await card.getByRole("button", { name: /Discussion/ }).click();
  await card.getByLabel("Reply", { exact: true }).fill("Which video? Please link it.");
  await page.reload();

  await card.getByRole("button", { name: /Discussion/ }).click();
  await expect(card.getByLabel("Reply", { exact: true })).toHaveValue(
    "Which video? Please link it.",
  );
  await expect(card.getByText("Restored your unsaved reply.")).toBeVisible();
  await card.getByLabel("Reply", { exact: true }).press("Control+Enter");
  await expect(
    card.getByRole("group", { name: "Discussion" }).getByText("Which video? Please link it."),
  ).toBeVisible();
  await expect(card.getByLabel("Reply", { exact: true })).toHaveValue("");
  await page.reload();
  await card.getByRole("button", { name: /Discussion/ }).click();
  await expect(card.getByLabel("Reply", { exact: true })).toHaveValue("");
  await api.dispose();
});
