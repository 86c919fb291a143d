import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { downloadExport } from "./support/exports";
import { apiAs, createUser, signInPage } from "./support/users";

const downloadFromMenu = async (page: Page, format: string) =>
  (await downloadExport(page, format)).file;

test("each format downloads from the Export menu, faithful and inert", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const reviewer = await createUser(playwright, baseURL, "reviewer", "Rae Exporter");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  await annotate(api, article, "approved a budget of 12 million dollars", {
    status: "sourced",
    note: "Matches the minutes <script>alert(1)</script>",
    sources: [
      {
        url: "https://council.example.gov/minutes",
        title: '=HYPERLINK("http://evil")',
        quote: "12,000,000",
      },
    ],
  });
  await annotate(api, article, "double parking fees", {
    status: "disputed",
    note: "Fees rise 20%.",
  });
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);

  const html = (await downloadFromMenu(page, "html")).toString("utf8");
  expect(html).toContain(article.title);
  expect(html).toContain("approved a budget of 12 million dollars");
  expect(html).not.toContain("<script");
  expect(html).toContain("&lt;script&gt;");

  const md = (await downloadFromMenu(page, "md")).toString("utf8");
  expect(md).toContain("[^1]");
  expect(md).toContain("[^2]");

  const csv = (await downloadFromMenu(page, "csv")).toString("utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.split("\r\n")[0]).toContain("id,article_id,status,review_state,quote");
  expect(csv).toContain("double parking fees");

  const jsonld = JSON.parse((await downloadFromMenu(page, "jsonld")).toString("utf8"));
  expect(jsonld.type).toBe("AnnotationCollection");
  expect(jsonld.total).toBe(2);
  for (const item of jsonld.first.items) {
    expect(item.type).toBe("Annotation");
    expect(item.target.selector.map((s: { type: string }) => s.type).sort()).toEqual([
      "TextPositionSelector",
      "TextQuoteSelector",
    ]);
  }

  const claims = JSON.parse((await downloadFromMenu(page, "claimreview")).toString("utf8"));
  expect(
    claims
      .map((c: { reviewRating: { alternateName: string } }) => c.reviewRating.alternateName)
      .sort(),
  ).toEqual(["Disputed", "Supported by sources"]);

  const pdf = await downloadFromMenu(page, "pdf");
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const file = test.info().outputPath("report.pdf");
  writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(text).toContain(article.title);
  expect(text).toMatch(/Page 1 of \d+/);
  expect(text).toContain("double parking fees");
  expect(dialogs).toEqual([]);
  await api.dispose();
});

test("while a PDF is made the menu shows progress and the page stays usable; a failure says why", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  const annotation = await annotate(api, article, "double parking fees", {
    status: "disputed",
    note: "Fees rise 20%.",
  });
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  // The server is made to fail slowly, so both the waiting and the failure can be seen.
  await page.route("**/export?format=pdf*", async (route) => {
    await held;
    await route.fulfill({
      status: 500,
      contentType: "application/json",
      body: JSON.stringify({ error: { code: "INTERNAL", message: "Chromium is not available" } }),
    });
  });
  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  const exportButton = page.getByRole("button", { name: "Export", exact: true });
  const menu = page.getByRole("group", { name: "Export options" });
  // Esc closes the menu and gives focus back to its button; so does a click outside (without the focus).
  await exportButton.click();
  await menu.getByLabel("Format").focus();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(exportButton).toBeFocused();
  await exportButton.click();
  await page.getByTestId("article-body").click({ position: { x: 5, y: 5 } });
  await expect(menu).toHaveCount(0);

  await exportButton.click();
  await menu.getByLabel("Format").selectOption("pdf");
  await menu.getByRole("button", { name: "Download" }).click();
  await expect(menu.getByRole("button", { name: "Making the PDF…" })).toBeDisabled();
  await expect(menu.getByRole("status")).toHaveText("Making the PDF; you can keep working.");

  // The rest of the page answers meanwhile.
  const card = page.locator(`article[data-annotation-id="${annotation.id}"]`);
  await card.getByRole("button", { name: "Show in text" }).click();
  await expect(card).toHaveClass(/border-blue-600/);

  release();
  await expect(menu.getByRole("alert")).toHaveText(
    "The PDF could not be made: Chromium is not available",
  );
  await expect(menu.getByRole("button", { name: "Download" })).toBeEnabled();
  await api.dispose();
});

