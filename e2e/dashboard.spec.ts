import { expect, test } from "@playwright/test";
import { signInViaApi } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO, DEMO_ARTICLE_TITLE, DEMO_LIST_PATH, DEMO_PASSWORD } from "./support/demo";

// Figures worked out by hand from lib/demo (29 annotations; the reviews, replies and settlements
// in lib/demo/demo-reviews.ts). Agreement on status, 9 reviewed annotations:
//   units D,D,D | S,S | D,U | S,S,S | S,S | D,D | D,D | D,D | U,S  (n = 20 values)
//   coincidences o_DD = 9, o_SS = 7, o_DU = o_UD = 1, o_US = o_SU = 1; n_D = 10, n_S = 8, n_U = 2
//   D_o = 4/20 = 0.2; D_e = (400 − 168)/(20·19) = 0.6105; α = 1 − 0.2/0.6105 = 0.672 → "0.67"
//   κ over 11 (author, reviewer) pairs: p_o = 9/11, p_e = (6·5 + 4·5 + 1·1)/121 = 51/121 → κ = 0.686 → "0.69"
test("the dashboard shows the demo article's figures", async ({ page }) => {
  await signInViaApi(page.request, DEMO.viewer, DEMO_PASSWORD);
  await page.goto(DEMO_LIST_PATH);
  await page.getByRole("link", { name: DEMO_ARTICLE_TITLE }).click();
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(DEMO_ARTICLE_TITLE);

  const figures = page.getByLabel("Key figures");
  await expect(figures).toContainText("Annotations29");
  await expect(figures).toContainText("Reviewed, all agreeing7 of 9 (77.8%)");
  await expect(figures).toContainText("Krippendorff's α (status)0.67");
  await expect(page.getByRole("img", { name: /^By status/ })).toHaveAccessibleName(
    "By status: Sourced 11, Disputed 14, Unverified 4",
  );
  await expect(page.getByRole("img", { name: /^By review state/ })).toHaveAccessibleName(
    "By review state: Open 25, Approved 3, Rejected 0, Changes requested 1",
  );
  await expect(page.getByRole("region", { name: "Agreement between reviewers" })).toContainText(
    "Cohen's κ (author against reviewers) = 0.69",
  );

  // Coverage: the union of the placed spans, computed here from the API's anchors.
  const articleId = page.url().split("/articles/")[1]!.split("/")[0]!;
  const { annotations } = await (
    await page.request.get(`/api/articles/${articleId}/annotations`)
  ).json();
  const { article } = await (await page.request.get(`/api/articles/${articleId}`)).json();
  const covered = new Set<number>();
  for (const a of annotations) for (let i = a.anchor.start; i < a.anchor.end; i++) covered.add(i);
  const percent = `${Math.round((covered.size / article.body.length) * 1000) / 10}%`;
  await expect(figures).toContainText(`Text covered${percent}`);

  const people = page.getByRole("region", { name: "People involved" });
  for (const name of ["Alice Reviewer", "Bob Reviewer", "Eddie Editor"])
    await expect(people).toContainText(name);
  await expectNoSeriousA11yViolations(page);
});
