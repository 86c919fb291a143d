// `npm run screenshot`: signs in to a running demo (BASE_URL, default http://localhost:3000) as
// alice and saves the article page to docs/article-page.png for the README.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { ensureChromium } from "./ensure-chromium.mjs";
import { root } from "./lib/run.mjs";

const baseURL = process.env.BASE_URL ?? "http://localhost:3000";
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
try {
  const page = await browser.newPage({
    baseURL,
    viewport: { width: 1440, height: 1000 },
    deviceScaleFactor: 1,
  });
  await page.goto("/signin");
  await page.getByLabel("Email").fill("alice@demo.test");
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.getByRole("link", { name: /U\.S\. intelligence report/ }).click();
  await page.waitForFunction(() => (CSS.highlights.get("fm-disputed")?.size ?? 0) > 0);
  const card = page.locator("article[data-annotation-id]").nth(1);
  await card.getByRole("button", { name: "Show in text" }).click();
  await page.waitForTimeout(700);
  await page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync(join(root, "docs"), { recursive: true });
  await page.screenshot({ path: join(root, "docs", "article-page.png") });
  console.log("saved docs/article-page.png");
} finally {
  await browser.close();
}
