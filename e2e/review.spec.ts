import { expect, test, type Page } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { apiAs, createUser, signInPage } from "./support/users";

const card = (page: Page, id: string) => page.locator(`article[data-annotation-id="${id}"]`);

test("bob agrees with alice's annotation", async ({ page, playwright, baseURL }) => {
  const alice = await createUser(playwright, baseURL, "reviewer", "Alice Review");
  const bob = await createUser(playwright, baseURL, "reviewer", "Bob Review");
  const aliceApi = await apiAs(playwright, baseURL, alice);
  const article = await createArticle(aliceApi);
  const annotation = await annotate(aliceApi, article, "the mayor denied");

  await signInPage(page, bob);
  await page.goto(`/articles/${article.id}`);
  // A screen reader hears status, quote and author on the card, and what each button acts on.
  await expect(
    page.getByRole("article", { name: "Disputed: ‘the mayor denied’, by Alice Review" }),
  ).toBeVisible();
  await expect(
    card(page, annotation.id).getByRole("button", {
      name: "Agree with annotation by Alice Review on ‘the mayor denied’",
      exact: true,
    }),
  ).toBeVisible();
  await expect(
    card(page, annotation.id).getByRole("button", {
      name: "Disagree with annotation by Alice Review on ‘the mayor denied’…",
      exact: true,
    }),
  ).toBeVisible();
  await card(page, annotation.id)
    .getByRole("button", { name: /^Agree with annotation by/ })
    .click();
  await expect(card(page, annotation.id).getByRole("group", { name: "Reviews" })).toContainText(
    "Bob Review agrees",
  );
  await expect(
    card(page, annotation.id).getByRole("button", { name: /^Agree with annotation by/ }),
  ).toHaveAttribute("aria-pressed", "true");
  // The focus stays on the button, not the page body, so Tab goes on from the card.
  await expect(
    card(page, annotation.id).getByRole("button", { name: /^Agree with annotation by/ }),
  ).toBeFocused();
  const { annotation: saved } = await (
    await aliceApi.get(`/api/annotations/${annotation.id}`)
  ).json();
  expect(saved.reviews).toEqual([
    expect.objectContaining({ verdict: "agree", reviewer: { id: bob.id, name: "Bob Review" } }),
  ]);

  // Carol disagrees with the same note.
  const carolApi = await apiAs(
    playwright,
    baseURL,
    await createUser(playwright, baseURL, "reviewer", "Carol Review"),
  );
  expect(
    (
      await carolApi.post(`/api/annotations/${annotation.id}/reviews`, {
        data: { verdict: "disagree", reason: "He only declined to comment." },
      })
    ).status(),
  ).toBe(201);
  await carolApi.dispose();
  const { annotation: reviewed } = await (
    await aliceApi.get(`/api/annotations/${annotation.id}`)
  ).json();

  // Alice rewrites her note: Bob's agreement and Carol's disagreement were with the old one, and the card and history say so.
  expect(
    (
      await aliceApi.patch(`/api/annotations/${annotation.id}`, {
        data: { version: reviewed.version, note: "The mayor denied it twice." },
      })
    ).status(),
  ).toBe(200);
  await page.reload();
  const reviews = card(page, annotation.id).getByRole("group", { name: "Reviews" });
  await expect(reviews).toContainText("Bob Review agrees (on a previous version)");
  // The counts are of the note as it stands (as in the CSV and the agreement rule); the earlier ones are told apart.
  await expect(reviews).toContainText(
    "✓ 0 agree (+1 on a previous version) · ✗ 0 disagree (+1 on a previous version)",
  );
  await expect(
    reviews.getByLabel("0 agree, plus 1 on a previous version", { exact: true }),
  ).toBeVisible();
  await expect(
    reviews.getByLabel("0 disagree, plus 1 on a previous version", { exact: true }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await card(page, annotation.id)
    .getByRole("button", { name: /History/ })
    .click();
  await expect(card(page, annotation.id).getByRole("list", { name: "History" })).toContainText(
    "Bob Review reviewed it (on a previous version)",
  );
  // Agreeing again is an agreement with the note as it stands.
  await card(page, annotation.id)
    .getByRole("button", { name: /^Agree with annotation by/ })
    .click();
  const bobsReview = reviews.getByRole("listitem").filter({ hasText: "Bob Review" });
  await expect(bobsReview).toContainText("Bob Review agrees");
  await expect(bobsReview).not.toContainText("on a previous version");
  await expect(reviews).toContainText("✓ 1 agree · ✗ 0 disagree (+1 on a previous version)");
  await expect(reviews.getByLabel("1 agree", { exact: true })).toBeVisible();
  await aliceApi.dispose();
});

test("bob disagrees with a reason and a proposed status, alice replies, the editor settles", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const alice = await createUser(playwright, baseURL, "reviewer", "Alice Thread");
  const bob = await createUser(playwright, baseURL, "reviewer", "Bob Thread");
  const editor = await createUser(playwright, baseURL, "editor", "Eve Editor");
  const aliceApi = await apiAs(playwright, baseURL, alice);
  const article = await createArticle(aliceApi);
  const annotation = await annotate(aliceApi, article, "double parking fees", {
    status: "disputed",
    note: "Fees rise 20%.",
  });

  const asUser = async (user: { email: string; password: string }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInPage(page, user);
    await page.goto(`/articles/${article.id}`);
    return { context, page };
  };

  const b = await asUser(bob);
  const disagree = card(b.page, annotation.id).getByRole("button", {
    name: /^Disagree with annotation by/,
  });
  // Opening asks for the reason at once; Esc closes and gives the focus back to the button.
  await disagree.click();
  await expect(card(b.page, annotation.id).getByLabel("Why do you disagree?")).toBeFocused();
  await b.page.keyboard.press("Escape");
  await expect(card(b.page, annotation.id).getByLabel("Why do you disagree?")).toHaveCount(0);
  await expect(disagree).toBeFocused();
  await b.page.keyboard.press("Enter");
  await card(b.page, annotation.id).getByRole("button", { name: "Send disagreement" }).click();
  await expect(card(b.page, annotation.id).getByRole("alert")).toHaveText("Say why you disagree.");
  await card(b.page, annotation.id)
    .getByLabel("Why do you disagree?")
    .fill("The council's own table says 25%.");
  await card(b.page, annotation.id).getByLabel("I would mark it").selectOption("unverified");
  await card(b.page, annotation.id).getByRole("button", { name: "Send disagreement" }).click();
  await expect(card(b.page, annotation.id)).toContainText(
    "Bob Thread disagrees and would mark it unverified: “The council's own table says 25%.”",
  );
  await expect(disagree).toBeFocused();
  await b.context.close();

  const a = await asUser(alice);
  await expect(card(a.page, annotation.id)).toContainText("1 disagree");
  await card(a.page, annotation.id)
    .getByRole("button", { name: /Discussion/ })
    .click();
  await card(a.page, annotation.id)
    .getByLabel("Reply")
    .fill("Table 3 shows **20%** for residents.");
  await card(a.page, annotation.id).getByRole("button", { name: "Post reply" }).click();
  await expect(
    card(a.page, annotation.id).getByRole("group", { name: "Discussion" }).locator("strong"),
  ).toHaveText("20%");
  await expect(card(a.page, annotation.id).getByTestId("review-state")).toHaveText("Open");
  // Reviews and a discussion open on a card, beside the other cards: every landmark still unique.
  await expectNoSeriousA11yViolations(a.page);
  await a.context.close();

  const e = await asUser(editor);
  const settle = card(e.page, annotation.id).getByRole("form", { name: /^Settle annotation by/ });
  await settle.getByLabel("Decision").selectOption("rejected");
  await settle.getByLabel("Comment (optional)").fill("Source does not support the note.");
  await settle.getByRole("button", { name: "Settle" }).click();
  await expect(card(e.page, annotation.id).getByTestId("review-state")).toHaveText("Rejected");
  await expect(settle.getByRole("button", { name: "Settle" })).toBeFocused();
  await expect(card(e.page, annotation.id)).toContainText(
    "Rejected by Eve Editor: “Source does not support the note.”",
  );
  await e.context.close();

  const { annotation: saved } = await (
    await aliceApi.get(`/api/annotations/${annotation.id}`)
  ).json();
  expect(saved).toMatchObject({
    reviewState: "rejected",
    replyCount: 1,
    settlement: { by: { name: "Eve Editor" }, comment: "Source does not support the note." },
  });
  await aliceApi.dispose();
});

test("two agreements approve an annotation automatically", async ({
  page,
  playwright,
  baseURL,
}) => {
  const alice = await createUser(playwright, baseURL, "reviewer");
  const aliceApi = await apiAs(playwright, baseURL, alice);
  const article = await createArticle(aliceApi);
  const annotation = await annotate(aliceApi, article, "12 million dollars", {
    status: "unverified",
  });
  for (const role of ["reviewer", "editor"] as const) {
    const api = await apiAs(playwright, baseURL, await createUser(playwright, baseURL, role));
    expect(
      (
        await api.post(`/api/annotations/${annotation.id}/reviews`, { data: { verdict: "agree" } })
      ).status(),
    ).toBe(201);
    await api.dispose();
  }
  await signInPage(page, alice);
  await page.goto(`/articles/${article.id}`);
  await expect(card(page, annotation.id).getByTestId("review-state")).toHaveText("Approved");
  await expect(card(page, annotation.id)).toContainText("Approved by the team rule");

  // Editing an approved annotation's substance sends it back to open, and says so.
  await card(page, annotation.id).getByRole("button", { name: /^Edit/ }).click();
  await page.getByLabel("Note").fill("Sharper note.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "open for review again" })).toBeVisible();
  await expect(card(page, annotation.id).getByTestId("review-state")).toHaveText("Open");
  await aliceApi.dispose();
});

test("the history view shows who changed what and when, with before and after; others see that the note changed, not its texts", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const alice = await createUser(playwright, baseURL, "reviewer", "Alice History");
  const bob = await createUser(playwright, baseURL, "reviewer", "Bob History");
  const aliceApi = await apiAs(playwright, baseURL, alice);
  const bobApi = await apiAs(playwright, baseURL, bob);
  const article = await createArticle(aliceApi);
  const annotation = await annotate(aliceApi, article, "the vote was delayed twice", {
    note: "Before.",
  });
  await aliceApi.patch(`/api/annotations/${annotation.id}`, {
    data: { version: 1, note: "After.", status: "unverified" },
  });
  await bobApi.post(`/api/annotations/${annotation.id}/reviews`, {
    data: { verdict: "disagree", reason: "Only one delay on record." },
  });

  await signInPage(page, alice);
  await page.goto(`/articles/${article.id}`);
  await card(page, annotation.id).getByRole("button", { name: "History", exact: true }).click();
  const history = card(page, annotation.id).getByRole("list", { name: "History" });
  await expect(history.getByRole("listitem")).toHaveCount(3);
  await expect(history.getByRole("listitem").nth(0)).toContainText("Alice History created it");
  const edit = history.getByRole("listitem").nth(1);
  await expect(edit).toContainText("Alice History edited it");
  // In words: the field's name and the status's label, never the stored codes.
  await expect(edit.getByRole("term").first()).toHaveText("Status");
  await expect(edit.locator("del").first()).toHaveText("Disputed");
  await expect(edit.locator("ins").first()).toHaveText("Unverified");
  await expect(edit).toContainText("Before.");
  await expect(edit).toContainText("After.");
  await expect(history.getByRole("listitem").nth(2)).toContainText("Bob History reviewed it");

  const bobContext = await browser.newContext();
  const bobPage = await bobContext.newPage();
  await signInPage(bobPage, bob);
  await bobPage.goto(`/articles/${article.id}`);
  await card(bobPage, annotation.id).getByRole("button", { name: "History", exact: true }).click();
  const bobEdit = card(bobPage, annotation.id)
    .getByRole("list", { name: "History" })
    .getByRole("listitem")
    .nth(1);
  await expect(bobEdit.locator("ins").first()).toHaveText("Unverified");
  await expect(bobEdit).toContainText("only the author and moderators see earlier versions");
  await expect(bobEdit).not.toContainText("Before.");
  await bobContext.close();
  await aliceApi.dispose();
  await bobApi.dispose();
});
