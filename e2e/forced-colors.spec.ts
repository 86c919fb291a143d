import { expect, test } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { apiAs, createUser, signInPage } from "./support/users";

test("in forced colours the three statuses keep their own underline, in the user's system colours", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  await annotate(api, article, "12 million dollars", {
    status: "sourced",
    note: "Minutes.",
    sources: [{ url: "https://council.example.gov/minutes", title: "Minutes" }],
  });
  await annotate(api, article, "a claim the mayor denied", { status: "disputed" });
  await annotate(api, article, "the vote was delayed twice", { status: "unverified" });

  await signInPage(page, reviewer);
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto(`/articles/${article.id}`);
  const text = page.getByRole("region", { name: "Article text" });
  await expect(text).toContainText("12 million dollars");
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);

  const painted = await text.evaluate((element) => {
    const paragraph = element.querySelector("p") ?? element;
    const style = (name: string) => {
      const s = getComputedStyle(paragraph, `::highlight(${name})`);
      return {
        line: s.textDecorationLine,
        style: s.textDecorationStyle,
        background: s.backgroundColor,
        decoration: s.textDecorationColor,
      };
    };
    return {
      adjust: getComputedStyle(paragraph).forcedColorAdjust,
      canvas: getComputedStyle(paragraph).backgroundColor,
      sourced: style("fm-sourced"),
      disputed: style("fm-disputed"),
      unverified: style("fm-unverified"),
    };
  });
  // Without opting out, the browser paints every highlight in one Highlight colour and drops the underlines.
  expect(painted.adjust).toBe("none");
  expect([painted.sourced.style, painted.disputed.style, painted.unverified.style]).toEqual([
    "solid",
    "wavy",
    "dashed",
  ]);
  for (const status of [painted.sourced, painted.disputed, painted.unverified]) {
    expect(status.line).toBe("underline");
    // System colours: the span's background is the page's Canvas, the underline the text's colour.
    expect(status.background).not.toMatch(/rgba\(.*0\.\d+\)/);
  }
  await api.dispose();
});
