import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { annotate, createArticle, SAMPLE_BODY } from "./support/articles";
import { annotationCount, chooseImportFile, importReport, jsonFile } from "./support/imports";
import { apiAs, createUser, signInPage } from "./support/users";

/** The Hypothesis client's own export file, uploaded as is. */
const HYPOTHESIS_EXPORT = join(
  __dirname,
  "../lib/export/fixtures/hypothesis-export-wikipedia.json",
);
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

type HypothesisRow = { text: string; target: { selector?: { type: string; exact?: string }[] }[] };

/** The quoted passage of the fixture's annotation whose note is `note` ("Heading", "Introduction", "Body", "Quote", "Footer"). */
function hypothesisQuote(note: string): string {
  const rows = (
    JSON.parse(readFileSync(HYPOTHESIS_EXPORT, "utf8")) as { annotations: HypothesisRow[] }
  ).annotations;
  const exact = rows
    .find((r) => r.text === note)
    ?.target.flatMap((t) => t.selector ?? [])
    .find((s) => s.type === "TextQuoteSelector")?.exact;
  if (!exact) throw new Error(`the fixture has no quote noted "${note}"`);
  return exact;
}

const sidebar = (page: Page) => page.getByRole("complementary", { name: "Annotations" });
// Placed cards come first; the Orphans region (a list of its own) follows them.
const placedList = (page: Page) =>
  sidebar(page).getByRole("region", { name: "Annotation list" }).getByRole("list").first();
const orphanList = (page: Page) => sidebar(page).getByRole("region", { name: /Orphans/ });
const card = (scope: Locator, note: string) =>
  scope.getByRole("article").filter({ has: scope.page().getByText(note, { exact: true }) });

async function openArticle(
  page: Page,
  user: { email: string; password: string },
  articleId: string,
) {
  await signInPage(page, user);
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByLabel("Import", { exact: true })).toBeAttached();
}

async function stored(api: APIRequestContext, articleId: string) {
  return (await (await api.get(`/api/articles/${articleId}/annotations`)).json()).annotations as {
    note: string;
    orphan: boolean;
    target: { exact: string };
    anchor: { method: string } | null;
  }[];
}

test("a Hypothesis export lands on the article: the report counts exact, approximate and orphaned, and the sidebar lists them", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  // Our copy of the Wikipedia page: three passages verbatim, one reworded (placed fuzzily), and the page footer's date left out (orphaned).
  const original = hypothesisQuote("Quote");
  const reworded = original.replace("far more system testing", "much more system testing");
  expect(reworded).not.toBe(original);
  const body = [
    hypothesisQuote("Heading"),
    `Regression tests cover the functional areas of the system. ${hypothesisQuote("Introduction")}. One of the main reasons for them is that fixes regress.`,
    `Fixes get lost through poor revision control. ${hypothesisQuote("Body")}. Although this may be done by hand, it is usually automated.`,
    `Testers execute the test suite cases. ${reworded}. Theoretically, after each fix the whole suite is run.`,
  ].join("\n\n");
  expect(body).not.toContain(hypothesisQuote("Footer"));
  const article = await createArticle(api, body);

  await openArticle(page, reviewer, article.id);
  await expect(sidebar(page)).toContainText("No annotations on this article yet.");
  await chooseImportFile(page, HYPOTHESIS_EXPORT);
  await expect(importReport(page)).toHaveText(
    "Imported 5: 3 placed exactly, 1 placed approximately, 1 orphaned.",
  );

  // Without a reload: the open page picks the imported annotations up.
  await expect(sidebar(page).getByRole("heading", { name: "Annotations (4)" })).toBeVisible();
  for (const note of ["Heading", "Introduction", "Body", "Quote"]) {
    await expect(
      card(placedList(page), note).getByRole("button", { name: "Show in text" }),
    ).toBeVisible();
  }
  await expect(orphanList(page).getByRole("heading", { name: "Orphans (1)" })).toBeVisible();
  const orphan = card(orphanList(page), "Footer");
  await expect(orphan).toContainText(hypothesisQuote("Footer"));
  await expect(orphan.getByRole("button", { name: "Show in text" })).toHaveCount(0);
  await expect
    .poll(() => page.getByTestId("article-body").getAttribute("data-painted-count"))
    .toBe("4");

  // Hypothesis tags name no status here, so all are unverified; the reworded one is stored on the text as it now reads.
  const annotations = await stored(api, article.id);
  expect(annotations.map((a) => a.note).sort()).toEqual([
    "Body",
    "Footer",
    "Heading",
    "Introduction",
    "Quote",
  ]);
  expect(annotations.find((a) => a.note === "Quote")?.target.exact).toBe(reworded);
  expect(annotations.find((a) => a.note === "Footer")).toMatchObject({
    orphan: true,
    anchor: null,
    target: { exact: hypothesisQuote("Footer") },
  });
  // The header's tally follows too: the four placed ones (the orphan is listed apart), also after a reload.
  const unverified = page
    .getByLabel("Annotations by status")
    .locator("div", { hasText: "Unverified" })
    .locator("dd");
  await expect(unverified).toHaveText("4");
  await page.reload();
  await expect(unverified).toHaveText("4");
  await api.dispose();
});

