import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { uniqueSuffix } from "./support/demo";
import { selectBetween } from "./support/selection";
import { apiAs, createUser, signInPage } from "./support/users";

const STRUCTURED_HTML = [
  "<h1>Council budget</h1>",
  '<p>Officials said the <a href="https://council.example.gov/minutes" onclick="steal()">published minutes</a> show a surplus.</p>',
  "<blockquote><p>We will not raise parking fees, the mayor said.</p></blockquote>",
  "<ul><li>Fees rise by <strong>20 percent</strong> next spring.</li><li>The vote was delayed twice.</li></ul>",
  '<p>A <a href="javascript:steal()">bad link</a> stays text.</p><script>steal()</script>',
].join("");

test("an HTML article keeps its headings, quote, list and links, and a span across a link is annotated", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const created = await api.post("/api/articles", {
    data: { title: `Structured ${uniqueSuffix()}`, format: "html", content: STRUCTURED_HTML },
  });
  expect(created.status()).toBe(201);
  const article = (await created.json()).article as { id: string; body: string };

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  const body = page.getByTestId("article-body");
  await expect(body.getByRole("heading", { name: "Council budget" })).toBeVisible();
  const link = body.getByRole("link", { name: "published minutes" });
  await expect(link).toHaveAttribute("href", "https://council.example.gov/minutes");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(link).not.toHaveAttribute("onclick");
  await expect(body.locator("blockquote")).toHaveText(
    "We will not raise parking fees, the mayor said.",
  );
  await expect(body.getByRole("listitem")).toHaveText([
    "Fees rise by 20 percent next spring.",
    "The vote was delayed twice.",
  ]);
  await expect(body.locator("strong")).toHaveText("20 percent");
  await expect(body.getByRole("link", { name: "bad link" })).toHaveCount(0);
  await expect(body.getByText("A bad link stays text.")).toBeVisible();

  await selectBetween(page, "said the", "show a");
  await page
    .getByRole("toolbar", { name: "Annotate the selection" })
    .getByRole("button", { name: /Disputed/ })
    .click();
  const editor = page.getByRole("form", { name: "New annotation" });
  await expect(editor.locator("blockquote")).toHaveText("said the published minutes show a");
  await editor.getByLabel("Note").fill("The minutes show a deficit.");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor).toHaveCount(0);
  await expect(body).toHaveAttribute("data-painted-count", "1");
  // Painted at once; stored once the server says so.
  await expect(page.getByText("Annotation saved.")).toBeVisible();

  const saved = (await (await api.get(`/api/articles/${article.id}/annotations`)).json())
    .annotations as { target: { start: number; end: number; exact: string } }[];
  expect(saved).toHaveLength(1);
  expect(saved[0]!.target.exact).toBe("said the published minutes show a");
  expect(article.body.slice(saved[0]!.target.start, saved[0]!.target.end)).toBe(
    "said the published minutes show a",
  );

  // A span that starts in the list's bold phrase and ends after it.
  await selectBetween(page, "20 percent", "next spring");
  await page
    .getByRole("toolbar", { name: "Annotate the selection" })
    .getByRole("button", { name: /Unverified/ })
    .click();
  await expect(page.getByRole("form", { name: "New annotation" }).locator("blockquote")).toHaveText(
    "20 percent next spring",
  );
  await page.keyboard.press("Escape");

  await expectNoSeriousA11yViolations(page);
  const report = await api.get(`/api/articles/${article.id}/export?format=html`);
  const html = await report.text();
  expect(html).toContain(
    '<a href="https://council.example.gov/minutes" target="_blank" rel="noopener noreferrer nofollow">',
  );
  expect(html).toContain("<blockquote>");
  expect(html).not.toContain("steal()");
  expect(dialogs).toEqual([]);
  await api.dispose();
});