test("export options are validated and permissions hold; our JSON-LD re-imports without loss", async ({
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const viewer = await createUser(playwright, baseURL, "viewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const viewerApi = await apiAs(playwright, baseURL, viewer);
  const article = await createArticle(api);
  await annotate(api, article, "the mayor denied", {
    status: "disputed",
    note: "On video.",
    sources: [{ url: "https://video.example.org/1", title: "Clip", quote: "I deny it" }],
  });
  await annotate(api, article, "two people familiar with the talks", { status: "unverified" });

  const bad = await api.get(`/api/articles/${article.id}/export?format=docx`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toContain("html, pdf, md, csv, jsonld, claimreview");
  expect((await api.get(`/api/articles/${article.id}/export?format=csv&colour=red`)).status()).toBe(
    400,
  );
  expect((await api.get(`/api/articles/no-such-article/export?format=csv`)).status()).toBe(404);
  expect((await viewerApi.get(`/api/articles/${article.id}/export?format=csv`)).status()).toBe(200);

  const exported = await (await api.get(`/api/articles/${article.id}/export?format=jsonld`)).json();
  expect(exported.id.startsWith(`${baseURL}/`)).toBe(true);
  // Behind a trusted reverse proxy (this runner is one: TRUSTED_PROXIES), ids and permalinks use the public address.
  // (Only the host: with X-Forwarded-Proto https, Auth.js would look for the __Secure- cookie a real HTTPS browser sends.)
  const proxiedResponse = await api.get(`/api/articles/${article.id}/export?format=jsonld`, {
    headers: { "X-Forwarded-Host": "factcheck.example.org" },
  });
  expect(proxiedResponse.status()).toBe(200);
  const proxied = await proxiedResponse.json();
  expect(proxied.id.startsWith("http://factcheck.example.org/")).toBe(true);
  expect(
    proxied.first.items.every((item: { id: string }) =>
      item.id.startsWith("http://factcheck.example.org/"),
    ),
  ).toBe(true);
  const copy = await createArticle(api, article.body);
  expect(
    (
      await viewerApi.post(`/api/articles/${copy.id}/annotations/import`, { data: exported })
    ).status(),
  ).toBe(403);
  expect(
    (
      await api.post(`/api/articles/${copy.id}/annotations/import`, { data: { nothing: true } })
    ).status(),
  ).toBe(422);
  const imported = await api.post(`/api/articles/${copy.id}/annotations/import`, {
    data: exported,
  });
  expect(imported.status()).toBe(200);
  expect((await imported.json()).report).toMatchObject({
    imported: 2,
    exact: 2,
    fuzzy: 0,
    orphaned: 0,
  });
  const strip = (a: { status: string; note: string; sources: unknown; target: unknown }) => ({
    status: a.status,
    note: a.note,
    sources: a.sources,
    target: a.target,
  });
  const original = (
    await (await api.get(`/api/articles/${article.id}/annotations`)).json()
  ).annotations.map(strip);
  const copied = (
    await (await api.get(`/api/articles/${copy.id}/annotations`)).json()
  ).annotations.map(strip);
  expect(copied).toEqual(original);
  await Promise.all([api.dispose(), viewerApi.dispose()]);
});

test("the discussion comes with JSON-LD unless the user says otherwise, and not with reports", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  const annotation = await annotate(api, article, "a claim the mayor denied");
  expect(
    (
      await api.post(`/api/annotations/${annotation.id}/replies`, {
        data: { body: "Which statement?" },
      })
    ).status(),
  ).toBe(201);
  // The API: replies in JSON-LD by default, never in a report unless asked.
  const jsonld = await (await api.get(`/api/articles/${article.id}/export?format=jsonld`)).json();
  expect(
    jsonld.first.items.filter((i: { motivation?: string }) => i.motivation === "replying"),
  ).toHaveLength(1);
  expect(
    await (await api.get(`/api/articles/${article.id}/export?format=md`)).text(),
  ).not.toContain("Which statement?");

  await signInPage(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const menu = page.getByRole("group", { name: "Export options" });
  const discussion = menu.getByLabel("Include the discussion");
  await expect(discussion).not.toBeChecked();
  await menu.getByLabel("Format").selectOption("jsonld");
  await expect(discussion).toBeChecked();
  await menu.getByLabel("Format").selectOption("md");
  await expect(discussion).not.toBeChecked();
  // Once the user chooses, the choice stays whatever the format.
  await discussion.check();
  await menu.getByLabel("Format").selectOption("html");
  await expect(discussion).toBeChecked();
  await api.dispose();
});