test("a file over 10 MB is refused with 413 and a clear message, and nothing is written", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  await annotate(api, article, "double parking fees", { status: "disputed" });
  // A well-formed export made too big by padding: only its size is wrong.
  const valid = {
    annotations: [
      {
        text: "Too big",
        user: "acct:someone@hypothes.is",
        target: [{ selector: [{ type: "TextQuoteSelector", exact: "the mayor denied" }] }],
      },
    ],
  };
  const oversized = JSON.stringify({ ...valid, padding: "x".repeat(MAX_IMPORT_BYTES) });

  const direct = await api.post(`/api/articles/${article.id}/annotations/import`, {
    headers: { "Content-Type": "application/json" },
    data: oversized,
  });
  expect(direct.status()).toBe(413);
  expect(await direct.json()).toEqual({
    error: { code: "PAYLOAD_TOO_LARGE", message: expect.stringMatching(/at most/) },
  });
  expect(await annotationCount(api, article.id)).toBe(1);

  await openArticle(page, reviewer, article.id);
  const answer = page.waitForResponse((r) =>
    r.url().endsWith(`/api/articles/${article.id}/annotations/import`),
  );
  await chooseImportFile(page, jsonFile("huge-export.json", oversized));
  expect((await answer).status()).toBe(413);
  await expect(importReport(page)).toContainText("Nothing imported");
  await expect(importReport(page)).toContainText("larger than 10 MB");
  expect(await annotationCount(api, article.id)).toBe(1);
  await expect(sidebar(page).getByRole("heading", { name: "Annotations (1)" })).toBeVisible();
  await api.dispose();
});

test("a malformed file is refused with a clear message, and nothing is written", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  await annotate(api, article, "double parking fees", { status: "disputed" });
  await openArticle(page, reviewer, article.id);

  await chooseImportFile(page, jsonFile("notes.json", "id,quote\n1,double parking fees\n"));
  await expect(importReport(page)).toContainText("Nothing imported");
  await expect(importReport(page)).toContainText("not valid JSON");
  expect(await annotationCount(api, article.id)).toBe(1);

  // JSON, but neither Web Annotations nor a Hypothesis export.
  await chooseImportFile(page, jsonFile("settings.json", { theme: "dark", fontSize: 14 }));
  await expect(importReport(page)).toContainText("No annotation in the file could be read");
  await expect(importReport(page)).toContainText("Not a Web Annotation");
  expect(await annotationCount(api, article.id)).toBe(1);

  // A Hypothesis export holding only a page note (no quoted text): nothing to anchor, so nothing to import.
  const pageNote = {
    annotations: [
      {
        text: "Good article overall",
        user: "acct:someone@hypothes.is",
        target: [{ source: "https://example.org/council" }],
      },
    ],
  };
  await chooseImportFile(page, jsonFile("page-note.json", pageNote));
  await expect(importReport(page)).toContainText("No annotation in the file could be read");
  await expect(importReport(page)).toContainText("no TextQuoteSelector");
  expect(await annotationCount(api, article.id)).toBe(1);
  await expect(sidebar(page).getByRole("heading", { name: "Annotations (1)" })).toBeVisible();
  await api.dispose();
});

test("annotations whose quotes are gone are kept as orphans beside those placed; unreadable entries are named and skipped", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const source = await createArticle(api);
  await annotate(api, source, "approved a budget of 12 million dollars", {
    status: "sourced",
    note: "Matches the minutes.",
    sources: [
      { url: "https://council.example.gov/minutes", title: "Minutes", quote: "12,000,000" },
    ],
  });
  await annotate(api, source, "double parking fees", {
    status: "disputed",
    note: "Fees rise 20%, not 100%.",
  });
  await annotate(api, source, "two people familiar with the talks", {
    status: "unverified",
    note: "Anonymous sourcing.",
  });
  const exported = await (await api.get(`/api/articles/${source.id}/export?format=jsonld`)).json();
  // A page note (no selector at all) rides along: it cannot be imported and the report must say so.
  exported.first.items.push({
    type: "Annotation",
    bodyValue: "Overall fair.",
    target: "https://example.org/council",
  });

  // The same story, republished without its parking paragraph.
  const [budget, , talks] = SAMPLE_BODY.split("\n\n");
  const article = await createArticle(api, `${budget}\n\n${talks}`);
  await openArticle(page, reviewer, article.id);
  await chooseImportFile(page, jsonFile("council-annotations.jsonld", exported));
  const report = importReport(page);
  await expect(report).toContainText(
    "Imported 3: 2 placed exactly, 0 placed approximately, 1 orphaned.",
  );
  await expect(report).toContainText("Annotation 4 (index 3) skipped: no TextQuoteSelector");

  await expect(sidebar(page).getByRole("heading", { name: "Annotations (2)" })).toBeVisible();
  await expect(card(placedList(page), "Matches the minutes.")).toContainText("Sourced");
  await expect(card(placedList(page), "Anonymous sourcing.")).toBeVisible();
  const orphan = card(orphanList(page), "Fees rise 20%, not 100%.");
  await expect(orphan).toContainText("double parking fees");
  await expect(orphan).toContainText("Disputed");
  expect(await annotationCount(api, article.id)).toBe(3);

  // When nothing fits, everything is still kept, as orphans, and the report says so.
  const unrelated = await createArticle(
    api,
    "The harbour reopened on Friday after a week of storms.",
  );
  await page.goto(`/articles/${unrelated.id}`);
  await chooseImportFile(page, jsonFile("council-annotations.jsonld", exported));
  await expect(importReport(page)).toContainText(
    "Imported 3: 0 placed exactly, 0 placed approximately, 3 orphaned.",
  );
  await expect(orphanList(page).getByRole("heading", { name: "Orphans (3)" })).toBeVisible();
  expect((await stored(api, unrelated.id)).every((a) => a.orphan)).toBe(true);
  await api.dispose();
});
