import { expect, test } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { downloadExport } from "./support/exports";
import { apiAs, createUser, signInPage } from "./support/users";

/** The marked passages of an HTML report, in text order. */
const marks = (html: string) => [...html.matchAll(/<mark[^>]*>([^<]*)<\/mark>/g)].map((m) => m[1]);

test("an older version exports its own text with the annotations as they were placed then; the current one as it stands", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  await annotate(api, article, "a budget of 12 million dollars", {
    status: "disputed",
    note: "The minutes say 11.",
  });
  await annotate(api, article, "the vote was delayed twice", { status: "unverified" });
  const revised = article.body
    .replace("12 million", "14 million")
    .replace(
      "According to two people familiar with the talks, the vote was delayed twice before it passed.",
      "The result was announced on Tuesday.",
    );
  const patch = await api.patch(`/api/articles/${article.id}`, {
    data: { version: 1, body: revised },
  });
  expect(patch.status()).toBe(200);
  expect((await patch.json()).reanchoring).toMatchObject({
    changed: [
      { before: "a budget of 12 million dollars", after: "a budget of 14 million dollars" },
    ],
    orphaned: [expect.any(String)],
  });

  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}/versions/1`);
  await expect(page.getByRole("status").filter({ hasText: "read-only" })).toContainText(
    "Version 1",
  );
  const old = await downloadExport(page, "html");
  expect(old.name).toMatch(/-v1\.html$/);
  const oldHtml = old.file.toString("utf8");
  expect(oldHtml).toContain("Version 1 of this article (as first added,");
  expect(oldHtml).toContain("the article is now at version 2");
  expect(oldHtml).toContain("two people familiar with the talks");
  expect(oldHtml).not.toContain("14 million");
  expect(marks(oldHtml)).toEqual(["a budget of 12 million dollars", "the vote was delayed twice"]);
  expect(oldHtml).not.toContain("Could not be placed");

  await page.goto(`/articles/${article.id}`);
  const current = await downloadExport(page, "html");
  expect(current.name).not.toMatch(/-v\d+\.html$/);
  const currentHtml = current.file.toString("utf8");
  expect(currentHtml).toMatch(/Version 2 of this article, revised \d{1,2} \w+ \d{4}\./);
  expect(currentHtml).not.toContain("the article is now at version");
  expect(currentHtml).toContain("The result was announced on Tuesday.");
  expect(marks(currentHtml)).toEqual(["a budget of 14 million dollars"]);
  expect(currentHtml).toContain("<h2>Could not be placed in the current text</h2>");
  expect(currentHtml).toContain("the vote was delayed twice");

  // Straight from the API: a version the article does not have, and one that is not a number.
  expect((await api.get(`/api/articles/${article.id}/export?format=html&version=3`)).status()).toBe(
    404,
  );
  const bad = await api.get(`/api/articles/${article.id}/export?format=html&version=first`);
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.code).toBe("VALIDATION");
  await api.dispose();
});
