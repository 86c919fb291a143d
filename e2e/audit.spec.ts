import { expect, test } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { signInViaApi } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO, DEMO_PASSWORD } from "./support/demo";
import { apiAs, createUser, signInPage } from "./support/users";

test("an admin reads the whole audit trail with filters; nobody else can", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer", "Rita Audited");
  const editor = await createUser(playwright, baseURL, "editor", "Ed Audited");
  const reviewerApi = await apiAs(playwright, baseURL, reviewer);
  const editorApi = await apiAs(playwright, baseURL, editor);
  const article = await createArticle(reviewerApi);
  const annotation = await annotate(reviewerApi, article, "the mayor denied");
  expect(
    (
      await editorApi.patch(`/api/annotations/${annotation.id}`, {
        data: { version: 1, note: "Moderated note" },
      })
    ).status(),
  ).toBe(200);

  expect((await reviewerApi.get("/api/admin/audit")).status()).toBe(403);
  expect((await editorApi.get("/api/admin/audit")).status()).toBe(403);
  await signInPage(page, editor);
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "Audit trail" })).toHaveCount(0);

  await page.context().clearCookies();
  await signInViaApi(page.request, DEMO.admin, DEMO_PASSWORD);
  await page.goto("/admin/audit");
  await page.getByLabel("Action").selectOption({ label: "Edited an annotation as a moderator" });
  await page.getByLabel("Who").selectOption({ label: "Ed Audited" });
  await page.getByRole("button", { name: "Apply" }).click();
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Ed Audited");
  // In words, not codes or JSON.
  await expect(rows.first()).toContainText("Edited an annotation as a moderator");
  await expect(rows.first()).toContainText("Note:");
  await expect(rows.first()).toContainText("Moderated note");
  await expect(rows.first()).not.toContainText('{"');
  await expectNoSeriousA11yViolations(page);

  const adminApi = await apiAs(playwright, baseURL, { email: DEMO.admin, password: DEMO_PASSWORD });
  const { events } = await (await adminApi.get(`/api/admin/audit?actorId=${editor.id}`)).json();
  expect(events.map((e: { action: string }) => e.action)).toEqual(["annotation.moderate"]);
  await Promise.all([reviewerApi.dispose(), editorApi.dispose(), adminApi.dispose()]);
});
