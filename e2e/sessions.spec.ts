import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { signInViaApi } from "./support/auth";
import { createUser, type TestUser } from "./support/users";

async function signedInContext(browser: Browser, user: TestUser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await signInViaApi(context.request, user.email, user.password);
  return context;
}

/** A fresh context holding nothing but a copy of another's cookies: a stolen or left-behind cookie. */
async function replay(browser: Browser, from: BrowserContext): Promise<BrowserContext> {
  const copy = await browser.newContext();
  await copy.addCookies(await from.cookies());
  return copy;
}

const apiStatus = async (context: BrowserContext) =>
  (await context.request.get("/api/articles")).status();

test("after sign-out, a copy of the old session cookie no longer works", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const user = await createUser(playwright, baseURL, "reviewer");
  const context = await signedInContext(browser, user);
  const page = await context.newPage();
  await page.goto("/");
  const copy = await replay(browser, context);
  expect(await apiStatus(copy)).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  expect(await apiStatus(copy)).toBe(401);
  const stale = await copy.newPage();
  await stale.goto("/settings");
  await expect(stale).toHaveURL(/\/signin/);
  await Promise.all([context.close(), copy.close()]);
});

test("a password change signs out the account's other browsers, not this one", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const user = await createUser(playwright, baseURL, "reviewer");
  const [here, elsewhere] = await Promise.all([
    signedInContext(browser, user),
    signedInContext(browser, user),
  ]);
  const page = await here.newPage();
  await page.goto("/settings");
  await expect(page.getByText("You are signed in on 2 browsers or devices.")).toBeVisible();
  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password", { exact: true }).fill("amber-lighthouse-82-long");
  await page.getByLabel("Repeat the new password").fill("amber-lighthouse-82-long");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed.")).toBeVisible();

  expect(await apiStatus(elsewhere)).toBe(401);
  expect(await apiStatus(here)).toBe(200);
  await page.reload();
  await expect(page.getByText("You are signed in on this browser only.")).toBeVisible();
  await Promise.all([here.close(), elsewhere.close()]);
});

test("sign out everywhere ends every session of the account, this one included", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const user = await createUser(playwright, baseURL, "viewer");
  const [here, elsewhere] = await Promise.all([
    signedInContext(browser, user),
    signedInContext(browser, user),
  ]);
  const page = await here.newPage();
  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin/);
  expect(await apiStatus(here)).toBe(401);
  expect(await apiStatus(elsewhere)).toBe(401);
  // Signing in again starts a new session.
  await signInViaApi(here.request, user.email, user.password);
  expect(await apiStatus(here)).toBe(200);
  await Promise.all([here.close(), elsewhere.close()]);
});

test("deactivating an account ends its open sessions", async ({ browser, playwright, baseURL }) => {
  const [user, admin] = await Promise.all([
    createUser(playwright, baseURL, "reviewer"),
    createUser(playwright, baseURL, "admin"),
  ]);
  const context = await signedInContext(browser, user);
  const adminContext = await signedInContext(browser, admin);
  expect(await apiStatus(context)).toBe(200);
  expect(
    (
      await adminContext.request.patch(`/api/admin/users/${user.id}`, { data: { active: false } })
    ).status(),
  ).toBe(200);
  expect(await apiStatus(context)).toBe(401);
  expect(
    (
      await adminContext.request.patch(`/api/admin/users/${user.id}`, { data: { active: true } })
    ).status(),
  ).toBe(200);
  expect(await apiStatus(context)).toBe(401);
  await Promise.all([context.close(), adminContext.close()]);
});
