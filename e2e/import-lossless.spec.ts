import { expect, test, type Locator, type Page } from "@playwright/test";
import { createArticle, SAMPLE_BODY } from "./support/articles";
import { chooseImportFile, importReport, jsonFile } from "./support/imports";
import { apiAs, createUser, signInPage } from "./support/users";

const QUOTE = "a budget of 12 million dollars";

/** What Hypothesis' search API answers: an annotation with tags (one names a status), a reply to it, and a page note. */
const HYPOTHESIS = {
  total: 3,
  rows: [
    {
      id: "hyp-root",
      user: "acct:mark@hypothes.is",
      user_info: { display_name: "Mark Hypothesis" },
      created: "2016-12-16T11:20:43.422096+00:00",
      updated: "2016-12-16T11:20:43.422096+00:00",
      text: "The budget was 14 million.",
      tags: ["budget", "Disputed", "city hall"],
      target: [
        {
          source: "https://news.example/story",
          selector: [
            { type: "TextQuoteSelector", exact: QUOTE, prefix: "approved ", suffix: " on Monday" },
          ],
        },
      ],
    },
    {
      id: "hyp-reply",
      user: "acct:jo@hypothes.is",
      created: "2016-12-17T10:00:00+00:00",
      text: "Which document says so?",
      references: ["hyp-root"],
      target: [{ source: "https://news.example/story" }],
    },
    {
      id: "hyp-page-note",
      user: "acct:mark@hypothes.is",
      created: "2016-12-16T12:00:00+00:00",
      text: "About the whole page.",
      tags: [],
      target: [{ source: "https://news.example/story" }],
    },
  ],
};

const sidebar = (page: Page) => page.getByRole("complementary", { name: "Annotations" });
const card = (page: Page) =>
  sidebar(page).getByRole("article").filter({ hasText: "The budget was 14 million." });

async function expectImportedCard(page: Page, importer: string): Promise<Locator> {
  const imported = card(page);
  const heading = imported.getByRole("heading", { name: /Mark Hypothesis/ });
  await expect(heading).toBeVisible();
  // The external author is shown as such, never as whoever imported it.
  await expect(heading.getByTestId("external-author")).toHaveText("external");
  await expect(heading).not.toContainText(importer);
  await expect(heading).not.toContainText("you");
  await expect(imported.getByRole("list", { name: "Tags" }).getByRole("listitem")).toHaveText([
    "budget",
    "city hall",
  ]);
  await expect(imported).toHaveAttribute("data-status", "disputed");
  // The importer owns it here: their permissions apply.
  await expect(
    imported.getByRole("button", { name: /^Edit annotation by Mark Hypothesis/ }),
  ).toBeVisible();
  await imported.getByRole("button", { name: /Discussion \(1\)/ }).click();
  const reply = imported
    .getByRole("group", { name: "Discussion" })
    .getByRole("listitem")
    .filter({ hasText: "Which document says so?" });
  await expect(reply).toContainText("jo");
  await expect(reply.getByTestId("external-author")).toBeVisible();
  return imported;
}

test("an imported annotation shows its external author and tags on the card, and an export of it imports back the same", async ({
  page,
  playwright,
  baseURL,
}) => {
  const importer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, importer);
  const article = await createArticle(api, SAMPLE_BODY);
  await signInPage(page, importer);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByLabel("Import", { exact: true })).toBeAttached();

  await chooseImportFile(page, jsonFile("hypothesis.json", HYPOTHESIS));
  await expect(importReport(page)).toContainText(
    "Imported 1: 1 placed exactly, 0 placed approximately, 0 orphaned.",
  );
  await expect(importReport(page)).toContainText("a page note");
  await expectImportedCard(page, importer.name);

  // The JSON-LD export keeps who wrote it, the tags and (with the discussion) the reply, so a copy gets them back.
  const exported = await api.get(`/api/articles/${article.id}/export?format=jsonld&discussion=1`);
  expect(exported.status()).toBe(200);
  const collection = await exported.json();
  const [annotation, reply] = collection.first.items;
  expect(annotation.creator).toEqual({
    id: "acct:mark@hypothes.is",
    type: "Person",
    name: "Mark Hypothesis",
  });
  expect(annotation.created).toBe("2016-12-16T11:20:43.422Z");
  expect(
    annotation.body
      .filter((b: { purpose: string }) => b.purpose === "tagging")
      .map((b: { value: string }) => b.value),
  ).toEqual(["budget", "city hall"]);
  expect(reply).toMatchObject({
    motivation: "replying",
    target: annotation.id,
    creator: { id: "acct:jo@hypothes.is", name: "jo" },
  });

  const copy = await createArticle(api, SAMPLE_BODY);
  await page.goto(`/articles/${copy.id}`);
  await chooseImportFile(page, jsonFile("export.jsonld", collection));
  await expect(importReport(page)).toContainText("Imported 1: 1 placed exactly");
  await expectImportedCard(page, importer.name);
  await api.dispose();
});
