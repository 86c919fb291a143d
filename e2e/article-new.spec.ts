import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { uniqueSuffix } from "./support/demo";
import { createUser, signInPage } from "./support/users";

const copiedPage = (suffix: string) =>
  [
    `<meta charset="utf-8"><h1>Council budget ${suffix}</h1>`,
    '<p>Officials said the <a href="https://council.example.gov/minutes" onclick="steal()">published minutes</a> show a surplus.</p>',
    "<blockquote><p>We will not raise parking fees.</p></blockquote>",
    "<ul><li>Fees rise by 20 percent.</li><li>The vote was delayed twice.</li></ul><script>steal()</script>",
  ].join("");

/** What a browser does when the user pastes a copied web page: a paste event carrying text/html beside text/plain. */
async function pasteHtml(page: Page, html: string) {
  await page.getByLabel("Article text").evaluate((element, data) => {
    const clipboard = new DataTransfer();
    clipboard.setData("text/html", data);
    clipboard.setData("text/plain", data.replace(/<[^>]+>/g, " "));
    element.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: clipboard, bubbles: true, cancelable: true }),
    );
  }, html);
}

test("a reviewer pastes a copied web page, checks the preview, adds it, and a second copy is pointed out", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const suffix = uniqueSuffix();
  await signInPage(page, reviewer);
  await page.goto("/");
  await page.getByRole("link", { name: "New article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New article" })).toBeVisible();
  await expect(page.getByText("The article appears here as readers will see it.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Article text").focus();
  await pasteHtml(page, copiedPage(suffix));
  const text = page.getByLabel("Article text");
  await expect(text).toHaveValue(
    new RegExp(
      `^# Council budget ${suffix}\\n\\nOfficials said the \\[published minutes\\]\\(<https://council.example.gov/minutes>\\) show a surplus\\.`,
    ),
  );
  await expect(text).toHaveValue(
    /\n\n> We will not raise parking fees\.\n\n- Fees rise by 20 percent\.\n- The vote was delayed twice\.$/,
  );
  await expect(page.getByText("Pasted with its formatting")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(`Council budget ${suffix}`);
  const preview = page.getByTestId("article-preview");
  await expect(preview.getByRole("heading", { name: `Council budget ${suffix}` })).toBeVisible();
  await expect(preview.getByRole("link", { name: "published minutes" })).toHaveAttribute(
    "href",
    "https://council.example.gov/minutes",
  );
  await expect(preview.locator("blockquote")).toHaveText("We will not raise parking fees.");
  await expect(page.getByTestId("preview-stats")).toHaveText(/ 1 link$/);

  // An edit shows in the preview a moment later; every detail stays editable.
  await text.press("End");
  await text.pressSequentially("\n\nA **new** closing line.");
  await expect(preview.locator("strong")).toHaveText("new");
  await page.getByLabel("Title").fill(`Budget vote ${suffix}`);
  await page.getByLabel("Author").fill("Jo Writer");
  await page.getByLabel("Outlet").fill("Test Wire");
  await page.getByLabel("Published").fill("2024-06-01");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Add article" }).click();

  await page.waitForURL(/\/articles\/(?!new)[^/?]+$/);
  const articleUrl = page.url();
  await expect(
    page.getByRole("heading", { level: 1, name: `Budget vote ${suffix}` }),
  ).toBeVisible();
  const body = page.getByTestId("article-body");
  await expect(body.getByRole("link", { name: "published minutes" })).toHaveAttribute(
    "rel",
    "noopener noreferrer nofollow",
  );
  await expect(body.locator("strong")).toHaveText("new");
  await expect(page.getByText("Jo Writer")).toBeVisible();

  await page.goto("/articles/new");
  await page.getByLabel("Article text").focus();
  await pasteHtml(page, copiedPage(suffix));
  // The pasted page is converted on the server; the text is read-only until it is back.
  await expect(page.getByLabel("Article text")).toHaveValue(
    new RegExp(`^# Council budget ${suffix}`),
  );
  await expect(page.getByLabel("Article text")).not.toHaveAttribute("readonly");
  await expect(page.getByTestId("duplicate-notice")).toHaveCount(0);
  await page.getByLabel("Article text").press("End");
  await page.getByLabel("Article text").pressSequentially("\n\nA **new** closing line.");
  const duplicate = page.getByTestId("duplicate-notice");
  await expect(duplicate).toContainText("already in the library");
  await expect(duplicate.getByRole("link", { name: `Budget vote ${suffix}` })).toHaveAttribute(
    "href",
    new URL(articleUrl).pathname,
  );
});

