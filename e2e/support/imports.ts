import { expect, type APIRequestContext, type Page } from "@playwright/test";

export type ImportFile = string | { name: string; mimeType: string; buffer: Buffer };

/** Picks a file in the header's Import control, as a user would through the file dialog. */
export async function chooseImportFile(page: Page, file: ImportFile): Promise<void> {
  await page.getByLabel("Import", { exact: true }).setInputFiles(file);
}

/** The live region where the Import control reports what it placed or why it refused. */
export const importReport = (page: Page) =>
  page.getByRole("status").filter({ hasText: /imported/i });

export const jsonFile = (name: string, contents: string | object): ImportFile => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(typeof contents === "string" ? contents : JSON.stringify(contents)),
});

/** How many annotations the article has, orphans included: what an import may have written. */
export async function annotationCount(api: APIRequestContext, articleId: string): Promise<number> {
  const response = await api.get(`/api/articles/${articleId}/annotations`);
  expect(response.status()).toBe(200);
  return ((await response.json()).annotations as unknown[]).length;
}
