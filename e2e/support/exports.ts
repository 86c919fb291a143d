import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

/** Opens the page's Export menu, downloads one format and closes the menu again; the file and the name the server gave it. */
export async function downloadExport(
  page: Page,
  format: string,
): Promise<{ file: Buffer; name: string }> {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const menu = page.getByRole("group", { name: "Export options" });
  await menu.getByLabel("Format").selectOption(format);
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 20_000 }),
    menu.getByRole(format === "pdf" ? "button" : "link", { name: "Download" }).click(),
  ]);
  await page.getByRole("button", { name: "Export", exact: true }).click();
  return { file: readFileSync((await download.path())!), name: download.suggestedFilename() };
}