test("a file is uploaded with the chooser or dropped; binary and other files, empty saves and refused URLs get clear messages", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const suffix = uniqueSuffix();
  await signInPage(page, reviewer);
  await page.goto("/articles/new");

  await page.getByRole("button", { name: "Add article" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Check the fields marked below." }),
  ).toBeFocused();
  await expect(page.getByText("Give the article a title")).toBeVisible();

  const tabs = page.getByRole("tablist", { name: "Where the article comes from" });
  await tabs.getByRole("tab", { name: "Paste or edit" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(tabs.getByRole("tab", { name: "Upload a file" })).toBeFocused();
  await expect(tabs.getByRole("tab", { name: "Upload a file" })).toHaveAttribute(
    "aria-selected",
    "true",
  );

  const chooser = page.getByLabel("Choose a file…");
  await chooser.setInputFiles({
    name: "scan.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.7"),
  });
  await expect(
    page.getByRole("alert").filter({ hasText: "is not a text, Markdown or HTML file" }),
  ).toBeVisible();
  await chooser.setInputFiles({
    name: "photo.txt",
    mimeType: "text/plain",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
  });
  await expect(page.getByRole("alert").filter({ hasText: "holds binary data" })).toBeVisible();

  await chooser.setInputFiles({
    name: "story.md",
    mimeType: "text/markdown",
    buffer: Buffer.from(
      `# Harbour plan ${suffix}\n\nThe port *will* grow by [a third](https://port.example.org/plan).\n`,
    ),
  });
  await expect(page.getByText("Loaded “story.md”.")).toBeVisible();
  await expect(page.getByLabel("Article text")).toBeFocused();
  await expect(page.getByLabel("Title")).toHaveValue(`Harbour plan ${suffix}`);
  await expect(
    page.getByTestId("article-preview").getByRole("link", { name: "a third" }),
  ).toBeVisible();

  // Dropping a saved web page: the article is found in it, with the page's own details.
  await tabs.getByRole("tab", { name: "Upload a file" }).click();
  const savedPage = `<!doctype html><html><head><title>Ignored</title><meta property="og:title" content="Dropped story ${suffix}"><meta name="author" content="Ana Reyes"></head><body><nav>Home · News</nav><article><h1>Dropped story ${suffix}</h1><p>The council approved a river plan on Monday after a long debate that lasted well into the night.</p><p>Work is expected to begin next spring, subject to approval.</p></article></body></html>`;
  await page.getByLabel("Title").fill("");
  await page.getByTestId("file-drop").evaluate((zone, html) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([html], "saved-page.html", { type: "text/html" }));
    zone.dispatchEvent(
      new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  }, savedPage);
  await expect(page.getByText("Loaded “saved-page.html”.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(`Dropped story ${suffix}`);
  await expect(page.getByLabel("Author")).toHaveValue("Ana Reyes");
  await expect(page.getByLabel("Article text")).toHaveValue(/The council approved a river plan/);
  await expect(page.getByLabel("Article text")).not.toHaveValue(/Home · News/);

  // The server never fetches its own network: the refusal is said plainly, and nothing is lost.
  await tabs.getByRole("tab", { name: "From a URL" }).click();
  await page.getByLabel("Article address").fill(`${baseURL}/api/health`);
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "only public web addresses can be fetched" }),
  ).toBeVisible();
  await tabs.getByRole("tab", { name: "Paste or edit" }).click();
  await expect(page.getByLabel("Article text")).toHaveValue(/The council approved a river plan/);
  await expectNoSeriousA11yViolations(page);
});

test("a viewer is told that adding articles needs the reviewer role", async ({
  page,
  playwright,
  baseURL,
}) => {
  const viewer = await createUser(playwright, baseURL, "viewer");
  await signInPage(page, viewer);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New article" })).toHaveCount(0);
  await page.goto("/articles/new");
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: "Only reviewers, editors and admins can add articles" }),
  ).toBeVisible();
  await expect(page.getByLabel("Article text")).toHaveCount(0);
});
