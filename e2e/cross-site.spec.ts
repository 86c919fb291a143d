import { expect, test } from "@playwright/test";
import { annotate, createArticle } from "./support/articles";
import { apiAs, createUser } from "./support/users";

test("cookie-authenticated writes from another site are refused; our own pages and API tokens are not", async ({
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  const api = await apiAs(playwright, baseURL, reviewer);
  const article = await createArticle(api);
  const annotation = await annotate(api, article, "budget", { status: "disputed" });
  expect((await api.delete(`/api/annotations/${annotation.id}`)).status()).toBe(204);

  const restore = `/api/annotations/${annotation.id}/restore`;
  const own = new URL(baseURL!).origin;
  const foreign: Record<string, string>[] = [
    { "sec-fetch-site": "same-site" },
    { "sec-fetch-site": "cross-site" },
    { origin: "https://evil.example" },
  ];
  for (const headers of foreign) {
    const response = await api.post(restore, { headers });
    expect(response.status(), JSON.stringify(headers)).toBe(403);
    expect((await response.json()).error.message).toContain("cross-site");
  }
  // Nothing was restored by the refused requests.
  expect((await api.get(`/api/annotations/${annotation.id}`)).status()).toBe(404);

  // Our own page's fetch (same-origin) goes through.
  const restored = await api.post(restore, {
    headers: { "sec-fetch-site": "same-origin", origin: own },
  });
  expect(restored.status()).toBe(200);

  // Reads are never refused for where they come from.
  expect(
    (
      await api.get(`/api/annotations/${annotation.id}`, {
        headers: { "sec-fetch-site": "cross-site" },
      })
    ).status(),
  ).toBe(200);
  await api.dispose();
});
