import { expect, test } from "@playwright/test";
import { signInViaApi } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO, DEMO_ARTICLE_TITLE, DEMO_LIST_PATH, DEMO_PASSWORD } from "./support/demo";

test.beforeEach(async ({ page }) => {
  await signInViaApi(page.request, DEMO.alice, DEMO_PASSWORD);
});

test("the article list shows the demo article with counts per status", async ({ page }) => {
  await page.goto(DEMO_LIST_PATH);
  const item = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: DEMO_ARTICLE_TITLE }) });
  await expect(item).toContainText("Reuters (machine-reworded copy)");
  await expect(item).toContainText("17 March 2021");
  const counts = await item.getByLabel("Annotations by status").textContent();
  expect(counts).toMatch(/[1-9]\d* sourced/);
  expect(counts).toMatch(/[1-9]\d* disputed/);
  expect(counts).toMatch(/[1-9]\d* unverified/);
  await expectNoSeriousA11yViolations(page);
});

test("the demo article is highlighted by status without wrapper elements, with its annotations beside it", async ({
  page,
}) => {
  await page.goto(DEMO_LIST_PATH);
  await page.getByRole("link", { name: DEMO_ARTICLE_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_ARTICLE_TITLE })).toBeVisible();
  const body = page.getByTestId("article-body");
  await expect(body).toContainText("Russian President Vladimir Putin");
  await expect(body).not.toContainText("date 2021-03-17");

  const painted = await page.waitForFunction(() => {
    const sizes = ["fm-sourced", "fm-disputed", "fm-unverified"].map(
      (name) => CSS.highlights.get(name)?.size ?? 0,
    );
    return sizes.every((n) => n > 0) ? sizes : null;
  });
  const sizes = (await painted.jsonValue()) as number[];
  const cards = page
    .getByRole("complementary", { name: "Annotations" })
    .locator("article[data-annotation-id]");
  expect(sizes.reduce((a, b) => a + b, 0)).toBe(await cards.count());
  expect(await cards.count()).toBeGreaterThanOrEqual(8);

  // Highlighting adds no elements: every paragraph is still one text node.
  const childCounts = await body
    .locator("p")
    .evaluateAll((ps) => ps.map((p) => p.childNodes.length));
  expect(new Set(childCounts)).toEqual(new Set([1]));

  // Status is not shown by colour alone: icons in the margin, and each card names its status in words.
  await expect
    .poll(() => page.getByTestId("margin-markers").locator("svg").count())
    .toBeGreaterThan(0);
  for (const label of ["Sourced", "Disputed", "Unverified"])
    await expect(cards.filter({ hasText: label }).first()).toBeVisible();

  // Cards are in text order: their quotes appear in the body in the same order.
  const text = (await body.textContent()) ?? "";
  const quotes = await cards.locator("blockquote").allTextContents();
  const positions = quotes.map((q) =>
    text.replace(/\s+/g, " ").indexOf(q.replace(/…$/, "").replace(/\s+/g, " ").trim()),
  );
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);

  await expectNoSeriousA11yViolations(page);
});

test("clicking a highlight selects its annotation; 'Show in text' flashes the span", async ({
  page,
}) => {
  await page.goto(DEMO_LIST_PATH);
  await page.getByRole("link", { name: DEMO_ARTICLE_TITLE }).click();
  const firstCard = page.locator("article[data-annotation-id]").first();
  const quote = ((await firstCard.locator("blockquote").textContent()) ?? "").replace(/…$/, "");
  const box = await page.evaluate((q) => {
    const container = document.querySelector('[data-testid="article-body"]')!;
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent!.indexOf(q.slice(0, 20));
      if (i >= 0) {
        const range = document.createRange();
        range.setStart(node, i + 2);
        range.setEnd(node, i + 3);
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
    }
    return null;
  }, quote);
  expect(box).not.toBeNull();
  await page.mouse.click(box!.x, box!.y);
  await expect(firstCard).toHaveClass(/border-blue-600/);
  await expect(page.getByRole("tooltip")).toBeVisible();

  const lastCard = page.locator("article[data-annotation-id]").last();
  // The flash lasts 1.6 s, which a busy machine can spend before the test looks: record it instead.
  await page.evaluate(() => {
    const flashes: number[] = [];
    (window as unknown as { flashes: number[] }).flashes = flashes;
    const set = CSS.highlights.set.bind(CSS.highlights);
    CSS.highlights.set = (name: string, highlight: Highlight) => {
      if (name === "fm-active") flashes.push(highlight.size);
      return set(name, highlight);
    };
  });
  await lastCard.getByRole("button", { name: "Show in text" }).click();
  await expect(lastCard).toHaveClass(/border-blue-600/);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { flashes: number[] }).flashes))
    .toEqual([1]);
});

test("a phone-width screen shows the text first and the annotations below", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(DEMO_LIST_PATH);
  await page.getByRole("link", { name: DEMO_ARTICLE_TITLE }).click();
  const body = await page.getByTestId("article-body").boundingBox();
  const sidebar = await page.getByRole("complementary", { name: "Annotations" }).boundingBox();
  expect(body!.width).toBeLessThanOrEqual(390);
  expect(sidebar!.y).toBeGreaterThan(body!.y + body!.height - 1);
});
