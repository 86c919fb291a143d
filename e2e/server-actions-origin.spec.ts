import { expect, test, type Request } from "@playwright/test";
import { uniqueSuffix } from "./support/demo";
import { createUser, signInPage } from "./support/users";

/**
 * Server actions are Next's, not our routes: Next refuses an action whose Origin is not the
 * page's host (its built-in CSRF check). This replays a real action request, captured from the
 * Settings page, once from our own origin and once from another, and looks at what was written.
 */
test("a server action sent from another origin is refused and writes nothing; the same request from our origin works", async ({
  page,
  playwright,
  baseURL,
}) => {
  const reviewer = await createUser(playwright, baseURL, "reviewer");
  await signInPage(page, reviewer);
  await page.goto("/settings");

  // Capture the "Create token" action as the page sends it, without letting it through.
  let captured: Request | undefined;
  await page.route("**/settings", async (route) => {
    if (route.request().method() !== "POST" || !route.request().headers()["next-action"])
      return route.continue();
    captured = route.request();
    await route.abort();
  });
  const probe = `probe ${uniqueSuffix()}`;
  await page.getByLabel("Token name").fill(probe);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect.poll(() => captured).toBeTruthy();
  await page.unroute("**/settings");

  const headers = Object.fromEntries(
    Object.entries(await captured!.allHeaders()).filter(
      ([name]) => !["cookie", "content-length", "host"].includes(name) && !name.startsWith(":"),
    ),
  );
  const replay = (origin: string, site: string) =>
    page.request.fetch(captured!.url(), {
      method: "POST",
      headers: { ...headers, origin, "sec-fetch-site": site },
      data: captured!.postDataBuffer()!,
    });
  const tokens = async () => {
    await page.goto("/settings");
    return page.getByRole("button", { name: `Revoke token ${probe}` }).count();
  };

  const foreign = await replay("https://evil.example", "cross-site");
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  expect(await tokens()).toBe(0);

  const own = await replay(new URL(baseURL!).origin, "same-origin");
  expect(own.status()).toBe(200);
  expect(await tokens()).toBe(1);
});
