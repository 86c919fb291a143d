import { expect, test } from "@playwright/test";
import { signInViaApi } from "./support/auth";
import { DEMO, DEMO_PASSWORD, uniqueSuffix } from "./support/demo";

test("a personal API token works until it is revoked", async ({ page, playwright, baseURL }) => {
  await signInViaApi(page.request, DEMO.bob, DEMO_PASSWORD);
  await page.goto("/settings");
  const name = `script ${uniqueSuffix()}`;
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^fm_[\w-]{40,}$/);

  const anonymous = await playwright.request.newContext({ baseURL });
  const withToken = { headers: { Authorization: `Bearer ${token}` } };
  const ok = await anonymous.get("/api/articles", withToken);
  expect(ok.status()).toBe(200);
  expect(Array.isArray((await ok.json()).articles)).toBe(true);
  expect(
    (
      await anonymous.get("/api/articles", { headers: { Authorization: `Bearer ${token}x` } })
    ).status(),
  ).toBe(401);

  await page.reload();
  await expect(page.getByText(token)).toHaveCount(0);
  await page.getByRole("button", { name: `Revoke token ${name}` }).click();
  await expect(page.getByRole("button", { name: `Revoke token ${name}` })).toHaveCount(0);

  const revoked = await anonymous.get("/api/articles", withToken);
  expect(revoked.status()).toBe(401);
  expect((await revoked.json()).error.code).toBe("UNAUTHENTICATED");
  await anonymous.dispose();
});
